package io.github.planning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Direction;
import io.github.planning.core.Relation;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetLevelTest {

  @ParameterizedTest(name = "{0} {1}, {2}: {3} {4}")
  @CsvSource({
    // relation, level, direction, value, met
    "AT_MOST,  3.5, HIGHER_IS_BETTER, 3.5,  true",
    "AT_MOST,  3.5, HIGHER_IS_BETTER, 3.51, false",
    "AT_MOST,  3.5, HIGHER_IS_BETTER, 1,    true",
    "BELOW,    5,   HIGHER_IS_BETTER, 5,    false",
    "BELOW,    5,   HIGHER_IS_BETTER, 4.99, true",
    "AT_LEAST, 9,   LOWER_IS_BETTER,  9,    true",
    "AT_LEAST, 9,   LOWER_IS_BETTER,  8.99, false",
    "ABOVE,    9,   LOWER_IS_BETTER,  9,    false",
    "ABOVE,    9,   LOWER_IS_BETTER,  9.01, true",
    "EXACT,    100, HIGHER_IS_BETTER, 100,  true",
    "EXACT,    100, HIGHER_IS_BETTER, 99.9, false",
    "EXACT,    100, LOWER_IS_BETTER,  100,  true",
    "EXACT,    100, LOWER_IS_BETTER,  100.1, false",
    "ABOUT,    25,  LOWER_IS_BETTER,  24,   true",
    "ABOUT,    25,  HIGHER_IS_BETTER, 24,   false"
  })
  void isMetBy_followsTheRelationOrElseTheDirection(
      Relation relation, String level, Direction direction, String value, boolean met) {
    TargetLevel target = new TargetLevel(new BigDecimal(level), relation, false);
    assertThat(target.isMetBy(new BigDecimal(value), direction)).isEqualTo(met);
  }
}

package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roles the words of a year heading give its column. */
class YearRoleTest {

  @ParameterizedTest
  @CsvSource({
    "'',BARE",
    "基数,BASE",
    "目标值,TARGET",
    "target_,TARGET",
    "完成,ACTUAL",
    "预计值,ESTIMATE",
    "增减,UNCLEAR",
    "目标2,TARGET"
  })
  void theWordsOfAYearHeading_giveItsRole(String words, YearRole role) {
    assertThat(YearRole.of(words)).isEqualTo(role);
  }
}

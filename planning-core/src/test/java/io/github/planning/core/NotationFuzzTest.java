package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the notation and unit parsers. In a normal build they replay their inputs
 * (src/test/resources/io/github/planning/core/NotationFuzzTestInputs); with {@code JAZZER_FUZZ=1}
 * they fuzz (see TESTING.md).
 */
class NotationFuzzTest {

  /** Only the documented exception; a parsed value prints back and parses to an equal value. */
  @FuzzTest(maxDuration = "10m")
  void planValue(String text) {
    if (text == null) {
      assertThatThrownBy(() -> PlanValue.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("text");
      return;
    }
    PlanValue value;
    try {
      value = PlanValue.parse(text);
    } catch (PlanValueParseException e) {
      assertThat(e.getErrorIndex()).isBetween(0, text.length());
      assertThat(e.getParsedString()).isEqualTo(text);
      return;
    }
    assertThat(value.toString()).isEqualTo(text);
    PlanValue again = PlanValue.parse(value.toString());
    assertThat(again).isEqualTo(value);
    assertThat(again.isEquivalentTo(value)).isTrue();
    value.describe();
  }

  /**
   * A unit of at most {@link Unit#MAX_LENGTH} characters parses and keeps its text, a longer one is
   * refused; conversion to itself is the identity, to another unit exact or a documented refusal.
   */
  @FuzzTest(maxDuration = "10m")
  void unit(String text) {
    if (text == null) {
      assertThatThrownBy(() -> Unit.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("text");
      return;
    }
    if (text.strip().length() > Unit.MAX_LENGTH) {
      assertThatThrownBy(() -> Unit.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("a unit may have at most");
      return;
    }
    Unit unit = Unit.parse(text);
    assertThat(unit.symbol()).isEqualTo(text.strip());
    assertThat(Unit.parse(unit.toString())).isEqualTo(unit);
    assertThat(unit.convert(java.math.BigDecimal.TEN, unit)).isEqualByComparingTo("10");
    for (Unit other : new Unit[] {Unit.YUAN, Unit.PERCENT, Unit.parse("公顷")}) {
      try {
        assertThat(
                unit.convert(java.math.BigDecimal.ONE, other, java.math.MathContext.DECIMAL64)
                    .signum())
            .isEqualTo(1);
      } catch (UnitConversionException e) {
        assertThat(unit.isConvertibleTo(other)).isFalse();
        assertThat(e.getMessage()).contains("'" + unit + "'");
      }
    }
  }
}

package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eurostat's assessment, expected figures computed here from the rule as secondary sources give it
 * (Eurostat's methodological annex and its worked examples could not be read).
 */
class EurostatMeasureTest {

  private static ProgressInput input(
      String base, String latest, int latestYear, String target, Direction direction) {
    ProgressInput.Builder in =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .direction(direction)
            .putObservation(2015, new BigDecimal(base))
            .putObservation(latestYear, new BigDecimal(latest));
    if (!target.isEmpty()) {
      in.targetValue(new BigDecimal(target));
    }
    return in.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // an EU-style target: renewable share 20 → 42.5 % by 2030; ratio of actual to required CAGR
    "on the path,        20, 26.5,  2020, 42.5, HIGHER_IS_BETTER, SIGNIFICANT_PROGRESS",
    "95 % of the way,    20, 25.5,  2020, 42.5, HIGHER_IS_BETTER, SIGNIFICANT_PROGRESS",
    "two thirds,         20, 24,    2020, 42.5, HIGHER_IS_BETTER, MODERATE_PROGRESS",
    "a third,            20, 21.5,  2020, 42.5, HIGHER_IS_BETTER, INSUFFICIENT_PROGRESS",
    "stalled,            20, 20,    2020, 42.5, HIGHER_IS_BETTER, INSUFFICIENT_PROGRESS",
    "falling,            20, 19,    2020, 42.5, HIGHER_IS_BETTER, MOVEMENT_AWAY",
    // greenhouse gas emissions index 100 → 45 by 2030, lower is better
    "emissions falling,  100, 75,   2020, 45,   LOWER_IS_BETTER,  SIGNIFICANT_PROGRESS",
    "emissions slow,     100, 90,   2020, 45,   LOWER_IS_BETTER,  INSUFFICIENT_PROGRESS",
    "emissions rising,   100, 104,  2020, 45,   LOWER_IS_BETTER,  MOVEMENT_AWAY"
  })
  void withTarget_ratioOfActualToRequiredGrowth(
      String name,
      String base,
      String latest,
      int year,
      String target,
      Direction direction,
      EurostatStatus status) {
    ProgressResult r =
        ProgressMeasure.EUROSTAT.assess(input(base, latest, year, target, direction));

    double actual =
        Math.pow(Double.parseDouble(latest) / Double.parseDouble(base), 1.0 / (year - 2015)) - 1;
    double required = Math.pow(Double.parseDouble(target) / Double.parseDouble(base), 1.0 / 15) - 1;
    double ratio = actual / required;
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(ratio, within(1e-12));
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(actual, within(1e-14));
    assertThat(r.requiredGrowth().orElseThrow().doubleValue()).isCloseTo(required, within(1e-14));
    assertThat(r.thresholds()).extracting(BigDecimal::doubleValue).containsExactly(0.95, 0.6, 0.0);
    assertThat(r.status())
        .isEqualTo(
            ratio >= 0.95
                ? EurostatStatus.SIGNIFICANT_PROGRESS
                : ratio >= 0.6
                    ? EurostatStatus.MODERATE_PROGRESS
                    : ratio >= 0
                        ? EurostatStatus.INSUFFICIENT_PROGRESS
                        : EurostatStatus.MOVEMENT_AWAY);
    assertThat(r.targetMet()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1 % a year,          100, 105.1010050100, HIGHER_IS_BETTER, SIGNIFICANT_PROGRESS",
    "just under 1 %,      100, 105.09,         HIGHER_IS_BETTER, MODERATE_PROGRESS",
    "no change,           100, 100,            HIGHER_IS_BETTER, MODERATE_PROGRESS",
    "slightly down,       100, 97,             HIGHER_IS_BETTER, MODERATE_MOVEMENT_AWAY",
    "down 1 % a year,     100, 95.0990049900,  HIGHER_IS_BETTER, SIGNIFICANT_MOVEMENT_AWAY",
    "down fast,           100, 80,             HIGHER_IS_BETTER, SIGNIFICANT_MOVEMENT_AWAY",
    "lower falling,       100, 90,             LOWER_IS_BETTER,  SIGNIFICANT_PROGRESS",
    "lower rising a bit,  100, 103,            LOWER_IS_BETTER,  MODERATE_MOVEMENT_AWAY"
  })
  void withoutTarget_observedGrowthAgainstFixedThresholds(
      String name, String base, String latest, Direction direction, EurostatStatus status) {
    ProgressResult r = ProgressMeasure.EUROSTAT.assess(input(base, latest, 2020, "", direction));

    double g =
        (direction == Direction.HIGHER_IS_BETTER ? 1 : -1)
            * (Math.pow(Double.parseDouble(latest) / Double.parseDouble(base), 1.0 / 5) - 1);
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(g, within(1e-12));
    assertThat(r.thresholds())
        .extracting(BigDecimal::doubleValue)
        .containsExactly(0.01, 0.0, -0.01);
    assertThat(r.requiredGrowth()).isEmpty();
  }

  @Test
  void metTarget_isSignificantProgress_andUndefinedCasesAreNotAvailableWithAReason() {
    ProgressResult met =
        ProgressMeasure.EUROSTAT.assess(
            input("20", "43", 2020, "42.5", Direction.HIGHER_IS_BETTER));
    assertThat(met.status()).isEqualTo(EurostatStatus.SIGNIFICANT_PROGRESS);
    assertThat(met.targetMet()).isTrue();
    assertThat(met.ratio()).isEmpty();

    ProgressResult signs =
        ProgressMeasure.EUROSTAT.assess(input("-2", "3", 2020, "", Direction.HIGHER_IS_BETTER));
    assertThat(signs.status()).isEqualTo(EurostatStatus.NOT_AVAILABLE);
    assertThat(signs.isAvailable()).isFalse();
    assertThat(signs.note()).hasValueSatisfying(n -> assertThat(n).contains("-2", "3"));

    ProgressResult targetOfOtherSign =
        ProgressMeasure.EUROSTAT.assess(input("2", "3", 2020, "-1", Direction.LOWER_IS_BETTER));
    assertThat(targetOfOtherSign.status()).isEqualTo(EurostatStatus.NOT_AVAILABLE);
    assertThat(targetOfOtherSign.note()).hasValueSatisfying(n -> assertThat(n).contains("-1"));

    ProgressResult flat =
        ProgressMeasure.EUROSTAT.assess(input("20", "19", 2020, "20", Direction.HIGHER_IS_BETTER));
    assertThat(flat.status()).isEqualTo(EurostatStatus.MOVEMENT_AWAY);
    assertThat(flat.note()).isPresent();

    ProgressInput noBase =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2020, BigDecimal.ONE)
            .build();
    assertThat(ProgressMeasure.EUROSTAT.assess(noBase).note()).contains("no base value for 2015");
    ProgressInput noLater =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2015, BigDecimal.ONE)
            .build();
    assertThat(ProgressMeasure.EUROSTAT.assess(noLater).note())
        .contains("no observation after the base year 2015");
    assertThat(ProgressMeasure.EUROSTAT.name()).isEqualTo(ProgressMeasureName.EUROSTAT);
  }

  @Test
  void theExampleOfTheJavadoc() {
    // 752.8 in 2020, 880 in 2023, 1000 by 2025: (880 / 752.8)^(1/3) − 1 = 5.34 % a year,
    // (1000 / 752.8)^(1/5) − 1 = 5.84 % needed, 0.0534 / 0.0584 = 0.914: 60 % ≤ 91 % < 95 %
    ProgressInput in =
        ProgressInput.builder()
            .baseYear(2020)
            .baseValue(new BigDecimal("752.8"))
            .putObservation(2023, new BigDecimal("880"))
            .targetYear(2025)
            .targetValue(new BigDecimal("1000"))
            .build();
    ProgressResult r = ProgressMeasure.EUROSTAT.assess(in);
    double actual = Math.pow(880 / 752.8, 1.0 / 3) - 1;
    double required = Math.pow(1000 / 752.8, 1.0 / 5) - 1;
    assertThat(actual).isCloseTo(0.0534, within(1e-4));
    assertThat(required).isCloseTo(0.0584, within(1e-4));
    assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(actual / required, within(1e-12));
    assertThat(r.status()).isEqualTo(EurostatStatus.MODERATE_PROGRESS);
  }
}

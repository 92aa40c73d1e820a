package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SDG Progress Chart (2023 note, as Eustat's methodology page states it): the value
 * extrapolated to the target year at the actual compound growth, as a share of the way from the
 * base to the target, computed here. The note's own worked examples could not be read; the cases
 * are this project's.
 */
class UnsdProgressChartTest {

  private static ProgressInput input(
      String base, String latest, String target, Direction direction) {
    return ProgressInput.builder()
        .baseYear(2015)
        .targetYear(2030)
        .direction(direction)
        .putObservation(2015, new BigDecimal(base))
        .putObservation(2022, new BigDecimal(latest))
        .targetValue(new BigDecimal(target))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // under-five mortality 42 → 25 per 1000 by 2030, lower is better
    "mortality on track,     42,  33,   25, LOWER_IS_BETTER,  ON_TRACK",
    "mortality fair,         42,  36,   25, LOWER_IS_BETTER,  FAIR_PROGRESS",
    "mortality limited,      42,  41.8, 25, LOWER_IS_BETTER,  LIMITED_PROGRESS",
    "mortality stalled,      42,  42,   25, LOWER_IS_BETTER,  LIMITED_PROGRESS",
    "mortality rising,       42,  45,   25, LOWER_IS_BETTER,  DETERIORATION",
    // births attended by skilled personnel 78 → 100 %
    "births on track,        78,  91,  100, HIGHER_IS_BETTER, ON_TRACK",
    "births fair,            78,  85,  100, HIGHER_IS_BETTER, FAIR_PROGRESS",
    "births limited,         78,  78.5, 100, HIGHER_IS_BETTER, LIMITED_PROGRESS",
    "births falling,         78,  74,  100, HIGHER_IS_BETTER, DETERIORATION"
  })
  void theProjectedValue_asAShareOfTheWay(
      String name,
      String base,
      String latest,
      String target,
      Direction direction,
      UnsdStatus status) {
    ProgressResult r = ProgressMeasure.UNSD.assess(input(base, latest, target, direction));

    double b = Double.parseDouble(base);
    double v = Double.parseDouble(latest);
    double t = Double.parseDouble(target);
    double actual = Math.pow(v / b, 1.0 / 7) - 1; // 2015 → 2022
    double projected = v * Math.pow(1 + actual, 8); // 2022 → 2030
    double share = (projected - b) / (t - b);
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(actual, within(1e-14));
    assertThat(r.projectedValue().orElseThrow().doubleValue()).isCloseTo(projected, within(1e-10));
    assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(share, within(1e-12));
    assertThat(r.requiredGrowth().orElseThrow().doubleValue())
        .isCloseTo(Math.pow(t / b, 1.0 / 15) - 1, within(1e-14));
    assertThat(r.status())
        .isEqualTo(
            share >= 0.95
                ? UnsdStatus.ON_TRACK
                : share >= 0.10
                    ? UnsdStatus.FAIR_PROGRESS
                    : share >= 0 ? UnsdStatus.LIMITED_PROGRESS : UnsdStatus.DETERIORATION);
    assertThat(r.thresholds()).extracting(BigDecimal::doubleValue).containsExactly(0.95, 0.1, 0.0);
    assertThat(r.targetMet()).isFalse();
  }

  @Test
  void theExampleOfTheJavadoc() {
    // 42 in 2015, 36 in 2022, 25 by 2030: (36/42)^(1/7) − 1 = −2.178 % a year,
    // 36 · (1 − 0.02178)^8 = 30.185 in 2030, (30.185 − 42) / (25 − 42) = 0.695
    ProgressResult r =
        ProgressMeasure.UNSD.assess(input("42", "36", "25", Direction.LOWER_IS_BETTER));
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(-0.02178, within(1e-5));
    assertThat(r.projectedValue().orElseThrow().doubleValue()).isCloseTo(30.185, within(1e-3));
    assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(0.695, within(1e-3));
    assertThat(r.status()).isEqualTo(UnsdStatus.FAIR_PROGRESS);
  }

  /**
   * 100 in 2015, the latest in 2019, 200 by 2020: the latest {@code 100 · (1 + share)^(4/5)}
   * projects {@code 100 · (1 + share)} for 2020, {@code share} of the way from 100 to 200.
   */
  private static ProgressResult fourYears(double share) {
    double latest = 100 * Math.pow(1 + share, 0.8);
    return ProgressMeasure.UNSD.assess(
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2020)
            .putObservation(2015, new BigDecimal("100"))
            .putObservation(2019, new BigDecimal(latest))
            .targetValue(new BigDecimal("200"))
            .build());
  }

  @Test
  void theBands_atTheirEdges() {
    assertThat(fourYears(0.9501).status()).isEqualTo(UnsdStatus.ON_TRACK);
    assertThat(fourYears(0.9499).status()).isEqualTo(UnsdStatus.FAIR_PROGRESS);
    assertThat(fourYears(0.1001).status()).isEqualTo(UnsdStatus.FAIR_PROGRESS);
    assertThat(fourYears(0.0999).status()).isEqualTo(UnsdStatus.LIMITED_PROGRESS);
    assertThat(fourYears(0.0001).status()).isEqualTo(UnsdStatus.LIMITED_PROGRESS);
    assertThat(fourYears(-0.0001).status()).isEqualTo(UnsdStatus.DETERIORATION);
    assertThat(fourYears(0.5).ratio().orElseThrow().doubleValue()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aTargetMet_isOnTrack_whateverTheTrend() {
    // 120 in 2022 after 130 in 2015, target at most 125: met, though the way was 125 → 120
    ProgressResult met =
        ProgressMeasure.UNSD.assess(input("130", "120", "125", Direction.LOWER_IS_BETTER));
    assertThat(met.status()).isEqualTo(UnsdStatus.ON_TRACK);
    assertThat(met.targetMet()).isTrue();
    assertThat(met.ratio()).isEmpty();
    assertThat(met.note()).hasValue("the target is met");
  }

  @Test
  void whatItCannotAssess() {
    ProgressInput noTarget =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2015, BigDecimal.ONE)
            .putObservation(2020, BigDecimal.TEN)
            .build();
    assertThat(ProgressMeasure.UNSD.assess(noTarget).status()).isEqualTo(UnsdStatus.NOT_AVAILABLE);
    assertThat(ProgressMeasure.UNSD.assess(noTarget).note()).contains("needs a numerical target");
    ProgressInput flat =
        ProgressInput.builder().from(noTarget).targetValue(new BigDecimal("1")).build();
    ProgressInput away =
        ProgressInput.builder()
            .from(flat)
            .direction(Direction.LOWER_IS_BETTER)
            .build(); // 1 → 10, the target 1 not met
    assertThat(ProgressMeasure.UNSD.assess(away).status()).isEqualTo(UnsdStatus.DETERIORATION);
    assertThat(ProgressMeasure.UNSD.assess(away).note())
        .hasValue("the target equals the base and is not met");
    ProgressInput signs =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2015, BigDecimal.ONE)
            .putObservation(2020, BigDecimal.TEN.negate())
            .targetValue(BigDecimal.TEN)
            .build();
    assertThat(ProgressMeasure.UNSD.assess(signs).status()).isEqualTo(UnsdStatus.NOT_AVAILABLE);
    assertThat(ProgressMeasure.UNSD.assess(signs).note())
        .hasValueSatisfying(n -> assertThat(n).contains("is not defined"));
    ProgressInput noBase =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2020, BigDecimal.ONE)
            .targetValue(BigDecimal.TEN)
            .build();
    assertThat(ProgressMeasure.UNSD.assess(noBase).note()).contains("no base value for 2015");
    assertThat(ProgressMeasure.UNSD.name()).isEqualTo(ProgressMeasureName.UNSD);
  }
}

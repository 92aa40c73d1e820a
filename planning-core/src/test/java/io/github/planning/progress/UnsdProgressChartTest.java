package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SDG Progress Chart: the value extrapolated to 2030 as a share of the way, computed here. */
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
    "mortality limited,      42,  40,   25, LOWER_IS_BETTER,  LIMITED_PROGRESS",
    "mortality rising,       42,  43,   25, LOWER_IS_BETTER,  DETERIORATION",
    // births attended by skilled personnel 78 → 100 %
    "births on track,        78,  92,  100, HIGHER_IS_BETTER, ON_TRACK",
    "births fair,            78,  85,  100, HIGHER_IS_BETTER, FAIR_PROGRESS",
    "births limited,         78,  80,  100, HIGHER_IS_BETTER, LIMITED_PROGRESS"
  })
  void shareOfTheWay_ofTheExtrapolatedValue(
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
    double growth = Math.pow(v / b, 1.0 / 7) - 1;
    double projected = v * Math.pow(1 + growth, 8);
    double share = (projected - b) / (t - b);
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(growth, within(1e-14));
    assertThat(r.projectedValue().orElseThrow().doubleValue()).isCloseTo(projected, within(1e-10));
    assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(share, within(1e-12));
    assertThat(r.status())
        .isEqualTo(
            share >= 0.95
                ? UnsdStatus.ON_TRACK
                : share >= 0.5
                    ? UnsdStatus.FAIR_PROGRESS
                    : share >= 0 ? UnsdStatus.LIMITED_PROGRESS : UnsdStatus.DETERIORATION);
    assertThat(r.thresholds()).extracting(BigDecimal::doubleValue).containsExactly(0.95, 0.5, 0.0);
    assertThat(r.targetMet()).isFalse();
  }

  private static ProgressInput fiveYears(String latest) {
    return ProgressInput.builder()
        .baseYear(2015)
        .targetYear(2020)
        .putObservation(2015, new BigDecimal("100"))
        .putObservation(2020, new BigDecimal(latest))
        .targetValue(new BigDecimal("200"))
        .build();
  }

  @Test
  void boundaries_andWhatItCannotAssess() {
    // exactly 95 % and 50 % of the way, with the target year reached (no extrapolation)
    ProgressInput at95 = fiveYears("195");
    assertThat(ProgressMeasure.UNSD.assess(at95).status()).isEqualTo(UnsdStatus.ON_TRACK);
    assertThat(ProgressMeasure.UNSD.assess(at95).projectedValue())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("195"));
    ProgressInput at50 = fiveYears("150");
    assertThat(ProgressMeasure.UNSD.assess(at50).status()).isEqualTo(UnsdStatus.FAIR_PROGRESS);
    ProgressInput at0 = fiveYears("100");
    assertThat(ProgressMeasure.UNSD.assess(at0).status()).isEqualTo(UnsdStatus.LIMITED_PROGRESS);
    ProgressInput met = fiveYears("200");
    assertThat(ProgressMeasure.UNSD.assess(met).targetMet()).isTrue();

    ProgressInput noTarget =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2015, BigDecimal.ONE)
            .putObservation(2020, BigDecimal.TEN)
            .build();
    assertThat(ProgressMeasure.UNSD.assess(noTarget).status()).isEqualTo(UnsdStatus.NOT_AVAILABLE);
    assertThat(ProgressMeasure.UNSD.assess(noTarget).note()).contains("needs a numerical target");
    ProgressInput flat = ProgressInput.builder().from(noTarget).targetValue(BigDecimal.ONE).build();
    assertThat(ProgressMeasure.UNSD.assess(flat).note())
        .hasValueSatisfying(n -> assertThat(n).contains("equals the base"));
    ProgressInput signs =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2015, BigDecimal.ONE)
            .putObservation(2020, BigDecimal.TEN.negate())
            .targetValue(BigDecimal.TEN)
            .build();
    assertThat(ProgressMeasure.UNSD.assess(signs).status()).isEqualTo(UnsdStatus.NOT_AVAILABLE);
    assertThat(ProgressMeasure.UNSD.assess(signs).note()).isPresent();
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

package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 时间过半、任务过半 on inputs, figures computed here. */
class HalfTimeMeasureTest {

  private static ProgressInput.Builder plan() {
    return ProgressInput.builder().baseYear(2020).targetYear(2025);
  }

  @Test
  void geometric_shareOfTheLogDistance_againstTheTimeShare() {
    ProgressInput in =
        plan()
            .baseValue(new BigDecimal("100"))
            .putObservation(2022, new BigDecimal("115"))
            .targetValue(new BigDecimal("150"))
            .build();
    ProgressResult r = ProgressMeasure.HALF_TIME.assess(in);

    double share = Math.log(1.15) / Math.log(1.5);
    double rate = Math.sqrt(1.15) - 1;
    assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(share, within(1e-12));
    assertThat(r.thresholds()).extracting(BigDecimal::doubleValue).containsExactly(0.4);
    assertThat(r.status())
        .isEqualTo(share >= 0.4 ? HalfTimeStatus.ON_TRACK : HalfTimeStatus.BEHIND);
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(rate, within(1e-14));
    assertThat(r.projectedValue().orElseThrow().doubleValue())
        .isCloseTo(115 * Math.pow(1 + rate, 3), within(1e-10));
    assertThat(r.requiredGrowth().orElseThrow().doubleValue())
        .isCloseTo(Math.cbrt(150 / 115.0) - 1, within(1e-14));
    assertThat(r.targetMet()).isFalse();
    assertThat(ProgressMeasure.HALF_TIME.name()).isEqualTo(ProgressMeasureName.HALF_TIME);
  }

  @Test
  void linear_lowerIsBetter_andNonPositiveValuesAreLinear() {
    ProgressInput in =
        plan()
            .baseValue(new BigDecimal("5.5"))
            .direction(Direction.LOWER_IS_BETTER)
            .scale(ProgressMethod.LINEAR)
            .putObservation(2023, new BigDecimal("5.2"))
            .targetValue(new BigDecimal("5"))
            .build();
    ProgressResult r = ProgressMeasure.HALF_TIME.assess(in);
    assertThat(r.ratio()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
    assertThat(r.status()).isEqualTo(HalfTimeStatus.ON_TRACK);
    assertThat(r.observedGrowth())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-0.1"));
    assertThat(r.requiredGrowth())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-0.1"));
    assertThat(r.projectedValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5.0"));

    ProgressInput negative =
        plan()
            .baseValue(new BigDecimal("-10"))
            .putObservation(2022, new BigDecimal("-4"))
            .targetValue(new BigDecimal("10"))
            .build();
    ProgressResult n = ProgressMeasure.HALF_TIME.assess(negative);
    assertThat(n.ratio()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.3"));
    assertThat(n.status()).isEqualTo(HalfTimeStatus.BEHIND);
  }

  @Test
  void sum_ofTheYearlyAmounts_andACeilingOnATotal() {
    ProgressInput flows =
        plan()
            .scale(ProgressMethod.SUM)
            .putObservation(2020, new BigDecimal("9"))
            .putObservation(2021, new BigDecimal("2"))
            .putObservation(2022, new BigDecimal("1.5"))
            .targetValue(new BigDecimal("10"))
            .build();
    ProgressResult r = ProgressMeasure.HALF_TIME.assess(flows);
    assertThat(r.latestValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.5"));
    assertThat(r.ratio()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.35"));
    assertThat(r.status()).isEqualTo(HalfTimeStatus.BEHIND);
    assertThat(r.projectedValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8.75"));
    assertThat(r.requiredGrowth())
        .hasValueSatisfying(
            v -> assertThat(v).isEqualByComparingTo("2.166666666666666666666666666666667"));

    ProgressInput ceiling =
        ProgressInput.builder().from(flows).direction(Direction.LOWER_IS_BETTER).build();
    assertThat(ProgressMeasure.HALF_TIME.assess(ceiling).targetMet()).isFalse();
    ProgressInput ceilingOver =
        plan()
            .scale(ProgressMethod.SUM)
            .direction(Direction.LOWER_IS_BETTER)
            .putObservation(2025, new BigDecimal("8"))
            .targetValue(new BigDecimal("10"))
            .build();
    assertThat(ProgressMeasure.HALF_TIME.assess(ceilingOver).status())
        .isEqualTo(HalfTimeStatus.TARGET_ACHIEVED);
    ProgressInput reached =
        plan()
            .scale(ProgressMethod.SUM)
            .putObservation(2023, new BigDecimal("11"))
            .targetValue(new BigDecimal("10"))
            .build();
    ProgressResult done = ProgressMeasure.HALF_TIME.assess(reached);
    assertThat(done.status()).isEqualTo(HalfTimeStatus.TARGET_ACHIEVED);
    assertThat(done.targetMet()).isTrue();
    assertThat(
            ProgressMeasure.HALF_TIME
                .assess(plan().scale(ProgressMethod.SUM).targetValue(BigDecimal.TEN).build())
                .note())
        .contains("no observation after the base year 2020");
  }

  @Test
  void met_targetEqualToBase_atTheTargetYear_andMissingData() {
    ProgressInput met =
        plan()
            .baseValue(new BigDecimal("100"))
            .putObservation(2025, new BigDecimal("160"))
            .targetValue(new BigDecimal("150"))
            .build();
    ProgressResult r = ProgressMeasure.HALF_TIME.assess(met);
    assertThat(r.status()).isEqualTo(HalfTimeStatus.TARGET_ACHIEVED);
    assertThat(r.requiredGrowth()).isEmpty();
    assertThat(r.projectedValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("160"));

    ProgressInput flat =
        plan()
            .baseValue(new BigDecimal("100"))
            .putObservation(2022, new BigDecimal("90"))
            .targetValue(new BigDecimal("100"))
            .build();
    ProgressResult away = ProgressMeasure.HALF_TIME.assess(flat);
    assertThat(away.ratio()).isEmpty();
    assertThat(away.status()).isEqualTo(HalfTimeStatus.BEHIND);

    ProgressInput noTarget =
        plan().baseValue(BigDecimal.ONE).putObservation(2022, BigDecimal.TEN).build();
    assertThat(ProgressMeasure.HALF_TIME.assess(noTarget).status())
        .isEqualTo(HalfTimeStatus.NOT_AVAILABLE);
    assertThat(ProgressMeasure.HALF_TIME.assess(noTarget).note())
        .contains("needs a quantitative target");
    assertThat(
            ProgressMeasure.HALF_TIME
                .assess(
                    plan().putObservation(2022, BigDecimal.TEN).targetValue(BigDecimal.TEN).build())
                .note())
        .contains("no base value for 2020");
  }
}

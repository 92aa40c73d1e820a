package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress of Table 1-2 rows against hypothetical observations, checked with doubles. */
class ProgressTest {

  private static final Plan PLAN = SeedPlans.table12();
  private static final PlanPeriod PERIOD = PLAN.period();

  private static Observation obs(String code, int year, String value) {
    return Observation.of(code, year, new BigDecimal(value));
  }

  private static Progress assess(String code, int year, Observation... observations) {
    return Progress.assess(PLAN.row(code).orElseThrow(), PERIOD, List.of(observations), year);
  }

  @Test
  void gdp_halfTimeHalfWork_geometric() {
    Progress p = assess("1-2-01", 2023, obs("1-2-01", 2021, "830"), obs("1-2-01", 2022, "880"),
        obs("1-2-01", 2023, "920"), obs("1-2-01", 2024, "990"));
    double share = Math.log(920 / 752.8) / Math.log(1000 / 752.8);
    double achieved = Math.pow(920 / 752.8, 1.0 / 3) - 1;

    assertThat(p.year()).isEqualTo(2023);
    assertThat(p.method()).contains(ProgressMethod.GEOMETRIC);
    assertThat(p.timeShare()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("0.6"));
    assertThat(p.valueShare().orElseThrow().doubleValue()).isCloseTo(share, within(1e-12));
    assertThat(p.onTrack()).contains(true);
    assertThat(p.projectedValue().orElseThrow().doubleValue())
        .isCloseTo(920 * Math.pow(1 + achieved, 2), within(1e-9));
    assertThat(p.requiredAnnualRate().orElseThrow().doubleValue())
        .isCloseTo(Math.pow(1000 / 920.0, 0.5) - 1, within(1e-12));
    assertThat(p.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
  }

  @Test
  void gdp_behindSchedule() {
    Progress p = assess("1-2-01", 2022, obs("1-2-01", 2022, "790"));
    double share = Math.log(790 / 752.8) / Math.log(1000 / 752.8);
    assertThat(p.valueShare().orElseThrow().doubleValue()).isCloseTo(share, within(1e-12));
    assertThat(share).isLessThan(0.4);
    assertThat(p.onTrack()).contains(false);
    assertThat(p.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
  }

  @Test
  void percentIndicator_linear_onTrackAtEqualShares() {
    Progress behind = assess("1-2-03a", 2023, obs("1-2-03a", 2023, "75.5"));
    assertThat(behind.method()).contains(ProgressMethod.LINEAR);
    assertThat(behind.valueShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(behind.onTrack()).contains(false);
    assertThat(behind.requiredAnnualChange())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.25"));
    assertThat(behind.projectedValue())
        .hasValueSatisfying(v -> assertThat(v.doubleValue()).isCloseTo(73 + 2.5 / 3 * 5, within(1e-12)));
    Progress even = assess("1-2-03a", 2023, obs("1-2-03a", 2023, "76"));
    assertThat(even.valueShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
    assertThat(even.onTrack()).contains(true);
  }

  @Test
  void boundTarget_isMetByAnyValueWithin() {
    Progress p = assess("1-2-28", 2022, obs("1-2-28", 2022, "2.9"));
    assertThat(p.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    assertThat(p.onTrack()).contains(true);
    assertThat(p.score()).contains(BigDecimal.valueOf(5));
  }

  @Test
  void cumulativeTarget_sumsTheYearlyAmounts() {
    Progress p = assess("1-2-14", 2023, obs("1-2-14", 2020, "1.8"), obs("1-2-14", 2021, "2.1"),
        obs("1-2-14", 2022, "1.9"), obs("1-2-14", 2023, "2.2"));
    assertThat(p.method()).contains(ProgressMethod.SUM);
    assertThat(p.valueShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.62"));
    assertThat(p.onTrack()).contains(true);
    assertThat(p.requiredAnnualChange())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.9"));
    assertThat(p.projectedValue())
        .hasValueSatisfying(v -> assertThat(v.doubleValue()).isCloseTo(6.2 / 3 * 5, within(1e-12)));
    double ratio = 0.62 / 0.6;
    assertThat(p.progressValue().orElseThrow().doubleValue()).isCloseTo(ratio, within(1e-12));
    assertThat(p.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    assertThat(p.score().orElseThrow().doubleValue())
        .isCloseTo(7.1429 * ratio - 4.2857, within(1e-9));
  }

  @Test
  void targetImpliedByTheAnnualGrowth() {
    double target = 82.8 * Math.pow(1.08, 5);
    // 95 in 2022 is 7.1 % a year: behind 8 %; 97 is 8.2 %: ahead
    Progress behind = assess("1-2-05", 2022, obs("1-2-05", 2022, "95"));
    assertThat(behind.valueShare().orElseThrow().doubleValue())
        .isCloseTo(Math.log(95 / 82.8) / Math.log(target / 82.8), within(1e-12));
    assertThat(behind.onTrack()).contains(false);
    Progress ahead = assess("1-2-05", 2022, obs("1-2-05", 2022, "97"));
    assertThat(ahead.valueShare().orElseThrow().doubleValue())
        .isCloseTo(Math.log(97 / 82.8) / Math.log(target / 82.8), within(1e-12));
    assertThat(ahead.onTrack()).contains(true);
  }

  @Test
  void assignedTarget_needsTheAssignedValue() {
    Progress p = assess("1-2-39", 2022, obs("1-2-39", 2022, "1.3"));
    assertThat(p.status()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(p.note()).contains("needs the value assigned by the city (完成市下达目标)");
    assertThat(p.valueShare()).isEmpty();
  }

  @Test
  void relativeTarget_usesTheMeasureWithoutTarget() {
    Progress p = assess("1-2-16", 2022, obs("1-2-16", 2022, "90"));
    assertThat(p.method()).isEmpty();
    assertThat(p.valueShare()).isEmpty();
    assertThat(p.progressValue().orElseThrow().doubleValue())
        .isCloseTo(Math.sqrt(90 / 88.5) - 1, within(1e-12));
    assertThat(p.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
  }

  @Test
  void withoutData_notAvailable_andDuplicateYearsRefused() {
    assertThat(assess("1-2-01", 2023).status()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(assess("1-2-01", 2023, obs("1-2-01", 2020, "752.8")).note())
        .contains("no observation after the base year 2020");
    assertThatThrownBy(() -> assess("1-2-01", 2023, obs("1-2-01", 2022, "1"),
        obs("1-2-01", 2022, "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observations: '1-2-01' has two values for 2022");
  }
}

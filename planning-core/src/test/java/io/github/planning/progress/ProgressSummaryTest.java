package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Growth;
import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressSummaryTest {

  private static PlanRow row(String code, String category) {
    Indicator.Builder i = Indicator.builder().code(code).name("指标" + code);
    if (!category.isEmpty()) {
      i.category(category);
    }
    return PlanRow.builder().indicator(i.build()).build();
  }

  private static final Plan PLAN =
      Plan.builder()
          .title("规划")
          .period(PlanPeriod.of(2021, 2025))
          .addRow(row("a", "经济发展"))
          .addRow(row("b", "经济发展"))
          .addRow(row("c", "民生福祉"))
          .addRow(row("d", ""))
          .build();

  private static ProgressInput input(String latest, String target) {
    return ProgressInput.builder()
        .baseYear(2020)
        .targetYear(2025)
        .putObservation(2020, new BigDecimal("100"))
        .putObservation(2023, new BigDecimal(latest))
        .targetValue(new BigDecimal(target))
        .build();
  }

  @Test
  void openSdg_meanScore_counts_andRowsWithoutData() {
    Map<String, ProgressResult> byCode = new LinkedHashMap<>();
    byCode.put("a", ProgressMeasure.OPEN_SDG.assess(input("130", "120"))); // achieved: 5
    byCode.put("b", ProgressMeasure.OPEN_SDG.assess(input("105", "120")));
    byCode.put("c", ProgressMeasure.OPEN_SDG.assess(input("-1", "120"))); // not available

    ProgressSummary all = ProgressSummary.ofPlan(ProgressMeasureName.OPEN_SDG, PLAN, byCode);

    BigDecimal scoreB = byCode.get("b").score().orElseThrow();
    assertThat(all.measure()).isEqualTo(ProgressMeasureName.OPEN_SDG);
    assertThat(all.category()).isEmpty();
    assertThat(all.assessed()).containsExactly("a", "b");
    assertThat(all.withoutData()).containsExactly("c", "d");
    assertThat(all.meanScore())
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .isEqualByComparingTo(
                        scoreB
                            .add(BigDecimal.valueOf(5))
                            .divide(BigDecimal.valueOf(2), Growth.PRECISION)));
    assertThat(all.statusCounts())
        .containsExactly(
            Map.entry(ProgressStatus.TARGET_ACHIEVED, 1), Map.entry(byCode.get("b").status(), 1));
    assertThat(all.achieved()).isFalse();

    List<ProgressSummary> categories =
        ProgressSummary.byCategory(ProgressMeasureName.OPEN_SDG, PLAN, byCode);
    assertThat(categories)
        .extracting(ProgressSummary::category)
        .containsExactly(Optional.of("经济发展"), Optional.of("民生福祉"), Optional.empty());
    assertThat(categories.get(0).assessed()).containsExactly("a", "b");
    assertThat(categories.get(0).achieved()).isFalse();
    assertThat(categories.get(1).withoutData()).containsExactly("c");
    assertThat(categories.get(1).meanScore()).isEmpty();
    assertThat(categories.get(2).withoutData()).containsExactly("d");
  }

  @Test
  void achieved_onlyIfEveryRowIsMet_andMeasuresWithoutScoresHaveNoMean() {
    Map<String, ProgressResult> met =
        Map.of(
            "a", ProgressMeasure.EUROSTAT.assess(input("130", "120")),
            "b", ProgressMeasure.EUROSTAT.assess(input("121", "120")));
    List<ProgressSummary> byCategory =
        ProgressSummary.byCategory(ProgressMeasureName.EUROSTAT, PLAN, met);
    assertThat(byCategory.get(0).achieved()).isTrue();
    assertThat(byCategory.get(0).meanScore()).isEmpty();
    assertThat(byCategory.get(0).statusCounts())
        .containsExactly(Map.entry(EurostatStatus.SIGNIFICANT_PROGRESS, 2));
    assertThat(ProgressSummary.ofPlan(ProgressMeasureName.EUROSTAT, PLAN, met).achieved())
        .isFalse();
    Plan empty = Plan.builder().title("空").period(PlanPeriod.of(2021, 2025)).build();
    assertThat(ProgressSummary.ofPlan(ProgressMeasureName.EUROSTAT, empty, met).achieved())
        .isFalse();
    Map<String, ProgressResult> unmet =
        Map.of(
            "a", ProgressMeasure.EUROSTAT.assess(input("130", "120")),
            "b", ProgressMeasure.EUROSTAT.assess(input("110", "120")));
    assertThat(
            ProgressSummary.byCategory(ProgressMeasureName.EUROSTAT, PLAN, unmet).get(0).achieved())
        .isFalse();
  }

  @Test
  void resultsOfAnotherMeasure_areRefused() {
    Map<String, ProgressResult> mixed =
        Map.of("a", ProgressMeasure.UNSD.assess(input("130", "120")));
    assertThatThrownBy(() -> ProgressSummary.ofPlan(ProgressMeasureName.EUROSTAT, PLAN, mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("byCode: the result for 'a' is of UNSD, not EUROSTAT");
  }
}

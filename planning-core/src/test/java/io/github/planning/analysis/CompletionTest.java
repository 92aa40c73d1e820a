package io.github.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Assessment;
import io.github.planning.core.Indicator;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.SeedPlans;
import io.github.planning.core.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionTest {

  @Test
  void table11_recomputedAgainstPublished_isPinned() {
    Plan plan = SeedPlans.table11();
    Map<String, String> actual = new LinkedHashMap<>();
    for (PlanRow row : plan.rows()) {
      Completion c = Completion.assess(row, plan.period(), List.of());
      actual.put(
          row.code(),
          c.published().map(Assessment::label).orElse("-")
              + " → "
              + c.recomputed().map(Assessment::label).orElse("-"));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("1-1-01", "总量提前实现 → 总量实现");
    expected.put("1-1-02a", "总量提前实现 → 完成");
    expected.put("1-1-02b", "总量提前实现 → 完成");
    expected.put("1-1-03", "提前实现 → 完成");
    expected.put("1-1-04", "提前实现 → 完成");
    expected.put("1-1-05", "可以实现 → 完成");
    expected.put("1-1-06", "总量实现 → 完成");
    expected.put("1-1-07", "可以实现 → 完成");
    expected.put("1-1-08", "提前实现 → 未完成");
    expected.put("1-1-09", "较难实现 → 未完成");
    expected.put("1-1-10", "可以实现 → -");
    expected.put("1-1-11a", "可以实现 → 完成");
    expected.put("1-1-11b", "较难实现 → 未完成");
    expected.put("1-1-12", "较难实现 → 未完成");
    expected.put("1-1-13", "提前实现 → 完成");
    expected.put("1-1-14", "可以实现 → 完成");
    expected.put("1-1-15", "可以实现 → 完成");
    expected.put("1-1-16", "较难实现 → 未完成");
    expected.put("1-1-17", "提前实现 → 完成");
    expected.put("1-1-18", "较难实现 → -");
    expected.put("1-1-19", "可以实现 → -");
    expected.put("1-1-20", "可以实现 → -");
    expected.put("1-1-21", "可以实现 → -");
    expected.put("1-1-22", "可以实现 → -");
    expected.put("1-1-23", "可以实现 → 完成");
    expected.put("1-1-24", "- → -");
    expected.put("1-1-24a", "可以实现 → -");
    expected.put("1-1-24b", "可以实现 → -");
    expected.put("1-1-25a", "较难实现 → 未完成");
    expected.put("1-1-25b", "较难实现 → 未完成");
    expected.put("1-1-26", "提前实现 → 总量实现");
    expected.put("1-1-27", "提前实现 → 完成");
    expected.put("1-1-28", "较难实现 → 未完成");
    expected.put("1-1-29", "可以实现 → 总量实现");
    expected.put("1-1-30", "提前实现 → 完成");
    expected.put("1-1-31", "提前实现 → 完成");
    expected.put("1-1-32", "提前实现 → 完成");
    expected.put("1-1-33", "可以实现 → -");
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void gdp_totalReachedButRateShort_withItsBasis() {
    Plan plan = SeedPlans.table11();
    Completion gdp = Completion.assess(plan.row("1-1-01").orElseThrow(), plan.period(), List.of());
    assertThat(gdp.recomputed()).contains(Assessment.TOTAL_REACHED);
    assertThat(gdp.basis()).contains("752.8 ≥ 700; 7.9% < 9.5%");
    assertThat(gdp.differs()).isTrue();
    assertThat(gdp.contradicts()).isFalse();
    Completion fdi = Completion.assess(plan.row("1-1-08").orElseThrow(), plan.period(), List.of());
    assertThat(fdi.contradicts()).isTrue();
    assertThat(fdi.basis()).contains("1.8 < [9]以上");
    Completion assigned =
        Completion.assess(plan.row("1-1-10").orElseThrow(), plan.period(), List.of());
    assertThat(assigned.recomputed()).isEmpty();
    assertThat(assigned.note())
        .contains("the target is assigned by a higher level and needs its value");
  }

  @Test
  void series_showAnEarlyAchievement_andSumCumulativeTargets() {
    PlanPeriod period = PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN;
    PlanRow level =
        PlanRow.builder()
            .indicator(Indicator.builder().code("gdp").name("GDP").unit(Unit.YI_YUAN).build())
            .base(PlanValue.parse("496.8"))
            .target(PlanValue.parse("700"))
            .actual(PlanValue.parse("752.8"))
            .build();
    List<Observation> series =
        List.of(obs("gdp", 2018, "650"), obs("gdp", 2019, "710"), obs("gdp", 2020, "752.8"));
    Completion early = Completion.assess(level, period, series);
    assertThat(early.recomputed()).contains(Assessment.REACHED_EARLY);
    assertThat(early.basis()).contains("752.8 ≥ 700; 2019 ≥ 700");

    PlanRow jobs =
        PlanRow.builder()
            .indicator(Indicator.builder().code("jobs").name("新增就业").unit(Unit.WAN_PERSONS).build())
            .target(PlanValue.parse("[5]"))
            .build();
    List<Observation> yearly =
        List.of(
            obs("jobs", 2016, "1.2"),
            obs("jobs", 2017, "1.1"),
            obs("jobs", 2018, "1.0"),
            obs("jobs", 2019, "0.9"),
            obs("jobs", 2020, "1.1"),
            obs("other", 2020, "100"));
    Completion total = Completion.assess(jobs, period, yearly);
    assertThat(total.recomputed()).contains(Assessment.TOTAL_REACHED);
    assertThat(total.basis()).contains("Σ2016–2020 = 5.3 ≥ [5]");
    List<Observation> fast =
        List.of(
            obs("jobs", 2016, "2"),
            obs("jobs", 2017, "2"),
            obs("jobs", 2018, "2"),
            obs("jobs", 2019, "0"),
            obs("jobs", 2020, "0"));
    assertThat(Completion.assess(jobs, period, fast).recomputed())
        .contains(Assessment.TOTAL_REACHED_EARLY);
    assertThat(Completion.assess(jobs, period, List.of()).note())
        .hasValueSatisfying(
            n -> assertThat(n).startsWith("a cumulative target needs the total of"));
  }

  private static PlanRow row(
      String base, String target, String growth, String actual, String actualGrowth, Unit unit) {
    PlanRow.Builder row =
        PlanRow.builder().indicator(Indicator.builder().code("x").name("指标").unit(unit).build());
    if (!base.isEmpty()) {
      row.base(PlanValue.parse(base));
    }
    if (!target.isEmpty()) {
      row.target(PlanValue.parse(target));
    }
    if (!growth.isEmpty()) {
      row.targetGrowth(PlanValue.parse(growth));
    }
    if (!actual.isEmpty()) {
      row.actual(PlanValue.parse(actual));
    }
    if (!actualGrowth.isEmpty()) {
      row.actualGrowth(PlanValue.parse(actualGrowth));
    }
    return row.build();
  }

  private static Completion assess(PlanRow row, Observation... series) {
    return Completion.assess(row, PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN, List.of(series));
  }

  @Test
  void rates_atTheStatedGrowthAreMet_justBelowAreShort() {
    assertThat(assess(row("100", "150", "8", "160", "8", Unit.YI_YUAN)).recomputed())
        .contains(Assessment.ACHIEVED);
    assertThat(assess(row("100", "150", "8", "160", "7.99", Unit.YI_YUAN)).recomputed())
        .contains(Assessment.TOTAL_REACHED);
    assertThat(assess(row("100", "150", "8", "——", "8", Unit.YI_YUAN)).recomputed())
        .contains(Assessment.ACHIEVED);
    assertThat(assess(row("100", "150", "8", "——", "7.9", Unit.YI_YUAN)).recomputed())
        .contains(Assessment.NOT_ACHIEVED);
    assertThat(assess(row("100", "150", "8", "——", "7.9", Unit.YI_YUAN)).basis())
        .contains("7.9% < 8%");
    assertThat(assess(row("100", "150", "", "——", "", Unit.YI_YUAN)).note())
        .contains("no actual value");
    assertThat(assess(row("100", "高于全省平均", "", "120", "", Unit.YI_YUAN)).note())
        .contains("the target 高于全省平均 needs comparison data: see Comparisons");
  }

  @Test
  void actualGrowth_isComputedOnlyFromPositiveLevelsOfQuantities() {
    // 100 → 161.051 over 5 years is exactly 10 % a year
    assertThat(assess(row("100", "150", "10", "161.051", "", Unit.YI_YUAN)).basis())
        .contains("161.051 ≥ 150; 10.00% ≥ 10%");
    assertThat(assess(row("100", "150", "10.01", "161.051", "", Unit.YI_YUAN)).recomputed())
        .contains(Assessment.TOTAL_REACHED);
    assertThat(assess(row("50", "60", "3", "61", "", Unit.PERCENT)).basis())
        .contains("61 ≥ 60")
        .get()
        .asString()
        .doesNotContain("%");
    assertThat(assess(row("-5", "60", "3", "61", "", Unit.YI_YUAN)).basis()).contains("61 ≥ 60");
  }

  @Test
  void lowerIsBetter_andBounds_showTheirComparison() {
    assertThat(assess(row("27", "25", "", "24", "", Unit.parse("微克/立方米"))).basis())
        .contains("24 ≤ 25");
    assertThat(assess(row("27", "25", "", "26", "", Unit.parse("微克/立方米"))).basis())
        .contains("26 > 25");
    assertThat(assess(row("2", "<5", "", "5", "", Unit.PERCENT)).basis()).contains("5 > 5");
    assertThat(assess(row("2", ">5", "", "6", "", Unit.PERCENT)).basis()).contains("6 ≥ 5");
    assertThat(assess(row("2", "5以上", "", "4", "", Unit.PERCENT)).basis()).contains("4 < 5");
    assertThat(assess(row("2", "5", "", "4.123456", "", Unit.PERCENT)).basis())
        .contains("4.12 < 5");
  }

  @Test
  void observations_outsideThePlanOrOfOtherCodes_areIgnored_andOrderDoesNotMatter() {
    PlanRow gdp =
        PlanRow.builder()
            .from(row("496.8", "700", "", "752.8", "", Unit.YI_YUAN))
            .indicator(Indicator.builder().code("gdp").name("GDP").build())
            .build();
    assertThat(
            assess(gdp, obs("gdp", 2015, "800"), obs("gdp", 2021, "900"), obs("other", 2018, "900"))
                .recomputed())
        .contains(Assessment.ACHIEVED);
    Completion early =
        assess(gdp, obs("gdp", 2019, "720"), obs("gdp", 2018, "705"), obs("gdp", 2020, "752.8"));
    assertThat(early.recomputed()).contains(Assessment.REACHED_EARLY);
    assertThat(early.basis()).contains("752.8 ≥ 700; 2018 ≥ 700");
    assertThat(assess(gdp, obs("gdp", 2020, "752.8")).recomputed()).contains(Assessment.ACHIEVED);
  }

  @Test
  void assignedTargets_inTheTargetOrInTheGrowthWithoutTarget_areNotRecomputed() {
    assertThat(assess(row("5", "——", "完成市下达指标", "4", "", Unit.PERCENT)).note())
        .contains("the target is assigned by a higher level and needs its value");
    assertThat(assess(row("5", "6", "完成市下达指标", "7", "", Unit.PERCENT)).recomputed())
        .contains(Assessment.ACHIEVED);
  }

  @Test
  void cumulativeTargets_reachedExactly_earlyOrByAWrittenTotal() {
    PlanRow jobs =
        PlanRow.builder()
            .from(row("", "[5]", "", "", "", Unit.WAN_PERSONS))
            .indicator(Indicator.builder().code("jobs").name("新增就业").build())
            .build();
    assertThat(assess(jobs, obs("jobs", 2016, "2.5"), obs("jobs", 2020, "2.5")).recomputed())
        .contains(Assessment.TOTAL_REACHED);
    assertThat(assess(jobs, obs("jobs", 2016, "2.5"), obs("jobs", 2017, "2.49")).note())
        .contains(
            "a cumulative target needs the total of 2016–2020 (the sum of the yearly "
                + "values); observations cover 2 of 5 years");
    assertThat(
            assess(
                    jobs,
                    obs("jobs", 2016, "1"),
                    obs("jobs", 2017, "1"),
                    obs("jobs", 2018, "1"),
                    obs("jobs", 2019, "1"),
                    obs("jobs", 2020, "0.99"))
                .recomputed())
        .contains(Assessment.NOT_ACHIEVED);
    assertThat(assess(jobs, obs("jobs", 2016, "5"), obs("jobs", 2017, "0")).recomputed())
        .contains(Assessment.TOTAL_REACHED_EARLY);
    assertThat(assess(row("[5.5]", "[5]", "", "5", "", Unit.WAN_PERSONS)).recomputed())
        .contains(Assessment.TOTAL_REACHED);
    assertThat(assess(row("[5.5]", "[5]", "", "4.9", "", Unit.WAN_PERSONS)).basis())
        .contains("4.9 < [5]");
    assertThat(assess(row("4", "[5]", "", "6", "", Unit.WAN_PERSONS)).note())
        .hasValueSatisfying(
            n -> assertThat(n).startsWith("a cumulative target needs the total of"));
  }

  private static Observation obs(String code, int year, String value) {
    return Observation.of(code, year, new BigDecimal(value));
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.analysis.Comparisons;
import io.github.planning.analysis.Completion;
import io.github.planning.analysis.Finding;
import io.github.planning.analysis.ImpliedFigures;
import io.github.planning.analysis.PlanChecks;
import io.github.planning.progress.Progress;
import io.github.planning.progress.ProgressStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The reading of a row's target and what each analysis makes of it; figures computed here. */
class TargetTest {

  private static final PlanPeriod P14 = PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN;

  private static PlanRow row(String name, Unit unit, String base, String target, String growth) {
    PlanRow.Builder row =
        PlanRow.builder().indicator(Indicator.builder().code("x").name(name).unit(unit).build());
    if (!base.isEmpty()) {
      row.base(PlanValue.parse(base));
    }
    if (!target.isEmpty()) {
      row.target(PlanValue.parse(target));
    }
    if (!growth.isEmpty()) {
      row.targetGrowth(PlanValue.parse(growth));
    }
    return row.build();
  }

  private static Observation obs(int year, String value) {
    return Observation.of("x", year, new BigDecimal(value));
  }

  private static Progress progress(PlanRow row, int year, Observation... observations) {
    return Progress.assess(row, P14, List.of(observations), year);
  }

  // ------------------------------------------------------------------ the six wrong results

  @Test
  void breachedCeiling_isNeverOnTrack() {
    PlanRow unemployment = row("城镇调查失业率", Unit.PERCENT, "5.2", "≤5.5", "");
    Progress p = progress(unemployment, 2023, obs(2023, "5.9"));
    assertThat(unemployment.reading()).isInstanceOf(Target.Level.class);
    assertThat(p.onTrack()).contains(false);
    assertThat(p.valueShare()).isEmpty(); // the base was within the bound: no share of a way
    assertThat(p.status()).isNotEqualTo(ProgressStatus.TARGET_ACHIEVED);
    // back to 5.5 in the two years left: (5.5 − 5.9) / 2 = −0.2 a year
    assertThat(p.requiredAnnualChange())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-0.2"));
    assertThat(p.note())
        .hasValueSatisfying(
            n -> assertThat(n).contains("breaches the bound 5.5").contains("distance 0.4"));
  }

  @Test
  void metCeiling_needsNoGrowth() {
    Progress p =
        progress(
            row("城镇调查失业率", Unit.PERCENT, "5.2", "≤5.5", ""),
            2022,
            obs(2021, "5.1"),
            obs(2022, "4.3"));
    assertThat(p.onTrack()).contains(true);
    assertThat(p.requiredAnnualRate()).isEmpty();
    assertThat(p.requiredAnnualChange()).isEmpty();
    assertThat(p.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    assertThat(p.note())
        .hasValueSatisfying(
            n ->
                assertThat(n)
                    .contains("within the bound 5.5")
                    .contains("distance -1.2")
                    .contains("met every year"));
  }

  @Test
  void ceilingHeldEveryYear_aBreachInAnEarlierYearIsNotOnTrack() {
    // national: 城镇调查失业率 <5.5 in the growth column holds each year
    PlanRow unemployment = row("城镇调查失业率", Unit.PERCENT, "5.2", "——", "<5.5");
    Target.Level level = (Target.Level) unemployment.reading();
    assertThat(level.everyYear()).isTrue();
    assertThat(level.relation()).isEqualTo(Relation.BELOW);
    Progress p = progress(unemployment, 2023, obs(2021, "5.1"), obs(2022, "5.6"), obs(2023, "5.2"));
    assertThat(p.onTrack()).contains(false);
    assertThat(p.note()).hasValueSatisfying(n -> assertThat(n).contains("breached in [2022]"));
  }

  @Test
  void cumulativeChangeOfALevel_isTheChangeNotTheSum() {
    PlanRow life = row("人均预期寿命", Unit.parse("岁"), "78", "——", "[1]");
    Target.Cumulative cumulative = (Target.Cumulative) life.reading();
    assertThat(cumulative.meaning()).isEqualTo(Target.Cumulative.Meaning.CHANGE);
    assertThat(life.measure()).isEqualTo(Measure.LEVEL);
    Progress p = progress(life, 2023, obs(2021, "78.2"), obs(2022, "77.9"), obs(2023, "78.6"));
    // 78.6 − 78 = 0.6 of +1
    assertThat(p.valueShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
    assertThat(p.status()).isNotEqualTo(ProgressStatus.TARGET_ACHIEVED);
    assertThat(p.onTrack()).contains(true); // 0.6 of the way in 0.6 of the time
  }

  @Test
  void cumulativeFlowWithOneYearsValue_saysTheSumIsNeeded() {
    PlanRow fdi =
        PlanRow.builder()
            .from(row("实际到位外资", Unit.parse("亿美元"), "", "[9]以上", ""))
            .actual(PlanValue.parse("1.8"))
            .assessment(Assessment.NOT_ACHIEVED)
            .build();
    Completion c = Completion.assess(fdi, PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN, List.of());
    assertThat(c.recomputed()).isEmpty();
    assertThat(c.note())
        .hasValueSatisfying(
            n ->
                assertThat(n)
                    .contains("needs the total of 2016–2020 (the sum of the yearly values)")
                    .contains("the actual 1.8 is one year's value"));
    // with the five years: 1.8 + 2 + 1.7 + 2.1 + 1.6 = 9.2 ≥ 9
    List<Observation> years =
        List.of(
            Observation.of("x", 2016, new BigDecimal("1.8")),
            Observation.of("x", 2017, new BigDecimal("2")),
            Observation.of("x", 2018, new BigDecimal("1.7")),
            Observation.of("x", 2019, new BigDecimal("2.1")),
            Observation.of("x", 2020, new BigDecimal("1.6")));
    Completion summed = Completion.assess(fdi, PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN, years);
    assertThat(summed.recomputed()).contains(Assessment.TOTAL_REACHED);
    assertThat(summed.basis()).contains("Σ2016–2020 = 9.2 ≥ [9]以上");
  }

  @Test
  void impliedTargetFinding_writesTheRateOnce_andTheUnitHintFollowsTheName() {
    PlanRow revenue =
        PlanRow.builder().from(row("财政收入", Unit.YI_YUAN, "100", "——", "8%左右")).build();
    PlanRow nine =
        PlanRow.builder()
            .from(row("投资", Unit.YI_YUAN, "100", "——", "9%"))
            .indicator(Indicator.builder().code("y").name("投资").unit(Unit.YI_YUAN).build())
            .build();
    PlanRow productivity =
        PlanRow.builder()
            .from(row("全员劳动生产率", Unit.PERCENT, "10", "——", "8"))
            .indicator(Indicator.builder().code("z").name("全员劳动生产率").unit(Unit.PERCENT).build())
            .build();
    List<Finding> findings =
        PlanChecks.check(
            Plan.builder().title("T").period(P14).addRows(revenue, nine, productivity).build());
    String all =
        findings.stream()
            .map(f -> f.messageZh() + " | " + f.messageEn())
            .collect(Collectors.joining("\n"));
    assertThat(all)
        .contains("按年均增长8%左右推算")
        .contains("按年均增长9%推算")
        .doesNotContain("%%")
        .doesNotContain("左右%")
        .doesNotContain("% %");
    // 100 × 1.08^5 = 146.9328…
    assertThat(all).contains("2025年目标为146.93亿元");
    assertThat(all).contains("是否应为万元/人").doesNotContain("是否应为亿元");
  }

  // ------------------------------------------------------------------ notation

  @Test
  void notation_multiplesFloorsWithAspirationsCeilingsAndBoundedAssignedTargets() {
    assertThat(PlanValue.parse("翻一番").kind()).isEqualTo(ValueKind.MULTIPLE);
    assertThat(PlanValue.parse("翻一番").amount()).contains(new BigDecimal(2));
    assertThat(PlanValue.parse("翻两番").amount()).contains(new BigDecimal(4));
    assertThat(PlanValue.parse("翻番").amount()).contains(new BigDecimal(2));
    assertThat(PlanValue.parse("实现翻三番").amount()).contains(new BigDecimal(8));
    PlanValue aspiring = PlanValue.parse("7%以上,力争达到8%");
    assertThat(aspiring.relation()).contains(Relation.AT_LEAST);
    assertThat(aspiring.amount()).contains(new BigDecimal(7));
    assertThat(aspiring.secondAmount()).contains(new BigDecimal(8));
    assertThat(PlanValue.parse("6%以上，力争7%").secondAmount()).contains(new BigDecimal(7));
    PlanValue controlled = PlanValue.parse("控制在1.3%以内");
    assertThat(controlled.relation()).contains(Relation.AT_MOST);
    assertThat(controlled.amount()).contains(new BigDecimal("1.3"));
    assertThat(PlanValue.parse("控制在5.5%").relation()).contains(Relation.AT_MOST);
    assertThat(PlanValue.parse("控制在3%左右").relation()).contains(Relation.ABOUT);
    assertThat(PlanValue.parse("3%以内").relation()).contains(Relation.AT_MOST);
    assertThat(PlanValue.parse("不高于3").relation()).contains(Relation.AT_MOST);
    assertThat(PlanValue.parse("不超过3").relation()).contains(Relation.AT_MOST);
    assertThat(PlanValue.parse("不超3").relation()).contains(Relation.AT_MOST);
    PlanValue ceiling = PlanValue.parse("不超过省下达指标");
    assertThat(ceiling.kind()).isEqualTo(ValueKind.ASSIGNED);
    assertThat(ceiling.relation()).contains(Relation.AT_MOST);
    assertThat(ceiling.level()).contains(AdministrativeLevel.PROVINCE);
    assertThat(PlanValue.parse("不超市下达目标").relation()).contains(Relation.AT_MOST);
    assertThat(PlanValue.parse("不低于市下达指标").relation()).contains(Relation.AT_LEAST);
    assertThat(PlanValue.parse("完成市下达指标").relation()).isEmpty();
    assertThat(PlanValue.parse("翻五番").kind()).isEqualTo(ValueKind.DESCRIPTIVE);
    assertThatThrownBy(() -> PlanValue.parse("≤7%，力争8%"))
        .hasMessageContaining("an aspiration (力争) follows a floor");
  }

  @Test
  void notation_builtValuesReadBack() {
    assertThat(
            PlanValue.builder().kind(ValueKind.MULTIPLE).amount(new BigDecimal(4)).build().text())
        .isEqualTo("翻两番");
    assertThat(
            PlanValue.builder()
                .relation(Relation.AT_LEAST)
                .amount(new BigDecimal(6))
                .secondAmount(new BigDecimal(7))
                .unit(Unit.PERCENT)
                .build()
                .text())
        .isEqualTo("6%以上，力争7%");
    assertThat(
            PlanValue.builder()
                .kind(ValueKind.ASSIGNED)
                .relation(Relation.AT_MOST)
                .level(AdministrativeLevel.PROVINCE)
                .build()
                .text())
        .isEqualTo("不超过省下达指标");
    assertThatThrownBy(
            () -> PlanValue.builder().kind(ValueKind.MULTIPLE).amount(new BigDecimal(3)).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void kinds_ofEachCell() {
    assertThat(row("a", Unit.YI_YUAN, "100", "翻一番", "").reading())
        .isEqualTo(new Target.Multiple(PlanValue.parse("翻一番"), new BigDecimal(2)));
    Target.Level floor = (Target.Level) row("a", Unit.PERCENT, "", "", "6%以上，力争7%").reading();
    assertThat(floor.kindName()).isEqualTo("floor with aspiration");
    assertThat(floor.aspiration()).contains(new BigDecimal(7));
    assertThat(row("a", Unit.YI_YUAN, "", "6-7", "").reading()).isInstanceOf(Target.Range.class);
    assertThat(row("a", Unit.YI_YUAN, "100", "——", "8").reading())
        .isEqualTo(
            new Target.AnnualGrowth(PlanValue.parse("8"), new BigDecimal(8), Relation.EXACT));
    assertThat(row("a", Unit.YI_YUAN, "100", "——", "下降2.5").reading())
        .isEqualTo(
            new Target.AnnualGrowth(
                PlanValue.parse("下降2.5"), new BigDecimal("-2.5"), Relation.EXACT));
    assertThat(row("a", Unit.PERCENT, "51", "[1.7]个百分点", "").reading())
        .isEqualTo(new Target.LevelChange(PlanValue.parse("[1.7]个百分点"), new BigDecimal("1.7")));
    assertThat(row("a", Unit.PERCENT, "", "不超过省下达指标", "").reading())
        .isEqualTo(
            new Target.Assigned(
                PlanValue.parse("不超过省下达指标"),
                AdministrativeLevel.PROVINCE,
                java.util.Optional.of(Relation.AT_MOST)));
    assertThat(row("a", Unit.PERCENT, "", "高于全省平均", "").reading().kindName()).isEqualTo("relative");
    assertThat(row("a", Unit.PERCENT, "", "——", "与经济增长同步").reading().kindName())
        .isEqualTo("linked");
    assertThat(row("a", Unit.PERCENT, "", "稳定保持", "").reading().kindName())
        .isEqualTo("keep stable");
    assertThat(row("a", Unit.PERCENT, "", "全面完成", "").reading().kindName())
        .isEqualTo("descriptive");
    assertThat(row("a", Unit.PERCENT, "", "1.65:1", "").reading().kindName())
        .isEqualTo("descriptive");
    assertThat(row("a", Unit.PERCENT, "", "——", "——").reading()).isEqualTo(new Target.None());
    assertThat(new Target.None().published()).isEmpty();
  }

  // ------------------------------------------------------------------ the national table

  @Test
  void nationalTable_cumulativeChange_growthFloor_andUnemploymentCeiling() throws Exception {
    Map<String, PlanRow> rows = national();
    Target life = rows.get("人均预期寿命").reading();
    assertThat(life).isInstanceOf(Target.Cumulative.class);
    assertThat(((Target.Cumulative) life).meaning()).isEqualTo(Target.Cumulative.Meaning.CHANGE);
    assertThat(((Target.Cumulative) life).signedAmount()).isEqualByComparingTo("1");
    Target.Level research = (Target.Level) rows.get("全社会研发经费投入增长").reading();
    assertThat(research.relation()).isEqualTo(Relation.ABOVE);
    assertThat(research.amount()).isEqualByComparingTo("7");
    assertThat(research.everyYear()).isTrue();
    Target.Level unemployment = (Target.Level) rows.get("城镇调查失业率").reading();
    assertThat(unemployment.isCeiling()).isTrue();
    assertThat(unemployment.amount()).isEqualByComparingTo("5.5");
    // the text of the outline, 控制在5.5%以内, reads the same way
    PlanRow written =
        PlanRow.builder()
            .from(rows.get("城镇调查失业率"))
            .targetGrowth(PlanValue.parse("控制在5.5%以内"))
            .build();
    Target.Level fromText = (Target.Level) written.reading();
    assertThat(fromText.relation()).isEqualTo(Relation.AT_MOST);
    assertThat(fromText.amount()).isEqualByComparingTo("5.5");
    // research growth 2021–2023 of 14.6, 10.1, 8.1 % a year: above 7 every year
    PlanRow r = rows.get("全社会研发经费投入增长");
    Progress p =
        Progress.assess(
            r,
            P14,
            List.of(
                Observation.of(r.code(), 2021, new BigDecimal("14.6")),
                Observation.of(r.code(), 2022, new BigDecimal("10.1")),
                Observation.of(r.code(), 2023, new BigDecimal("8.1"))),
            2023);
    assertThat(p.onTrack()).contains(true);
    assertThat(p.requiredAnnualRate()).isEmpty();
    Target energy = rows.get("单位GDP能源消耗降低").reading();
    assertThat(((Target.Cumulative) energy).meaning())
        .isEqualTo(Target.Cumulative.Meaning.PERCENT_CHANGE);
    assertThat(((Target.Cumulative) energy).decrease()).isTrue();
  }

  private static Map<String, PlanRow> national() throws Exception {
    List<PlanRow> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    TargetTest.class.getResourceAsStream("/national/national-14th-main.csv")),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] c = line.split(",", -1);
        rows.add(
            PlanRow.builder()
                .indicator(
                    Indicator.builder()
                        .code("n" + c[1])
                        .name(c[2])
                        .unit(Unit.parse(c[3]))
                        .attribute(Attribute.parse(c[7]))
                        .build())
                .base(PlanValue.parse(c[4]))
                .target(PlanValue.parse(c[5]))
                .targetGrowth(PlanValue.parse(c[6]))
                .build());
      }
    }
    return rows.stream().collect(Collectors.toMap(r -> r.indicator().name(), r -> r));
  }

  // ------------------------------------------------------------------ cumulative targets

  @Test
  void cumulativeFlow_sumsItsYears() {
    PlanRow jobs = row("新增城镇就业", Unit.WAN_PERSONS, "", "——", "[5500]");
    assertThat(jobs.measure()).isEqualTo(Measure.FLOW);
    assertThat(jobs.measureRule()).contains("the name contains 新增");
    assertThat(jobs.measureRuleZh()).contains("名称含“新增”");
    Progress p = progress(jobs, 2022, obs(2021, "1269"), obs(2022, "1206"));
    // (1269 + 1206) / 5500 = 0.45
    assertThat(p.valueShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.45"));
    assertThat(p.onTrack()).contains(true);
  }

  @Test
  void cumulativeRateOfReduction_compoundsItsYearlyRates() {
    PlanRow energy = row("单位GDP能源消耗降低", Unit.PERCENT, "——", "——", "[13.5]");
    Progress p = progress(energy, 2023, obs(2021, "3"), obs(2022, "3"), obs(2023, "3"));
    double reduced = (1 - Math.pow(0.97, 3)) * 100; // 8.7327
    assertThat(p.valueShare().orElseThrow().doubleValue()).isCloseTo(reduced / 13.5, within(1e-12));
    assertThat(p.onTrack()).contains(true); // 0.6469 ≥ 0.6
    Progress slow = progress(energy, 2023, obs(2021, "2"), obs(2022, "2"), obs(2023, "2"));
    assertThat(slow.onTrack()).contains(false); // (1 − 0.98³) × 100 / 13.5 = 0.4357
  }

  @Test
  void statedMeasure_overridesTheRules_andANoticeSaysWhenItIsInferred() {
    PlanRow stated =
        PlanRow.builder()
            .from(row("人均预期寿命", Unit.parse("岁"), "78", "——", "[1]"))
            .indicator(
                Indicator.builder()
                    .code("x")
                    .name("人均预期寿命")
                    .unit(Unit.parse("岁"))
                    .measure(Measure.FLOW)
                    .build())
            .build();
    assertThat(((Target.Cumulative) stated.reading()).meaning())
        .isEqualTo(Target.Cumulative.Meaning.SUM);
    assertThat(stated.measureRule()).isEmpty();
    List<Finding> findings =
        PlanChecks.check(
            Plan.builder()
                .title("T")
                .period(P14)
                .addRows(row("人均预期寿命", Unit.parse("岁"), "78", "——", "[1]"))
                .build());
    assertThat(findings).extracting(Finding::code).contains(PlanChecks.MEASURE_INFERRED);
    assertThat(findings.get(0).messageEn())
        .contains("cumulative change")
        .contains("the name contains 寿命");
    assertThat(Measure.parse("流量")).isEqualTo(Measure.FLOW);
    assertThat(Measure.parse("存量")).isEqualTo(Measure.LEVEL);
  }

  // ------------------------------------------------------------------ ranges, multiples, years

  @Test
  void range_isMetInside() {
    PlanRow rate = row("增速", Unit.PERCENT, "5", "6-7", "");
    assertThat(progress(rate, 2023, obs(2023, "6.5")).onTrack()).contains(true);
    assertThat(progress(rate, 2023, obs(2023, "7.5")).onTrack()).contains(false);
    Target.Range range = (Target.Range) rate.reading();
    assertThat(range.contains(new BigDecimal("7"))).isTrue();
    assertThat(range.contains(new BigDecimal("5.99"))).isFalse();
  }

  @Test
  void multiple_doublesTheBase() {
    Progress p = progress(row("产值", Unit.YI_YUAN, "100", "翻一番", ""), 2023, obs(2023, "150"));
    assertThat(p.valueShare().orElseThrow().doubleValue())
        .isCloseTo(Math.log(1.5) / Math.log(2), within(1e-12));
    assertThat(p.onTrack()).contains(false); // ln 1.5 / ln 2 = 0.585 < 0.6 of the time
  }

  @Test
  void yearlyTarget_isUsedInItsYear() {
    PlanRow gdp =
        PlanRow.builder()
            .from(row("产值", Unit.YI_YUAN, "100", "200", ""))
            .putYearlyTarget(2023, PlanValue.parse("130"))
            .build();
    assertThat(progress(gdp, 2023, obs(2023, "131")).onTrack()).contains(true);
    assertThat(progress(gdp, 2023, obs(2023, "129")).onTrack()).contains(false);
    // 2022 has no yearly target: the plan's, 120/100 at 0.4 of the time: ln1.2/ln2 = 0.263 < 0.4
    assertThat(progress(gdp, 2022, obs(2022, "120")).onTrack()).contains(false);
    assertThat(Target.ofYear(gdp, 2023)).isInstanceOf(Target.Level.class);
    assertThat(Target.ofYear(gdp, 2024)).isEqualTo(new Target.None());
  }

  @Test
  void years_areResolvedOnce_andTheModelOwnsTheirRange() {
    PlanRow r =
        PlanRow.builder().from(row("a", Unit.YI_YUAN, "1", "2", "")).actualYear(2023).build();
    assertThat(r.years(P14)).isEqualTo(new RowYears(2020, 2025, 2023));
    assertThat(r.years(P14).span()).isEqualTo(5);
    assertThat(r.years(P14).actualSpan()).isEqualTo(3);
    assertThatThrownBy(() -> PlanRow.builder().from(r).baseYear(635).build())
        .hasMessageContaining("the base year 635 must be between 1000 and 9999");
    assertThatThrownBy(
            () ->
                PlanRow.builder()
                    .from(r)
                    .actualYear(java.util.OptionalInt.empty())
                    .targetYear(10000)
                    .build())
        .hasMessageContaining("between 1000 and 9999");
    assertThatThrownBy(
            () ->
                PlanRow.builder()
                    .from(r)
                    .baseYear(2020)
                    .putYearlyTarget(2019, PlanValue.parse("1"))
                    .build())
        .hasMessageContaining("the yearly target of 2019 must come after the base year 2020");
  }

  // ------------------------------------------------------------------ relative and linked

  @Test
  void relative_needsTheAverage_thenComparesWithIt() {
    PlanRow reading =
        PlanRow.builder().from(row("居民综合阅读率", Unit.PERCENT, "88.5", "高于全省平均", "")).build();
    Plan plan = Plan.builder().title("T").period(P14).addRows(reading).build();
    Comparisons.Result without = Comparisons.assess(reading, plan, List.of(obs(2023, "91")), 2023);
    assertThat(without.met()).isEmpty();
    assertThat(without.needed())
        .contains("the province average of 2023 as an observation of 'x@province'");
    Comparisons.Result above =
        Comparisons.assess(
            reading,
            plan,
            List.of(obs(2023, "91"), Observation.of("x@province", 2023, new BigDecimal("90.2"))),
            2023);
    assertThat(above.met()).contains(true);
    Comparisons.Result below =
        Comparisons.assess(
            reading,
            plan,
            List.of(obs(2023, "91"), Observation.of("x@province", 2023, new BigDecimal("91"))),
            2023);
    assertThat(below.met()).contains(false); // 高于: strictly above
  }

  @Test
  void linked_comparesTheAchievedGrowthsWithinTheTolerance() {
    PlanRow gdp =
        PlanRow.builder()
            .indicator(Indicator.builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build())
            .base(PlanValue.parse("100"))
            .build();
    PlanRow income =
        PlanRow.builder()
            .indicator(
                Indicator.builder().code("inc").name("居民人均可支配收入").unit(Unit.parse("元")).build())
            .base(PlanValue.parse("1000"))
            .targetGrowth(PlanValue.parse("与经济增长同步"))
            .build();
    Plan plan = Plan.builder().title("T").period(P14).addRows(gdp, income).build();
    assertThat(Comparisons.assess(income, plan, List.of(), 2023).needed())
        .contains("positive base and latest values of 'inc' to 2023");
    // GDP 100 → 121 in two years: 10 % a year; income 1000 → 1199 … (1.199^½ − 1) = 9.50 %
    List<Observation> data =
        List.of(
            Observation.of("gdp", 2022, new BigDecimal("121")),
            Observation.of("inc", 2022, new BigDecimal("1199")));
    Comparisons.Result r = Comparisons.assess(income, plan, data, 2023);
    double incomeGrowth = (Math.sqrt(1.199) - 1) * 100;
    assertThat(r.met()).contains(incomeGrowth >= 10 - 0.5);
    assertThat(r.basis()).hasValueSatisfying(b -> assertThat(b).contains("% − 0.5 (地区生产总值)"));
    List<Observation> slow =
        List.of(
            Observation.of("gdp", 2022, new BigDecimal("121")),
            Observation.of("inc", 2022, new BigDecimal("1180")));
    assertThat(Comparisons.assess(income, plan, slow, 2023).met()).contains(false);
    assertThatThrownBy(() -> Comparisons.assess(gdp, plan, data, 2023))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Progress.assess(income, P14, data, 2023).note())
        .hasValueSatisfying(n -> assertThat(n).contains("needs the achieved growth of 经济增长"));
  }

  // ------------------------------------------------------------------ never abort

  @Test
  @Timeout(20)
  void figuresTheArithmeticRefuses_areFindingsOnTheirRow() {
    PlanRow minus100 =
        PlanRow.builder()
            .indicator(Indicator.builder().code("a").name("产值").unit(Unit.YI_YUAN).build())
            .base(PlanValue.parse("10"))
            .targetGrowth(PlanValue.parse("-100"))
            .build();
    PlanRow minus150 =
        PlanRow.builder()
            .from(minus100)
            .indicator(Indicator.builder().code("b").name("产值").unit(Unit.YI_YUAN).build())
            .targetGrowth(PlanValue.parse("-150"))
            .build();
    PlanRow fine =
        PlanRow.builder()
            .indicator(Indicator.builder().code("c").name("财政收入").unit(Unit.YI_YUAN).build())
            .base(PlanValue.parse("100"))
            .targetGrowth(PlanValue.parse("8"))
            .build();
    Plan plan = Plan.builder().title("T").period(P14).addRows(minus100, minus150, fine).build();
    List<Finding> findings = PlanChecks.check(plan);
    assertThat(findings)
        .filteredOn(f -> f.code().equals(PlanChecks.ANALYSIS_NOT_POSSIBLE))
        .extracting(f -> f.rowCode().orElseThrow())
        .containsExactly("a", "b");
    assertThat(findings)
        .filteredOn(f -> f.code().equals(PlanChecks.IMPLIED_TARGET))
        .extracting(f -> f.rowCode().orElseThrow())
        .containsExactly("c");
    assertThat(ImpliedFigures.target(minus100, P14)).isEmpty();
    assertThat(ImpliedFigures.target(minus150, P14)).isEmpty();
    Progress tiny =
        Progress.assess(
            PlanRow.builder().from(fine).target(PlanValue.parse("150")).build(),
            P14,
            List.of(Observation.of("c", 2023, new BigDecimal("1e-99"))),
            2023);
    assertThat(tiny.code()).isEqualTo("c");
    assertThat(tiny.onTrack()).contains(false);
    Progress fromMinus100 =
        Progress.assess(
            minus100, P14, List.of(Observation.of("a", 2023, new BigDecimal("1e-99"))), 2023);
    assertThat(fromMinus100.code()).isEqualTo("a");
    PlanRow actualTiny =
        PlanRow.builder()
            .from(fine)
            .actual(PlanValue.parse("0.000001"))
            .actualGrowth(PlanValue.parse("5"))
            .build();
    assertThat(PlanChecks.check(Plan.builder().title("T").period(P14).addRows(actualTiny).build()))
        .isNotNull();
  }

  @Test
  @Timeout(20)
  void growthOfExtremeScales_isRefusedQuickly() {
    assertThatThrownBy(
            () ->
                Growth.annualRate(
                    new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
                    new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE),
                    5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end / start (about 10^4294967294) must lie between");
    assertThatThrownBy(() -> Growth.annualRate(new BigDecimal("1e-100000000"), BigDecimal.ONE, 5))
        .isInstanceOf(IllegalArgumentException.class);
    // 10^1000 over 1000 years is exactly 9 (10 − 1) a year
    assertThat(Growth.annualRate(BigDecimal.ONE, new BigDecimal("1e1000"), 1000))
        .isEqualByComparingTo("9");
    assertThatThrownBy(() -> Growth.annualRate(BigDecimal.ONE, new BigDecimal("1e1001"), 1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ streaming and Table 1-1

  @Test
  void streamingChecker_findsWhatThePlanCheckFinds() {
    Plan plan = SeedPlans.table12();
    List<Finding> streamed = new ArrayList<>();
    PlanChecks.Checker checker = PlanChecks.checker(plan.period(), streamed::add);
    plan.rows().forEach(checker::check);
    assertThat(streamed).isEqualTo(PlanChecks.check(plan));
    assertThat(streamed).isNotEmpty();
  }

  @Test
  void streamingChecker_comparesAParentWithinItsWindow() {
    PlanRow parent =
        PlanRow.builder()
            .indicator(Indicator.builder().code("p").name("收入").unit(Unit.YI_YUAN).build())
            .build();
    PlanRow child =
        PlanRow.builder()
            .indicator(
                Indicator.builder().code("c").name("其中").unit(Unit.PERCENT).parent("p").build())
            .build();
    List<Finding> near = new ArrayList<>();
    PlanChecks.Checker checker = PlanChecks.checker(P14, near::add);
    checker.check(parent);
    checker.check(child);
    assertThat(near).extracting(Finding::code).containsExactly(PlanChecks.UNIT_DIFFERS_FROM_PARENT);
    List<Finding> far = new ArrayList<>();
    PlanChecks.Checker forgetting = PlanChecks.checker(P14, far::add);
    forgetting.check(parent);
    for (int i = 0; i < PlanChecks.PARENT_WINDOW; i++) {
      forgetting.check(
          PlanRow.builder().indicator(Indicator.builder().code("r" + i).name("r").build()).build());
    }
    forgetting.check(child);
    assertThat(far).isEmpty();
  }

  @Test
  void table11_everyDifferenceFromThePublishedAssessmentIsAFinding() {
    Plan plan = SeedPlans.table11();
    List<Finding> findings = PlanChecks.check(plan);
    for (PlanRow row : plan.rows()) {
      Completion c = Completion.assess(row, plan.period(), List.of());
      boolean explained =
          findings.stream()
              .anyMatch(
                  f ->
                      f.rowCode().orElseThrow().equals(row.code())
                          && (f.code().equals(PlanChecks.ASSESSMENT_DIFFERS)
                              || f.code().equals(PlanChecks.ASSESSMENT_LABEL_DIFFERS)));
      assertThat(explained).as(row.code() + " " + c).isEqualTo(c.differs());
      if (row.assessment().isPresent() && c.recomputed().isEmpty()) {
        assertThat(c.note()).as(row.code()).isPresent();
      }
    }
  }
}

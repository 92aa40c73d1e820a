package io.github.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.SeedPlans;
import io.github.planning.core.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChecksTest {

  private static PlanRow row(
      String code, String name, Unit unit, String base, String target, String growth) {
    PlanRow.Builder row =
        PlanRow.builder()
            .indicator(Indicator.builder().code(code).name(name).unit(unit).build())
            .baseYear(2020)
            .targetYear(2025);
    if (base != null) {
      row.base(PlanValue.parse(base));
    }
    if (target != null) {
      row.target(PlanValue.parse(target));
    }
    if (growth != null) {
      row.targetGrowth(PlanValue.parse(growth));
    }
    return row.build();
  }

  private static Plan plan(PlanRow... rows) {
    return Plan.builder()
        .title("T")
        .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
        .addRows(rows)
        .build();
  }

  @Test
  void table11_gdpGrowthFinding_namesPriceEffects() {
    List<Finding> findings = PlanChecks.check(SeedPlans.table11());
    assertThat(findings)
        .filteredOn(
            f ->
                f.rowCode().equals(java.util.Optional.of("1-1-01"))
                    && f.code().equals(PlanChecks.GROWTH_MISMATCH))
        .extracting(Finding::severity, Finding::messageEn)
        .contains(
            tuple(
                Severity.INFO,
                "地区生产总值: base 496.8 and actual 752.8 imply 8.7 % a year, "
                    + "the table states 7.9; the stated rate may be at comparable prices (price effects)"));
    assertThat(findings)
        .anySatisfy(
            f ->
                assertThat(f.messageZh())
                    .isEqualTo(
                        "地区生产总值：基期值496.8与完成值752.8推算的年均增速为8.7%，与所列7.9不一致；" + "所列增速可能按可比价格计算（价格因素）"));
  }

  @Test
  void table11_pointChanges_agreeWithBaseAndTarget() {
    Plan plan = SeedPlans.table11();
    for (String code : List.of("1-1-09", "1-1-11a", "1-1-11b", "1-1-12", "1-1-13", "1-1-15")) {
      assertThat(PlanChecks.pointsAgree(plan.row(code).orElseThrow())).as(code).contains(true);
    }
    assertThat(PlanChecks.pointsAgree(plan.row("1-1-01").orElseThrow())).isEmpty();
    assertThat(PlanChecks.check(plan))
        .extracting(Finding::code)
        .doesNotContain(PlanChecks.POINTS_INCONSISTENT, PlanChecks.POINTS_ON_NON_PERCENT);
  }

  @Test
  void pointChange_thatDisagrees_isAWarning_andOnANonPercentUnitAnError() {
    PlanRow wrong = row("a", "比重", Unit.PERCENT, "51.3", "53", "[2.7]个百分点");
    PlanRow money = row("b", "收入", Unit.YI_YUAN, "10", "12", "[2]个百分点");
    assertThat(PlanChecks.pointsAgree(wrong)).contains(false);
    assertThat(PlanChecks.check(plan(wrong, money)))
        .extracting(Finding::severity, Finding::code, f -> f.rowCode().orElseThrow())
        .containsExactly(
            tuple(Severity.WARNING, PlanChecks.POINTS_INCONSISTENT, "a"),
            tuple(Severity.ERROR, PlanChecks.POINTS_ON_NON_PERCENT, "b"));
  }

  @Test
  void table12_findingsArePinned() {
    assertThat(PlanChecks.check(SeedPlans.table12()))
        .extracting(f -> f.rowCode().orElseThrow(), Finding::code)
        .containsExactly(
            tuple("1-2-02", PlanChecks.IMPLIED_TARGET),
            tuple("1-2-05", PlanChecks.IMPLIED_TARGET),
            tuple("1-2-12", PlanChecks.IMPLIED_TARGET),
            tuple("1-2-13", PlanChecks.IMPLIED_TARGET),
            tuple("1-2-14", PlanChecks.MEASURE_INFERRED),
            tuple("1-2-15", PlanChecks.GROWTH_ON_RATE),
            tuple("1-2-17", PlanChecks.ASSIGNED_VALUE_NEEDED),
            tuple("1-2-18", PlanChecks.ASSIGNED_VALUE_NEEDED),
            tuple("1-2-19", PlanChecks.ASSIGNED_VALUE_NEEDED),
            tuple("1-2-34", PlanChecks.MEASURE_INFERRED),
            tuple("1-2-38", PlanChecks.ASSIGNED_VALUE_NEEDED),
            tuple("1-2-39", PlanChecks.ASSIGNED_VALUE_NEEDED));
  }

  @Test
  void table12_impliedTargetOfFiscalRevenue_andTheCultureIndicatorsRate() {
    List<Finding> findings = PlanChecks.check(SeedPlans.table12());
    assertThat(findings)
        .filteredOn(f -> f.rowCode().orElseThrow().equals("1-2-05"))
        .singleElement()
        .extracting(Finding::messageZh)
        .isEqualTo("财政总收入：按年均增长8%推算，2025年目标为121.66亿元");
    assertThat(findings)
        .filteredOn(f -> f.rowCode().orElseThrow().equals("1-2-15"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.messageEn()).contains("whose base -13 looks like a rate");
            });
  }

  @Test
  void unitsOfParentAndChild_bindingWithoutTarget_andAContradictedDirection() {
    PlanRow parent = row("p", "城镇化率", Unit.PERCENT, null, null, null);
    PlanRow child =
        PlanRow.builder()
            .from(row("c", "人口", Unit.WAN_PERSONS, "1", "2", null))
            .indicator(
                Indicator.builder().code("c").name("人口").unit(Unit.WAN_PERSONS).parent("p").build())
            .build();
    PlanRow binding =
        PlanRow.builder()
            .from(row("b", "能耗", Unit.PERCENT, "5", "——", "——"))
            .indicator(
                Indicator.builder().code("b").name("能耗").attribute(Attribute.BINDING).build())
            .build();
    PlanRow pension =
        PlanRow.builder()
            .from(row("d", "基本养老保险参保率", Unit.PERCENT, "96.5", "95", "——"))
            .indicator(
                Indicator.builder()
                    .code("d")
                    .name("基本养老保险参保率")
                    .unit(Unit.PERCENT)
                    .direction(Direction.HIGHER_IS_BETTER)
                    .build())
            .build();
    assertThat(PlanChecks.check(plan(parent, child, binding, pension)))
        .extracting(f -> f.rowCode().orElseThrow(), Finding::code, Finding::severity)
        .containsExactly(
            tuple("c", PlanChecks.UNIT_DIFFERS_FROM_PARENT, Severity.WARNING),
            tuple("b", PlanChecks.BINDING_WITHOUT_TARGET, Severity.WARNING),
            tuple("d", PlanChecks.DIRECTION_CONTRADICTS_TARGET, Severity.WARNING));
  }

  @Test
  void growthStatedAbout_isAcceptedWithinHalfAPoint() {
    // 100 → 161.051 is exactly 10 % a year
    assertThat(PlanChecks.check(plan(row("a", "产值", Unit.YI_YUAN, "100", "161.051", "10.5%左右"))))
        .isEmpty();
    assertThat(PlanChecks.check(plan(row("a", "产值", Unit.YI_YUAN, "100", "161.051", "9.5%左右"))))
        .isEmpty();
    assertThat(PlanChecks.check(plan(row("a", "产值", Unit.YI_YUAN, "100", "161.051", "10.6%左右"))))
        .extracting(Finding::code)
        .containsExactly(PlanChecks.GROWTH_MISMATCH);
    assertThat(PlanChecks.check(plan(row("a", "产值", Unit.YI_YUAN, "100", "161.051", "9.4%左右"))))
        .extracting(Finding::code)
        .containsExactly(PlanChecks.GROWTH_MISMATCH);
  }

  @Test
  void actualGrowth_isCheckedOnlyForPositiveLevelsOfQuantities() {
    PlanRow.Builder base =
        PlanRow.builder()
            .from(row("a", "产值", Unit.YI_YUAN, "100", "", ""))
            .actualYear(2025)
            .actual(PlanValue.parse("161.051"));
    assertThat(PlanChecks.check(plan(base.actualGrowth(PlanValue.parse("10")).build()))).isEmpty();
    assertThat(PlanChecks.check(plan(base.actualGrowth(PlanValue.parse("11")).build())))
        .extracting(Finding::code)
        .containsExactly(PlanChecks.GROWTH_MISMATCH);
    PlanRow percent =
        PlanRow.builder()
            .from(row("b", "比重", Unit.PERCENT, "100", "", ""))
            .actualYear(2025)
            .actual(PlanValue.parse("161.051"))
            .actualGrowth(PlanValue.parse("11"))
            .build();
    assertThat(PlanChecks.check(plan(percent))).isEmpty();
    PlanRow negative =
        PlanRow.builder()
            .from(row("c", "产值", Unit.YI_YUAN, "-5", "", ""))
            .actualYear(2025)
            .actual(PlanValue.parse("10"))
            .actualGrowth(PlanValue.parse("11"))
            .build();
    assertThat(PlanChecks.check(plan(negative))).isEmpty();
  }

  @Test
  void bindingIndicators_withATargetOrAGrowth_areFine() {
    Indicator binding =
        Indicator.builder().code("b").name("能耗").attribute(Attribute.BINDING).build();
    PlanRow withGrowth =
        PlanRow.builder()
            .indicator(binding)
            .target(PlanValue.parse("——"))
            .targetGrowth(PlanValue.parse("完成市下达目标"))
            .build();
    PlanRow withTarget =
        PlanRow.builder().indicator(binding).target(PlanValue.parse("≤3.5")).build();
    PlanRow expected =
        PlanRow.builder()
            .indicator(
                Indicator.builder().code("b").name("能耗").attribute(Attribute.EXPECTED).build())
            .build();
    assertThat(PlanChecks.check(plan(withGrowth)))
        .extracting(Finding::code)
        .containsExactly(PlanChecks.ASSIGNED_VALUE_NEEDED);
    assertThat(PlanChecks.check(plan(withTarget))).isEmpty();
    assertThat(PlanChecks.check(plan(expected))).isEmpty();
    assertThat(PlanChecks.check(plan(PlanRow.builder().indicator(binding).build())))
        .extracting(Finding::code)
        .containsExactly(PlanChecks.BINDING_WITHOUT_TARGET);
  }

  @Test
  void units_ofParentAndChild_thatAreNoneOrEquivalent_areFine() {
    PlanRow parent = row("p", "城镇化率", Unit.parse(""), null, null, null);
    PlanRow child =
        PlanRow.builder()
            .from(row("c", "常住人口城镇化率", Unit.PERCENT, "73", "78", null))
            .indicator(
                Indicator.builder().code("c").name("常住").unit(Unit.PERCENT).parent("p").build())
            .build();
    assertThat(PlanChecks.check(plan(parent, child))).isEmpty();
    PlanRow money = row("m", "收入", Unit.parse("万元/人"), null, null, null);
    PlanRow same =
        PlanRow.builder()
            .indicator(
                Indicator.builder()
                    .code("s")
                    .name("收入2")
                    .unit(Unit.parse("万元／人"))
                    .parent("m")
                    .build())
            .build();
    PlanRow none =
        PlanRow.builder()
            .indicator(Indicator.builder().code("n").name("收入3").parent("m").build())
            .build();
    assertThat(PlanChecks.check(plan(money, same, none))).isEmpty();
  }

  @Test
  void statedLowerIsBetter_contradictedByATargetAboveTheBase() {
    PlanRow up =
        PlanRow.builder()
            .from(row("u", "失业率", Unit.PERCENT, "1.52", "2", null))
            .indicator(
                Indicator.builder()
                    .code("u")
                    .name("失业率")
                    .unit(Unit.PERCENT)
                    .direction(Direction.LOWER_IS_BETTER)
                    .build())
            .build();
    PlanRow level =
        PlanRow.builder()
            .from(row("l", "失业率", Unit.PERCENT, "1.52", "1.52", null))
            .indicator(
                Indicator.builder()
                    .code("l")
                    .name("失业率")
                    .unit(Unit.PERCENT)
                    .direction(Direction.LOWER_IS_BETTER)
                    .build())
            .build();
    assertThat(PlanChecks.check(plan(up)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(PlanChecks.DIRECTION_CONTRADICTS_TARGET);
              assertThat(f.messageEn())
                  .isEqualTo("失业率: lower is better, but the target 2 is above the " + "base 1.52");
              assertThat(f.messageZh()).isEqualTo("失业率：指标为逆向，但目标值2高于基期值1.52");
            });
    assertThat(PlanChecks.check(plan(level))).isEmpty();
  }

  @Test
  void pointsStatedAsADecrease_areSignedAndChecked() {
    assertThat(PlanChecks.pointsAgree(row("a", "比重", Unit.PERCENT, "50", "48", "下降2个百分点")))
        .contains(true);
    assertThat(PlanChecks.pointsAgree(row("a", "比重", Unit.PERCENT, "50", "48", "[2]个百分点")))
        .contains(false);
    assertThat(PlanChecks.pointsAgree(row("a", "比重", Unit.PERCENT, "50", "≤48", "[2]个百分点")))
        .isEmpty();
    assertThat(PlanChecks.pointsAgree(row("a", "比重", Unit.PERCENT, "50", "提高2个百分点", null)))
        .isEmpty();
  }

  @Test
  void table11_assessmentFindings() {
    List<Finding> findings = PlanChecks.check(SeedPlans.table11());
    assertThat(findings)
        .filteredOn(f -> f.code().equals(PlanChecks.ASSESSMENT_DIFFERS))
        .extracting(f -> f.rowCode().orElseThrow())
        .containsExactly("1-1-08");
    assertThat(findings)
        .filteredOn(f -> f.code().equals(PlanChecks.ASSESSMENT_LABEL_DIFFERS))
        .hasSize(27);
  }

  @Test
  void growthStatedAsAnExactFigure_isComparedAtItsPrecision() {
    // 100 → 161.051 over 5 years is exactly 10 % a year
    PlanRow exact = row("a", "产值", Unit.YI_YUAN, "100", "161.051", "10");
    PlanRow rounded = row("b", "产值", Unit.YI_YUAN, "100", "161", "10.0");
    PlanRow off = row("c", "产值", Unit.YI_YUAN, "100", "150", "10");
    assertThat(PlanChecks.check(plan(exact, rounded, off)))
        .extracting(f -> f.rowCode().orElseThrow(), Finding::code)
        .containsExactly(tuple("c", PlanChecks.GROWTH_MISMATCH));
  }

  @Test
  void aCellWhoseUnitDoesNotConvert_isAFindingOnTheRow() {
    PlanRow area = row("a", "耕地保有量", Unit.parse("公顷"), "12万人", "9600亿元", "[5]项");
    PlanRow converts = row("b", "林地面积", Unit.parse("公顷"), "12万亩", "9600公顷", "3.7%");
    PlanRow noUnit = row("c", "森林覆盖率(%)", Unit.NONE, "12万人", "46.3", null);
    PlanRow percent = row("d", "城镇化率", Unit.PERCENT, "73", "78", "[5]个百分点");
    List<Finding> findings = PlanChecks.check(plan(area, converts, noUnit, percent));
    assertThat(findings)
        .filteredOn(f -> f.code().equals(PlanChecks.UNIT_NOT_CONVERTIBLE))
        .extracting(f -> f.rowCode().orElseThrow(), Finding::severity, Finding::messageEn)
        .containsExactly(
            tuple(
                "a",
                Severity.WARNING,
                "耕地保有量: the base 12万人 is not in the row's unit: "
                    + "'万人' is a number of people, '公顷' is an area"),
            tuple(
                "a",
                Severity.WARNING,
                "耕地保有量: the target 9600亿元 is not in the row's unit: "
                    + "'亿元' is money in CNY, '公顷' is an area"),
            tuple(
                "a",
                Severity.WARNING,
                "耕地保有量: the target growth [5]项 is not in the row's "
                    + "unit: '项' is a count of 项, '公顷' is an area"));
    assertThat(findings)
        .filteredOn(f -> f.code().equals(PlanChecks.UNIT_NOT_CONVERTIBLE))
        .extracting(Finding::messageZh)
        .first()
        .isEqualTo("耕地保有量：基期值12万人的单位万人不能换算为本行单位公顷");
  }

  @Test
  void actualAndActualGrowthCells_areCheckedToo() {
    PlanRow row =
        PlanRow.builder()
            .indicator(Indicator.builder().code("a").name("A").unit(Unit.parse("公顷")).build())
            .base(PlanValue.parse("8000"))
            .actual(PlanValue.parse("9600人"))
            .actualGrowth(PlanValue.parse("1万人"))
            .build();
    assertThat(PlanChecks.check(plan(row)))
        .filteredOn(f -> f.code().equals(PlanChecks.UNIT_NOT_CONVERTIBLE))
        .extracting(Finding::messageZh)
        .containsExactly("A：完成值9600人的单位人不能换算为本行单位公顷", "A：完成增速1万人的单位万人不能换算为本行单位公顷");
  }

  /** 12 万亩 = 8000 公顷 (1 公顷 = 15 亩): 8000 → 9600 is 3.71 % a year, as stated. */
  @Test
  void growthAcrossUnitsThatConvert_isCheckedInTheRowsUnit() {
    PlanRow agrees = row("a", "林地面积", Unit.parse("公顷"), "12万亩", "9600", "3.7%");
    PlanRow differs = row("b", "林地面积", Unit.parse("公顷"), "12万亩", "9600", "5%");
    List<Finding> findings = PlanChecks.check(plan(agrees, differs));
    assertThat(findings)
        .filteredOn(f -> f.code().equals(PlanChecks.GROWTH_MISMATCH))
        .extracting(f -> f.rowCode().orElseThrow())
        .containsExactly("b");
    assertThat(findings)
        .filteredOn(f -> f.code().equals(PlanChecks.GROWTH_MISMATCH))
        .extracting(Finding::messageEn)
        .first()
        .asString()
        .contains("imply 3.7 % a year");
    PlanRow actual =
        PlanRow.builder()
            .indicator(Indicator.builder().code("c").name("林地面积").unit(Unit.parse("公顷")).build())
            .baseYear(2020)
            .actualYear(2025)
            .base(PlanValue.parse("12万亩"))
            .actual(PlanValue.parse("14.4万亩"))
            .actualGrowth(PlanValue.parse("3.7%"))
            .indicator(
                Indicator.builder()
                    .code("c")
                    .name("林地面积")
                    .unit(Unit.parse("公顷"))
                    .direction(Direction.LOWER_IS_BETTER)
                    .build())
            .target(PlanValue.parse("9600"))
            .build();
    List<Finding> actualFindings = PlanChecks.check(plan(actual));
    assertThat(actualFindings)
        .extracting(Finding::code)
        .doesNotContain(PlanChecks.GROWTH_MISMATCH, PlanChecks.UNIT_NOT_CONVERTIBLE)
        .contains(PlanChecks.DIRECTION_CONTRADICTS_TARGET);
  }

  @Test
  void anUnknownUnit_isReportedOncePerTable_atItsFirstRow() {
    Unit unknown = Unit.parse("当量");
    assertThat(unknown.isKnown()).isFalse();
    java.util.function.Function<String, PlanRow> row =
        code ->
            PlanRow.builder()
                .indicator(
                    Indicator.builder().code(code).name("集装箱吞吐量" + code).unit(unknown).build())
                .baseYear(2020)
                .base(PlanValue.parse("12"))
                .targetYear(2025)
                .target(PlanValue.parse("15"))
                .build();
    Plan plan =
        Plan.builder()
            .title("t")
            .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
            .addRows(row.apply("a"), row.apply("b"))
            .build();
    List<Finding> unknownUnits =
        PlanChecks.check(plan).stream()
            .filter(f -> f.code().equals(PlanChecks.UNIT_UNKNOWN))
            .toList();
    assertThat(unknownUnits)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rowCode()).contains("a");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.messageZh()).isEqualTo("集装箱吞吐量a：单位“当量”不在单位目录中，按原文保留，不做换算");
            });
    List<Finding> streamed = new java.util.ArrayList<>();
    PlanChecks.Checker checker = PlanChecks.checker(plan.period(), streamed::add);
    plan.rows().forEach(checker::check);
    assertThat(streamed).filteredOn(f -> f.code().equals(PlanChecks.UNIT_UNKNOWN)).hasSize(1);
    assertThat(PlanChecks.check(row.apply("c"), plan))
        .extracting(Finding::code)
        .contains(PlanChecks.UNIT_UNKNOWN);
  }
}

package io.github.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PublishedRounding;
import io.github.planning.core.Reference;
import io.github.planning.core.SeedPlans;
import io.github.planning.core.SeedTables;
import io.github.planning.core.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Table 1-2 computed: each implied figure against a value computed here from the cell texts,
 * independently of the notation parser and of the growth code.
 */
class ImpliedFiguresTest {

  private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern RATE = Pattern.compile("(\\d+(\\.\\d+)?)%?(左右)?");
  private static final BigDecimal TWELVE_DIGITS = new BigDecimal("1e-12");
  private static final PlanPeriod PERIOD = PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN;

  @Test
  void headlineFigures() {
    Plan plan = SeedPlans.table12();
    BigDecimal gdp =
        ImpliedFigures.annualGrowth(plan.row("1-2-01").orElseThrow(), PERIOD).orElseThrow();
    assertThat(PublishedRounding.HALF_UP.round(gdp.movePointRight(2), 4))
        .isEqualByComparingTo("5.8435");
    BigDecimal revenue =
        ImpliedFigures.target(plan.row("1-2-05").orElseThrow(), PERIOD).orElseThrow();
    assertThat(PublishedRounding.HALF_UP.round(revenue, 2)).isEqualByComparingTo("121.66");
    assertThat(ImpliedFigures.pointChange(plan.row("1-2-03a").orElseThrow()))
        .hasValueSatisfying(change -> assertThat(change).isEqualByComparingTo("5"));
  }

  @Test
  void everyRowOfTable12_matchesAnIndependentComputation() {
    Plan plan = SeedPlans.table12();
    List<String> growthRows = new ArrayList<>();
    List<String> targetRows = new ArrayList<>();
    List<String> pointRows = new ArrayList<>();
    String unit = "";
    for (Map<String, String> cells : SeedTables.rows("1-2")) {
      PlanRow row = plan.row(cells.get("code")).orElseThrow();
      unit = row.indicator().unit().symbol();
      String base = cells.get("base");
      String target = cells.get("target");
      String growth = cells.get("target_growth");
      boolean percent = unit.equals("%");
      boolean plainBase = PLAIN.matcher(base).matches() && new BigDecimal(base).signum() > 0;
      boolean plainTarget = PLAIN.matcher(target).matches() && new BigDecimal(target).signum() > 0;

      if (!percent && plainBase && plainTarget) {
        growthRows.add(row.code());
        BigDecimal expected = Reference.cagr(base, target, 5);
        assertThat(
                Reference.relativeError(
                    ImpliedFigures.annualGrowth(row, PERIOD).orElseThrow(), expected))
            .as(row.code())
            .isLessThan(TWELVE_DIGITS);
      } else {
        assertThat(ImpliedFigures.annualGrowth(row, PERIOD)).as(row.code()).isEmpty();
      }

      var rate = RATE.matcher(growth);
      if (!percent && plainBase && target.equals("——") && rate.matches()) {
        targetRows.add(row.code());
        BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(rate.group(1)).movePointLeft(2));
        BigDecimal expected = new BigDecimal(base).multiply(factor.pow(5));
        assertThat(ImpliedFigures.target(row, PERIOD))
            .as(row.code())
            .hasValueSatisfying(
                v -> assertThat(Reference.relativeError(v, expected)).isLessThan(TWELVE_DIGITS));
      } else {
        assertThat(ImpliedFigures.target(row, PERIOD)).as(row.code()).isEmpty();
      }

      if (percent && PLAIN.matcher(base).matches() && PLAIN.matcher(target).matches()) {
        pointRows.add(row.code());
        assertThat(ImpliedFigures.pointChange(row))
            .as(row.code())
            .contains(new BigDecimal(target).subtract(new BigDecimal(base)));
      } else {
        assertThat(ImpliedFigures.pointChange(row)).as(row.code()).isEmpty();
      }
    }
    assertThat(growthRows)
        .containsExactly(
            "1-2-01", "1-2-04", "1-2-06", "1-2-07", "1-2-09", "1-2-10", "1-2-21", "1-2-26",
            "1-2-27", "1-2-30", "1-2-31", "1-2-33", "1-2-35", "1-2-36", "1-2-37");
    assertThat(targetRows).containsExactly("1-2-02", "1-2-05", "1-2-12", "1-2-13");
    assertThat(pointRows)
        .containsExactly(
            "1-2-03a", "1-2-03b", "1-2-08", "1-2-11", "1-2-11a", "1-2-20", "1-2-22", "1-2-23",
            "1-2-24", "1-2-25", "1-2-32");
  }

  @Test
  void requiredGrowth_fromTheLatestValue_andRefusedForTargetsThatAreNotLevels() {
    Plan plan = SeedPlans.table12();
    BigDecimal needed =
        ImpliedFigures.requiredGrowth(
            plan.row("1-2-01").orElseThrow(), PERIOD, new BigDecimal("880"), 2022);
    assertThat(Reference.relativeError(needed, Reference.cagr("880", "1000", 3)))
        .isLessThan(TWELVE_DIGITS);
    PlanRow descriptive =
        PlanRow.builder()
            .from(plan.row("1-2-01").orElseThrow())
            .target(PlanValue.parse("全面完成"))
            .build();
    assertThatThrownBy(
            () -> ImpliedFigures.requiredGrowth(descriptive, PERIOD, BigDecimal.ONE, 2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "target (全面完成) of row '1-2-01' is a descriptive target: a growth rate needs "
                + "a level to grow to");
    assertThatThrownBy(
            () ->
                ImpliedFigures.requiredGrowth(
                    plan.row("1-2-39").orElseThrow(), PERIOD, BigDecimal.ONE, 2022))
        .hasMessage(
            "target (完成市下达目标) of row '1-2-39' is assigned by the city and needs the "
                + "assigned value: a growth rate needs a level to grow to");
    assertThatThrownBy(
            () ->
                ImpliedFigures.requiredGrowth(
                    plan.row("1-2-14").orElseThrow(), PERIOD, BigDecimal.ONE, 2022))
        .hasMessageContaining("is cumulative over the period");
    assertThatThrownBy(
            () ->
                ImpliedFigures.requiredGrowth(
                    plan.row("1-2-05").orElseThrow(), PERIOD, BigDecimal.ONE, 2022))
        .hasMessage("target of row '1-2-05' is not given: a growth rate needs a figure to grow to");
  }

  @Test
  void years_comeFromTheRowOrThePeriod() {
    PlanRow row =
        PlanRow.builder().indicator(Indicator.builder().code("a").name("A").build()).build();
    assertThat(ImpliedFigures.years(row, PERIOD)).isEqualTo(5);
    assertThat(
            ImpliedFigures.years(
                PlanRow.builder().from(row).baseYear(2020).targetYear(2035).build(), PERIOD))
        .isEqualTo(15);
  }

  @Test
  void annualRatePercent_readsRatesOnly() {
    assertThat(ImpliedFigures.annualRatePercent(PlanValue.parse("8")))
        .contains(new BigDecimal("8"));
    assertThat(ImpliedFigures.annualRatePercent(PlanValue.parse("9.5%左右")))
        .contains(new BigDecimal("9.5"));
    assertThat(ImpliedFigures.annualRatePercent(PlanValue.parse("[5]"))).isEmpty();
    assertThat(ImpliedFigures.annualRatePercent(PlanValue.parse("1万人"))).isEmpty();
    assertThat(ImpliedFigures.annualRatePercent(PlanValue.parse("下降2.5"))).isEmpty();
    assertThat(ImpliedFigures.annualRatePercent(PlanValue.parse("≤4"))).isEmpty();
    assertThat(ImpliedFigures.annualRatePercent(PlanValue.parse("与经济增长同步"))).isEmpty();
  }

  private static PlanRow areaRow(String unit, String base, String target, String growth) {
    PlanRow.Builder row =
        PlanRow.builder()
            .indicator(Indicator.builder().code("a").name("耕地保有量").unit(Unit.parse(unit)).build())
            .base(PlanValue.parse(base));
    if (target != null) {
      row.target(PlanValue.parse(target));
    }
    if (growth != null) {
      row.targetGrowth(PlanValue.parse(growth));
    }
    return row.build();
  }

  /** 1 公顷 = 15 亩 (法定计量单位, 1984): 12 万亩 = 120000 亩 = 8000 公顷. */
  @Test
  void aBaseIn万亩AndATargetIn公顷_growAsTheSameArea() {
    BigDecimal expected = Reference.cagr("8000", "9600", 5);
    for (PlanRow row :
        List.of(
            areaRow("公顷", "12万亩", "9600", null),
            areaRow("万亩", "12", "9600公顷", null),
            areaRow("亩", "120000", "14.4万亩", null),
            areaRow("平方公里", "12万亩", "9600公顷", null))) {
      assertThat(
              Reference.relativeError(
                  ImpliedFigures.annualGrowth(row, PERIOD).orElseThrow(), expected))
          .as(row.toString())
          .isLessThan(TWELVE_DIGITS);
    }
    // 1 万亩 = 666.66… 公顷: no finite decimal, converted to 34 digits
    PlanRow inexact = areaRow("公顷", "1万亩", "1000", null);
    assertThat(
            Reference.relativeError(
                ImpliedFigures.annualGrowth(inexact, PERIOD).orElseThrow(),
                Reference.cagr("10", "15", 5)))
        .isLessThan(TWELVE_DIGITS);
    BigDecimal projected =
        ImpliedFigures.target(areaRow("公顷", "12万亩", "——", "3.7"), PERIOD).orElseThrow();
    assertThat(
            Reference.relativeError(
                projected, new BigDecimal("8000").multiply(new BigDecimal("1.037").pow(5))))
        .isLessThan(TWELVE_DIGITS);
  }

  @Test
  void aBaseInAUnitThatDoesNotConvert_impliesNoGrowth() {
    assertThat(ImpliedFigures.annualGrowth(areaRow("公顷", "12万人", "9600", null), PERIOD)).isEmpty();
    assertThat(ImpliedFigures.annualGrowth(areaRow("公顷", "8000", "9600吨公里", null), PERIOD))
        .isEmpty();
    assertThat(ImpliedFigures.target(areaRow("公顷", "12万人", "——", "3.7"), PERIOD)).isEmpty();
  }
}

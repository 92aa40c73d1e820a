package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.SeedPlans;
import io.github.planning.core.Unit;
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

  private static PlanRow row(String name, Unit unit, String base, String target, String growth) {
    PlanRow.Builder row =
        PlanRow.builder()
            .indicator(Indicator.builder().code("x").name(name).unit(unit).build())
            .baseYear(2020)
            .targetYear(2025);
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

  private static Progress of(PlanRow row, int year, Observation... observations) {
    return Progress.assess(row, PERIOD, List.of(observations), year);
  }

  @Test
  void method_isLinearForPercentPointsAndNonPositiveValues() {
    assertThat(of(row("比重", Unit.PERCENT, "51.3", "53", ""), 2022, obs("x", 2022, "52")).method())
        .contains(ProgressMethod.LINEAR);
    assertThat(of(row("产值", Unit.YI_YUAN, "10", "20", ""), 2022, obs("x", 2022, "-1")).method())
        .contains(ProgressMethod.LINEAR);
    assertThat(of(row("产值", Unit.YI_YUAN, "-10", "20", ""), 2022, obs("x", 2022, "1")).method())
        .contains(ProgressMethod.LINEAR);
    assertThat(of(row("产值", Unit.YI_YUAN, "10", "20", ""), 2022, obs("x", 2022, "12")).method())
        .contains(ProgressMethod.GEOMETRIC);
    Progress points =
        of(row("比重", Unit.PERCENT, "51.3", "提高3个百分点", ""), 2023, obs("x", 2023, "53.1"));
    assertThat(points.valueShare())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
    Progress fromGrowthPoints =
        of(row("比重", Unit.PERCENT, "51.3", "——", "[1.7]个百分点"), 2022, obs("x", 2022, "52"));
    assertThat(fromGrowthPoints.valueShare().orElseThrow().doubleValue())
        .isCloseTo(0.7 / 1.7, within(1e-12));
  }

  @Test
  void targetEqualToBase_hasNoValueShare_andAtTheTargetYearNothingIsRequired() {
    Progress flat = of(row("比例", Unit.PERCENT, "100", "100", ""), 2022, obs("x", 2022, "100"));
    assertThat(flat.valueShare()).isEmpty();
    assertThat(flat.onTrack()).contains(true);
    Progress end = of(row("产值", Unit.YI_YUAN, "100", "150", ""), 2025, obs("x", 2025, "140"));
    assertThat(end.requiredAnnualRate()).isEmpty();
    assertThat(end.projectedValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("140"));
    assertThat(end.onTrack()).contains(false);
    Progress endLinear = of(row("比例", Unit.PERCENT, "50", "60", ""), 2025, obs("x", 2025, "58"));
    assertThat(endLinear.requiredAnnualChange()).isEmpty();
    assertThat(endLinear.projectedValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("58"));
  }

  @Test
  void latestObservation_isTheLastYearWhateverTheOrder_andLaterYearsAreIgnored() {
    Progress p =
        of(
            row("产值", Unit.YI_YUAN, "100", "200", ""),
            2023,
            obs("x", 2023, "150"),
            obs("x", 2021, "110"),
            obs("x", 2024, "190"),
            obs("y", 2023, "1"));
    assertThat(p.year()).isEqualTo(2023);
    assertThat(p.timeShare()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("0.6"));
    assertThat(
            of(
                    row("产值", Unit.YI_YUAN, "", "200", ""),
                    2023,
                    obs("x", 2020, "100"),
                    obs("x", 2023, "150"))
                .valueShare())
        .isPresent();
    assertThat(of(row("产值", Unit.YI_YUAN, "", "200", ""), 2023, obs("x", 2023, "150")).note())
        .contains("no base value for 2020");
  }

  @Test
  void cumulativeTargets_inTheGrowthCell_atMostBounds_andZeroGoals() {
    Progress fromGrowth =
        of(
            row("近视率降低", Unit.PERCENT, "——", "——", "[5]"),
            2022,
            obs("x", 2021, "1"),
            obs("x", 2022, "1.5"));
    assertThat(fromGrowth.method()).contains(ProgressMethod.SUM);
    assertThat(fromGrowth.valueShare())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(fromGrowth.onTrack()).contains(true);
    Progress atMost =
        of(
            row("排放", Unit.parse("万吨"), "", "[10]以下", ""),
            2022,
            obs("x", 2021, "1"),
            obs("x", 2022, "1"));
    assertThat(atMost.status()).isNotEqualTo(ProgressStatus.TARGET_ACHIEVED);
    Progress atMostEnd =
        of(
            row("排放", Unit.parse("万吨"), "", "[10]以下", ""),
            2025,
            obs("x", 2021, "1"),
            obs("x", 2025, "1"));
    assertThat(atMostEnd.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    Progress zero = of(row("事故", Unit.parse("起"), "", "[0]", ""), 2022, obs("x", 2022, "0"));
    assertThat(zero.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    Progress behind =
        of(
            row("外资", Unit.parse("亿美元"), "", "[10]", ""),
            2023,
            obs("x", 2021, "1"),
            obs("x", 2022, "1"),
            obs("x", 2023, "1"));
    assertThat(behind.onTrack()).contains(false);
    assertThat(behind.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
  }

  @Test
  void targetsThatAreNotLevels_useTheMeasureWithoutTarget() {
    assertThat(
            of(row("产量", Unit.parse("万吨"), "5", "6万人以上", ""), 2022, obs("x", 2022, "5.5")).method())
        .isEmpty();
    assertThat(of(row("比率", Unit.PERCENT, "-13", "——", "8"), 2022, obs("x", 2022, "-10")).method())
        .isEmpty();
    assertThat(
            of(row("产值", Unit.YI_YUAN, "100", "——", "与经济增长同步"), 2022, obs("x", 2022, "110"))
                .valueShare())
        .isEmpty();
    assertThat(
            of(row("产值", Unit.YI_YUAN, "100", "——", "完成市下达目标"), 2022, obs("x", 2022, "110")).note())
        .contains("needs the value assigned by the city (完成市下达目标)");
    assertThat(
            of(row("产值", Unit.YI_YUAN, "100", "120", "完成市下达目标"), 2022, obs("x", 2022, "110"))
                .valueShare())
        .isPresent();
    assertThat(
            of(row("产值", Unit.YI_YUAN, "100", "1.65:1", ""), 2022, obs("x", 2022, "110")).method())
        .isEmpty();
  }

  @Test
  void gdp_halfTimeHalfWork_geometric() {
    Progress p =
        assess(
            "1-2-01",
            2023,
            obs("1-2-01", 2021, "830"),
            obs("1-2-01", 2022, "880"),
            obs("1-2-01", 2023, "920"),
            obs("1-2-01", 2024, "990"));
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
    assertThat(behind.valueShare())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(behind.onTrack()).contains(false);
    assertThat(behind.requiredAnnualChange())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.25"));
    assertThat(behind.projectedValue())
        .hasValueSatisfying(
            v -> assertThat(v.doubleValue()).isCloseTo(73 + 2.5 / 3 * 5, within(1e-12)));
    Progress even = assess("1-2-03a", 2023, obs("1-2-03a", 2023, "76"));
    assertThat(even.valueShare())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
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
    Progress p =
        assess(
            "1-2-14",
            2023,
            obs("1-2-14", 2020, "1.8"),
            obs("1-2-14", 2021, "2.1"),
            obs("1-2-14", 2022, "1.9"),
            obs("1-2-14", 2023, "2.2"));
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
  void relativeTarget_saysWhichComparisonSeriesItNeeds() {
    Progress p = assess("1-2-16", 2022, obs("1-2-16", 2022, "90"));
    assertThat(p.method()).isEmpty();
    assertThat(p.valueShare()).isEmpty();
    assertThat(p.status()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(p.note())
        .hasValueSatisfying(n -> assertThat(n).contains("observations of '1-2-16@province'"));
  }

  @Test
  void withoutData_notAvailable_andDuplicateYearsRefused() {
    assertThat(assess("1-2-01", 2023).status()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(assess("1-2-01", 2023, obs("1-2-01", 2020, "752.8")).note())
        .contains("no observation after the base year 2020");
    assertThatThrownBy(
            () -> assess("1-2-01", 2023, obs("1-2-01", 2022, "1"), obs("1-2-01", 2022, "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observations: '1-2-01' has two values for 2022");
  }

  @Test
  void measures_areEveryMethodSideBySide_fedFromTheRow() {
    Progress p =
        assess(
            "1-2-01",
            2023,
            obs("1-2-01", 2021, "830"),
            obs("1-2-01", 2023, "920"),
            obs("1-2-01", 2024, "990"));

    assertThat(p.measures())
        .extracting(ProgressResult::measure)
        .containsExactly(ProgressMeasureName.values());
    ProgressResult half = p.measures().get(1);
    assertThat(half.status()).isEqualTo(HalfTimeStatus.ON_TRACK);
    assertThat(half.ratio()).isEqualTo(p.valueShare());
    assertThat(half.thresholds()).containsExactly(p.timeShare().orElseThrow());
    assertThat(half.projectedValue()).isEqualTo(p.projectedValue());
    assertThat(half.requiredGrowth()).isEqualTo(p.requiredAnnualRate());
    ProgressResult eurostat = p.measures().get(2);
    double ratio = (Math.pow(920 / 752.8, 1.0 / 3) - 1) / (Math.pow(1000 / 752.8, 0.2) - 1);
    assertThat(eurostat.baseValue())
        .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("752.8"));
    assertThat(eurostat.latestYear()).hasValue(2023);
    assertThat(eurostat.targetValue())
        .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("1000"));
    assertThat(eurostat.ratio().orElseThrow().doubleValue()).isCloseTo(ratio, within(1e-12));
    assertThat(p.measures().get(0).status()).isEqualTo(p.status());
  }

  @Test
  void input_ofCumulativeAssignedAndRelativeTargets() {
    PlanRow cumulative = PLAN.row("1-2-14").orElseThrow();
    List<Observation> yearly =
        List.of(
            obs("1-2-14", 2020, "1.8"),
            obs("1-2-14", 2021, "2.1"),
            obs("1-2-14", 2022, "1.9"),
            obs("1-2-14", 2023, "2.2"));
    ProgressInput in = Progress.input(cumulative, PERIOD, yearly, 2023).orElseThrow();
    assertThat(in.scale()).isEqualTo(ProgressMethod.SUM);
    assertThat(in.targetValue()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("10"));
    ProgressResult half = ProgressMeasure.HALF_TIME.assess(in);
    assertThat(half.ratio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.62"));
    assertThat(half.latestValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.2"));
    assertThat(half.status()).isEqualTo(HalfTimeStatus.ON_TRACK);

    assertThat(Progress.input(PLAN.row("1-2-39").orElseThrow(), PERIOD, List.of(), 2023)).isEmpty();
    assertThat(assess("1-2-39", 2022, obs("1-2-39", 2022, "1.3")).measures()).isEmpty();

    ProgressInput relative =
        Progress.input(
                PLAN.row("1-2-16").orElseThrow(),
                PERIOD,
                List.of(obs("1-2-16", 2022, "90"), obs("1-2-16", 2024, "95")),
                2022)
            .orElseThrow();
    assertThat(relative.targetValue()).isEmpty();
    assertThat(relative.observations()).containsOnlyKeys(2022);
    assertThat(relative.baseYear()).isEqualTo(2020);
    assertThat(relative.targetYear()).isEqualTo(2025);

    ProgressInput percent =
        Progress.input(
                PLAN.row("1-2-03a").orElseThrow(),
                PERIOD,
                List.of(obs("1-2-03a", 2023, "75.5")),
                2023)
            .orElseThrow();
    assertThat(percent.scale()).isEqualTo(ProgressMethod.LINEAR);
    assertThat(percent.base()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("73"));
    ProgressInput gdp =
        Progress.input(PLAN.row("1-2-01").orElseThrow(), PERIOD, List.of(), 2023).orElseThrow();
    assertThat(gdp.scale()).isEqualTo(ProgressMethod.GEOMETRIC);
    assertThat(gdp.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }
}

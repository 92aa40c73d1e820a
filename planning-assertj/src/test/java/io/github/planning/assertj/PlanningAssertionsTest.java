package io.github.planning.assertj;

import static io.github.planning.assertj.PlanningAssertions.assertThat;
import static io.github.planning.assertj.PlanningAssertions.assertThatCsv;
import static io.github.planning.assertj.PlanningAssertions.assertThatFigure;
import static io.github.planning.assertj.PlanningAssertions.significantDigits;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.analysis.Severity;
import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Change;
import io.github.planning.core.Growth;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.core.ValueKind;
import io.github.planning.datasets.WuxingDataset;
import io.github.planning.progress.ProgressStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanningAssertionsTest {

  private static final PlanValue AT_LEAST_9 = PlanValue.parse("[9]以上");

  @Test
  void planValue_passesOnTrueStatements() {
    assertThat(AT_LEAST_9).hasText("[9]以上").isCumulative().isAtLeast("9").isKind(ValueKind.FIGURE);
    assertThat(PlanValue.parse("9.5%左右")).isAbout("9.5").isNotCumulative();
    assertThat(PlanValue.parse("≤3.5")).isAtMost("3.5");
    assertThat(PlanValue.parse("完成市下达目标")).isAssignedBy(AdministrativeLevel.CITY);
    assertThat(PlanValue.parse("——")).isNotApplicable();
    assertThat(PlanValue.parse("51.20")).hasAmount("51.20").hasAmountEqualTo("51.2");
    assertThat(PlanValue.parse("[1.7]个百分点")).isChange(Change.POINTS).isCumulative();
  }

  @Test
  void planValue_failsWithTheTextTheReadingAndTheDifference() {
    assertThatThrownBy(() -> assertThat(AT_LEAST_9).isAbout("9.5"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "%nExpecting value:%n  [9]以上 (FIGURE AT_LEAST 9 cumulative)%nto be about "
                + "9.5,%nbut its relation is AT_LEAST and its amount is 9.",
            new Object[0]);
    assertThatThrownBy(() -> assertThat(PlanValue.parse("9.5%左右")).isCumulative())
        .hasMessageContaining("9.5%左右 (FIGURE ABOUT 9.5 %)")
        .hasMessageContaining("be cumulative over the plan period,")
        .hasMessageEndingWith("but it is not.");
    assertThatThrownBy(() -> assertThat(PlanValue.parse("51.2")).hasAmount("51.20"))
        .hasMessageContaining(
            ("have the amount 51.20 (scale 2),%nbut its amount is 51.2 " + "(scale 1).")
                .formatted());
    assertThatThrownBy(() -> assertThat(PlanValue.parse("51.21")).hasAmountEqualTo("51.2"))
        .hasMessageContaining("its amount is 51.21, a difference of 0.01");
    assertThatThrownBy(
            () -> assertThat(PlanValue.parse("完成省下达任务")).isAssignedBy(AdministrativeLevel.CITY))
        .hasMessageContaining("完成省下达任务 (ASSIGNED level PROVINCE)")
        .hasMessageContaining(
            "be assigned by the city (市),%nbut it is assigned by the province.".formatted());
    assertThatThrownBy(() -> assertThat(PlanValue.parse("752.8")).isNotApplicable())
        .hasMessageContaining("but it is FIGURE.");
    assertThatThrownBy(() -> assertThat(AT_LEAST_9).hasText("[9]"))
        .hasMessageContaining("have the text '[9]',%nbut its text is '[9]以上'.".formatted());
    assertThatThrownBy(() -> assertThat((PlanValue) null).isCumulative())
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void figure_growthRateSignificantDigitsAndRounding() {
    BigDecimal rate = Growth.annualRate(new BigDecimal("752.8"), new BigDecimal("1000"), 5);
    assertThatFigure(rate)
        .isGrowthRateBetween("752.8", "1000", 5)
        .isCloseTo("0.058434720665573", significantDigits(12))
        .roundsTo("0.0584", RoundingMode.HALF_UP)
        .isPositive();
    assertThatFigure(rate.movePointRight(2))
        .roundsTo("5.84", RoundingMode.HALF_UP)
        .roundsTo("5.8435", RoundingMode.HALF_UP);
    assertThatFigure(new BigDecimal("2.45"))
        .roundsTo("2.4", RoundingMode.HALF_EVEN)
        .roundsTo("2.5", RoundingMode.HALF_UP);

    assertThatThrownBy(() -> assertThatFigure(rate).isGrowthRateBetween("752.8", "1001", 5))
        .hasMessageContaining("to be the annual growth rate from 752.8 to 1001 over 5 years,");
    assertThatThrownBy(() -> assertThatFigure(rate).isCloseTo("0.0584348", significantDigits(6)))
        .hasMessageContaining("to 6 significant digits, but the difference is 0.0000000793344");
    assertThatThrownBy(
            () -> assertThatFigure(new BigDecimal("5.8435")).roundsTo("5.85", RoundingMode.HALF_UP))
        .hasMessageContaining(
            "rounded HALF_UP to 2 places to be%n  5.85%nbut it rounds to%n  5.84".formatted());
  }

  @Test
  void plan_rowsFindingsAndProgress() {
    Plan plan = PlanningFixtures.wuxing14thMainIndicators();
    List<Observation> gdp =
        PlanningFixtures.observations("1-2-01")
            .year(2021, "830")
            .year(2022, "880")
            .year(2023, "920")
            .build();
    assertThat(plan)
        .hasRow("1-2-01")
        .hasFinding("growth-on-rate")
        .hasNoFindingsAtOrAbove(Severity.ERROR);
    assertThat(plan).row("1-2-05").hasFinding("implied-target").hasTargetGrowth("8");
    assertThat(plan)
        .row("1-2-01")
        .hasBase("752.8")
        .hasTarget("1000")
        .isOnTrackIn(2023, gdp)
        .hasProgressStatus(ProgressStatus.SUBSTANTIAL_PROGRESS, 2023, gdp)
        .hasNoFindings();
    List<Observation> slow = PlanningFixtures.observations("1-2-01").year(2022, "790").build();
    assertThat(plan).row("1-2-01").isNotOnTrackIn(2022, slow);

    assertThatThrownBy(() -> assertThat(plan).hasRow("9-9"))
        .hasMessageContaining("Expecting plan '表1-2 “十四五”时期经济和社会发展主要指标' to have a row '9-9'");
    assertThatThrownBy(() -> assertThat(plan).hasNoFindingsAtOrAbove(Severity.WARNING))
        .hasMessageContaining("WARNING growth-on-rate 1-2-15 文化及相关产业增加值：单位为%的指标");
    assertThatThrownBy(() -> assertThat(plan).row("1-2-01").isOnTrackIn(2022, slow))
        .hasMessageContaining(
            "Expecting row 1-2-01 地区生产总值(GDP) base 752.8 target 1000 to be on "
                + "track in 2022, but its status is limited_progress, time share 0.4, value share "
                + "0.169862");
    assertThatThrownBy(
            () ->
                assertThat(plan)
                    .row("1-2-39")
                    .hasProgressStatus(
                        ProgressStatus.TARGET_ACHIEVED,
                        2022,
                        PlanningFixtures.observations("1-2-39").year(2022, "1.3").build()))
        .hasMessageContaining(
            "its status is not_available, time share 0.4 (needs the value "
                + "assigned by the city (完成市下达目标))");
    assertThatThrownBy(() -> assertThat(plan).row("1-2-01").hasFinding("growth-mismatch"))
        .hasMessageContaining(
            "to have a finding 'growth-mismatch', but its findings are%n  none".formatted());
    assertThatThrownBy(() -> assertThat(plan).row("1-2-01").hasTarget("[1000]"))
        .hasMessageContaining("to have the target '[1000]', but it has '1000'");
  }

  @Test
  void syntheticPlans_andRowsOnTheirOwn() {
    Plan plan =
        PlanningFixtures.plan()
            .row("gdp", "地区生产总值", "亿元", "752.8", "1000", "——")
            .row("rate", "文化产业增加值", "%", "-13", "——", "8")
            .build();
    assertThat(plan).row("rate").hasFinding("growth-on-rate");
    assertThat(plan.row("rate").orElseThrow()).hasFinding("growth-on-rate");
    assertThat(plan.row("gdp").orElseThrow()).hasNoFindings();
  }

  @Test
  void csvFiles(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("table-1-2.csv");
    Files.write(good, WuxingDataset.resource("table-1-2.csv").readAllBytes());
    assertThatCsv(good).readsWithoutErrors().roundTripsExactly();

    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad, "code,name,base\na,地区生产总值,752.8\nb,财政总收入,9.5%%\n", StandardCharsets.UTF_8);
    assertThatCsv(bad).hasError(3, 3);
    assertThatThrownBy(() -> assertThatCsv(bad).readsWithoutErrors())
        .hasMessageContaining("to read without errors, but it has")
        .hasMessageContaining(
            "bad.csv:3:3: '9.5%%': not a valid value: at index 4, unexpected '%'");
    assertThatThrownBy(() -> assertThatCsv(bad).hasError(2, 3))
        .hasMessageContaining("to have an error at 2:3, but its problems are");
  }

  @Test
  void aPeriodIsNeverAssumed(@TempDir Path dir) throws IOException {
    Path noYears = dir.resolve("no-years.csv");
    Files.writeString(noYears, "code,name,unit,target\na,城镇化率,%,78\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> assertThatCsv(noYears).readsWithoutErrors())
        .hasMessageContaining("the plan period is not known");
    assertThatCsv(noYears)
        .withPeriod(io.github.planning.core.PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
        .readsWithoutErrors()
        .roundTripsExactly();

    io.github.planning.core.PlanRow row =
        io.github.planning.core.PlanRow.builder()
            .indicator(io.github.planning.core.Indicator.builder().code("a").name("城镇化率").build())
            .target(PlanValue.parse("78"))
            .build();
    assertThat(row).hasTarget("78");
    assertThatThrownBy(() -> assertThat(row).hasNoFindings())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Row 'a' states no period");
  }

  @Test
  void fixtures_areTheEmbeddedDatasets() {
    org.assertj.core.api.Assertions.assertThat(PlanningFixtures.wuxing14thMainIndicators())
        .isEqualTo(WuxingDataset.TABLE_1_2.planFromCsv());
    org.assertj.core.api.Assertions.assertThat(PlanningFixtures.wuxing13thCompletion())
        .isEqualTo(WuxingDataset.TABLE_1_1.planFromCsv());
    org.assertj.core.api.Assertions.assertThat(PlanningFixtures.wuxingProseTargets())
        .isEqualTo(WuxingDataset.PROSE_TARGETS.planFromCsv());
    org.assertj.core.api.Assertions.assertThat(PlanningFixtures.wuxing14thMainIndicators().rows())
        .hasSize(42);
  }

  @org.junit.jupiter.api.Test
  void targetKindsAndBounds_showThePublishedTextAndTheFigures() {
    io.github.planning.core.PlanRow unemployment =
        io.github.planning.core.PlanRow.builder()
            .indicator(
                io.github.planning.core.Indicator.builder()
                    .code("u")
                    .name("城镇调查失业率")
                    .unit(io.github.planning.core.Unit.PERCENT)
                    .build())
            .base(io.github.planning.core.PlanValue.parse("5.2"))
            .targetGrowth(io.github.planning.core.PlanValue.parse("控制在5.5%以内"))
            .build();
    List<Observation> years =
        PlanningFixtures.observations("u").year(2022, "5.6").year(2023, "5.2").build();
    assertThat(unemployment)
        .hasTargetKind(io.github.planning.core.Target.Level.class)
        .breachesItsBoundIn(2022, years)
        .meetsItsBoundIn(2023, years);
    assertThatThrownBy(
            () ->
                assertThat(unemployment)
                    .hasTargetKind(io.github.planning.core.Target.Cumulative.class))
        .hasMessageContaining(
            "to have a target of the kind Cumulative, but 控制在5.5%以内 is read as " + "Level[");
    assertThatThrownBy(() -> assertThat(unemployment).meetsItsBoundIn(2022, years))
        .hasMessageContaining(
            "to meet its bound 控制在5.5%以内 in 2022, but 5.6 is beyond it " + "(distance 0.1)");
    assertThatThrownBy(() -> assertThat(unemployment).breachesItsBoundIn(2021, years))
        .hasMessageContaining("but 2021 has no observation");
  }
}

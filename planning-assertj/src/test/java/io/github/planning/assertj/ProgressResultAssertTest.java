package io.github.planning.assertj;

import static io.github.planning.assertj.PlanningAssertions.assertThat;
import static io.github.planning.assertj.PlanningAssertions.significantDigits;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.progress.EurostatStatus;
import io.github.planning.progress.HalfTimeStatus;
import io.github.planning.progress.ProgressInput;
import io.github.planning.progress.ProgressMeasure;
import io.github.planning.progress.ProgressResult;
import io.github.planning.progress.ProgressStatus;
import io.github.planning.progress.WeatherSymbol;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressResultAssertTest {

  private static final ProgressInput GDP =
      ProgressInput.builder()
          .baseYear(2020)
          .baseValue(new BigDecimal("752.8"))
          .putObservation(2023, new BigDecimal("880"))
          .targetYear(2025)
          .targetValue(new BigDecimal("1000"))
          .build();

  @Test
  void passesOnTrueStatements_aboutStatusAndComponents() {
    double actual = Math.pow(880 / 752.8, 1.0 / 3) - 1;
    double required = Math.pow(1000 / 752.8, 1.0 / 5) - 1;
    assertThat(ProgressMeasure.EUROSTAT.assess(GDP))
        .isAvailable()
        .hasStatus(
            actual / required >= 0.95
                ? EurostatStatus.SIGNIFICANT_PROGRESS
                : EurostatStatus.MODERATE_PROGRESS)
        .hasBase(2020, "752.8")
        .hasLatest(2023, "880.0")
        .hasObservedGrowthCloseTo(String.valueOf(actual), significantDigits(12))
        .hasRequiredGrowthCloseTo(String.valueOf(required), significantDigits(12))
        .hasRatioCloseTo(String.valueOf(actual / required), significantDigits(12))
        .hasThresholds("0.95", "0.6", "0")
        .hasTargetMet(false);
    // Destatis needs at least four yearly values in the last six years
    ProgressInput yearly =
        ProgressInput.builder()
            .from(GDP)
            .putObservation(2021, new BigDecimal("800"))
            .putObservation(2022, new BigDecimal("840"))
            .build();
    assertThat(ProgressMeasure.DESTATIS.assess(yearly))
        .hasProjectedValueCloseTo(
            String.valueOf(880 + (880 - 752.8) / 3 * 2), significantDigits(12));
    ProgressInput share =
        ProgressInput.builder()
            .baseYear(2020)
            .targetYear(2025)
            .putObservation(2020, new BigDecimal("50"))
            .putObservation(2022, new BigDecimal("52"))
            .limit(new BigDecimal("100"))
            .build();
    assertThat(ProgressMeasure.OPEN_SDG.assess(share))
        .hasLimitCoefficientCloseTo(String.valueOf(1 - Math.pow(0.5, 4.44)), significantDigits(12))
        .hasScoreCloseTo("5", significantDigits(6));
    assertThat(ProgressMeasure.UNSD.assess(share)).isNotAvailable();
  }

  @Test
  void failures_showTheFigures() {
    ProgressResult r = ProgressMeasure.EUROSTAT.assess(GDP);
    String actual = String.valueOf(Math.pow(880 / 752.8, 1.0 / 3) - 1).substring(0, 9);
    assertThatThrownBy(() -> assertThat(r).hasStatus(EurostatStatus.MOVEMENT_AWAY))
        .hasMessageContaining(
            "Expecting the eurostat result to be movement away (偏离目标), " + "but it is:")
        .hasMessageContaining(
            "base 2020 752.8, latest 2023 880, target 2025 1000, observed " + "growth " + actual)
        .hasMessageContaining("thresholds [0.95, 0.6, 0]");
    assertThatThrownBy(() -> assertThat(r).hasRatioCloseTo("1", significantDigits(3)))
        .hasMessageContaining("to have the ratio 1 to 3 significant digits");
    assertThatThrownBy(() -> assertThat(r).hasThresholds("0.9"))
        .hasMessageContaining("to have the thresholds [0.9]");
    assertThatThrownBy(() -> assertThat(r).hasThresholds("0.95", "0.6", "0.1"))
        .hasMessageContaining("to have the thresholds [0.95, 0.6, 0.1]");
    assertThatThrownBy(() -> assertThat(r).hasBase(2021, "752.8"))
        .hasMessageContaining("to have the base 752.8 in 2021");
    assertThatThrownBy(() -> assertThat(r).hasLatest(2023, "881"))
        .hasMessageContaining("to have the latest 881 in 2023");
    assertThatThrownBy(() -> assertThat(r).hasTargetMet(true))
        .hasMessageContaining("to have the target met");
    assertThatThrownBy(() -> assertThat(r).isNotAvailable())
        .hasMessageContaining("to be not available with a reason");
    assertThatThrownBy(() -> assertThat(r).hasScoreCloseTo("1", significantDigits(3)))
        .hasMessageContaining("to have the score 1");
    ProgressInput none = ProgressInput.builder().baseYear(2020).targetYear(2025).build();
    ProgressResult na = ProgressMeasure.HALF_TIME.assess(none);
    assertThatThrownBy(() -> assertThat(na).isAvailable())
        .hasMessageContaining(
            "half time half task: not available (无法评估), base 2020, "
                + "target 2025 (no base value for 2020)");
    ProgressResult met =
        ProgressMeasure.OPEN_SDG.assess(
            ProgressInput.builder().from(GDP).targetValue(new BigDecimal("800")).build());
    assertThatThrownBy(() -> assertThat(met).hasStatus(ProgressStatus.DETERIORATION))
        .hasMessageContaining("score 5, target met");
  }

  @Test
  void rowAssertion_onEachMeasure() {
    Plan plan = PlanningFixtures.wuxing14thMainIndicators();
    List<Observation> gdp =
        PlanningFixtures.observations("1-2-01")
            .year(2021, "830")
            .year(2022, "880")
            .year(2023, "920")
            .build();
    assertThat(plan)
        .row("1-2-01")
        .hasMeasureStatus(ProgressMeasure.HALF_TIME, HalfTimeStatus.ON_TRACK, 2023, gdp);
    assertThatThrownBy(
            () ->
                assertThat(plan)
                    .row("1-2-01")
                    .hasMeasureStatus(
                        ProgressMeasure.DESTATIS, WeatherSymbol.THUNDERSTORM, 2023, gdp))
        .hasMessageContaining("to be thunderstorm by destatis weather in 2023, but it is")
        .hasMessageContaining("destatis weather: sun");
    assertThatThrownBy(
            () ->
                assertThat(plan)
                    .row("1-2-39")
                    .hasMeasureStatus(
                        ProgressMeasure.EUROSTAT,
                        EurostatStatus.SIGNIFICANT_PROGRESS,
                        2022,
                        List.of()))
        .hasMessageContaining("but its target is not a figure");
  }
}

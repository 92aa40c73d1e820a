package io.github.planning.assertj;

import static io.github.planning.assertj.PlanningAssertions.assertThat;
import static io.github.planning.assertj.PlanningAssertions.assertThatFigure;
import static io.github.planning.assertj.PlanningAssertions.significantDigits;

import io.github.planning.analysis.Severity;
import io.github.planning.core.Growth;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.progress.ProgressStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

  /** The code under test: a county service that computes the growth a target needs. */
  static BigDecimal requiredGrowthPercent(String base, String target, int years) {
    return Growth.annualRate(new BigDecimal(base), new BigDecimal(target), years).movePointRight(2);
  }

  @Test
  void gdpTargetNeedsAbout5Point84PercentAYear() {
    BigDecimal growth = requiredGrowthPercent("752.8", "1000", 5);

    assertThatFigure(growth)
        .roundsTo("5.84", RoundingMode.HALF_UP)
        .isCloseTo("5.8434720665573", significantDigits(12));
  }

  @Test
  void publishedCellsKeepTheirMeaningAndPrecision() {
    assertThat(PlanValue.parse("[9]以上")).isCumulative().isAtLeast("9");
    assertThat(PlanValue.parse("51.20")).hasAmount("51.20").hasAmountEqualTo("51.2");
  }

  @Test
  void theWuxingPlanIsOnTrackWithTheseFigures() {
    Plan plan = PlanningFixtures.wuxing14thMainIndicators();
    List<Observation> gdp =
        PlanningFixtures.observations("1-2-01")
            .year(2021, "830")
            .year(2022, "880")
            .year(2023, "920")
            .build();

    assertThat(plan).hasNoFindingsAtOrAbove(Severity.ERROR);
    assertThat(plan)
        .row("1-2-01")
        .isOnTrackIn(2023, gdp)
        .hasProgressStatus(ProgressStatus.SUBSTANTIAL_PROGRESS, 2023, gdp);
  }
}

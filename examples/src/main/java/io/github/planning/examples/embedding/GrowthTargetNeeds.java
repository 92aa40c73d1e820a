package io.github.planning.examples.embedding;

import io.github.planning.analysis.ImpliedFigures;
import io.github.planning.core.Growth;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PublishedRounding;
import io.github.planning.datasets.WuxingDataset;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Computes the annual growth a target needs, and the target a growth rate implies. */
public final class GrowthTargetNeeds {

  private GrowthTargetNeeds() {}

  /** Prints the figures. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints GDP's needed growth and 财政总收入's implied target. */
  public static void run(PrintWriter out) {
    // from plain figures
    BigDecimal rate =
        Growth.annualRate(new BigDecimal("752.8"), 2020, new BigDecimal("1000"), 2025);
    out.println(
        "GDP needs " + PublishedRounding.HALF_UP.round(rate.movePointRight(2), 4) + "% a year");

    // from a plan's rows
    Plan plan = WuxingDataset.TABLE_1_2.plan();
    PlanRow revenue = plan.row("1-2-05").orElseThrow();
    BigDecimal target = ImpliedFigures.target(revenue, plan.period()).orElseThrow();
    out.println(
        revenue.indicator().name()
            + " reaches "
            + PublishedRounding.HALF_UP.round(target, 2)
            + " "
            + revenue.indicator().unit()
            + " in "
            + plan.period().targetYear());
    out.flush();
  }
}

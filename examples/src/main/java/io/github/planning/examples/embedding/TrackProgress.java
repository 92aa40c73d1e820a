package io.github.planning.examples.embedding;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.datasets.WuxingDataset;
import io.github.planning.progress.Progress;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tracks progress against the plan from yearly observations: 时间过半、任务过半 and Open SDG's status. The
 * observations here are made up for the example, not published statistics.
 */
public final class TrackProgress {

  private TrackProgress() {}

  /** Prints the progress. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** Assesses GDP as of 2023 against three illustrative observations. */
  public static void run(PrintWriter out) {
    Plan plan = WuxingDataset.TABLE_1_2.plan();
    List<Observation> observations =
        List.of(
            Observation.of("1-2-01", 2021, new BigDecimal("830")),
            Observation.of("1-2-01", 2022, new BigDecimal("880")),
            Observation.of("1-2-01", 2023, new BigDecimal("920")));

    Progress p =
        Progress.assess(plan.row("1-2-01").orElseThrow(), plan.period(), observations, 2023);

    out.println(
        "time "
            + percent(p.timeShare().orElseThrow())
            + ", way to the target "
            + percent(p.valueShare().orElseThrow())
            + ", on track: "
            + p.onTrack().orElseThrow());
    out.println(
        "status "
            + p.status().openSdgName()
            + ", score "
            + p.score().orElseThrow().setScale(2, RoundingMode.HALF_UP));
    out.println("still needed " + percent(p.requiredAnnualRate().orElseThrow()) + " a year");
    out.flush();
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
  }
}

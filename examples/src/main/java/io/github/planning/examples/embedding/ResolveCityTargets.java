package io.github.planning.examples.embedding;

import io.github.planning.analysis.AssignedTargets;
import io.github.planning.analysis.Finding;
import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.datasets.WuxingDataset;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Resolves the targets the city assigns ({@code 完成市下达目标}) from the city's own plan, matched by
 * indicator name. The city plan here is made up for the example.
 */
public final class ResolveCityTargets {

  private ResolveCityTargets() {}

  /** Prints the resolution. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** Resolves Table 1-2 against a small city plan and prints what remains unresolved. */
  public static void run(PrintWriter out) {
    Plan district = WuxingDataset.TABLE_1_2.plan();
    Plan city =
        Plan.builder()
            .title("示例：市级分解指标")
            .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
            .addRows(
                PlanRow.builder()
                    .indicator(Indicator.builder().code("city-39").name("粮食综合生产能力").build())
                    .target(PlanValue.parse("1.35"))
                    .build())
            .build();

    AssignedTargets.Resolution resolution =
        AssignedTargets.resolve(district, AssignedTargets.fromPlan(city));

    PlanRow grain = resolution.plan().row("1-2-39").orElseThrow();
    out.println(
        grain.indicator().name()
            + ": "
            + district.row("1-2-39").orElseThrow().target().orElseThrow()
            + " → "
            + grain.target().orElseThrow());
    for (Finding unresolved : resolution.unresolved()) {
      out.println(
          "unresolved " + unresolved.rowCode().orElseThrow() + ": " + unresolved.messageEn());
    }
    out.flush();
  }
}

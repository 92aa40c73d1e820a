package io.github.planning.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.Growth;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The results of one {@link ProgressMeasure} over a plan or one of its categories, as Open SDG and
 * Eurostat sum up a goal: the mean score of the rows assessed, the count of each status, achieved
 * only if every row's target is met, and the rows that had no data.
 *
 * <pre>{@code
 * Map<String, ProgressResult> byCode = ...;          // one measure's result for each row's code
 * ProgressSummary all = ProgressSummary.ofPlan(ProgressMeasureName.OPEN_SDG, plan, byCode);
 * all.meanScore();    // Optional[1.83...]: Open SDG scores; empty for measures without scores
 * all.withoutData();  // [B07]: rows not assessed, with no result or "not available"
 * ProgressSummary.byCategory(ProgressMeasureName.OPEN_SDG, plan, byCode); // one per category
 * }</pre>
 */
@Value.Immutable
public abstract class ProgressSummary {

  ProgressSummary() {}

  /** The measure summed up. */
  public abstract ProgressMeasureName measure();

  /** The category summed up; empty for the whole plan. */
  public abstract Optional<String> category();

  /** The codes of the rows assessed, in plan order. */
  public abstract List<String> assessed();

  /** The codes of the rows with no result or a result that is not available, in plan order. */
  public abstract List<String> withoutData();

  /** How many rows had each status, in the order first met. */
  public abstract Map<ProgressGrade, Integer> statusCounts();

  /** The mean of the scores of the rows assessed that have one. */
  public abstract Optional<BigDecimal> meanScore();

  /** Whether every row's target is met (and every row had data). */
  public abstract boolean achieved();

  /**
   * Sums up the results of the plan's rows.
   *
   * @param measure the measure whose results are summed up
   * @param byCode the measure's result for each row code assessed; codes not in the plan are
   *     ignored
   * @throws IllegalArgumentException if a result comes from another measure
   */
  public static ProgressSummary ofPlan(
      ProgressMeasureName measure, Plan plan, Map<String, ProgressResult> byCode) {
    requireNonNull(plan, "plan");
    return of(measure, Optional.empty(), plan.rows(), byCode);
  }

  /**
   * Sums up the results of each category of the plan, in plan order (rows without a category form
   * one group).
   *
   * @throws IllegalArgumentException if a result comes from another measure
   */
  public static List<ProgressSummary> byCategory(
      ProgressMeasureName measure, Plan plan, Map<String, ProgressResult> byCode) {
    requireNonNull(plan, "plan");
    Map<Optional<String>, List<PlanRow>> groups = new LinkedHashMap<>();
    for (PlanRow row : plan.rows()) {
      groups.computeIfAbsent(row.indicator().category(), k -> new ArrayList<>()).add(row);
    }
    List<ProgressSummary> out = new ArrayList<>();
    groups.forEach((category, rows) -> out.add(of(measure, category, rows, byCode)));
    return out;
  }

  private static ProgressSummary of(
      ProgressMeasureName measure,
      Optional<String> category,
      List<PlanRow> rows,
      Map<String, ProgressResult> byCode) {
    requireNonNull(measure, "measure");
    requireNonNull(byCode, "byCode");
    byCode.forEach(
        (code, r) ->
            checkArgument(
                r.measure() == measure,
                "byCode: the result for '%s' is of %s, not %s",
                code,
                r.measure(),
                measure));
    ImmutableProgressSummary.Builder out =
        ImmutableProgressSummary.builder().category(category).measure(measure);
    Map<ProgressGrade, Integer> counts = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    int scored = 0;
    boolean achieved = true;
    for (PlanRow row : rows) {
      ProgressResult r = byCode.get(row.code());
      if (r == null || !r.isAvailable()) {
        out.addWithoutData(row.code());
        achieved = false;
        continue;
      }
      out.addAssessed(row.code());
      counts.merge(r.status(), 1, Integer::sum);
      achieved &= r.targetMet();
      if (r.score().isPresent()) {
        total = total.add(r.score().get());
        scored++;
      }
    }
    if (scored > 0) {
      out.meanScore(total.divide(BigDecimal.valueOf(scored), Growth.PRECISION));
    }
    return out.statusCounts(counts).achieved(achieved && !rows.isEmpty()).build();
  }
}

package io.github.planning.examples;

import io.github.planning.analysis.Completion;
import io.github.planning.analysis.Finding;
import io.github.planning.analysis.ImpliedFigures;
import io.github.planning.analysis.PlanChecks;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.progress.Progress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One row of the report: the published texts and what the library computes from them. */
public final class ReportRow {

  private final String source;
  private final Plan plan;
  private final PlanRow row;
  private final Optional<BigDecimal> impliedGrowthPercent;
  private final Optional<BigDecimal> impliedTarget;
  private final Optional<BigDecimal> pointChange;
  private final Optional<BigDecimal> changeInUnit;
  private final Optional<Completion> completion;
  private final List<Finding> findings;
  private final Optional<Progress> progress;
  private final List<Observation> observations;
  private final boolean ofCompletionTable;

  private ReportRow(
      String source,
      Plan plan,
      PlanRow row,
      List<Observation> observations,
      OptionalInt year,
      boolean ofCompletionTable) {
    this.source = source;
    this.plan = plan;
    this.row = row;
    this.ofCompletionTable = ofCompletionTable;
    boolean level = LEVELS_READ_AS_CHANGE.contains(row.indicator().unit().symbol());
    this.impliedGrowthPercent =
        level
            ? Optional.empty()
            : ImpliedFigures.annualGrowth(row, plan.period()).map(g -> g.movePointRight(2));
    this.changeInUnit =
        level
            ? row.target()
                .flatMap(PlanValue::plainAmount)
                .flatMap(t -> row.base().flatMap(PlanValue::plainAmount).map(t::subtract))
            : Optional.empty();
    this.impliedTarget = ImpliedFigures.target(row, plan.period());
    this.pointChange = ImpliedFigures.pointChange(row);
    this.completion =
        row.assessment().isPresent() || row.actual().isPresent()
            ? Optional.of(Completion.assess(row, plan.period(), observations))
            : Optional.empty();
    this.findings = PlanChecks.check(row, plan);
    this.observations =
        observations.stream()
            .filter(o -> o.code().equals(row.code()))
            .sorted(java.util.Comparator.comparingInt(Observation::year))
            .toList();
    boolean observed = !this.observations.isEmpty();
    this.progress =
        observed
            ? Optional.of(
                Progress.assess(
                    row,
                    plan.period(),
                    observations,
                    year.orElse(observations.stream().mapToInt(Observation::year).max().orElse(0))))
            : Optional.empty();
  }

  /**
   * Units of levels whose growth rate is no planner's measure (a life expectancy of 79.5 岁, 10.8 年
   * of schooling): the report gives their change in the unit, +0.3岁, instead.
   */
  static final java.util.Set<String> LEVELS_READ_AS_CHANGE =
      java.util.Set.of("岁", "年", "年/人", "月", "天", "小时");

  /** The rows of a plan. */
  public static List<ReportRow> of(
      String source, Plan plan, List<Observation> observations, OptionalInt year) {
    List<ReportRow> rows = new ArrayList<>();
    boolean completion = plan.rows().stream().anyMatch(ReportRow::hasOutcome);
    for (PlanRow row : plan.rows()) {
      rows.add(new ReportRow(source, plan, row, observations, year, completion));
    }
    return rows;
  }

  /** The file or embedded dataset the row comes from. */
  public String source() {
    return source;
  }

  /** The plan of the row. */
  public Plan plan() {
    return plan;
  }

  /** The row. */
  public PlanRow row() {
    return row;
  }

  /** The annual growth base and target imply, in percent. */
  public Optional<BigDecimal> impliedGrowthPercent() {
    return impliedGrowthPercent;
  }

  /** The target base and annual growth imply. */
  public Optional<BigDecimal> impliedTarget() {
    return impliedTarget;
  }

  /** Target − base of a % indicator, in points. */
  public Optional<BigDecimal> pointChange() {
    return pointChange;
  }

  /** Target − base of a level read as a change in its unit (years, ages). */
  public Optional<BigDecimal> changeInUnit() {
    return changeInUnit;
  }

  /** The recomputed assessment of a completion-table row. */
  public Optional<Completion> completion() {
    return completion;
  }

  /** What the checks found in the row. */
  public List<Finding> findings() {
    return findings;
  }

  /** Progress against observations, when the row has some. */
  public Optional<Progress> progress() {
    return progress;
  }

  /** The row's observations, by year. */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * Whether the row belongs to a completion table: one where a row has an actual, an actual growth
   * or an assessment (完成情况, 完成增速, 实现度), whose columns the report then shows.
   */
  public boolean isCompletion() {
    return ofCompletionTable;
  }

  private static boolean hasOutcome(PlanRow row) {
    return row.actual().isPresent()
        || row.actualGrowth().isPresent()
        || row.assessment().isPresent();
  }
}

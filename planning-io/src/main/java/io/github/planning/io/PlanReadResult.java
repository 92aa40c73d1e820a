package io.github.planning.io;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import java.util.List;
import java.util.Optional;

/**
 * A whole plan read, with every record and problem. In lenient mode the plan holds the rows that
 * could be built and the records keep the rest; the plan is absent only when it cannot be built
 * at all (its period is not known), which is then one of the problems.
 */
public final class PlanReadResult {

  private final Plan plan;
  private final List<RowRecord> records;
  private final List<Problem> problems;

  private PlanReadResult(Plan plan, List<RowRecord> records, List<Problem> problems) {
    this.plan = plan;
    this.records = List.copyOf(records);
    this.problems = List.copyOf(problems);
  }

  /**
   * Builds the plan of the records; in strict mode throws if there are problems or the plan
   * cannot be built.
   */
  static PlanReadResult of(List<RowRecord> records, Problems problems, ReadOptions options,
      String title, Optional<String> region, Optional<PlanPeriod> period, List<String> notes) {
    PlanPeriod resolved = period.orElseGet(() -> PlanCsvReader.periodOfRows(records));
    Plan plan = null;
    if (resolved == null) {
      problems.add(0, 0, "", "the plan period is not known: give it in the options or give rows "
          + "a base_year and a target_year");
    } else {
      Plan.Builder builder = Plan.builder().title(title).period(resolved)
          .rows(buildable(PlanCsvReader.rows(records))).notes(notes);
      region.ifPresent(builder::region);
      try {
        plan = builder.build();
      } catch (IllegalStateException e) {
        problems.add(0, 0, "", e.getMessage());
      }
    }
    if (options.mode() == ReadMode.STRICT) {
      problems.throwIfAny();
    }
    return new PlanReadResult(plan, records, problems.all());
  }

  /**
   * The rows a plan can hold: the first of each code, and only rows whose parent is one of them
   * (the others stay in the records with their problems).
   */
  private static List<PlanRow> buildable(List<PlanRow> rows) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    List<PlanRow> unique = new java.util.ArrayList<>();
    for (PlanRow row : rows) {
      if (codes.add(row.code())) {
        unique.add(row);
      }
    }
    List<PlanRow> kept = new java.util.ArrayList<>();
    for (PlanRow row : unique) {
      if (row.indicator().parent().map(codes::contains).orElse(true)) {
        kept.add(row);
      }
    }
    return kept;
  }

  /** The plan of the rows that could be built; empty if no plan could be built. */
  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  /** Every record, in input order. */
  public List<RowRecord> records() {
    return records;
  }

  /** Every problem found. */
  public List<Problem> problems() {
    return problems;
  }
}

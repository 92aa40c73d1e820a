package io.github.planning.io;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.io.internal.Problems;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A whole plan read, with every record and problem. In lenient mode the plan holds the rows that
 * could be built and the records keep the rest; the plan is absent only when it cannot be built at
 * all (its period is not known), which is then one of the problems.
 */
public final class PlanReadResult {

  private final @Nullable Plan plan;
  private final List<RowRecord> records;
  private final List<Problem> problems;
  private final boolean capped;
  private final long omitted;

  private PlanReadResult(@Nullable Plan plan, List<RowRecord> records, Problems problems) {
    this.plan = plan;
    this.records = List.copyOf(records);
    this.problems = problems.all();
    this.capped = problems.isTruncated();
    this.omitted = problems.omitted();
  }

  /**
   * Builds the plan of the records; in strict mode throws if there are problems or the plan cannot
   * be built.
   */
  static PlanReadResult of(
      List<RowRecord> records,
      Problems problems,
      ReadOptions options,
      String title,
      Optional<String> region,
      Optional<PlanPeriod> stated,
      List<String> notes) {
    PlanPeriod resolved = null;
    try {
      resolved = period(records, stated, options);
    } catch (IllegalArgumentException e) {
      problems.add(0, 0, "", Problems.reason(e));
    }
    Plan plan = null;
    if (resolved != null) {
      Plan.Builder builder =
          Plan.builder()
              .title(title)
              .period(resolved)
              .rows(buildable(PlanCsvReader.rows(records)))
              .notes(notes);
      region.ifPresent(builder::region);
      try {
        plan = builder.build();
      } catch (IllegalStateException e) {
        problems.add(0, 0, "", Problems.reason(e));
      }
    }
    if (options.mode() == ReadMode.STRICT) {
      problems.throwIfAny();
    }
    return new PlanReadResult(plan, records, problems);
  }

  /**
   * The period of a table by {@link PlanPeriod#resolve the one rule}: the period the input states
   * ({@code stated}, a JSON document's), else {@linkplain PlanPeriod#ofRows the period its rows
   * state} (from the year headings such as {@code 2020年} and {@code 2025年目标}, or the year columns),
   * else the {@linkplain ReadOptions#period() period of the options}.
   *
   * @throws IllegalArgumentException naming both when the options' period contradicts the table's,
   *     or saying what is missing when no period is known
   */
  public static PlanPeriod period(
      List<RowRecord> records, Optional<PlanPeriod> stated, ReadOptions options) {
    List<PlanRow> rows = PlanCsvReader.rows(records);
    Optional<PlanPeriod> ofTable =
        stated.or(
            () ->
                options.period().isPresent()
                    ? PlanPeriod.ofStatedYears(rows)
                    : PlanPeriod.ofRows(rows));
    return PlanPeriod.resolve(ofTable, options.period())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the plan period is not known: no row has a base year and "
                        + "a target year (year headings such as 2020年 and 2025年目标, or base_year and "
                        + "target_year columns), and no period was given (such as 十四五 or 2021-2025)"));
  }

  /**
   * The period of {@link #period} when {@code next} decides it, whatever rows follow; empty when it
   * does not. For a reader that checks rows as they come: the records read before {@code next} did
   * not decide it (this returned empty for each), so the period is decided by the input's stated
   * period, or by the first row with a base year and a later target (or actual) year; else only the
   * end of the input decides it, by {@link #period} on every record.
   *
   * <pre>{@code
   * PlanReadResult.periodDecidedBy(record, reader.period(), options);  // Optional[2021-2025]
   * }</pre>
   *
   * @throws IllegalArgumentException as {@link #period} does, when the options' period contradicts
   *     the one decided
   */
  public static Optional<PlanPeriod> periodDecidedBy(
      RowRecord next, Optional<PlanPeriod> stated, ReadOptions options) {
    List<RowRecord> one = List.of(next);
    if (stated.isPresent() || PlanPeriod.ofStatedYears(PlanCsvReader.rows(one)).isPresent()) {
      return Optional.of(period(one, stated, options));
    }
    return Optional.empty();
  }

  /**
   * The rows a plan can hold: the first of each code, and only rows whose parents lead, row by row,
   * to a row without one (the others stay in the records with their problems): a row under an
   * orphan, or in a cycle of parents, is left out as the orphan is.
   */
  private static List<PlanRow> buildable(List<PlanRow> rows) {
    java.util.Map<String, PlanRow> byCode = new java.util.LinkedHashMap<>();
    for (PlanRow row : rows) {
      byCode.putIfAbsent(row.code(), row);
    }
    java.util.Map<String, Boolean> rooted = new java.util.HashMap<>();
    List<PlanRow> kept = new java.util.ArrayList<>();
    for (PlanRow row : byCode.values()) {
      if (isRooted(row.code(), byCode, rooted)) {
        kept.add(row);
      }
    }
    return kept;
  }

  /** Whether the parents of the row {@code code} lead to a row without one; remembered. */
  private static boolean isRooted(
      String code, java.util.Map<String, PlanRow> byCode, java.util.Map<String, Boolean> rooted) {
    List<String> chain = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    String at = code;
    boolean result;
    while (true) {
      Boolean known = rooted.get(at);
      if (known != null) {
        result = known;
        break;
      }
      PlanRow row = byCode.get(at);
      if (row == null || !seen.add(at)) {
        result = false; // an orphan, or a cycle
        break;
      }
      chain.add(at);
      java.util.Optional<String> parent = row.indicator().parent();
      if (parent.isEmpty()) {
        result = true;
        break;
      }
      at = parent.get();
    }
    for (String c : chain) {
      rooted.put(c, result);
    }
    return result;
  }

  /** The plan of the rows that could be built; empty if no plan could be built. */
  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  /** Every record, in input order. */
  public List<RowRecord> records() {
    return records;
  }

  /** Every problem found, up to the cap of {@link ReadOptions#maxProblems()}. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Whether {@link #problems()} stops at the cap: {@code check} then says so, with {@link
   * #omittedProblems()}. Each record still has all of its own problems.
   */
  public boolean isCapped() {
    return capped;
  }

  /** How many problems were found past the cap and are not in {@link #problems()}. */
  public long omittedProblems() {
    return omitted;
  }
}

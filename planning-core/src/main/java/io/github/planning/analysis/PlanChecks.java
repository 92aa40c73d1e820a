package io.github.planning.analysis;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Consistency checks on a plan table. Each problem is a {@link Finding} with a stable code; the
 * checks never throw on a table's content.
 *
 * <pre>{@code
 * for (Finding f : PlanChecks.check(plan)) {
 *   System.out.println(f);   // INFO growth-mismatch [1-1-01] Base 496.8 and actual 752.8 imply 8.7 % a year …
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@value #GROWTH_MISMATCH}</td><td>info</td><td>the growth base and target (or actual)
 *       imply differs from the stated one: often price effects (stated at comparable prices)</td></tr>
 *   <tr><td>{@value #IMPLIED_TARGET}</td><td>info</td><td>a target {@code ——} with an annual
 *       growth: the target it implies</td></tr>
 *   <tr><td>{@value #POINTS_INCONSISTENT}</td><td>warning</td><td>{@code [x]个百分点} is not target −
 *       base at its precision</td></tr>
 *   <tr><td>{@value #POINTS_ON_NON_PERCENT}</td><td>error</td><td>a change in percentage points on a
 *       unit that is not %</td></tr>
 *   <tr><td>{@value #GROWTH_ON_RATE}</td><td>warning</td><td>an annual growth rate on a % indicator
 *       (is the base itself a rate?)</td></tr>
 *   <tr><td>{@value #UNIT_NOT_CONVERTIBLE}</td><td>warning</td><td>a cell's unit does not
 *       convert to the row's ({@code 12万人} on a row in 亿元); 万亩 on a row in 公顷 converts</td></tr>
 *   <tr><td>{@value #UNIT_DIFFERS_FROM_PARENT}</td><td>warning</td><td>a sub-indicator's unit is not
 *       its parent's</td></tr>
 *   <tr><td>{@value #BINDING_WITHOUT_TARGET}</td><td>warning</td><td>a 约束性 indicator with neither
 *       target nor growth</td></tr>
 *   <tr><td>{@value #DIRECTION_CONTRADICTS_TARGET}</td><td>warning</td><td>a stated direction the
 *       target moves against</td></tr>
 *   <tr><td>{@value #ASSIGNED_VALUE_NEEDED}</td><td>info</td><td>a target assigned by a higher level,
 *       not resolved</td></tr>
 *   <tr><td>{@value #ASSESSMENT_DIFFERS}</td><td>warning</td><td>the recomputed 实现度 contradicts
 *       the published one</td></tr>
 *   <tr><td>{@value #ASSESSMENT_LABEL_DIFFERS}</td><td>info</td><td>the recomputed 实现度 is another
 *       label of the same sense</td></tr>
 *   <tr><td>{@value #MEASURE_INFERRED}</td><td>info</td><td>a cumulative target whose meaning
 *       depends on a level or flow the row does not state: the rule that inferred it</td></tr>
 *   <tr><td>{@value #ANALYSIS_NOT_POSSIBLE}</td><td>warning</td><td>a figure the arithmetic cannot
 *       take (a growth of −100 % or less, a tiny or zero value, opposite signs): the reason; the
 *       other checks of the row and the other rows go on</td></tr>
 * </table>
 *
 * <p>{@link #check(Plan)} checks a whole plan; {@link #checker(PlanPeriod, Consumer)} checks rows
 * one at a time as they are read, with bounded memory.
 */
public final class PlanChecks {

  /** The growth implied by the figures differs from the stated growth. */
  public static final String GROWTH_MISMATCH = "growth-mismatch";

  /** A target {@code ——} with an annual growth implies a target. */
  public static final String IMPLIED_TARGET = "implied-target";

  /** A change in points does not match base and target. */
  public static final String POINTS_INCONSISTENT = "points-inconsistent";

  /** A change in percentage points on a unit that is not %. */
  public static final String POINTS_ON_NON_PERCENT = "points-on-non-percent";

  /** An annual growth rate on a % indicator. */
  public static final String GROWTH_ON_RATE = "growth-on-rate";

  /** A cell's unit does not convert to its row's unit. */
  public static final String UNIT_NOT_CONVERTIBLE = "unit-not-convertible";

  /** A unit that is not in the unit catalogue, reported once per table. */
  public static final String UNIT_UNKNOWN = "unit-unknown";

  /** A sub-indicator's unit differs from its parent's. */
  public static final String UNIT_DIFFERS_FROM_PARENT = "unit-differs-from-parent";

  /** A binding indicator without a target. */
  public static final String BINDING_WITHOUT_TARGET = "binding-without-target";

  /** A stated direction contradicted by the target. */
  public static final String DIRECTION_CONTRADICTS_TARGET = "direction-contradicts-target";

  /** A target assigned by a higher level, not resolved. */
  public static final String ASSIGNED_VALUE_NEEDED = "assigned-value-needed";

  /** The recomputed assessment contradicts the published one. */
  public static final String ASSESSMENT_DIFFERS = "assessment-differs";

  /** The recomputed assessment is another favourable (or unfavourable) label. */
  public static final String ASSESSMENT_LABEL_DIFFERS = "assessment-label-differs";

  /** A cumulative target whose meaning rests on an inferred level or flow. */
  public static final String MEASURE_INFERRED = "measure-inferred";

  /** A figure of the row the arithmetic cannot take; the reason is given. */
  public static final String ANALYSIS_NOT_POSSIBLE = "analysis-not-possible";

  /** The rows a {@link Checker} remembers to find a sub-indicator's parent. */
  public static final int PARENT_WINDOW = 4096;

  private PlanChecks() {}

  /** Checks every row of a plan. */
  public static List<Finding> check(Plan plan) {
    requireNonNull(plan, "plan");
    List<Finding> findings = new ArrayList<>();
    Set<String> unknownUnits = new HashSet<>();
    for (PlanRow row : plan.rows()) {
      checkRow(row, plan.period(), plan::row, findings::add);
      UnitChecks.unknown(row, unknownUnits, findings::add);
    }
    return findings;
  }

  /** Checks one row of a plan (the plan gives the period and the parent rows). */
  public static List<Finding> check(PlanRow row, Plan plan) {
    requireNonNull(row, "row");
    requireNonNull(plan, "plan");
    List<Finding> out = new ArrayList<>();
    checkRow(row, plan.period(), plan::row, out::add);
    UnitChecks.unknown(row, new HashSet<>(), out::add);
    return out;
  }

  /**
   * A checker of rows as they are read, for tables too large to hold: each row's findings go to
   * {@code findings} as soon as the row is given; the only state kept is the last {@value
   * #PARENT_WINDOW} rows, where a sub-indicator's parent is looked for.
   *
   * <pre>{@code
   * PlanChecks.Checker checker = PlanChecks.checker(period, System.out::println);
   * while (reader.hasNext()) {
   *   reader.next().row().ifPresent(checker::check);
   * }
   * }</pre>
   */
  public static Checker checker(PlanPeriod period, Consumer<Finding> findings) {
    return new Checker(requireNonNull(period, "period"), requireNonNull(findings, "findings"));
  }

  /** Checks rows one at a time; see {@link PlanChecks#checker(PlanPeriod, Consumer)}. */
  public static final class Checker {
    private final PlanPeriod period;
    private final Consumer<Finding> findings;
    private final Set<String> unknownUnits = new HashSet<>();
    private final Map<String, PlanRow> recent =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PlanRow> eldest) {
            return size() > PARENT_WINDOW;
          }
        };

    private Checker(PlanPeriod period, Consumer<Finding> findings) {
      this.period = period;
      this.findings = findings;
    }

    /** Checks a row; a parent more than {@value #PARENT_WINDOW} rows back is not compared. */
    public void check(PlanRow row) {
      requireNonNull(row, "row");
      checkRow(row, period, code -> Optional.ofNullable(recent.get(code)), findings);
      UnitChecks.unknown(row, unknownUnits, findings);
      recent.put(row.code(), row);
    }
  }

  private static void checkRow(
      PlanRow row,
      PlanPeriod period,
      Function<String, Optional<PlanRow>> rows,
      Consumer<Finding> sink) {
    List<Finding> out = new ArrayList<>();
    guarded(row, out, () -> GrowthChecks.mismatch(row, period, out));
    guarded(row, out, () -> GrowthChecks.impliedTarget(row, period, out));
    guarded(row, out, () -> PointChecks.check(row, out));
    guarded(row, out, () -> UnitChecks.growthOnRate(row, out));
    guarded(row, out, () -> UnitChecks.ofCells(row, out));
    row.indicator()
        .parent()
        .flatMap(rows)
        .ifPresent(parent -> UnitChecks.againstParent(row, parent, out));
    TargetChecks.bindingWithoutTarget(row, out);
    TargetChecks.directionContradicted(row, out);
    TargetChecks.assigned(row, out);
    TargetChecks.measureInferred(row, out);
    if (row.assessment().isPresent()) {
      TargetChecks.assessment(Completion.assess(row, period, List.of()), row, out);
    }
    out.forEach(sink);
  }

  /** Runs one check; a figure the arithmetic refuses becomes a finding on the row. */
  private static void guarded(PlanRow row, List<Finding> out, Runnable check) {
    try {
      check.run();
    } catch (ArithmeticException | IllegalArgumentException e) {
      out.add(
          Finding.of(
              Severity.WARNING,
              ANALYSIS_NOT_POSSIBLE,
              row.code(),
              row.indicator().name()
                  + "：无法计算（"
                  + (e instanceof ArithmeticException ? "运算无法进行，如除以零或数值过大" : "数据不符合计算条件")
                  + "）",
              row.indicator().name() + ": cannot be computed: " + e.getMessage()));
    }
  }

  /**
   * Whether a change in points agrees with base and target: {@code target − base}, rounded half-up
   * to the precision of the change, equals it ({@code 51.3 + [1.7] = 53}; {@code 2.31 → 2.8} is
   * {@code [0.5]} at one place). Empty when the row has no such change, is not a % indicator, or
   * has no plain base and target.
   */
  public static Optional<Boolean> pointsAgree(PlanRow row) {
    return PointChecks.agree(row);
  }
}

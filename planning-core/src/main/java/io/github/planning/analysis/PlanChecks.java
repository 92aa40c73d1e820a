package io.github.planning.analysis;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.Growth;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PublishedRounding;
import io.github.planning.core.Relation;
import io.github.planning.core.Target;
import io.github.planning.core.Unit;
import io.github.planning.core.ValueKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

  /** The most unknown units a check remembers, to report each once. */
  static final int MAX_UNKNOWN_UNITS = 1_000;

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

  private static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.5");

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
      unknownUnits(row, unknownUnits, findings::add);
    }
    return findings;
  }

  /**
   * A unit that is not in the catalogue, on the first row that uses it: it is kept as written and
   * never converted. {@code seen} holds the units reported in this table (at most {@value
   * #MAX_UNKNOWN_UNITS}; past that, each is reported again where it occurs).
   */
  private static void unknownUnits(PlanRow row, Set<String> seen, Consumer<Finding> sink) {
    List<Unit> units = new ArrayList<>();
    units.add(row.indicator().unit());
    for (Optional<PlanValue> cell :
        List.of(row.base(), row.target(), row.targetGrowth(), row.actual(), row.actualGrowth())) {
      cell.flatMap(PlanValue::unit).ifPresent(units::add);
    }
    for (Unit unit : units) {
      if (!unit.isNone()
          && !unit.isKnown()
          && (seen.size() >= MAX_UNKNOWN_UNITS || seen.add(unit.symbol()))) {
        sink.accept(
            Finding.of(
                Severity.INFO,
                UNIT_UNKNOWN,
                row.code(),
                row.indicator().name() + "：单位“" + unit.symbol() + "”不在单位目录中，按原文保留，不做换算",
                row.indicator().name()
                    + ": the unit '"
                    + unit.symbol()
                    + "' is not in the unit "
                    + "catalogue: it is kept as written and never converted"));
      }
    }
  }

  /** Checks one row of a plan (the plan gives the period and the parent rows). */
  public static List<Finding> check(PlanRow row, Plan plan) {
    requireNonNull(row, "row");
    requireNonNull(plan, "plan");
    List<Finding> out = new ArrayList<>();
    checkRow(row, plan.period(), plan::row, out::add);
    unknownUnits(row, new HashSet<>(), out::add);
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
      unknownUnits(row, unknownUnits, findings);
      recent.put(row.code(), row);
    }
  }

  private static void checkRow(
      PlanRow row,
      PlanPeriod period,
      Function<String, Optional<PlanRow>> rows,
      Consumer<Finding> sink) {
    List<Finding> out = new ArrayList<>();
    guarded(row, out, () -> growthMismatch(row, period, out));
    guarded(row, out, () -> impliedTarget(row, period, out));
    guarded(row, out, () -> points(row, out));
    guarded(row, out, () -> growthOnRate(row, out));
    guarded(row, out, () -> unitsOfCells(row, out));
    row.indicator().parent().flatMap(rows).ifPresent(parent -> unitOfParent(row, parent, out));
    bindingWithoutTarget(row, out);
    directionContradicted(row, out);
    assigned(row, out);
    measureInferred(row, out);
    if (row.assessment().isPresent()) {
      assessment(Completion.assess(row, period, List.of()), row, out);
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

  private static void measureInferred(PlanRow row, List<Finding> out) {
    if (!(row.reading() instanceof Target.Cumulative cumulative) || !row.isMeasureInferred()) {
      return;
    }
    String rule = row.measureRule().orElseThrow();
    String ruleZh = row.measureRuleZh().orElseThrow();
    String meaningZh =
        switch (cumulative.meaning()) {
          case SUM -> "流量，累计目标按各年之和";
          case CHANGE -> "水平，累计目标按期间变化";
          case PERCENT_CHANGE -> "增减率，累计目标按各年增减率复合";
        };
    out.add(
        Finding.of(
            Severity.INFO,
            MEASURE_INFERRED,
            row.code(),
            row.indicator().name()
                + "："
                + cumulative.cell()
                + "视为"
                + meaningZh
                + "（"
                + ruleZh
                + "）；可在“计量方式”列注明水平或流量",
            row.indicator().name()
                + ": "
                + cumulative.cell()
                + " read as a "
                + cumulative.kindName()
                + " ("
                + row.measure().englishName()
                + ": "
                + rule
                + "); state the measure (level or flow) in the measure column to change it"));
  }

  /**
   * Whether a change in points agrees with base and target: {@code target − base}, rounded half-up
   * to the precision of the change, equals it ({@code 51.3 + [1.7] = 53}; {@code 2.31 → 2.8} is
   * {@code [0.5]} at one place). Empty when the row has no such change, is not a % indicator, or
   * has no plain base and target.
   */
  public static Optional<Boolean> pointsAgree(PlanRow row) {
    Optional<PlanValue> points = pointsCell(row);
    Optional<BigDecimal> change = ImpliedFigures.pointChange(row);
    if (points.isEmpty() || change.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal stated = points.get().signedChange().orElseThrow();
    return Optional.of(
        PublishedRounding.HALF_UP.roundLike(change.get(), stated).compareTo(stated) == 0);
  }

  private static void growthMismatch(PlanRow row, PlanPeriod period, List<Finding> out) {
    Optional<BigDecimal> stated = row.targetGrowth().flatMap(ImpliedFigures::annualRatePercent);
    Optional<BigDecimal> implied = ImpliedFigures.annualGrowth(row, period);
    if (stated.isPresent() && implied.isPresent()) {
      mismatch(
          row,
          "目标值",
          "target",
          row.target().orElseThrow(),
          row.targetGrowth().orElseThrow(),
          implied.get().movePointRight(2),
          out);
    }
    Optional<BigDecimal> actualStated =
        row.actualGrowth().flatMap(ImpliedFigures::annualRatePercent);
    Unit unit = row.indicator().unit();
    Optional<BigDecimal> base =
        row.base().flatMap(b -> b.plainAmountIn(unit)).filter(b -> b.signum() > 0);
    Optional<BigDecimal> actual =
        row.actual().flatMap(a -> a.plainAmountIn(unit)).filter(a -> a.signum() > 0);
    if (actualStated.isPresent()
        && base.isPresent()
        && actual.isPresent()
        && !ImpliedFigures.isPercent(row)) {
      int years = row.years(period).actualSpan();
      BigDecimal rate = Growth.annualRate(base.get(), actual.get(), years).movePointRight(2);
      mismatch(
          row,
          "完成值",
          "actual",
          row.actual().orElseThrow(),
          row.actualGrowth().orElseThrow(),
          rate,
          out);
    }
  }

  private static void mismatch(
      PlanRow row,
      String whatZh,
      String whatEn,
      PlanValue end,
      PlanValue statedCell,
      BigDecimal impliedPercent,
      List<Finding> out) {
    BigDecimal stated = ImpliedFigures.annualRatePercent(statedCell).orElseThrow();
    boolean about = statedCell.relation().orElse(Relation.EXACT) == Relation.ABOUT;
    boolean differs =
        about
            ? impliedPercent.subtract(stated).abs().compareTo(ABOUT_TOLERANCE) > 0
            : PublishedRounding.HALF_UP.roundLike(impliedPercent, stated).compareTo(stated) != 0;
    if (!differs) {
      return;
    }
    String shown =
        impliedPercent.setScale(Math.max(1, stated.scale()), RoundingMode.HALF_UP).toPlainString();
    String base = row.base().map(PlanValue::toString).orElse("");
    out.add(
        Finding.of(
            Severity.INFO,
            GROWTH_MISMATCH,
            row.code(),
            row.indicator().name()
                + "：基期值"
                + base
                + "与"
                + whatZh
                + end
                + "推算的年均增速为"
                + shown
                + "%，与所列"
                + statedCell
                + "不一致；所列增速可能按可比价格计算（价格因素）",
            row.indicator().name()
                + ": base "
                + base
                + " and "
                + whatEn
                + " "
                + end
                + " imply "
                + shown
                + " % a year, the table states "
                + statedCell
                + "; the stated rate may be at comparable prices (price effects)"));
  }

  private static void impliedTarget(PlanRow row, PlanPeriod period, List<Finding> out) {
    if (row.reading() instanceof Target.AnnualGrowth growth
        && growth.percent().compareTo(BigDecimal.valueOf(-100)) <= 0) {
      out.add(
          Finding.of(
              Severity.WARNING,
              ANALYSIS_NOT_POSSIBLE,
              row.code(),
              row.indicator().name() + "：年均增长" + growth.cell() + "表示每年减少100%或更多，无法推算目标",
              row.indicator().name()
                  + ": an annual growth of "
                  + growth.cell()
                  + " is a fall of 100 % or more a year; no target follows from it"));
      return;
    }
    ImpliedFigures.target(row, period)
        .ifPresent(
            target -> {
              String shown = target.setScale(2, RoundingMode.HALF_UP).toPlainString();
              String unit = row.indicator().unit().isNone() ? "" : row.indicator().unit().symbol();
              int year = row.years(period).target();
              String growth = row.targetGrowth().map(PlanChecks::asPercent).orElse("");
              out.add(
                  Finding.of(
                      Severity.INFO,
                      IMPLIED_TARGET,
                      row.code(),
                      row.indicator().name()
                          + "：按年均增长"
                          + growth
                          + "推算，"
                          + year
                          + "年目标为"
                          + shown
                          + unit,
                      row.indicator().name()
                          + ": at "
                          + growth
                          + " a year the "
                          + year
                          + " target is "
                          + shown
                          + (unit.isEmpty() ? "" : " " + unit)));
            });
  }

  /**
   * A rate cell with its % sign: {@code 8} → {@code 8%}, {@code 8左右} → {@code 8%左右}, {@code 9%}
   * stays.
   */
  static String asPercent(PlanValue rate) {
    if (rate.isPercent() || rate.amount().isEmpty()) {
      return rate.toString();
    }
    String amount = rate.amount().get().toPlainString();
    String text = rate.toString();
    int at = text.indexOf(amount);
    return at < 0
        ? text + "%"
        : text.substring(0, at + amount.length()) + "%" + text.substring(at + amount.length());
  }

  private static void points(PlanRow row, List<Finding> out) {
    Optional<PlanValue> points = pointsCell(row);
    if (points.isEmpty()) {
      return;
    }
    Unit unit = row.indicator().unit();
    if (!unit.isPercent() && !unit.isNone()) {
      out.add(
          Finding.of(
              Severity.ERROR,
              POINTS_ON_NON_PERCENT,
              row.code(),
              row.indicator().name() + "：单位为" + unit + "，不能以" + points.get() + "（百分点）表示变化",
              row.indicator().name()
                  + ": a change in percentage points ("
                  + points.get()
                  + ") on a unit that is not % ("
                  + unit
                  + ")"));
      return;
    }
    if (pointsAgree(row).orElse(true)) {
      return;
    }
    BigDecimal change = ImpliedFigures.pointChange(row).orElseThrow();
    out.add(
        Finding.of(
            Severity.WARNING,
            POINTS_INCONSISTENT,
            row.code(),
            row.indicator().name()
                + "：目标值与基期值相差"
                + change.toPlainString()
                + "个百分点，与所列"
                + points.get()
                + "不符",
            row.indicator().name()
                + ": target − base is "
                + change.toPlainString()
                + " points, the table states "
                + points.get()));
  }

  private static void growthOnRate(PlanRow row, List<Finding> out) {
    if (!ImpliedFigures.isPercent(row)) {
      return;
    }
    Optional<BigDecimal> rate = row.targetGrowth().flatMap(ImpliedFigures::annualRatePercent);
    if (rate.isEmpty()) {
      return;
    }
    if (row.indicator().namesAChange()) {
      return; // 研发经费投入增长 in %: the indicator is itself a growth rate
    }
    String base = row.base().map(PlanValue::toString).orElse("——");
    boolean negative =
        row.base().flatMap(PlanValue::plainAmount).map(b -> b.signum() < 0).orElse(false);
    out.add(
        Finding.of(
            Severity.WARNING,
            GROWTH_ON_RATE,
            row.code(),
            row.indicator().name()
                + "：单位为%的指标列有年均增速"
                + row.targetGrowth().get()
                + (negative ? "，而基期值" + base + "为负，像是增速本身" : "")
                + "；请核对单位"
                + likelyUnit(row).map(u -> "（是否应为" + u + "）").orElse(""),
            row.indicator().name()
                + ": an annual growth rate ("
                + row.targetGrowth().get()
                + ") on a % indicator"
                + (negative ? " whose base " + base + " looks like a rate" : "")
                + "; check the unit"));
  }

  private static void unitsOfCells(PlanRow row, List<Finding> out) {
    Unit unit = row.indicator().unit();
    if (unit.isNone()) {
      return;
    }
    cellUnit(row, "基期值", "base", row.base(), unit, out);
    cellUnit(row, "目标值", "target", row.target(), unit, out);
    cellUnit(row, "目标增速", "target growth", row.targetGrowth(), unit, out);
    cellUnit(row, "完成值", "actual", row.actual(), unit, out);
    cellUnit(row, "完成增速", "actual growth", row.actualGrowth(), unit, out);
  }

  private static void cellUnit(
      PlanRow row,
      String whatZh,
      String whatEn,
      Optional<PlanValue> cell,
      Unit unit,
      List<Finding> out) {
    Optional<Unit> written =
        cell.flatMap(PlanValue::unit)
            .filter(u -> !u.isPercent() && !u.isPercentagePoint() && !u.isConvertibleTo(unit));
    written.ifPresent(
        u ->
            out.add(
                Finding.of(
                    Severity.WARNING,
                    UNIT_NOT_CONVERTIBLE,
                    row.code(),
                    row.indicator().name()
                        + "："
                        + whatZh
                        + cell.get()
                        + "的单位"
                        + u
                        + "不能换算为本行单位"
                        + unit,
                    row.indicator().name()
                        + ": the "
                        + whatEn
                        + " "
                        + cell.get()
                        + " is not in the row's unit: "
                        + u.incompatibility(unit))));
  }

  /** The unit a value on a % indicator likely has, from its name: 亿元 for amounts of money. */
  private static Optional<String> likelyUnit(PlanRow row) {
    String name = row.indicator().name();
    if (name.contains("劳动生产率")) {
      return Optional.of("万元/人");
    }
    for (String word : List.of("增加值", "产值", "生产总值", "收入", "投资", "总额", "零售额")) {
      if (name.contains(word)) {
        return Optional.of("亿元");
      }
    }
    return Optional.empty();
  }

  private static void unitOfParent(PlanRow row, PlanRow parent, List<Finding> out) {
    Unit unit = row.indicator().unit();
    Unit parentUnit = parent.indicator().unit();
    if (unit.isNone() || parentUnit.isNone() || unit.isEquivalentTo(parentUnit)) {
      return;
    }
    out.add(
        Finding.of(
            Severity.WARNING,
            UNIT_DIFFERS_FROM_PARENT,
            row.code(),
            row.indicator().name()
                + "：单位"
                + unit
                + "与上级指标"
                + parent.indicator().name()
                + "的单位"
                + parentUnit
                + "不同",
            row.indicator().name()
                + ": unit "
                + unit
                + " differs from "
                + parentUnit
                + " of its parent "
                + parent.indicator().name()));
  }

  private static void bindingWithoutTarget(PlanRow row, List<Finding> out) {
    boolean binding = row.indicator().attribute().filter(a -> a == Attribute.BINDING).isPresent();
    boolean target =
        row.target().filter(v -> !v.isNotApplicable()).isPresent()
            || row.targetGrowth().filter(v -> !v.isNotApplicable()).isPresent();
    if (binding && !target) {
      out.add(
          Finding.of(
              Severity.WARNING,
              BINDING_WITHOUT_TARGET,
              row.code(),
              row.indicator().name() + "：约束性指标没有目标值",
              row.indicator().name() + ": a binding (约束性) indicator without a target"));
    }
  }

  private static void directionContradicted(PlanRow row, List<Finding> out) {
    Optional<Direction> stated = row.indicator().direction();
    Optional<BigDecimal> base = row.base().flatMap(b -> b.plainAmountIn(row.indicator().unit()));
    Optional<BigDecimal> target =
        row.target().flatMap(t -> t.plainAmountIn(row.indicator().unit()));
    if (stated.isEmpty() || base.isEmpty() || target.isEmpty()) {
      return;
    }
    int move = target.get().compareTo(base.get());
    boolean contradicts = stated.get() == Direction.HIGHER_IS_BETTER ? move < 0 : move > 0;
    if (contradicts) {
      out.add(
          Finding.of(
              Severity.WARNING,
              DIRECTION_CONTRADICTS_TARGET,
              row.code(),
              row.indicator().name()
                  + "：指标为"
                  + stated.get().label()
                  + "，但目标值"
                  + target.get().toPlainString()
                  + (move < 0 ? "低于" : "高于")
                  + "基期值"
                  + base.get().toPlainString(),
              row.indicator().name()
                  + ": "
                  + stated.get().englishName()
                  + " is better, but the target "
                  + target.get().toPlainString()
                  + " is "
                  + (move < 0 ? "below" : "above")
                  + " the base "
                  + base.get().toPlainString()));
    }
  }

  private static void assigned(PlanRow row, List<Finding> out) {
    Optional<PlanValue> assigned =
        row.target()
            .filter(v -> v.kind() == ValueKind.ASSIGNED)
            .or(() -> row.targetGrowth().filter(v -> v.kind() == ValueKind.ASSIGNED));
    assigned.ifPresent(
        value ->
            out.add(
                Finding.of(
                    Severity.INFO,
                    ASSIGNED_VALUE_NEEDED,
                    row.code(),
                    row.indicator().name() + "：目标为" + value + "，需上级下达的数值",
                    row.indicator().name()
                        + ": the target "
                        + value
                        + " needs the value assigned by the "
                        + value.level().orElseThrow().englishName())));
  }

  private static void assessment(Completion completion, PlanRow row, List<Finding> out) {
    if (!completion.differs()) {
      return;
    }
    Assessment published = completion.published().orElseThrow();
    Assessment recomputed = completion.recomputed().orElseThrow();
    boolean contradicts = completion.contradicts();
    String basis = completion.basis().orElse("");
    out.add(
        Finding.of(
            contradicts ? Severity.WARNING : Severity.INFO,
            contradicts ? ASSESSMENT_DIFFERS : ASSESSMENT_LABEL_DIFFERS,
            row.code(),
            row.indicator().name()
                + "：按所列数据重算实现度为"
                + recomputed.label()
                + "（"
                + basis
                + "），所列为"
                + published.label()
                + "（所列实现度按预计值评估）",
            row.indicator().name()
                + ": recomputed "
                + recomputed.englishName()
                + " ("
                + basis
                + "), published "
                + published.englishName()
                + " (assessed with estimates)"));
  }

  private static Optional<PlanValue> pointsCell(PlanRow row) {
    return row.targetGrowth()
        .filter(PlanChecks::isPoints)
        .or(() -> row.target().filter(PlanChecks::isPoints));
  }

  private static boolean isPoints(PlanValue value) {
    return value.isFigure() && value.unit().filter(Unit::isPercentagePoint).isPresent();
  }
}

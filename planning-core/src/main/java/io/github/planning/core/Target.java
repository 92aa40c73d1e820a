package io.github.planning.core;

import static java.util.Objects.requireNonNull;

import io.github.planning.analysis.AssignedTargets;
import io.github.planning.analysis.Comparisons;
import io.github.planning.analysis.Completion;
import io.github.planning.analysis.ImpliedFigures;
import io.github.planning.analysis.PlanChecks;
import io.github.planning.core.internal.TargetLevel;
import io.github.planning.progress.Progress;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The target of a plan row, read once from its cells so that every analysis ({@link Progress},
 * {@link Completion}, {@link PlanChecks}, {@link ImpliedFigures}) means the same thing by it.
 *
 * <pre>{@code
 * Target t = row.reading();          // same as Target.of(row)
 * if (t instanceof Target.Level level && level.isBound()) {
 *   level.isMetBy(new BigDecimal("5.9"), row.direction());   // false for ≤5.5
 * }
 * }</pre>
 *
 * <h2>Which cell</h2>
 *
 * The target cell ({@code 2025年目标}) when it holds anything but {@code ——}; else the growth cell
 * ({@code 年均/累计}); else {@link None}.
 *
 * <h2>Kinds</h2>
 *
 * <ul>
 *   <li>{@link Level}: {@code 1000}, {@code 9.5左右}, {@code [9]以上} is not one (cumulative), {@code
 *       ≤5.5}, {@code 控制在1.3%以内}, {@code 7%以上，力争8%} (a floor with an aspiration). A bound written
 *       in the growth cell of a % indicator ({@code <5.5} for 城镇调查失业率, {@code >7} for 研发经费投入增长) is
 *       a level of the rate, to be held {@linkplain Level#everyYear() every year};
 *   <li>{@link Range}: {@code 6-7};
 *   <li>{@link AnnualGrowth}: a rate in the growth cell, {@code 8}, {@code 8%左右}, {@code 下降2.5};
 *   <li>{@link Cumulative}: {@code [x]} over the period, whose {@linkplain Cumulative.Meaning
 *       meaning} follows the {@linkplain PlanRow#measure() measure}: a flow's sum, a level's
 *       change, or the cumulative percentage change of a rate of growth or reduction ({@code
 *       单位GDP能耗降低 [13.5]});
 *   <li>{@link LevelChange}: {@code [1.7]个百分点}, {@code 提高3个百分点}, {@code 下降2};
 *   <li>{@link Multiple}: {@code 翻一番} (×2), {@code 翻两番} (×4);
 *   <li>{@link Assigned}: {@code 完成市下达指标}, {@code 不超过省下达指标} (a ceiling assigned from above);
 *   <li>{@link Relative}: {@code 高于全省平均}; {@link Linked}: {@code 与经济增长同步}; {@link KeepStable}:
 *       {@code 稳定保持}; {@link Descriptive}: any other text or a ratio; {@link None}: no target.
 * </ul>
 */
public sealed interface Target {

  /** The cell the target was read from, exactly as published; empty for {@link None}. */
  Optional<PlanValue> published();

  /** A short English name of the kind, such as {@code level} or {@code cumulative}. */
  String kindName();

  /**
   * Reads the target of a row; {@link PlanRow#reading()} keeps the result.
   *
   * <pre>{@code
   * Target.of(row)   // Cumulative[[1] CHANGE] for 人均预期寿命 with ——, [1]
   * }</pre>
   */
  static Target of(PlanRow row) {
    requireNonNull(row, "row");
    Optional<PlanValue> target = row.target().filter(v -> !v.isNotApplicable());
    if (target.isPresent()) {
      return TargetReader.read(target.get(), row, false);
    }
    Optional<PlanValue> growth = row.targetGrowth().filter(v -> !v.isNotApplicable());
    return growth.isPresent() ? TargetReader.read(growth.get(), row, true) : new None();
  }

  /**
   * Reads the target of one year of a row ({@linkplain PlanRow#yearlyTargets() yearly targets}), as
   * a target cell.
   */
  static Target ofYear(PlanRow row, int year) {
    requireNonNull(row, "row");
    PlanValue cell = row.yearlyTargets().get(year);
    return cell == null || cell.isNotApplicable()
        ? new None()
        : TargetReader.read(cell, row, false);
  }

  /**
   * A level to reach or a bound to keep: exact ({@code 1000}), about ({@code 9.5左右}), at least
   * ({@code 90以上}, {@code 7%以上，力争8%}), at most ({@code ≤5.5}, {@code 控制在1.3%以内}), below ({@code
   * <5.5}) or above ({@code >7}).
   *
   * @param cell the published cell
   * @param amount the level or bound
   * @param relation how the amount is met
   * @param aspiration the figure strived for above a floor (力争), as in {@code 6%以上，力争7%}
   * @param everyYear whether the bound holds each year (a bound on a rate written in the growth
   *     column, or of a binding indicator) rather than only in the target year
   */
  record Level(
      PlanValue cell,
      BigDecimal amount,
      Relation relation,
      Optional<BigDecimal> aspiration,
      boolean everyYear)
      implements Target {

    /** Whether this is a bound (at least, at most, below, above) rather than a level to reach. */
    public boolean isBound() {
      return relation == Relation.AT_LEAST
          || relation == Relation.AT_MOST
          || relation == Relation.BELOW
          || relation == Relation.ABOVE;
    }

    /** Whether this is a ceiling (at most, below). */
    public boolean isCeiling() {
      return relation == Relation.AT_MOST || relation == Relation.BELOW;
    }

    /**
     * Whether {@code value} meets it: within a bound, or at or beyond a level in the good
     * direction.
     */
    public boolean isMetBy(BigDecimal value, Direction direction) {
      return new TargetLevel(amount, relation, false).isMetBy(value, direction);
    }

    /** {@code value − amount}: positive above the level or bound. */
    public BigDecimal distance(BigDecimal value) {
      return value.subtract(amount);
    }

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return aspiration.isPresent() ? "floor with aspiration" : isBound() ? "bound" : "level";
    }
  }

  /** A range, met inside it: {@code 6-7}, {@code 8%至9%}. */
  record Range(PlanValue cell, BigDecimal low, BigDecimal high) implements Target {

    /** Whether {@code value} lies in the range, ends included. */
    public boolean contains(BigDecimal value) {
      return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "range";
    }
  }

  /** An annual growth rate in percent ({@code 8}, {@code 8%左右}, {@code 下降2.5} as −2.5). */
  record AnnualGrowth(PlanValue cell, BigDecimal percent, Relation relation) implements Target {

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "annual growth";
    }
  }

  /**
   * A cumulative target over the period, {@code [x]}.
   *
   * @param cell the published cell
   * @param amount the amount as written
   * @param relation how it is met ({@code [9]以上}: at least)
   * @param meaning what the amount is
   * @param decrease whether a change or percentage change is a decrease (the indicator improves
   *     downwards, or its name ends in 降低, 下降 or 减少)
   */
  record Cumulative(
      PlanValue cell, BigDecimal amount, Relation relation, Meaning meaning, boolean decrease)
      implements Target {

    /** What a cumulative amount is. */
    public enum Meaning {
      /**
       * The sum of a flow's yearly values over the period, or of the yearly changes in points of a
       * rate ({@code 近视率降低 [5]}).
       */
      SUM,
      /** The change of a level over the period, in points for a % indicator, else in its unit. */
      CHANGE,
      /**
       * The cumulative percentage change of a rate of growth or reduction, compounded from its
       * yearly rates: {@code 单位GDP能耗降低 [13.5]}.
       */
      PERCENT_CHANGE
    }

    /** The amount with the sign of its change: negative for a decrease. */
    public BigDecimal signedAmount() {
      return decrease ? amount.negate() : amount;
    }

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "cumulative " + meaning.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /** A change of the level: {@code [1.7]个百分点}, {@code 提高3}, {@code 下降2} (signed). */
  record LevelChange(PlanValue cell, BigDecimal amount) implements Target {

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "change";
    }
  }

  /** A multiple of the base: {@code 翻一番} (2), {@code 翻两番} (4). */
  record Multiple(PlanValue cell, BigDecimal factor) implements Target {

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "multiple";
    }
  }

  /**
   * A target assigned by a higher level, {@code 完成市下达指标}; with a bound when the text says so
   * ({@code 不超过省下达指标}: at most). Resolve it with {@link AssignedTargets}.
   */
  record Assigned(PlanValue cell, AdministrativeLevel level, Optional<Relation> bound)
      implements Target {

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "assigned";
    }
  }

  /**
   * A target relative to an average, {@code 高于全省平均}: met against the average, given as observations
   * of the {@linkplain #referenceCode(String) reference code}.
   */
  record Relative(PlanValue cell, AdministrativeLevel level, Relation relation) implements Target {

    /**
     * The code whose observations are the average compared with: the row's code, {@code @} and the
     * level's English name, such as {@code income@province}.
     */
    public String referenceCode(String rowCode) {
      return rowCode + "@" + level.englishName().replace(' ', '-');
    }

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "relative";
    }
  }

  /** A target linked to another quantity, {@code 与经济增长同步}; see {@link Comparisons}. */
  record Linked(PlanValue cell, String subject) implements Target {

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "linked";
    }
  }

  /** Keep the level, {@code 稳定保持}. */
  record KeepStable(PlanValue cell) implements Target {

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "keep stable";
    }
  }

  /**
   * Text that states no figure to compute with ({@code 全面完成}), or a ratio; the reason says which.
   */
  record Descriptive(PlanValue cell, String reason) implements Target {

    @Override
    public Optional<PlanValue> published() {
      return Optional.of(cell);
    }

    @Override
    public String kindName() {
      return "descriptive";
    }
  }

  /** No target: neither target nor growth cell holds anything but {@code ——}. */
  record None() implements Target {

    @Override
    public Optional<PlanValue> published() {
      return Optional.empty();
    }

    @Override
    public String kindName() {
      return "none";
    }
  }
}

package io.github.planning.analysis;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Growth;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Relation;
import io.github.planning.core.Target;
import io.github.planning.core.Unit;
import io.github.planning.core.internal.TargetLevel;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures a row of a plan table implies but does not publish, computed as planners do by hand.
 *
 * <pre>{@code
 * // 地区生产总值 752.8 → 1000 亿元, 2020 → 2025
 * ImpliedFigures.annualGrowth(gdpRow, period)   // Optional[0.0584346...]: 5.8435 % a year
 * // 财政总收入 82.8 亿元, 8 % a year, target ——
 * ImpliedFigures.target(revenueRow, period)     // Optional[121.66...]
 * // 常住人口城镇化率 73 → 78 %
 * ImpliedFigures.pointChange(urbanRow)          // Optional[5]
 * }</pre>
 *
 * <p>The years come from the row's base and target years, or else from the plan period. Each method
 * returns empty when its figure does not apply; it never guesses.
 */
public final class ImpliedFigures {

  private ImpliedFigures() {}

  /**
   * The annual growth rate (a fraction) from the base to the target, when the unit is not %, and
   * base and target are {@linkplain PlanValue#plainAmount() plain} positive figures.
   */
  public static Optional<BigDecimal> annualGrowth(PlanRow row, PlanPeriod period) {
    if (isPercent(row)) {
      return Optional.empty();
    }
    Optional<BigDecimal> base = positivePlain(row.base(), row);
    Optional<BigDecimal> target = positivePlain(row.target(), row);
    if (base.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Growth.annualRate(base.get(), target.get(), years(row, period)));
  }

  /**
   * The target implied by the base and the expected annual growth, {@code base × (1 + g)^n}, when
   * the unit is not %, the base is a plain positive figure, and the row's target is an {@linkplain
   * Target.AnnualGrowth annual growth} ({@code 8}, {@code 8%}, {@code 8%左右}, {@code 下降2.5}: the
   * target cell absent or {@code ——}) above −100 %.
   */
  public static Optional<BigDecimal> target(PlanRow row, PlanPeriod period) {
    requireNonNull(period, "period");
    if (!(row.reading() instanceof Target.AnnualGrowth growth)) {
      return Optional.empty();
    }
    return TargetLevel.of(
            growth, positivePlain(row.base(), row), years(row, period), isPercent(row))
        .map(level -> level.level);
  }

  /**
   * The change in percentage points from the base to the target, {@code target − base}, when the
   * unit is % and both are plain figures.
   */
  public static Optional<BigDecimal> pointChange(PlanRow row) {
    if (!isPercent(row)) {
      return Optional.empty();
    }
    Optional<BigDecimal> base = row.base().flatMap(PlanValue::plainAmount);
    Optional<BigDecimal> target = row.target().flatMap(PlanValue::plainAmount);
    if (base.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Growth.pointChange(base.get(), target.get()));
  }

  /**
   * The annual growth rate (a fraction) still needed to reach the row's target from the {@code
   * latest} value in {@code latestYear}.
   *
   * <pre>{@code
   * ImpliedFigures.requiredGrowth(gdpRow, period, new BigDecimal("880"), 2022)  // 0.0435...
   * }</pre>
   *
   * @throws IllegalArgumentException naming the target when it is not a level to grow to: a
   *     descriptive target ({@code 全面完成}), one assigned by a higher level (resolve it first with
   *     {@link AssignedTargets}), a relative, linked or keep-stable target, a cumulative or change
   *     target, or none; and as {@link Growth#requiredRate} for the figures
   */
  public static BigDecimal requiredGrowth(
      PlanRow row, PlanPeriod period, BigDecimal latest, int latestYear) {
    requireNonNull(row, "row");
    requireNonNull(latest, "latest");
    PlanValue target =
        row.target()
            .filter(t -> !t.isNotApplicable())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "target of row '"
                            + row.code()
                            + "' is not given: a growth "
                            + "rate needs a figure to grow to"));
    if (!target.isFigure()
        || target.isCumulative()
        || target.isChange()
        || target.secondAmount().isPresent()
        || target.unit().filter(u -> !u.isPercent()).isPresent()) {
      throw new IllegalArgumentException(
          "target ("
              + target
              + ") of row '"
              + row.code()
              + "' is "
              + describe(target)
              + ": a growth rate needs a level to grow to");
    }
    int targetYear = row.years(requireNonNull(period, "period")).target();
    return Growth.requiredRate(latest, latestYear, target.amount().orElseThrow(), targetYear);
  }

  private static String describe(PlanValue target) {
    return switch (target.kind()) {
      case DESCRIPTIVE -> "a descriptive target";
      case ASSIGNED ->
          "assigned by the "
              + target.level().orElseThrow().englishName()
              + " and needs the assigned value";
      case RELATIVE -> "relative to an average";
      case LINKED -> "linked to " + target.subject().orElseThrow();
      case KEEP_STABLE -> "a keep-stable target";
      case RATIO -> "a ratio";
      default ->
          target.isCumulative()
              ? "cumulative over the period"
              : target.isChange() ? "a change" : "not a single level";
    };
  }

  /**
   * The years from base to target: the row's years, or else the plan period's base and target
   * years.
   */
  public static int years(PlanRow row, PlanPeriod period) {
    requireNonNull(period, "period");
    return row.years(period).span();
  }

  /**
   * An expected annual growth rate in percent read from a growth cell: a non-cumulative figure that
   * is not a change, exact or about, with no unit or %: {@code 8}, {@code 9.5%左右}.
   */
  public static Optional<BigDecimal> annualRatePercent(PlanValue growth) {
    boolean rate =
        growth.isFigure()
            && !growth.isCumulative()
            && !growth.isChange()
            && growth.relation().filter(r -> r == Relation.EXACT || r == Relation.ABOUT).isPresent()
            && growth.unit().map(Unit::isPercent).orElse(true);
    return rate ? growth.amount() : Optional.empty();
  }

  static boolean isPercent(PlanRow row) {
    return row.indicator().unit().isPercent();
  }

  /** A plain positive amount in the row's unit ({@code 12万亩} on a row in 公顷 is 8000). */
  private static Optional<BigDecimal> positivePlain(Optional<PlanValue> value, PlanRow row) {
    return value
        .flatMap(v -> v.plainAmountIn(row.indicator().unit()))
        .filter(amount -> amount.signum() > 0);
  }
}

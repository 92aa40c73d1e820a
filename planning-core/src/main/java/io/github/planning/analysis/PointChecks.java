package io.github.planning.analysis;

import static io.github.planning.analysis.PlanChecks.POINTS_INCONSISTENT;
import static io.github.planning.analysis.PlanChecks.POINTS_ON_NON_PERCENT;

import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PublishedRounding;
import io.github.planning.core.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a change in percentage points ({@code [x]个百分点}): it needs a % indicator, and it
 * must be the target minus the base at its precision.
 *
 * <pre>{@code
 * // 比重 in %, 51.3 → 53, stated [2.7]个百分点
 * PointChecks.agree(row);         // Optional[false]
 * PointChecks.check(row, out);
 * // WARNING points-inconsistent [a] 比重: target − base is 1.7 points, the table states [2.7]个百分点
 * // 收入 in 亿元, stated [2]个百分点
 * PointChecks.check(row, out);
 * // ERROR points-on-non-percent [b] 收入: a change in percentage points ([2]个百分点) on a unit that
 * //     is not % (亿元)
 * }</pre>
 */
final class PointChecks {

  private PointChecks() {}

  /** A change in points on a unit that is not %, or one that is not target − base. */
  static void check(PlanRow row, List<Finding> out) {
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
    if (agree(row).orElse(true)) {
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

  /**
   * Whether a change in points agrees with base and target: {@code target − base}, rounded half-up
   * to the precision of the change, equals it ({@code 51.3 + [1.7] = 53}; {@code 2.31 → 2.8} is
   * {@code [0.5]} at one place). Empty when the row has no such change, is not a % indicator, or
   * has no plain base and target.
   */
  static Optional<Boolean> agree(PlanRow row) {
    Optional<PlanValue> points = pointsCell(row);
    Optional<BigDecimal> change = ImpliedFigures.pointChange(row);
    if (points.isEmpty() || change.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal stated = points.get().signedChange().orElseThrow();
    return Optional.of(
        PublishedRounding.HALF_UP.roundLike(change.get(), stated).compareTo(stated) == 0);
  }

  private static Optional<PlanValue> pointsCell(PlanRow row) {
    return row.targetGrowth()
        .filter(PointChecks::isPoints)
        .or(() -> row.target().filter(PointChecks::isPoints));
  }

  private static boolean isPoints(PlanValue value) {
    return value.isFigure() && value.unit().filter(Unit::isPercentagePoint).isPresent();
  }
}

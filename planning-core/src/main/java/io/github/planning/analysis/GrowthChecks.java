package io.github.planning.analysis;

import static io.github.planning.analysis.PlanChecks.ANALYSIS_NOT_POSSIBLE;
import static io.github.planning.analysis.PlanChecks.GROWTH_MISMATCH;
import static io.github.planning.analysis.PlanChecks.IMPLIED_TARGET;

import io.github.planning.core.Growth;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PublishedRounding;
import io.github.planning.core.Relation;
import io.github.planning.core.Target;
import io.github.planning.core.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a row's annual growth rates against its base, target and actual value: the rate
 * they imply, and the target a rate implies when the table gives none.
 *
 * <pre>{@code
 * // 地区生产总值 496.8 → 752.8 亿元, stated 7.9 a year
 * GrowthChecks.mismatch(row, period, out);
 * // INFO growth-mismatch [1-1-01] 地区生产总值: base 496.8 and actual 752.8 imply 8.7 % a year,
 * //     the table states 7.9; the stated rate may be at comparable prices (price effects)
 * // 财政总收入 82.8 亿元, target ——, 8 a year
 * GrowthChecks.impliedTarget(row, period, out);
 * // INFO implied-target [1-2-05] 财政总收入: at 8% a year the 2025 target is 121.66 亿元
 * }</pre>
 *
 * <p>A rate stated {@code 左右} (about) differs when the implied one is more than half a point away;
 * any other differs when the implied rate, rounded like the stated one, is not the stated.
 */
final class GrowthChecks {

  private static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.5");

  private GrowthChecks() {}

  /** The stated target growth and actual growth against the rates the figures imply. */
  static void mismatch(PlanRow row, PlanPeriod period, List<Finding> out) {
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

  /** The target an annual growth implies when the target is {@code ——}. */
  static void impliedTarget(PlanRow row, PlanPeriod period, List<Finding> out) {
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
              String growth = row.targetGrowth().map(GrowthChecks::asPercent).orElse("");
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
}

package io.github.planning.analysis;

import static io.github.planning.analysis.PlanChecks.GROWTH_ON_RATE;
import static io.github.planning.analysis.PlanChecks.UNIT_DIFFERS_FROM_PARENT;
import static io.github.planning.analysis.PlanChecks.UNIT_NOT_CONVERTIBLE;
import static io.github.planning.analysis.PlanChecks.UNIT_UNKNOWN;

import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The checks of a row's units: each against the catalogue, the cells' units against the row's, the
 * row's against its parent's, and a % unit that the row's growth rate puts in doubt.
 *
 * <pre>{@code
 * // 耕地保有量 in 公顷, its base written 12万人
 * UnitChecks.ofCells(row, out);
 * // WARNING unit-not-convertible [a] 耕地保有量: the base 12万人 is not in the row's unit:
 * //     '万人' is a number of people, '公顷' is an area
 * // 文化及相关产业增加值 in %, base -13, 8 a year
 * UnitChecks.growthOnRate(row, out);
 * // WARNING growth-on-rate [1-2-15] 文化及相关产业增加值: an annual growth rate (8) on a % indicator
 * //     whose base -13 looks like a rate; check the unit
 * }</pre>
 */
final class UnitChecks {

  /** The most unknown units a check remembers, to report each once. */
  static final int MAX_UNKNOWN_UNITS = 1_000;

  private UnitChecks() {}

  /**
   * A unit that is not in the catalogue, on the first row that uses it: it is kept as written and
   * never converted. {@code seen} holds the units reported in this table (at most {@value
   * #MAX_UNKNOWN_UNITS}; past that, each is reported again where it occurs).
   */
  static void unknown(PlanRow row, Set<String> seen, Consumer<Finding> sink) {
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

  /** Each cell whose unit does not convert to the row's ({@code 12万人} on a row in 公顷). */
  static void ofCells(PlanRow row, List<Finding> out) {
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

  /** A sub-indicator's unit that is not its parent's. */
  static void againstParent(PlanRow row, PlanRow parent, List<Finding> out) {
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

  /** An annual growth rate on a % indicator, unless the indicator names a change. */
  static void growthOnRate(PlanRow row, List<Finding> out) {
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
}

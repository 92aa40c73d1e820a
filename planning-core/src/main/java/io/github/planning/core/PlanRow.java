package io.github.planning.core;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One row of a plan table: an indicator with its base value, target and expected growth, and for a
 * completion table (such as Table 1-1 of a plan) the actual value, actual growth and assessment.
 *
 * <pre>{@code
 * PlanRow gdp = PlanRow.builder()
 *     .indicator(indicator)
 *     .baseYear(2020).base(PlanValue.parse("752.8"))
 *     .targetYear(2025).target(PlanValue.parse("1000"))
 *     .targetGrowth(PlanValue.parse("——"))
 *     .build();
 * }</pre>
 *
 * <p>An absent cell is an empty {@link Optional}; a cell published as {@code ——} is a {@linkplain
 * PlanValue#isNotApplicable() not-applicable} value. The target year must come after the base year,
 * and so must the actual year. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanRow {

  PlanRow() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The indicator. */
  public abstract Indicator indicator();

  /** The year of the base value: 2020 in a 14th-plan table. */
  public abstract OptionalInt baseYear();

  /** The base value as published (the {@code 2020年} column). */
  public abstract Optional<PlanValue> base();

  /** The year of the target: 2025 in a 14th-plan table. */
  public abstract OptionalInt targetYear();

  /** The target as published (the {@code 2025年目标} or {@code 规划目标} column). */
  public abstract Optional<PlanValue> target();

  /**
   * The expected growth as published (年均增速, 年均/累计增长): a plain figure is an annual average rate in
   * percent, a bracketed one a cumulative amount over the period.
   */
  public abstract Optional<PlanValue> targetGrowth();

  /** The year of the actual value of a completion table. */
  public abstract OptionalInt actualYear();

  /** The actual value reached (完成情况). */
  public abstract Optional<PlanValue> actual();

  /** The actual annual growth (完成情况: 年均增速). */
  public abstract Optional<PlanValue> actualGrowth();

  /** The published assessment (实现度). */
  public abstract Optional<Assessment> assessment();

  /**
   * Targets for single years of the period (分年度目标), by year: the {@code 2023年} target column of a
   * table with yearly targets, or an annual plan's target. Progress in such a year compares with
   * that year's target.
   */
  public abstract Map<Integer, PlanValue> yearlyTargets();

  /**
   * The years of the row: its own base, target and actual years, or else {@code period}'s.
   *
   * <pre>{@code
   * row.years(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).span()   // 5
   * }</pre>
   */
  public RowYears years(PlanPeriod period) {
    Objects.requireNonNull(period, "period");
    return new RowYears(
        baseYear().orElse(period.baseYear()),
        targetYear().orElse(period.targetYear()),
        actualYear().orElse(period.targetYear()));
  }

  /**
   * The target of the row, read once from its cells: see {@link Target#of(PlanRow)}.
   *
   * <pre>{@code
   * row.reading()   // Level[≤5.5 AT_MOST 5.5] for a target cell ≤5.5
   * }</pre>
   */
  @Value.Lazy
  public Target reading() {
    return Target.of(this);
  }

  /**
   * What the indicator measures: its {@linkplain Indicator#measure() stated measure}, or else
   * inferred from its name and unit by the rules of {@link #measureRule()}.
   */
  public Measure measure() {
    return indicator().measure().orElseGet(() -> MeasureRules.infer(indicator()).measure());
  }

  /** Whether {@link #measure()} was inferred rather than stated. */
  public boolean isMeasureInferred() {
    return indicator().measure().isEmpty();
  }

  /**
   * The rule that inferred the {@linkplain #measure() measure}, such as {@code the name contains
   * 新增}; empty when the indicator states it. The rules, in order:
   *
   * <ol>
   *   <li>a name with 新增 is a flow;
   *   <li>a name with 率, 比重, 比例, 占比, 寿命, 年限, 拥有, 密度, 指数, 覆盖, 保有, 余额, 存量 or 人口 is a level;
   *   <li>a unit of % is a level;
   *   <li>a name with 投资, 到位, 外资, 授权, 产量, 总额, 零售, 出口, 进口, 增加值, 生产总值, GDP, 收入, 支出, 消费, 发电量, 用电量,
   *       排放量, 造林, 建设, 新建, 改造, 引进 or 培训 is a flow;
   *   <li>a unit of 岁 or 年 is a level;
   *   <li>anything else is a flow (most counted cumulative targets are: {@code [70]项}).
   * </ol>
   */
  public Optional<String> measureRule() {
    return isMeasureInferred()
        ? Optional.of(MeasureRules.infer(indicator()).rule())
        : Optional.empty();
  }

  /**
   * The {@linkplain #measureRule() rule} in Chinese, such as {@code 名称含“新增”}; empty when the
   * indicator states its measure.
   */
  public Optional<String> measureRuleZh() {
    return isMeasureInferred()
        ? Optional.of(MeasureRules.infer(indicator()).ruleZh())
        : Optional.empty();
  }

  /** The indicator's code. */
  public String code() {
    return indicator().code();
  }

  /**
   * Which way the indicator improves: the indicator's {@linkplain Indicator#direction() stated
   * direction}, or else inferred as {@link Direction#LOWER_IS_BETTER} when
   *
   * <ul>
   *   <li>the target is a bound from above ({@code ≤3.5}, {@code 5以下}, {@code 5以内}, {@code <5}),
   *   <li>base and target are exact levels and the target is below the base (PM2.5 27 → 25), or
   *   <li>the name ends in 降低 or 下降 and the base, target or growth is written as a decrease ({@code
   *       单位GDP能耗降低} with {@code 下降2.5});
   * </ul>
   *
   * and as {@link Direction#HIGHER_IS_BETTER} otherwise.
   */
  public Direction direction() {
    return indicator().direction().orElseGet(this::inferredDirection);
  }

  /** Whether {@link #direction()} was inferred rather than stated. */
  public boolean isDirectionInferred() {
    return indicator().direction().isEmpty();
  }

  private Direction inferredDirection() {
    Optional<PlanValue> target = target().filter(PlanValue::isFigure);
    if (target
        .flatMap(PlanValue::relation)
        .filter(r -> r == Relation.AT_MOST || r == Relation.BELOW)
        .isPresent()) {
      return Direction.LOWER_IS_BETTER;
    }
    Optional<BigDecimal> baseLevel = base().flatMap(PlanValue::plainAmount);
    Optional<BigDecimal> targetLevel = target().flatMap(PlanValue::plainAmount);
    if (baseLevel.isPresent()
        && targetLevel.isPresent()
        && targetLevel.get().compareTo(baseLevel.get()) < 0) {
      return Direction.LOWER_IS_BETTER;
    }
    String name = indicator().normalisedName();
    if ((name.endsWith("降低") || name.endsWith("下降"))
        && (isDecrease(base()) || isDecrease(target()) || isDecrease(targetGrowth()))) {
      return Direction.LOWER_IS_BETTER;
    }
    return Direction.HIGHER_IS_BETTER;
  }

  private static boolean isDecrease(Optional<PlanValue> value) {
    return value.flatMap(PlanValue::change).filter(c -> c == Change.DECREASE).isPresent();
  }

  @Value.Check
  void check() {
    checkYear("base", baseYear());
    checkYear("target", targetYear());
    checkYear("actual", actualYear());
    for (Integer year : yearlyTargets().keySet()) {
      checkYear("yearly target", OptionalInt.of(year));
      if (baseYear().isPresent() && year <= baseYear().getAsInt()) {
        throw new IllegalStateException(
            String.format(
                "Row '%s': the yearly target of %s must come after the base year %s",
                code(), year, baseYear().getAsInt()));
      }
    }
    if (baseYear().isPresent()) {
      int base = baseYear().getAsInt();
      if (targetYear().isPresent() && targetYear().getAsInt() <= base) {
        throw new IllegalStateException(
            String.format(
                "Row '%s': the target year %s must come after the base year %s",
                code(), targetYear().getAsInt(), base));
      }
      if (actualYear().isPresent() && actualYear().getAsInt() <= base) {
        throw new IllegalStateException(
            String.format(
                "Row '%s': the actual year %s must come after the base year %s",
                code(), actualYear().getAsInt(), base));
      }
    }
  }

  /** {@link PlanPeriod#checkYear the year rule}, its message naming the row. */
  private void checkYear(String what, OptionalInt year) {
    try {
      year.ifPresent(y -> PlanPeriod.checkYear(what + " year", y));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Row '" + code() + "': " + e.getMessage(), e);
    }
  }

  /** Builds a {@link PlanRow}; the indicator is required. */
  public static final class Builder extends ImmutablePlanRow.Builder {
    Builder() {}
  }
}

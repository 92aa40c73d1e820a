package io.github.planning.progress;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What a {@link ProgressMeasure} assesses: a base, the observations, a target or none, the
 * direction and an optional natural limit.
 *
 * <pre>{@code
 * ProgressInput in = ProgressInput.builder()
 *     .baseYear(2020).baseValue(new BigDecimal("752.8"))
 *     .putObservation(2021, new BigDecimal("800")).putObservation(2023, new BigDecimal("880"))
 *     .targetYear(2025).targetValue(new BigDecimal("1000"))
 *     .build();                                   // higher is better, measured geometrically
 * ProgressMeasure.EUROSTAT.assess(in).status();   // MODERATE_PROGRESS: 91 % of the growth needed
 * }</pre>
 *
 * <p>The base value is the one stated (a plan's base column); without one, the observation of the
 * base year. The latest value is the last observation after the base year. Without a target value
 * the measures that can assess a trend do so; the others say that they need a target.
 */
@Value.Immutable
public abstract class ProgressInput {

  ProgressInput() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base year, such as 2020 for a plan of 2021–2025. */
  public abstract int baseYear();

  /** The base value as stated; empty when the observation of the base year is the base. */
  public abstract Optional<BigDecimal> baseValue();

  /** The observed values by year, in year order. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> observations();

  /** The target year, after the base year. */
  public abstract int targetYear();

  /**
   * The value to reach in the target year; for {@link ProgressMethod#SUM} the total of the yearly
   * values after the base year. Empty when there is no quantitative target.
   */
  public abstract Optional<BigDecimal> targetValue();

  /** Which way the indicator improves; higher is better unless said. */
  @Value.Default
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  /** A natural limit such as 100 for a share in percent (Open SDG's measure without a target). */
  public abstract Optional<BigDecimal> limit();

  /**
   * How 时间过半、任务过半 measures the share of the way: geometrically for a growing quantity (the
   * default), linearly for % indicators and points, or as the sum of yearly amounts.
   */
  @Value.Default
  public ProgressMethod scale() {
    return ProgressMethod.GEOMETRIC;
  }

  @Value.Check
  void check() {
    checkArgument(
        targetYear() > baseYear(),
        "targetYear (%s) must be after baseYear (%s)",
        targetYear(),
        baseYear());
  }

  /** The base value: the stated one, or the observation of the base year. */
  public Optional<BigDecimal> base() {
    return baseValue().or(() -> Optional.ofNullable(observations().get(baseYear())));
  }

  /** The last observation after the base year. */
  public Optional<Map.Entry<Integer, BigDecimal>> latest() {
    SortedMap<Integer, BigDecimal> after = observations().tailMap(baseYear() + 1);
    return after.isEmpty()
        ? Optional.empty()
        : Optional.of(Map.entry(after.lastKey(), after.get(after.lastKey())));
  }

  /** The builder of a {@link ProgressInput}. */
  public static final class Builder extends ImmutableProgressInput.Builder {
    Builder() {}
  }
}

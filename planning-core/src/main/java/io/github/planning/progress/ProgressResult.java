package io.github.planning.progress;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a {@link ProgressMeasure} found, with the figures it was computed from, so that a reader can
 * see why.
 *
 * <pre>{@code
 * ProgressResult r = ProgressMeasure.EUROSTAT.assess(input);
 * r.status();          // MODERATE_PROGRESS (适度进展)
 * r.observedGrowth();  // Optional[0.0534...]: 5.34 % a year from 752.8 in 2020 to 880 in 2023
 * r.requiredGrowth();  // Optional[0.0584...]: 5.84 % a year from 2020 to reach 1000 in 2025
 * r.ratio();           // Optional[0.914...]
 * r.thresholds();      // [0.95, 0.6, 0]
 * }</pre>
 *
 * <p>Growth rates are fractions a year ({@code 0.05} is 5 %), or changes a year in the unit of the
 * values where the measure is linear (the 时间过半 measure of % indicators, Destatis).
 */
@Value.Immutable
public abstract class ProgressResult {

  ProgressResult() {}

  /** The measure that produced this result. */
  public abstract ProgressMeasureName measure();

  /** The verdict in the measure's own terms. */
  public abstract ProgressGrade status();

  /** The base year used (Open SDG moves a base year without data to the first year with data). */
  public abstract OptionalInt baseYear();

  /** The base value used. */
  public abstract Optional<BigDecimal> baseValue();

  /** The year of the latest value used. */
  public abstract OptionalInt latestYear();

  /** The latest value used. */
  public abstract Optional<BigDecimal> latestValue();

  /** The target year. */
  public abstract OptionalInt targetYear();

  /** The target value, when there is one. */
  public abstract Optional<BigDecimal> targetValue();

  /** The growth observed a year (a fraction, or a change in the unit for linear measures). */
  public abstract Optional<BigDecimal> observedGrowth();

  /** The growth a year the target requires (from the base, or from the latest value). */
  public abstract Optional<BigDecimal> requiredGrowth();

  /** The figure compared with the thresholds (a ratio, a share of the way, a deviation). */
  public abstract Optional<BigDecimal> ratio();

  /** The thresholds the ratio was compared with, highest first. */
  public abstract List<BigDecimal> thresholds();

  /** Open SDG's coefficient C of a natural limit (1 without one). */
  public abstract Optional<BigDecimal> limitCoefficient();

  /** The value projected for the target year. */
  public abstract Optional<BigDecimal> projectedValue();

  /** A score, where the measure has one (Open SDG: −5 to 5). */
  public abstract Optional<BigDecimal> score();

  /** Whether the latest value meets the target. */
  @Value.Default
  public boolean targetMet() {
    return false;
  }

  /** Why the series could not be assessed, or what was assumed. */
  public abstract Optional<String> note();

  /** Whether the measure could assess the series. */
  public boolean isAvailable() {
    return status().isAvailable();
  }

  /**
   * A builder filled with what the input says: the base (when stated or observed), the latest
   * observation after the base year and the target.
   */
  static ImmutableProgressResult.Builder start(ProgressMeasureName measure, ProgressInput in) {
    ImmutableProgressResult.Builder out =
        ImmutableProgressResult.builder()
            .measure(measure)
            .baseYear(in.baseYear())
            .targetYear(in.targetYear())
            .targetValue(in.targetValue());
    in.base().ifPresent(out::baseValue);
    in.latest().ifPresent(e -> out.latestYear(e.getKey()).latestValue(e.getValue()));
    return out;
  }

  /** The reason a measure cannot start: no base, or no observation after the base year. */
  static Optional<String> missing(ProgressInput in) {
    if (in.base().isEmpty()) {
      return Optional.of("no base value for " + in.baseYear());
    }
    return in.latest().isPresent()
        ? Optional.empty()
        : Optional.of("no observation after the base year " + in.baseYear());
  }

  static boolean meets(BigDecimal value, BigDecimal target, Direction direction) {
    int c = value.compareTo(target);
    return direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
  }

  static int d(Direction direction) {
    return direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
  }
}

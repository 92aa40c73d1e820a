package io.github.planning.core;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An observed value of an indicator in a year, such as the 2020 GDP of 752.8 亿元, estimated.
 *
 * <pre>{@code
 * Observation.of("gdp", 2020, new BigDecimal("752.8")).withStatus(ObservationStatus.ESTIMATED);
 * }</pre>
 *
 * <p>The value keeps its written precision ({@code 51.20}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /** A final observation. */
  public static Observation of(String code, int year, BigDecimal value) {
    return builder().code(code).year(year).value(value).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The code of the indicator observed. */
  public abstract String code();

  /** The year observed. */
  public abstract int year();

  /** The value, in the indicator's unit, with its written precision. */
  public abstract BigDecimal value();

  /** How final the value is; {@link ObservationStatus#FINAL} unless stated. */
  @Value.Default
  public ObservationStatus status() {
    return ObservationStatus.FINAL;
  }

  /** A note on the observation, such as its source. */
  public abstract Optional<String> note();

  /** A copy with the given status. */
  public abstract Observation withStatus(ObservationStatus status);

  @Value.Check
  void check() {
    checkState(!code().isBlank(), "An observation needs a non-blank indicator code");
    try {
      PlanPeriod.checkYear("year", year());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Observation of '" + code() + "': " + e.getMessage(), e);
    }
  }

  /** Builds an {@link Observation}; code, year and value are required. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}

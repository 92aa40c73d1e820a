package io.github.planning.progress;

import io.github.planning.core.Growth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UN Statistics Division's SDG Progress Chart ({@link ProgressMeasure#UNSD}), for an indicator
 * with a numerical target, as its technical note describes it: the value is extrapolated from the
 * latest one to the target year at the compound annual growth observed from the base, and the
 * {@linkplain ProgressResult#ratio() ratio} is the share of the way from the base to the target
 * that the projected value covers: {@code (projected − base) / (target − base)}.
 *
 * <p>The bands: 0.95 or more {@link UnsdStatus#ON_TRACK}, 0.5 to 0.95 {@link
 * UnsdStatus#FAIR_PROGRESS}, 0 to 0.5 {@link UnsdStatus#LIMITED_PROGRESS}, below 0 {@link
 * UnsdStatus#DETERIORATION}. Without a target the chart assesses the trend against rules set for
 * each indicator, which this measure does not know: not available.
 */
final class UnsdProgressChart implements ProgressMeasure {

  private static final MathContext MC = Growth.PRECISION;
  static final List<BigDecimal> BANDS =
      List.of(new BigDecimal("0.95"), new BigDecimal("0.5"), BigDecimal.ZERO);

  @Override
  public ProgressMeasureName name() {
    return ProgressMeasureName.UNSD;
  }

  @Override
  public ProgressResult assess(ProgressInput in) {
    ImmutableProgressResult.Builder out = ProgressResult.start(name(), in);
    Optional<String> missing = ProgressResult.missing(in);
    if (missing.isEmpty() && in.targetValue().isEmpty()) {
      missing = Optional.of("needs a numerical target");
    }
    if (missing.isPresent()) {
      return out.status(UnsdStatus.NOT_AVAILABLE).note(missing.get()).build();
    }
    BigDecimal base = in.base().orElseThrow();
    BigDecimal target = in.targetValue().orElseThrow();
    Map.Entry<Integer, BigDecimal> latest = in.latest().orElseThrow();
    if (target.compareTo(base) == 0) {
      return out.status(UnsdStatus.NOT_AVAILABLE)
          .note("the target equals the base: there is no way to cover")
          .build();
    }
    Optional<BigDecimal> growth =
        OpenSdgProgress.growth(latest.getValue(), base, latest.getKey(), in.baseYear());
    if (growth.isEmpty()) {
      return out.status(UnsdStatus.NOT_AVAILABLE)
          .note(EurostatMeasure.undefined(base, latest.getValue()))
          .build();
    }
    int remaining = Math.max(in.targetYear() - latest.getKey(), 0);
    BigDecimal projected =
        latest.getValue().multiply(BigDecimal.ONE.add(growth.get()).pow(remaining, MC), MC);
    BigDecimal share = projected.subtract(base).divide(target.subtract(base), MC);
    UnsdStatus status =
        share.compareTo(BANDS.get(0)) >= 0
            ? UnsdStatus.ON_TRACK
            : share.compareTo(BANDS.get(1)) >= 0
                ? UnsdStatus.FAIR_PROGRESS
                : share.signum() >= 0 ? UnsdStatus.LIMITED_PROGRESS : UnsdStatus.DETERIORATION;
    return out.status(status)
        .observedGrowth(growth.get())
        .projectedValue(projected)
        .ratio(share)
        .thresholds(BANDS)
        .targetMet(ProgressResult.meets(latest.getValue(), target, in.direction()))
        .build();
  }
}

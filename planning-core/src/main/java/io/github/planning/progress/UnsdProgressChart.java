package io.github.planning.progress;

import io.github.planning.core.Growth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UN Statistics Division's SDG Progress Chart ({@link ProgressMeasure#UNSD}) for an indicator
 * with a numerical target, by the rule of the Progress Chart 2022 technical note as two public
 * implementations of that note apply it: the {@linkplain ProgressResult#ratio() ratio} {@code CR =
 * CAGR_a / CAGR_r} of the actual compound annual growth from the base to the latest value to the
 * growth the target requires from the base to the target year.
 *
 * <pre>{@code
 * // 42 in 2015, 36 in 2022, 25 by 2030 (lower is better): −2.18 % a year of −3.40 % needed
 * ProgressMeasure.UNSD.assess(in).ratio();   // Optional[0.641...]
 * ProgressMeasure.UNSD.assess(in).status();  // FAIR_PROGRESS
 * }</pre>
 *
 * <p>The bands: {@code CR ≥ 0.95} {@link UnsdStatus#ON_TRACK}, {@code 0.5 ≤ CR < 0.95} {@link
 * UnsdStatus#FAIR_PROGRESS}, {@code −0.1 ≤ CR < 0.5} {@link UnsdStatus#LIMITED_PROGRESS}, {@code CR
 * < −0.1} {@link UnsdStatus#DETERIORATION}. A latest value that meets the target is on track with
 * {@linkplain ProgressResult#targetMet() the target met}, whatever the trend; a target equal to the
 * base and not met is deterioration. The {@linkplain ProgressResult#projectedValue() projected
 * value} continues the actual growth from the latest value to the target year, for the reader.
 *
 * <p>The technical note itself (unstats.un.org, {@code Progress_Chart_Technical_Note_2022.pdf}) was
 * not read: the rule and bands are those of the implementations. The 2023 note measures instead the
 * share of the way from the base to the target covered by the projected value, with other bands;
 * that chart is not implemented here. Without a target the chart assesses the trend against bands
 * set for each indicator, which this measure does not know: not available.
 */
final class UnsdProgressChart implements ProgressMeasure {

  private static final MathContext MC = Growth.PRECISION;
  static final List<BigDecimal> BANDS =
      List.of(new BigDecimal("0.95"), new BigDecimal("0.5"), new BigDecimal("-0.1"));

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
    out.thresholds(BANDS);
    if (ProgressResult.meets(latest.getValue(), target, in.direction())) {
      return out.status(UnsdStatus.ON_TRACK).targetMet(true).note("the target is met").build();
    }
    Optional<BigDecimal> actual =
        OpenSdgProgress.growth(latest.getValue(), base, latest.getKey(), in.baseYear());
    Optional<BigDecimal> required =
        OpenSdgProgress.growth(target, base, in.targetYear(), in.baseYear());
    if (actual.isEmpty() || required.isEmpty()) {
      BigDecimal to = actual.isEmpty() ? latest.getValue() : target;
      return out.status(UnsdStatus.NOT_AVAILABLE).note(EurostatMeasure.undefined(base, to)).build();
    }
    int remaining = Math.max(in.targetYear() - latest.getKey(), 0);
    out.observedGrowth(actual.get())
        .requiredGrowth(required.get())
        .projectedValue(
            latest.getValue().multiply(BigDecimal.ONE.add(actual.get()).pow(remaining, MC), MC));
    if (required.get().signum() == 0) {
      return out.status(UnsdStatus.DETERIORATION)
          .note("the target equals the base and is not met")
          .build();
    }
    BigDecimal cr = actual.get().divide(required.get(), MC);
    UnsdStatus status =
        cr.compareTo(BANDS.get(0)) >= 0
            ? UnsdStatus.ON_TRACK
            : cr.compareTo(BANDS.get(1)) >= 0
                ? UnsdStatus.FAIR_PROGRESS
                : cr.compareTo(BANDS.get(2)) >= 0
                    ? UnsdStatus.LIMITED_PROGRESS
                    : UnsdStatus.DETERIORATION;
    return out.status(status).ratio(cr).build();
  }
}

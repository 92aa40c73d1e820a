package io.github.planning.progress;

import io.github.planning.core.Growth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UN Statistics Division's SDG Progress Chart ({@link ProgressMeasure#UNSD}) for an indicator
 * with a numerical target, by the rule of the Progress Chart 2023 technical note: the value
 * extrapolated to the target year at the actual compound annual growth, as a share of the way from
 * the base to the target.
 *
 * <pre>{@code
 * // 42 in 2015, 36 in 2022, 25 by 2030 (lower is better): −2.18 % a year projects 30.19 for 2030,
 * // (30.19 − 42) / (25 − 42) = 69 % of the way
 * ProgressMeasure.UNSD.assess(in).ratio();   // Optional[0.6949...]
 * ProgressMeasure.UNSD.assess(in).status();  // FAIR_PROGRESS
 * }</pre>
 *
 * <p>{@code CAGR_a = (v_t / v_b)^(1 / (t − b)) − 1} from the base year {@code b} to the latest year
 * {@code t}; the {@linkplain ProgressResult#projectedValue() projected value} {@code v_e = v_t · (1
 * + CAGR_a)^(T − t)} for the target year {@code T}; the {@linkplain ProgressResult#ratio() ratio}
 * {@code P = (v_e − v_b) / (v_T − v_b)} against the target {@code v_T}. The bands: {@code P ≥ 0.95}
 * {@link UnsdStatus#ON_TRACK}, {@code 0.10 ≤ P < 0.95} {@link UnsdStatus#FAIR_PROGRESS}, below 0.10
 * stagnation or regression, reported as {@link UnsdStatus#LIMITED_PROGRESS} while the projection is
 * not behind the base ({@code 0 ≤ P}) and as {@link UnsdStatus#DETERIORATION} when it is ({@code P
 * < 0}, the latest value worse than the base). A latest value that meets the target is on track
 * with {@linkplain ProgressResult#targetMet() the target met}, whatever the trend; a target equal
 * to the base and not met is deterioration. The {@linkplain ProgressResult#requiredGrowth()
 * required growth}, from the base to the target, is given for the reader where it is defined.
 *
 * <p>Sources: the formula, the bands 0.95 and 0.10 and the rule for a target met are those of the
 * methodology page of Eustat's SDG platform ("Measuring progress on the Sustainable Development
 * Goals", {@code _pages/en/metodologia.md} of the public repository {@code EUSTAT-DES/site}), which
 * states that it follows the Progress Chart 2023 technical note
 * (unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf). The note itself,
 * its 2024 successor (Technical_Note_for_Progress_Assessment_2024.pdf) and their worked examples
 * are not in the material available to this project and were not read; the split of the band below
 * 0.10 at {@code P = 0} is this measure's. Without a target the chart assesses the trend against
 * bands set for each indicator, which this measure does not know: not available.
 */
final class UnsdProgressChart implements ProgressMeasure {

  private static final MathContext MC = Growth.PRECISION;
  static final List<BigDecimal> BANDS =
      List.of(new BigDecimal("0.95"), new BigDecimal("0.10"), BigDecimal.ZERO);

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
    if (actual.isEmpty()) {
      return out.status(UnsdStatus.NOT_AVAILABLE)
          .note(EurostatMeasure.undefined(base, latest.getValue()))
          .build();
    }
    int remaining = Math.max(in.targetYear() - latest.getKey(), 0);
    BigDecimal projected =
        latest.getValue().multiply(BigDecimal.ONE.add(actual.get()).pow(remaining, MC), MC);
    out.observedGrowth(actual.get()).projectedValue(projected);
    OpenSdgProgress.growth(target, base, in.targetYear(), in.baseYear())
        .ifPresent(out::requiredGrowth);
    if (target.compareTo(base) == 0) {
      return out.status(UnsdStatus.DETERIORATION)
          .note("the target equals the base and is not met")
          .build();
    }
    BigDecimal share = projected.subtract(base).divide(target.subtract(base), MC);
    UnsdStatus status =
        share.compareTo(BANDS.get(0)) >= 0
            ? UnsdStatus.ON_TRACK
            : share.compareTo(BANDS.get(1)) >= 0
                ? UnsdStatus.FAIR_PROGRESS
                : share.compareTo(BANDS.get(2)) >= 0
                    ? UnsdStatus.LIMITED_PROGRESS
                    : UnsdStatus.DETERIORATION;
    return out.status(status).ratio(share).build();
  }
}

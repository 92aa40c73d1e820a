package io.github.planning.progress;

import io.github.planning.core.Direction;
import io.github.planning.core.Growth;
import io.github.planning.core.internal.BigMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 时间过半、任务过半 ({@link ProgressMeasure#HALF_TIME}): the share of the way from the base to the target
 * reached by the latest value (the {@linkplain ProgressResult#ratio() ratio}) against the share of
 * the time from the base year to the target year elapsed (the one {@linkplain
 * ProgressResult#thresholds() threshold}).
 *
 * <p>The share is {@code ln(v/b) / ln(T/b)} for {@link ProgressMethod#GEOMETRIC} (when every value
 * is positive; otherwise linear), {@code (v − b) / (T − b)} for {@link ProgressMethod#LINEAR}, and
 * for {@link ProgressMethod#SUM} the total of the yearly values after the base year over the
 * target. The observed growth is the annual rate (geometric) or the change a year; the required
 * growth is what is still needed a year from the latest value; the projected value continues the
 * observed growth to the target year.
 *
 * <pre>{@code
 * // 100 in 2020, 121 in 2023, 200 by 2025: ln 1.21 / ln 2 = 27.5 % of the way, 60 % of the time
 * ProgressMeasure.HALF_TIME.assess(in).status();   // BEHIND
 * }</pre>
 *
 * <p>The phrase is the verdict of China's mid-term evaluations of five-year plans (the NDRC's
 * report on the 14th plan, December 2023: "纲要实施实现了‘时间过半、任务过半’，主要目标指标进展总体符合预期"), which state no
 * arithmetic. The comparison of the share of the way with the share of the time is this library's
 * reading of the phrase, not a published method.
 */
final class HalfTimeMeasure implements ProgressMeasure {

  private static final MathContext MC = Growth.PRECISION;

  @Override
  public ProgressMeasureName name() {
    return ProgressMeasureName.HALF_TIME;
  }

  @Override
  public ProgressResult assess(ProgressInput in) {
    ImmutableProgressResult.Builder out = ProgressResult.start(name(), in);
    boolean sum = in.scale() == ProgressMethod.SUM;
    Optional<String> missing =
        sum
            ? in.latest().isPresent()
                ? Optional.empty()
                : Optional.of("no observation after the base year " + in.baseYear())
            : ProgressResult.missing(in);
    if (missing.isEmpty() && in.targetValue().isEmpty()) {
      missing = Optional.of("needs a quantitative target");
    }
    if (missing.isPresent()) {
      return out.status(HalfTimeStatus.NOT_AVAILABLE).note(missing.get()).build();
    }
    Map.Entry<Integer, BigDecimal> latest = in.latest().orElseThrow();
    BigDecimal target = in.targetValue().orElseThrow();
    int elapsed = latest.getKey() - in.baseYear();
    int remaining = in.targetYear() - latest.getKey();
    BigDecimal timeShare =
        BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(in.targetYear() - in.baseYear()), MC);
    out.thresholds(List.of(timeShare));
    BigDecimal reached;
    BigDecimal start;
    if (sum) {
      reached = Growth.total(in.observations().tailMap(in.baseYear() + 1).values());
      start = BigDecimal.ZERO;
      out.latestValue(reached);
    } else {
      reached = latest.getValue();
      start = in.base().orElseThrow();
    }
    // a ceiling on a total is met only when the period is over
    boolean met =
        ProgressResult.meets(reached, target, in.direction())
            && !(sum && in.direction() == Direction.LOWER_IS_BETTER && remaining > 0);
    boolean geometric =
        in.scale() == ProgressMethod.GEOMETRIC
            && start.signum() > 0
            && reached.signum() > 0
            && target.signum() > 0;
    Optional<BigDecimal> share = Optional.empty();
    if (target.compareTo(start) != 0) {
      share =
          Optional.of(
              geometric
                  ? BigMath.ln(reached.divide(start, MC), MC)
                      .divide(BigMath.ln(target.divide(start, MC), MC), MC)
                  : reached.subtract(start).divide(target.subtract(start), MC));
    }
    out.ratio(share);
    if (geometric) {
      BigDecimal rate = Growth.annualRate(start, reached, elapsed);
      out.observedGrowth(rate)
          .projectedValue(Growth.project(reached, rate, Math.max(remaining, 0)));
      if (remaining > 0) {
        out.requiredGrowth(Growth.requiredRate(reached, latest.getKey(), target, in.targetYear()));
      }
    } else {
      BigDecimal perYear = reached.subtract(start).divide(BigDecimal.valueOf(elapsed), MC);
      out.observedGrowth(perYear)
          .projectedValue(
              sum
                  ? perYear.multiply(BigDecimal.valueOf(in.targetYear() - in.baseYear()))
                  : reached.add(perYear.multiply(BigDecimal.valueOf(Math.max(remaining, 0)))));
      if (remaining > 0) {
        out.requiredGrowth(target.subtract(reached).divide(BigDecimal.valueOf(remaining), MC));
      }
    }
    HalfTimeStatus status =
        met
            ? HalfTimeStatus.TARGET_ACHIEVED
            : share.filter(s -> s.compareTo(timeShare) >= 0).isPresent()
                ? HalfTimeStatus.ON_TRACK
                : HalfTimeStatus.BEHIND;
    return out.status(status).targetMet(met).build();
  }
}

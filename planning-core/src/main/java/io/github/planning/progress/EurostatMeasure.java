package io.github.planning.progress;

import io.github.planning.core.Growth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Eurostat's assessment of an indicator in its EU SDG monitoring reports ({@link
 * ProgressMeasure#EUROSTAT}), by the rule as secondary sources describe it: Eurostat's
 * methodological annex ("Sustainable development in the European Union — Monitoring report on
 * progress towards the SDGs in an EU context", Annex II, methodological notes) is not in the
 * material available to this project. Of that report only the front matter of the 2020 (4th)
 * edition and Eurostat's Statistics Explained article "SDG – Introduction" (2021 and 2025 editions)
 * could be read, and neither states the thresholds; the figures below are therefore not confirmed
 * from Eurostat.
 *
 * <pre>{@code
 * // 752.8 in 2020, 880 in 2023, 1000 by 2025: 5.34 % a year of the 5.84 % needed, 91 %
 * ProgressMeasure.EUROSTAT.assess(in).status();   // MODERATE_PROGRESS
 * }</pre>
 *
 * <ul>
 *   <li>with a quantitative target: the ratio of the actual compound annual growth rate (from the
 *       base to the latest value) to the required one (from the base to the target in the target
 *       year); 95 % or more is {@link EurostatStatus#SIGNIFICANT_PROGRESS}, 60 % to 95 % {@link
 *       EurostatStatus#MODERATE_PROGRESS}, 0 to 60 % {@link EurostatStatus#INSUFFICIENT_PROGRESS}
 *       and below 0 {@link EurostatStatus#MOVEMENT_AWAY}; a target already met is significant
 *       progress. The four categories are the ones Eurostat's reports name (for instance the IISD's
 *       account of the 2018 report: "significant progress, moderate progress, insufficient
 *       progress, or movement away"); the ratio and the thresholds 95 % / 60 % / 0 are those of
 *       Statistics Canada's progress measure, which says it "was inspired by the progress
 *       methodology used by Eurostat" (its methodology page, also {@code
 *       docs/progress-methodology.md} of Open SDG);
 *   <li>without one: the compound annual growth rate in the good direction; 1 % a year or more is
 *       significant progress, 0 to 1 % moderate progress, 0 to −1 % {@link
 *       EurostatStatus#MODERATE_MOVEMENT_AWAY} and −1 % or less {@link
 *       EurostatStatus#SIGNIFICANT_MOVEMENT_AWAY}. No source available to this project states these
 *       bands; they are kept as the ones secondary accounts attribute to Eurostat.
 * </ul>
 *
 * <p>Eurostat assesses the last five years (short term) and fifteen years (long term): choose the
 * base year accordingly. A growth that is not defined (a zero base, values of both signs) is not
 * available.
 */
final class EurostatMeasure implements ProgressMeasure {

  private static final MathContext MC = Growth.PRECISION;
  static final List<BigDecimal> WITH_TARGET =
      List.of(new BigDecimal("0.95"), new BigDecimal("0.6"), BigDecimal.ZERO);
  static final List<BigDecimal> WITHOUT_TARGET =
      List.of(new BigDecimal("0.01"), BigDecimal.ZERO, new BigDecimal("-0.01"));

  @Override
  public ProgressMeasureName name() {
    return ProgressMeasureName.EUROSTAT;
  }

  @Override
  public ProgressResult assess(ProgressInput in) {
    ImmutableProgressResult.Builder out = ProgressResult.start(name(), in);
    Optional<String> missing = ProgressResult.missing(in);
    if (missing.isPresent()) {
      return out.status(EurostatStatus.NOT_AVAILABLE).note(missing.get()).build();
    }
    BigDecimal base = in.base().orElseThrow();
    Map.Entry<Integer, BigDecimal> latest = in.latest().orElseThrow();
    Optional<BigDecimal> observed =
        OpenSdgProgress.growth(latest.getValue(), base, latest.getKey(), in.baseYear());
    if (observed.isEmpty()) {
      return out.status(EurostatStatus.NOT_AVAILABLE).note(undefined(base, latest)).build();
    }
    out.observedGrowth(observed.get());
    if (in.targetValue().isEmpty()) {
      BigDecimal g = observed.get().multiply(BigDecimal.valueOf(ProgressResult.d(in.direction())));
      EurostatStatus status =
          g.compareTo(WITHOUT_TARGET.get(0)) >= 0
              ? EurostatStatus.SIGNIFICANT_PROGRESS
              : g.signum() >= 0
                  ? EurostatStatus.MODERATE_PROGRESS
                  : g.compareTo(WITHOUT_TARGET.get(2)) > 0
                      ? EurostatStatus.MODERATE_MOVEMENT_AWAY
                      : EurostatStatus.SIGNIFICANT_MOVEMENT_AWAY;
      return out.status(status).ratio(g).thresholds(WITHOUT_TARGET).build();
    }
    BigDecimal target = in.targetValue().get();
    out.thresholds(WITH_TARGET);
    if (ProgressResult.meets(latest.getValue(), target, in.direction())) {
      return out.status(EurostatStatus.SIGNIFICANT_PROGRESS).targetMet(true).build();
    }
    Optional<BigDecimal> required =
        OpenSdgProgress.growth(target, base, in.targetYear(), in.baseYear());
    if (required.isEmpty()) {
      return out.status(EurostatStatus.NOT_AVAILABLE).note(undefined(base, target)).build();
    }
    out.requiredGrowth(required.get());
    if (required.get().signum() == 0) {
      return out.status(EurostatStatus.MOVEMENT_AWAY)
          .note("the target equals the base and is not met")
          .build();
    }
    BigDecimal ratio = observed.get().divide(required.get(), MC);
    EurostatStatus status =
        ratio.compareTo(WITH_TARGET.get(0)) >= 0
            ? EurostatStatus.SIGNIFICANT_PROGRESS
            : ratio.compareTo(WITH_TARGET.get(1)) >= 0
                ? EurostatStatus.MODERATE_PROGRESS
                : ratio.signum() >= 0
                    ? EurostatStatus.INSUFFICIENT_PROGRESS
                    : EurostatStatus.MOVEMENT_AWAY;
    return out.status(status).ratio(ratio).build();
  }

  private static String undefined(BigDecimal base, Map.Entry<Integer, BigDecimal> latest) {
    return undefined(base, latest.getValue());
  }

  static String undefined(BigDecimal from, BigDecimal to) {
    return "the growth from "
        + from.toPlainString()
        + " to "
        + to.toPlainString()
        + " is not defined (a zero base or values of both signs)";
  }
}

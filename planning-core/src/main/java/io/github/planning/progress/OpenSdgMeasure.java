package io.github.planning.progress;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Open SDG's measure of a series ({@link ProgressMeasure#OPEN_SDG}): the rules of {@link
 * OpenSdgProgress} with the base as sdg-build takes it. The base is the stated base value, else the
 * observation of the base year, else the first observation after the base year (whose year becomes
 * the base year); the latest value is the last observation.
 */
final class OpenSdgMeasure implements ProgressMeasure {

  @Override
  public ProgressMeasureName name() {
    return ProgressMeasureName.OPEN_SDG;
  }

  @Override
  public ProgressResult assess(ProgressInput in) {
    ImmutableProgressResult.Builder out = ProgressResult.start(name(), in);
    int baseYear = in.baseYear();
    Optional<BigDecimal> base = in.base();
    SortedMap<Integer, BigDecimal> after = in.observations().tailMap(baseYear + 1);
    if (after.isEmpty()) {
      return out.status(ProgressStatus.NOT_AVAILABLE)
          .note("no observation after the base year " + baseYear)
          .build();
    }
    if (base.isEmpty()) {
      baseYear = after.firstKey();
      base = Optional.of(requireNonNull(after.get(baseYear)));
      out.baseYear(baseYear)
          .baseValue(base.get())
          .note(
              "no base value for "
                  + in.baseYear()
                  + ": the first observation, of "
                  + baseYear
                  + ", is the base");
    }
    int latestYear = after.lastKey();
    BigDecimal latest = requireNonNull(after.get(latestYear));
    if (latestYear == baseYear) {
      return out.status(ProgressStatus.NOT_AVAILABLE)
          .note("no observation after the base year " + baseYear)
          .build();
    }
    OpenSdgProgress.Measure m =
        in.targetValue().isPresent()
            ? OpenSdgProgress.withTarget(
                base.get(),
                baseYear,
                latest,
                latestYear,
                in.targetValue().get(),
                in.targetYear(),
                in.direction())
            : OpenSdgProgress.withoutTarget(
                base.get(), baseYear, latest, latestYear, in.direction(), in.limit());
    out.status(m.status())
        .targetMet(m.status() == ProgressStatus.TARGET_ACHIEVED)
        .ratio(m.progressValue())
        .score(m.score())
        .observedGrowth(m.observedGrowth())
        .requiredGrowth(m.requiredGrowth())
        .limitCoefficient(m.limitCoefficient())
        .thresholds(m.thresholds());
    if (!m.status().isAvailable()) {
      out.note(
          "the growth from "
              + base.get().toPlainString()
              + " to "
              + latest.toPlainString()
              + " is not defined (a zero base or values of both signs)");
    }
    return out.build();
  }
}

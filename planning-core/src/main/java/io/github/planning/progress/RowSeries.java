package io.github.planning.progress;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.planning.core.Observation;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.RowYears;
import io.github.planning.core.Target;
import io.github.planning.core.internal.TargetLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan row with the observations of its code up to a year, in year order: what its progress is
 * measured from.
 *
 * <pre>{@code
 * // 地区生产总值, base 752.8 in 2020, target 1000 in 2025; observed 800 in 2021, 880 in 2023
 * RowSeries s = RowSeries.of(gdpRow, observations, 2023);
 * s.latest();        // the observation of 2023: 880
 * s.base(2020);      // Optional[752.8]: the row's base, or else the observation of 2020
 * s.input(period);   // 752.8 in 2020 to 1000 in 2025, measured geometrically, with both observations
 * }</pre>
 */
record RowSeries(PlanRow row, List<Observation> observations) {

  RowSeries {
    observations = List.copyOf(observations);
  }

  /**
   * The row with the observations of its code up to {@code year}; those of other codes and later
   * years are left out.
   *
   * @throws IllegalArgumentException if the row's code has two observations of one year
   */
  static RowSeries of(PlanRow row, List<Observation> observations, int year) {
    String code = row.code();
    List<Observation> series = new ArrayList<>();
    for (Observation o : observations) {
      if (o.code().equals(code) && o.year() <= year) {
        series.add(o);
      }
    }
    series.sort(Comparator.comparingInt(Observation::year));
    for (int i = 1; i < series.size(); i++) {
      checkArgument(
          series.get(i).year() != series.get(i - 1).year(),
          "observations: '%s' has two values for %s",
          code,
          series.get(i).year());
    }
    return new RowSeries(row, series);
  }

  /** The last observation, if any. */
  Optional<Observation> latest() {
    return observations.isEmpty()
        ? Optional.empty()
        : Optional.of(observations.get(observations.size() - 1));
  }

  /** The row's base value as stated, or else the observation of the base year. */
  Optional<BigDecimal> base(int baseYear) {
    return row.base()
        .flatMap(PlanValue::plainAmount)
        .or(
            () ->
                observations.stream()
                    .filter(o -> o.year() == baseYear)
                    .map(Observation::value)
                    .findFirst());
  }

  /**
   * The row as a {@link ProgressInput}: its base, the observations, its target as a level (or a
   * total, for a cumulative target), direction and limit; empty for an assigned target, whose value
   * is not known, or when the target year is not after the base year.
   */
  Optional<ProgressInput> input(PlanPeriod period) {
    RowYears years = row.years(period);
    Target target = row.reading();
    if (target instanceof Target.Assigned || years.span() <= 0) {
      return Optional.empty();
    }
    ProgressInput.Builder in = ProgressInput.builder();
    in.baseYear(years.base())
        .targetYear(years.target())
        .direction(row.direction())
        .limit(row.indicator().limit());
    observations.forEach(o -> in.putObservation(o.year(), o.value()));
    if (target instanceof Target.Cumulative cumulative
        && cumulative.meaning() == Target.Cumulative.Meaning.SUM) {
      return Optional.of(in.scale(ProgressMethod.SUM).targetValue(cumulative.amount()).build());
    }
    row.base().flatMap(PlanValue::plainAmount).ifPresent(in::baseValue);
    Optional<TargetLevel> goal;
    try {
      goal =
          TargetLevel.of(
              target, base(years.base()), years.span(), row.indicator().unit().isPercent());
    } catch (ArithmeticException | IllegalArgumentException e) {
      goal = Optional.empty();
    }
    goal.ifPresent(
        t ->
            in.targetValue(t.level)
                .scale(t.linear ? ProgressMethod.LINEAR : ProgressMethod.GEOMETRIC));
    return Optional.of(in.build());
  }
}

package io.github.planning.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far a plan row has come by a year: the share of the plan's time elapsed against the share of
 * the way to the target (时间过半、任务过半), the value projected for the target year, the growth
 * still needed, and Open SDG's progress status and score.
 *
 * <pre>{@code
 * Progress p = Progress.assess(gdpRow, PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN, observations, 2023);
 * p.timeShare();          // 0.6: three of five years
 * p.valueShare();         // Optional[0.64...]
 * p.onTrack();            // Optional[true]
 * p.status();             // SUBSTANTIAL_PROGRESS
 * }</pre>
 *
 * <h2>What is measured</h2>
 * The base is the row's base value (or the observation of the base year); the latest value is the
 * last observation of the row's code up to the year asked. The target is read from the row:
 * <ul>
 *   <li>a level ({@code 1000}, {@code 9.5左右}, {@code 90以上}) or a bound ({@code ≤3.5}, met by any
 *       value within it), measured {@linkplain ProgressMethod#GEOMETRIC geometrically} for
 *       quantities and {@linkplain ProgressMethod#LINEAR linearly} for % indicators;
 *   <li>a change in points ({@code [1.7]个百分点}) or a target {@code ——} with an annual growth
 *       ({@code 8}): the level it implies from the base;
 *   <li>a cumulative target ({@code [10]}): the {@linkplain ProgressMethod#SUM sum} of the
 *       yearly observations of the plan's years; Open SDG's ratio of observed to required growth
 *       becomes the value share over the time share, with the same thresholds;
 *   <li>an assigned target ({@code 完成市下达指标}) is {@link ProgressStatus#NOT_AVAILABLE} with a
 *       note that it needs the assigned value (resolve it first, see {@link AssignedTargets});
 *   <li>any other target (relative, linked, descriptive): Open SDG's measure without a target.
 * </ul>
 */
@Value.Immutable
public abstract class Progress {

  private static final MathContext MC = Growth.PRECISION;

  Progress() {}

  /** The indicator's code. */
  public abstract String code();

  /** The year of the latest observation used. */
  public abstract int year();

  /** How the value share is measured, when there is a quantitative target. */
  public abstract Optional<ProgressMethod> method();

  /** The share of the plan's years elapsed: {@code (year − baseYear) / (targetYear − baseYear)}. */
  public abstract Optional<BigDecimal> timeShare();

  /** The share of the way from base to target reached. */
  public abstract Optional<BigDecimal> valueShare();

  /** 时间过半、任务过半: the value share is at least the time share, or the target is met. */
  public abstract Optional<Boolean> onTrack();

  /** The value the target year reaches if the growth achieved so far goes on. */
  public abstract Optional<BigDecimal> projectedValue();

  /** The annual growth rate (a fraction) still needed from the latest value (geometric targets). */
  public abstract Optional<BigDecimal> requiredAnnualRate();

  /** The change a year still needed from the latest value (linear and cumulative targets). */
  public abstract Optional<BigDecimal> requiredAnnualChange();

  /** Open SDG's progress status. */
  public abstract ProgressStatus status();

  /** Open SDG's progress value. */
  public abstract Optional<BigDecimal> progressValue();

  /** Open SDG's score in [−5, 5]. */
  public abstract Optional<BigDecimal> score();

  /** Why something could not be measured, such as a target that needs the assigned value. */
  public abstract Optional<String> note();

  /**
   * Every {@link ProgressMeasure}'s result for the row, side by side, with the figures each was
   * computed from; empty when the row's target cannot be read as a figure (an assigned target).
   */
  public abstract List<ProgressResult> measures();

  /**
   * The row as a {@link ProgressInput}: its base, the observations of its code up to
   * {@code year}, its target as a level (or a total, for a cumulative target), direction and
   * limit; empty for an assigned target, whose value is not known.
   *
   * @throws IllegalArgumentException if the row's code has two observations of one year
   */
  public static Optional<ProgressInput> input(PlanRow row, PlanPeriod period,
      List<Observation> observations, int year) {
    requireNonNull(row, "row");
    requireNonNull(period, "period");
    requireNonNull(observations, "observations");
    List<Observation> series = series(row.code(), observations, year);
    int baseYear = row.baseYear().orElse(period.baseYear());
    int targetYear = row.targetYear().orElse(period.targetYear());
    if (firstAssigned(row).isPresent() || targetYear <= baseYear) {
      return Optional.empty();
    }
    ProgressInput.Builder in = ProgressInput.builder();
    in.baseYear(baseYear).targetYear(targetYear).direction(row.direction())
        .limit(row.indicator().limit());
    series.forEach(o -> in.putObservation(o.year(), o.value()));
    Optional<PlanValue> cumulative = cumulativeTarget(row);
    if (cumulative.isPresent()) {
      return Optional.of(in.scale(ProgressMethod.SUM)
          .targetValue(cumulative.get().amount().orElseThrow()).build());
    }
    Optional<BigDecimal> stated = row.base().flatMap(PlanValue::plainAmount);
    stated.ifPresent(in::baseValue);
    Optional<BigDecimal> base = stated.or(() -> series.stream()
        .filter(o -> o.year() == baseYear).map(Observation::value).findFirst());
    Optional<TargetLevel> target = base.flatMap(b -> levelTarget(row, b, targetYear - baseYear));
    target.ifPresent(t -> in.targetValue(t.level)
        .scale(t.linear ? ProgressMethod.LINEAR : ProgressMethod.GEOMETRIC));
    return Optional.of(in.build());
  }

  /**
   * Assesses a row against the observations of its code up to {@code year}.
   *
   * @param row the plan row
   * @param period the plan period, for years the row does not state
   * @param observations observations of any codes; those of other codes and later years are
   *     ignored
   * @param year the year to assess as of
   * @throws IllegalArgumentException if the row's code has two observations of one year
   */
  public static Progress assess(PlanRow row, PlanPeriod period, List<Observation> observations,
      int year) {
    Progress progress = assessRow(row, period, observations, year);
    List<ProgressResult> measures = input(row, period, observations, year)
        .map(in -> ProgressMeasure.all().stream().map(m -> m.assess(in)).toList())
        .orElse(List.of());
    return ImmutableProgress.builder().from(progress).measures(measures).build();
  }

  private static Progress assessRow(PlanRow row, PlanPeriod period,
      List<Observation> observations, int year) {
    requireNonNull(row, "row");
    requireNonNull(period, "period");
    requireNonNull(observations, "observations");
    List<Observation> series = series(row.code(), observations, year);
    int baseYear = row.baseYear().orElse(period.baseYear());
    int targetYear = row.targetYear().orElse(period.targetYear());
    ImmutableProgress.Builder out = ImmutableProgress.builder().code(row.code())
        .status(ProgressStatus.NOT_AVAILABLE);
    if (series.isEmpty() || series.get(series.size() - 1).year() <= baseYear) {
      return out.year(year).note("no observation after the base year " + baseYear).build();
    }
    Observation latest = series.get(series.size() - 1);
    out.year(latest.year());
    out.timeShare(BigDecimal.valueOf(latest.year() - baseYear)
        .divide(BigDecimal.valueOf(targetYear - baseYear), MC));

    Optional<PlanValue> assigned = firstAssigned(row);
    if (assigned.isPresent()) {
      return out.note("needs the value assigned by the " + assigned.get().level().orElseThrow()
          .englishName() + " (" + assigned.get() + ")").build();
    }
    Optional<PlanValue> cumulative = cumulativeTarget(row);
    if (cumulative.isPresent()) {
      return cumulative(out, cumulative.get(), series, baseYear, targetYear, latest);
    }
    Optional<BigDecimal> base = row.base().flatMap(PlanValue::plainAmount)
        .or(() -> series.stream().filter(o -> o.year() == baseYear).map(Observation::value)
            .findFirst());
    if (base.isEmpty()) {
      return out.note("no base value for " + baseYear).build();
    }
    Optional<TargetLevel> target = levelTarget(row, base.get(), targetYear - baseYear);
    if (target.isEmpty()) {
      OpenSdgProgress.Measure measure = OpenSdgProgress.withoutTarget(base.get(), baseYear,
          latest.value(), latest.year(), row.direction(), row.indicator().limit());
      return measured(out, measure).build();
    }
    return level(out, row, target.get(), base.get(), baseYear, targetYear, latest);
  }

  private static Progress level(ImmutableProgress.Builder out, PlanRow row, TargetLevel target,
      BigDecimal base, int baseYear, int targetYear, Observation latest) {
    boolean geometric = !target.linear && base.signum() > 0 && latest.value().signum() > 0
        && target.level.signum() > 0;
    out.method(geometric ? ProgressMethod.GEOMETRIC : ProgressMethod.LINEAR);
    BigDecimal v = latest.value();
    int elapsed = latest.year() - baseYear;
    int remaining = targetYear - latest.year();
    boolean met = target.isMetBy(v, row.direction());
    Optional<BigDecimal> share = Optional.empty();
    if (target.level.compareTo(base) != 0) {
      share = Optional.of(geometric
          ? BigMath.ln(v.divide(base, MC), MC).divide(BigMath.ln(target.level.divide(base, MC), MC),
              MC)
          : v.subtract(base).divide(target.level.subtract(base), MC));
    }
    share.ifPresent(out::valueShare);
    BigDecimal timeShare = BigDecimal.valueOf(elapsed).divide(
        BigDecimal.valueOf(targetYear - baseYear), MC);
    out.onTrack(met || share.map(s -> s.compareTo(timeShare) >= 0).orElse(false));
    if (geometric) {
      BigDecimal achieved = Growth.annualRate(base, v, elapsed);
      out.projectedValue(Growth.project(v, achieved, Math.max(remaining, 0)));
      if (remaining > 0) {
        out.requiredAnnualRate(Growth.requiredRate(v, latest.year(), target.level, targetYear));
      }
    } else {
      BigDecimal perYear = v.subtract(base).divide(BigDecimal.valueOf(elapsed), MC);
      out.projectedValue(v.add(perYear.multiply(BigDecimal.valueOf(Math.max(remaining, 0)))));
      if (remaining > 0) {
        out.requiredAnnualChange(target.level.subtract(v)
            .divide(BigDecimal.valueOf(remaining), MC));
      }
    }
    OpenSdgProgress.Measure measure = met
        ? OpenSdgProgress.targetAchieved()
        : OpenSdgProgress.withTarget(base, baseYear, v, latest.year(), target.level, targetYear,
            row.direction());
    return measured(out, measure).build();
  }

  private static Progress cumulative(ImmutableProgress.Builder out, PlanValue target,
      List<Observation> series, int baseYear, int targetYear, Observation latest) {
    out.method(ProgressMethod.SUM);
    BigDecimal goal = target.amount().orElseThrow();
    int first = baseYear + 1;
    List<BigDecimal> amounts = new ArrayList<>();
    series.stream().filter(o -> o.year() >= first).forEach(o -> amounts.add(o.value()));
    BigDecimal total = Growth.total(amounts);
    int elapsed = latest.year() - baseYear;
    int remaining = targetYear - latest.year();
    BigDecimal timeShare = BigDecimal.valueOf(elapsed)
        .divide(BigDecimal.valueOf(targetYear - baseYear), MC);
    boolean met = target.relation().orElse(Relation.EXACT) == Relation.AT_MOST
        ? total.compareTo(goal) <= 0 && remaining <= 0 : total.compareTo(goal) >= 0;
    out.projectedValue(total.divide(BigDecimal.valueOf(elapsed), MC)
        .multiply(BigDecimal.valueOf(targetYear - baseYear)));
    if (remaining > 0) {
      out.requiredAnnualChange(goal.subtract(total).divide(BigDecimal.valueOf(remaining), MC));
    }
    if (goal.signum() == 0) {
      return out.onTrack(met).status(met ? ProgressStatus.TARGET_ACHIEVED
          : ProgressStatus.NOT_AVAILABLE).build();
    }
    BigDecimal share = total.divide(goal, MC);
    out.valueShare(share).onTrack(met || share.compareTo(timeShare) >= 0);
    if (met) {
      return out.status(ProgressStatus.TARGET_ACHIEVED).score(BigDecimal.valueOf(5)).build();
    }
    return measured(out, OpenSdgProgress.fromRatio(share.divide(timeShare, MC))).build();
  }

  private static ImmutableProgress.Builder measured(ImmutableProgress.Builder out,
      OpenSdgProgress.Measure measure) {
    out.status(measure.status());
    measure.progressValue().ifPresent(out::progressValue);
    measure.score().ifPresent(out::score);
    return out;
  }

  private static List<Observation> series(String code, List<Observation> observations, int year) {
    List<Observation> series = new ArrayList<>();
    for (Observation o : observations) {
      if (o.code().equals(code) && o.year() <= year) {
        series.add(o);
      }
    }
    series.sort(Comparator.comparingInt(Observation::year));
    for (int i = 1; i < series.size(); i++) {
      checkArgument(series.get(i).year() != series.get(i - 1).year(),
          "observations: '%s' has two values for %s", code, series.get(i).year());
    }
    return series;
  }

  private static Optional<PlanValue> firstAssigned(PlanRow row) {
    return row.target().filter(v -> v.kind() == ValueKind.ASSIGNED)
        .or(() -> row.target().filter(v -> !v.isNotApplicable()).isPresent()
            ? Optional.empty()
            : row.targetGrowth().filter(v -> v.kind() == ValueKind.ASSIGNED));
  }

  private static Optional<PlanValue> cumulativeTarget(PlanRow row) {
    Optional<PlanValue> target = row.target().filter(v -> v.isFigure() && v.isCumulative()
        && !v.isChange() && v.secondAmount().isEmpty());
    if (target.isPresent()) {
      return target;
    }
    boolean noTarget = row.target().map(PlanValue::isNotApplicable).orElse(true);
    return noTarget
        ? row.targetGrowth().filter(v -> v.isFigure() && v.isCumulative() && !v.isChange()
            && v.unit().isEmpty() && v.secondAmount().isEmpty())
        : Optional.empty();
  }

  /** A target level: from the target cell, a change in points, or an annual growth rate. */
  private static Optional<TargetLevel> levelTarget(PlanRow row, BigDecimal base, int years) {
    boolean percent = ImpliedFigures.isPercent(row);
    Optional<PlanValue> cell = row.target().filter(PlanValue::isFigure)
        .filter(v -> !v.isCumulative() && v.secondAmount().isEmpty());
    if (cell.isPresent()) {
      PlanValue v = cell.get();
      if (v.isChange()) {
        return Optional.of(new TargetLevel(base.add(v.signedChange().orElseThrow()), Relation.EXACT,
            true));
      }
      if (v.unit().filter(u -> !u.isPercent()).isPresent()) {
        return Optional.empty();
      }
      return Optional.of(new TargetLevel(v.amount().orElseThrow(), v.relation().orElseThrow(),
          percent));
    }
    if (row.target().filter(v -> !v.isNotApplicable()).isPresent()) {
      return Optional.empty();
    }
    Optional<PlanValue> growth = row.targetGrowth().filter(PlanValue::isFigure);
    if (growth.isEmpty()) {
      return Optional.empty();
    }
    PlanValue g = growth.get();
    if (g.isChange() && g.unit().filter(Unit::isPercentagePoint).isPresent()) {
      return Optional.of(new TargetLevel(base.add(g.signedChange().orElseThrow()), Relation.EXACT,
          true));
    }
    Optional<BigDecimal> rate = ImpliedFigures.annualRatePercent(g);
    if (rate.isPresent() && !percent && base.signum() > 0) {
      return Optional.of(new TargetLevel(Growth.project(base, rate.get().movePointLeft(2), years),
          Relation.EXACT, false));
    }
    return Optional.empty();
  }
}

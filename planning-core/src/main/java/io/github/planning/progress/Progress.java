package io.github.planning.progress;

import static java.util.Objects.requireNonNull;

import io.github.planning.analysis.AssignedTargets;
import io.github.planning.analysis.Comparisons;
import io.github.planning.core.Direction;
import io.github.planning.core.Growth;
import io.github.planning.core.Observation;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.Relation;
import io.github.planning.core.RowYears;
import io.github.planning.core.Target;
import io.github.planning.core.internal.BigMath;
import io.github.planning.core.internal.TargetLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far a plan row has come by a year: the share of the plan's time elapsed against the share of
 * the way to the target (时间过半、任务过半), the value projected for the target year, the growth still
 * needed, and Open SDG's progress status and score.
 *
 * <pre>{@code
 * Progress p = Progress.assess(gdpRow, PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN, observations, 2023);
 * p.timeShare();          // 0.6: three of five years
 * p.valueShare();         // Optional[0.64...]
 * p.onTrack();            // Optional[true]
 * p.status();             // SUBSTANTIAL_PROGRESS
 * p.measures();           // every ProgressMeasure's result: Open SDG, 时间过半, Eurostat, UNSD, Destatis
 * }</pre>
 *
 * <h2>What is measured</h2>
 *
 * The base is the row's base value (or the observation of the base year); the latest value is the
 * last observation of the row's code up to the year asked; the years are the row's {@linkplain
 * PlanRow#years(PlanPeriod) years}. The target is the row's {@linkplain PlanRow#reading() reading},
 * or the {@linkplain PlanRow#yearlyTargets() target of the latest year} when the row has one (then
 * that year is the target year):
 *
 * <ul>
 *   <li>a level ({@code 1000}, {@code 9.5左右}), a change ({@code [1.7]个百分点}), a multiple ({@code
 *       翻一番}), a cumulative change of a level ({@code 人均预期寿命 [1]}) or the level an annual growth
 *       implies ({@code 8}): measured {@linkplain ProgressMethod#GEOMETRIC geometrically} for
 *       quantities and {@linkplain ProgressMethod#LINEAR linearly} for % indicators and changes; a
 *       range ({@code 6-7}) is met inside it and towards its nearer end;
 *   <li>a bound ({@code ≤5.5}, {@code >7}, {@code 控制在5.5%以内}): on track when met in the latest year
 *       and, for a bound held every year, in every year observed; a breached bound is never on
 *       track; a met bound needs no growth; the note gives the distance from the bound;
 *   <li>a cumulative flow ({@code [10]}): the {@linkplain ProgressMethod#SUM sum} of the yearly
 *       observations of the plan's years; a cumulative rate of change ({@code 单位GDP能耗降低 [13.5]}):
 *       the yearly rates compounded. Open SDG's ratio of observed to required growth becomes the
 *       value share over the time share, with the same thresholds;
 *   <li>an assigned, relative or linked target: {@link ProgressStatus#NOT_AVAILABLE} with a note
 *       that says which data it needs (see {@link AssignedTargets} and {@link Comparisons});
 *   <li>any other target (keep stable, descriptive): Open SDG's measure without a target.
 * </ul>
 *
 * A figure the arithmetic cannot take (a value of 10^-99 against a base of 100) gives {@link
 * ProgressStatus#NOT_AVAILABLE} with the reason in the note, never an exception.
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
   * The row as a {@link ProgressInput}: its base, the observations of its code up to {@code year},
   * its target as a level (or a total, for a cumulative target), direction and limit; empty for an
   * assigned target, whose value is not known.
   *
   * @throws IllegalArgumentException if the row's code has two observations of one year
   */
  public static Optional<ProgressInput> input(
      PlanRow row, PlanPeriod period, List<Observation> observations, int year) {
    requireNonNull(row, "row");
    requireNonNull(period, "period");
    requireNonNull(observations, "observations");
    return RowSeries.of(row, observations, year).input(period);
  }

  /**
   * Assesses a row against the observations of its code up to {@code year}.
   *
   * @param row the plan row
   * @param period the plan period, for years the row does not state
   * @param observations observations of any codes; those of other codes and later years are ignored
   * @param year the year to assess as of
   * @throws IllegalArgumentException if the row's code has two observations of one year
   */
  public static Progress assess(
      PlanRow row, PlanPeriod period, List<Observation> observations, int year) {
    Progress progress = assessRow(row, period, observations, year);
    List<ProgressResult> measures =
        input(row, period, observations, year)
            .map(in -> ProgressMeasure.all().stream().map(m -> m.assess(in)).toList())
            .orElse(List.of());
    return ImmutableProgress.builder().from(progress).measures(measures).build();
  }

  private static Progress assessRow(
      PlanRow row, PlanPeriod period, List<Observation> observations, int year) {
    requireNonNull(row, "row");
    requireNonNull(period, "period");
    requireNonNull(observations, "observations");
    RowSeries series = RowSeries.of(row, observations, year);
    RowYears years = row.years(period);
    int baseYear = years.base();
    ImmutableProgress.Builder out =
        ImmutableProgress.builder().code(row.code()).status(ProgressStatus.NOT_AVAILABLE);
    Optional<Observation> last = series.latest().filter(o -> o.year() > baseYear);
    if (last.isEmpty()) {
      return out.year(year).note("no observation after the base year " + baseYear).build();
    }
    Observation latest = last.get();
    out.year(latest.year());
    out.timeShare(
        BigDecimal.valueOf(latest.year() - baseYear).divide(BigDecimal.valueOf(years.span()), MC));
    try {
      return assess(out, series, years, latest);
    } catch (ArithmeticException | IllegalArgumentException e) {
      return out.method(Optional.empty())
          .valueShare(Optional.empty())
          .onTrack(Optional.empty())
          .projectedValue(Optional.empty())
          .requiredAnnualRate(Optional.empty())
          .requiredAnnualChange(Optional.empty())
          .progressValue(Optional.empty())
          .score(Optional.empty())
          .status(ProgressStatus.NOT_AVAILABLE)
          .note("cannot be measured: " + e.getMessage())
          .build();
    }
  }

  private static Progress assess(
      ImmutableProgress.Builder out, RowSeries series, RowYears years, Observation latest) {
    PlanRow row = series.row();
    int baseYear = years.base();
    int targetYear = years.target();
    Target target = row.reading();
    Target yearly = Target.ofYear(row, latest.year());
    if (!(yearly instanceof Target.None)) {
      target = yearly;
      targetYear = latest.year();
    }
    if (target instanceof Target.Assigned assigned) {
      return out.note(
              "needs the value assigned by the "
                  + assigned.level().englishName()
                  + " ("
                  + assigned.cell()
                  + ")")
          .build();
    }
    if (target instanceof Target.Relative relative) {
      return out.note(
              "needs the "
                  + relative.level().englishName()
                  + " average as observations "
                  + "of '"
                  + relative.referenceCode(row.code())
                  + "' ("
                  + relative.cell()
                  + ")")
          .build();
    }
    if (target instanceof Target.Linked linked) {
      return out.note(
              "needs the achieved growth of "
                  + linked.subject()
                  + " ("
                  + linked.cell()
                  + "): see Comparisons")
          .build();
    }
    if (target instanceof Target.Cumulative cumulative
        && cumulative.meaning() != Target.Cumulative.Meaning.CHANGE) {
      return cumulative(out, cumulative, series.observations(), baseYear, targetYear, latest);
    }
    Optional<BigDecimal> base = series.base(baseYear);
    Optional<TargetLevel> goal =
        TargetLevel.of(target, base, targetYear - baseYear, row.indicator().unit().isPercent());
    if (goal.isPresent() && goal.get().isBound()) {
      return bound(out, row, goal.get(), base, series.observations(), baseYear, targetYear, latest);
    }
    if (base.isEmpty()) {
      return out.note("no base value for " + baseYear).build();
    }
    if (goal.isEmpty()) {
      OpenSdgProgress.Measure measure =
          OpenSdgProgress.withoutTarget(
              base.get(),
              baseYear,
              latest.value(),
              latest.year(),
              row.direction(),
              row.indicator().limit());
      return measured(out, measure).build();
    }
    return level(out, row, goal.get(), base.get(), baseYear, targetYear, latest);
  }

  /**
   * A bound (a ceiling or floor): on track when it is met in the latest year and, for a bound that
   * holds every year, in every year observed; a breached bound is never on track. A met bound needs
   * no growth; a breached one needs the change back to it.
   */
  private static Progress bound(
      ImmutableProgress.Builder out,
      PlanRow row,
      TargetLevel goal,
      Optional<BigDecimal> base,
      List<Observation> series,
      int baseYear,
      int targetYear,
      Observation latest) {
    out.method(ProgressMethod.LINEAR);
    Direction direction = row.direction();
    BigDecimal v = latest.value();
    boolean metNow = goal.isMetBy(v, direction);
    boolean everyYear = !(row.reading() instanceof Target.Level level) || level.everyYear();
    List<Integer> breached = new ArrayList<>();
    for (Observation o : series) {
      if (o.year() > baseYear && !goal.isMetBy(o.value(), direction)) {
        breached.add(o.year());
      }
    }
    boolean met = metNow && (!everyYear || breached.isEmpty());
    out.onTrack(met);
    int remaining = targetYear - latest.year();
    if (metNow) {
      out.valueShare(BigDecimal.ONE);
    } else {
      base.filter(b -> !goal.isMetBy(b, direction) && b.compareTo(goal.level) != 0)
          .ifPresent(b -> out.valueShare(v.subtract(b).divide(goal.level.subtract(b), MC)));
      if (remaining > 0) {
        out.requiredAnnualChange(goal.level.subtract(v).divide(BigDecimal.valueOf(remaining), MC));
      }
    }
    String held = breached.isEmpty() ? "met every year" : "breached in " + breached;
    out.note(
        (metNow ? "within" : "breaches")
            + " the bound "
            + goal.level.toPlainString()
            + " (distance "
            + v.subtract(goal.level).toPlainString()
            + "); "
            + held);
    if (met) {
      return measured(out, OpenSdgProgress.targetAchieved()).build();
    }
    if (base.isPresent()
        && base.get().compareTo(goal.level) != 0
        && !goal.isMetBy(base.get(), direction)) {
      return measured(
              out,
              OpenSdgProgress.withTarget(
                  base.get(), baseYear, v, latest.year(), goal.level, targetYear, direction))
          .build();
    }
    return out.status(ProgressStatus.DETERIORATION).score(BigDecimal.valueOf(-5)).build();
  }

  private static Progress level(
      ImmutableProgress.Builder out,
      PlanRow row,
      TargetLevel target,
      BigDecimal base,
      int baseYear,
      int targetYear,
      Observation latest) {
    BigDecimal goal = target.towards(base);
    boolean geometric =
        !target.linear && base.signum() > 0 && latest.value().signum() > 0 && goal.signum() > 0;
    out.method(geometric ? ProgressMethod.GEOMETRIC : ProgressMethod.LINEAR);
    BigDecimal v = latest.value();
    int elapsed = latest.year() - baseYear;
    int remaining = targetYear - latest.year();
    boolean met = target.isMetBy(v, row.direction());
    Optional<BigDecimal> share = Optional.empty();
    if (goal.compareTo(base) != 0) {
      share =
          Optional.of(
              geometric
                  ? BigMath.ln(v.divide(base, MC), MC)
                      .divide(BigMath.ln(goal.divide(base, MC), MC), MC)
                  : v.subtract(base).divide(goal.subtract(base), MC));
    }
    share.ifPresent(out::valueShare);
    BigDecimal timeShare =
        BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(targetYear - baseYear), MC);
    // a value beyond the far end of a range has overshot it: not on track
    boolean overshot =
        target.relation == Relation.RANGE
            && !met
            && share.map(x -> x.compareTo(BigDecimal.ONE) >= 0).orElse(false);
    out.onTrack(met || (!overshot && share.map(x -> x.compareTo(timeShare) >= 0).orElse(false)));
    if (geometric) {
      BigDecimal achieved = Growth.annualRate(base, v, elapsed);
      if (achieved.compareTo(BigDecimal.ONE.negate()) > 0) {
        out.projectedValue(Growth.project(v, achieved, Math.max(remaining, 0)));
      }
      if (remaining > 0 && !met) {
        out.requiredAnnualRate(Growth.requiredRate(v, latest.year(), goal, targetYear));
      }
    } else {
      BigDecimal perYear = v.subtract(base).divide(BigDecimal.valueOf(elapsed), MC);
      out.projectedValue(v.add(perYear.multiply(BigDecimal.valueOf(Math.max(remaining, 0)))));
      if (remaining > 0 && !met) {
        out.requiredAnnualChange(goal.subtract(v).divide(BigDecimal.valueOf(remaining), MC));
      }
    }
    OpenSdgProgress.Measure measure =
        met
            ? OpenSdgProgress.targetAchieved()
            : OpenSdgProgress.withTarget(
                base, baseYear, v, latest.year(), goal, targetYear, row.direction());
    return measured(out, measure).build();
  }

  /**
   * A cumulative target: a flow's sum of the yearly values of the plan's years, or the cumulative
   * percentage change compounded from yearly rates ({@code 单位GDP能耗降低 [13.5]}: yearly reductions of
   * 3 % give 1 − 0.97³ = 8.73 % after three years).
   */
  private static Progress cumulative(
      ImmutableProgress.Builder out,
      Target.Cumulative target,
      List<Observation> series,
      int baseYear,
      int targetYear,
      Observation latest) {
    out.method(ProgressMethod.SUM);
    BigDecimal goal = target.amount();
    int first = baseYear + 1;
    List<BigDecimal> amounts = new ArrayList<>();
    series.stream().filter(o -> o.year() >= first).forEach(o -> amounts.add(o.value()));
    BigDecimal total =
        target.meaning() == Target.Cumulative.Meaning.SUM
            ? Growth.total(amounts)
            : compounded(amounts, target.decrease());
    int elapsed = latest.year() - baseYear;
    int remaining = targetYear - latest.year();
    BigDecimal timeShare =
        BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(targetYear - baseYear), MC);
    Relation relation = target.relation();
    boolean ceiling = relation == Relation.AT_MOST || relation == Relation.BELOW;
    boolean met =
        ceiling ? total.compareTo(goal) <= 0 && remaining <= 0 : total.compareTo(goal) >= 0;
    out.projectedValue(
        total
            .divide(BigDecimal.valueOf(elapsed), MC)
            .multiply(BigDecimal.valueOf(targetYear - baseYear)));
    if (remaining > 0) {
      out.requiredAnnualChange(goal.subtract(total).divide(BigDecimal.valueOf(remaining), MC));
    }
    if (goal.signum() == 0) {
      return out.onTrack(met)
          .status(met ? ProgressStatus.TARGET_ACHIEVED : ProgressStatus.NOT_AVAILABLE)
          .build();
    }
    BigDecimal share = total.divide(goal, MC);
    out.valueShare(share).onTrack(met || share.compareTo(timeShare) >= 0);
    if (met) {
      return out.status(ProgressStatus.TARGET_ACHIEVED).score(BigDecimal.valueOf(5)).build();
    }
    return measured(out, OpenSdgProgress.fromRatio(share.divide(timeShare, MC))).build();
  }

  /**
   * The cumulative percentage change of yearly rates in percent, as a positive amount in the
   * direction of the change: {@code (1 − Π(1 − r/100)) × 100} for a decrease.
   */
  public static BigDecimal compounded(List<BigDecimal> yearlyPercent, boolean decrease) {
    BigDecimal product = BigDecimal.ONE;
    for (BigDecimal rate : yearlyPercent) {
      BigDecimal fraction = rate.movePointLeft(2);
      product =
          product.multiply(
              decrease ? BigDecimal.ONE.subtract(fraction) : BigDecimal.ONE.add(fraction), MC);
    }
    BigDecimal change =
        decrease ? BigDecimal.ONE.subtract(product) : product.subtract(BigDecimal.ONE);
    return change.movePointRight(2).round(MC);
  }

  private static ImmutableProgress.Builder measured(
      ImmutableProgress.Builder out, OpenSdgProgress.Measure measure) {
    out.status(measure.status());
    measure.progressValue().ifPresent(out::progressValue);
    measure.score().ifPresent(out::score);
    return out;
  }
}

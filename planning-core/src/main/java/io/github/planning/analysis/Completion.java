package io.github.planning.analysis;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Assessment;
import io.github.planning.core.Direction;
import io.github.planning.core.Growth;
import io.github.planning.core.Observation;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Relation;
import io.github.planning.core.RowYears;
import io.github.planning.core.Target;
import io.github.planning.core.internal.TargetLevel;
import io.github.planning.progress.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The achievement (实现度) of a completion-table row recomputed from its published figures, beside the
 * published label.
 *
 * <pre>{@code
 * Completion c = Completion.assess(gdpRow, period, List.of());
 * c.published();    // Optional[TOTAL_REACHED_EARLY] (总量提前实现)
 * c.recomputed();   // Optional[TOTAL_REACHED]: 752.8 ≥ 700 but 7.9 % a year < 9.5 %
 * c.basis();        // Optional[752.8 ≥ 700; 7.9% < 9.5%]
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>a level target ({@code 700}, {@code ≤4}) is reached when the actual value meets it; if an
 *       annual growth target is also stated and the actual growth (published, or else computed from
 *       base and actual) falls short, only the total is reached ({@link Assessment#TOTAL_REACHED});
 *       otherwise {@link Assessment#ACHIEVED}, and {@code NOT_ACHIEVED} when the target is not met;
 *   <li>without an actual level, the actual growth is compared with the stated growth;
 *   <li>a cumulative target ({@code [11]}) is reached by the total: the actual value when written
 *       as cumulative ({@code 累计11.36}) or when the base is itself cumulative ({@code [5.5]}), or
 *       else the sum of the yearly observations of the plan's years ({@link
 *       Assessment#TOTAL_REACHED});
 *   <li>with observations, a target reached before the actual year is reached early ({@code
 *       …_EARLY});
 *   <li>an assigned target ({@code 完成市下达指标}) or a qualitative one is not recomputed; the
 *       {@linkplain #note() note} says why.
 * </ul>
 *
 * The published labels were made with estimates; a difference is a finding, not an error.
 */
@Value.Immutable
public abstract class Completion {

  Completion() {}

  /** The row's code. */
  public abstract String code();

  /** The published label. */
  public abstract Optional<Assessment> published();

  /** The recomputed label. */
  public abstract Optional<Assessment> recomputed();

  /**
   * How the label was recomputed, in figures: {@code 752.8 ≥ 700; 7.9% < 9.5%} (actual against
   * target; actual growth against stated growth), {@code 累计11.36 ≥ [11]}, or {@code Σ2016–2020 =
   * 5.3 ≥ [5]}; with observations, the first year that met the target.
   */
  public abstract Optional<String> basis();

  /** Why no label was recomputed. */
  public abstract Optional<String> note();

  /** Whether both labels exist and differ. */
  public boolean differs() {
    return published().isPresent()
        && recomputed().isPresent()
        && published().get() != recomputed().get();
  }

  /** Whether both labels exist and one is favourable while the other is not. */
  public boolean contradicts() {
    return differs() && published().get().isFavourable() != recomputed().get().isFavourable();
  }

  /**
   * Recomputes the label of a row.
   *
   * @param row a completion-table row
   * @param period the plan period, for years the row does not state
   * @param observations yearly observations (any codes; the row's are used) to tell an early
   *     achievement and to sum cumulative targets; may be empty
   */
  public static Completion assess(PlanRow row, PlanPeriod period, List<Observation> observations) {
    requireNonNull(row, "row");
    requireNonNull(period, "period");
    requireNonNull(observations, "observations");
    ImmutableCompletion.Builder out =
        ImmutableCompletion.builder().code(row.code()).published(row.assessment());
    try {
      return assess(out, row, row.years(period), observations);
    } catch (ArithmeticException | IllegalArgumentException e) {
      return out.recomputed(Optional.empty())
          .basis(Optional.empty())
          .note("cannot be recomputed: " + e.getMessage())
          .build();
    }
  }

  private static Completion assess(
      ImmutableCompletion.Builder out,
      PlanRow row,
      RowYears years,
      List<Observation> observations) {
    int baseYear = years.base();
    int actualYear = years.actual();
    List<Observation> series = new ArrayList<>();
    for (Observation o : observations) {
      if (o.code().equals(row.code()) && o.year() > baseYear && o.year() <= actualYear) {
        series.add(o);
      }
    }
    series.sort((a, b) -> Integer.compare(a.year(), b.year()));

    Target target = row.reading();
    if (target instanceof Target.Assigned) {
      return out.note("the target is assigned by a higher level and needs its value").build();
    }
    if (target instanceof Target.Relative || target instanceof Target.Linked) {
      return out.note(
              "the target "
                  + target.published().orElseThrow()
                  + " needs comparison data: see Comparisons")
          .build();
    }
    if (target instanceof Target.Cumulative cumulative
        && (cumulative.meaning() != Target.Cumulative.Meaning.CHANGE
            || row.actual().map(PlanValue::isCumulative).orElse(false))) {
      return cumulative(out, row, cumulative, series, years);
    }
    Optional<BigDecimal> targetGrowth =
        row.targetGrowth().flatMap(ImpliedFigures::annualRatePercent);
    Optional<BigDecimal> actualGrowth = actualGrowthPercent(row, baseYear, actualYear);
    Optional<BigDecimal> base = row.base().flatMap(PlanValue::plainAmount);
    Optional<TargetLevel> level =
        target instanceof Target.AnnualGrowth
            ? Optional.empty()
            : TargetLevel.of(target, base, years.span(), false);
    Optional<BigDecimal> actual = row.actual().flatMap(PlanValue::plainAmount);
    if (level.isPresent() && actual.isPresent()) {
      Direction direction = row.direction();
      boolean reached = level.get().isMetBy(actual.get(), direction);
      StringBuilder basis =
          new StringBuilder(compare(actual.get(), level.get(), reached, direction));
      if (!reached) {
        return out.recomputed(Assessment.NOT_ACHIEVED).basis(basis.toString()).build();
      }
      boolean early =
          series.stream()
              .anyMatch(o -> o.year() < actualYear && level.get().isMetBy(o.value(), direction));
      boolean rateShort = false;
      if (targetGrowth.isPresent() && actualGrowth.isPresent()) {
        rateShort = actualGrowth.get().compareTo(targetGrowth.get()) < 0;
        basis
            .append("; ")
            .append(plain(actualGrowth.get()))
            .append(rateShort ? "% < " : "% ≥ ")
            .append(plain(targetGrowth.get()))
            .append('%');
      }
      if (early) {
        basis
            .append("; ")
            .append(firstYearMeeting(series, level.get(), direction))
            .append(" ≥ ")
            .append(plain(level.get().level));
      }
      Assessment label =
          rateShort
              ? (early ? Assessment.TOTAL_REACHED_EARLY : Assessment.TOTAL_REACHED)
              : (early ? Assessment.REACHED_EARLY : Assessment.ACHIEVED);
      return out.recomputed(label).basis(basis.toString()).build();
    }
    if (targetGrowth.isPresent() && actualGrowth.isPresent()) {
      boolean met = actualGrowth.get().compareTo(targetGrowth.get()) >= 0;
      return out.recomputed(met ? Assessment.ACHIEVED : Assessment.NOT_ACHIEVED)
          .basis(
              plain(actualGrowth.get()) + (met ? "% ≥ " : "% < ") + plain(targetGrowth.get()) + "%")
          .build();
    }
    return out.note(level.isPresent() ? "no actual value" : "no quantitative target").build();
  }

  /**
   * A cumulative target is reached by the total over the period: the actual value when it is
   * written as a total ({@code 累计11.36}, or a base that is itself cumulative), or else the sum (for
   * a rate of change, the compounded change) of the yearly observations of every year of the
   * period. One year's value is never compared with the total: the note says what is needed.
   */
  private static Completion cumulative(
      ImmutableCompletion.Builder out,
      PlanRow row,
      Target.Cumulative target,
      List<Observation> series,
      RowYears years) {
    BigDecimal goal = target.amount();
    Optional<PlanValue> actual = row.actual().filter(PlanValue::isFigure);
    boolean totalWritten =
        actual.map(PlanValue::isCumulative).orElse(false)
            || (actual.isPresent() && row.base().map(PlanValue::isCumulative).orElse(false));
    boolean sum = target.meaning() == Target.Cumulative.Meaning.SUM;
    BigDecimal total;
    String source;
    int first = years.base() + 1;
    int last = years.actual();
    if (totalWritten) {
      total = actual.get().amount().orElseThrow();
      source = actual.get().toString();
    } else if (!series.isEmpty()
        && (series.size() == last - first + 1
            || (target.relation() != Relation.AT_MOST
                && target.relation() != Relation.BELOW
                && total(series, sum, target).compareTo(goal) >= 0))) {
      // a floor reached by the years observed is reached whatever the years not observed add
      total = total(series, sum, target);
      source =
          (sum ? "Σ" : "Π")
              + series.get(0).year()
              + "–"
              + series.get(series.size() - 1).year()
              + " = "
              + plain(total);
    } else {
      String given = actual.map(a -> "; the actual " + a + " is one year's value").orElse("");
      return out.note(
              "a cumulative target needs the total of "
                  + first
                  + "–"
                  + last
                  + (sum ? " (the sum of the yearly values)" : " (the yearly rates)")
                  + given
                  + (series.isEmpty()
                      ? ""
                      : "; observations cover "
                          + series.size()
                          + " of "
                          + (last - first + 1)
                          + " years"))
          .build();
    }
    boolean ceiling = target.relation() == Relation.AT_MOST || target.relation() == Relation.BELOW;
    boolean reached = ceiling ? total.compareTo(goal) <= 0 : total.compareTo(goal) >= 0;
    String basis =
        source + (ceiling ? (reached ? " ≤ " : " > ") : (reached ? " ≥ " : " < ")) + target.cell();
    if (!reached) {
      return out.recomputed(Assessment.NOT_ACHIEVED).basis(basis).build();
    }
    BigDecimal running = BigDecimal.ZERO;
    boolean early = false;
    for (int i = 0; i < series.size() - 1 && !totalWritten && sum && !ceiling; i++) {
      running = running.add(series.get(i).value());
      early |= running.compareTo(goal) >= 0;
    }
    return out.recomputed(early ? Assessment.TOTAL_REACHED_EARLY : Assessment.TOTAL_REACHED)
        .basis(basis)
        .build();
  }

  private static BigDecimal total(List<Observation> series, boolean sum, Target.Cumulative target) {
    List<BigDecimal> amounts = new ArrayList<>();
    series.forEach(o -> amounts.add(o.value()));
    return sum ? Growth.total(amounts) : Progress.compounded(amounts, target.decrease());
  }

  /** The actual annual growth in percent: published, or computed from base and actual. */
  private static Optional<BigDecimal> actualGrowthPercent(
      PlanRow row, int baseYear, int actualYear) {
    Optional<BigDecimal> published = row.actualGrowth().flatMap(ImpliedFigures::annualRatePercent);
    if (published.isPresent() || ImpliedFigures.isPercent(row)) {
      return published;
    }
    Optional<BigDecimal> base =
        row.base().flatMap(PlanValue::plainAmount).filter(b -> b.signum() > 0);
    Optional<BigDecimal> actual =
        row.actual().flatMap(PlanValue::plainAmount).filter(a -> a.signum() > 0);
    if (base.isEmpty() || actual.isEmpty() || actualYear <= baseYear) {
      return Optional.empty();
    }
    return Optional.of(
        Growth.annualRate(base.get(), actual.get(), actualYear - baseYear).movePointRight(2));
  }

  /** {@code 752.8 ≥ 700}, {@code 51.6 < 53}, {@code 1.52 ≤ 4}. */
  private static String compare(
      BigDecimal actual, TargetLevel target, boolean reached, Direction direction) {
    boolean fromAbove =
        target.relation == Relation.AT_MOST
            || target.relation == Relation.BELOW
            || (target.relation != Relation.AT_LEAST
                && target.relation != Relation.ABOVE
                && direction == Direction.LOWER_IS_BETTER);
    String symbol = fromAbove ? (reached ? " ≤ " : " > ") : (reached ? " ≥ " : " < ");
    return plain(actual) + symbol + plain(target.level);
  }

  private static int firstYearMeeting(
      List<Observation> series, TargetLevel target, Direction direction) {
    return series.stream()
        .filter(o -> target.isMetBy(o.value(), direction))
        .findFirst()
        .orElseThrow()
        .year();
  }

  private static String plain(BigDecimal value) {
    return value.scale() > 4
        ? value.setScale(2, RoundingMode.HALF_UP).toPlainString()
        : value.toPlainString();
  }
}

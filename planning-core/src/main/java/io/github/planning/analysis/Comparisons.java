package io.github.planning.analysis;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Growth;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Target;
import io.github.planning.core.internal.TargetLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Assesses targets that compare a row with other data: a {@linkplain Target.Relative relative}
 * target ({@code 高于全省平均}) against the average given as observations of its reference code, and a
 * {@linkplain Target.Linked linked} target ({@code 与经济增长同步}) against the achieved growth of the
 * linked row.
 *
 * <pre>{@code
 * Comparisons.Result r = Comparisons.assess(incomeRow, plan, observations, 2023);
 * r.met();     // Optional[true]: 6.1 % a year against GDP's 5.8 %
 * r.basis();   // "6.1% ≥ 5.8% − 0.5"
 * r.needed();  // empty; without the data: what is needed
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>relative: the row's latest value up to the year against the average of the same year,
 *       observations of {@link Target.Relative#referenceCode(String)} ({@code code@province});
 *   <li>linked: the linked row is the plan's row whose name contains the subject without a trailing
 *       增长 ({@code GDP增长} → a name with GDP), and for 经济 the row of 生产总值 or GDP. Each row's
 *       achieved annual growth from its base-year observation (or base value) to the latest year;
 *       {@link #SYNC_TOLERANCE_POINTS} points a year below the linked growth still count as 同步, and
 *       any growth above it.
 * </ul>
 */
public final class Comparisons {

  /** Percentage points a year a linked row may fall below the growth it follows and be 同步. */
  public static final BigDecimal SYNC_TOLERANCE_POINTS = new BigDecimal("0.5");

  private Comparisons() {}

  /**
   * The result: met or not with its basis, or what is needed.
   *
   * @param met whether the target is met; empty when it cannot be told
   * @param basis the figures compared
   * @param needed what data is missing, when {@code met} is empty
   */
  public record Result(Optional<Boolean> met, Optional<String> basis, Optional<String> needed) {

    static Result of(boolean met, String basis) {
      return new Result(Optional.of(met), Optional.of(basis), Optional.empty());
    }

    static Result needs(String needed) {
      return new Result(Optional.empty(), Optional.empty(), Optional.of(needed));
    }
  }

  /**
   * Assesses a relative or linked row as of {@code year}.
   *
   * @throws IllegalArgumentException if the row's target is neither relative nor linked
   */
  public static Result assess(PlanRow row, Plan plan, List<Observation> observations, int year) {
    requireNonNull(row, "row");
    requireNonNull(plan, "plan");
    requireNonNull(observations, "observations");
    Target target = row.reading();
    if (target instanceof Target.Relative relative) {
      return relative(row, relative, observations, year);
    }
    if (target instanceof Target.Linked linked) {
      return linked(row, linked, plan, observations, year);
    }
    throw new IllegalArgumentException(
        "row '"
            + row.code()
            + "' has a "
            + target.kindName()
            + " target, not a relative or linked one");
  }

  private static Result relative(
      PlanRow row, Target.Relative target, List<Observation> observations, int year) {
    String reference = target.referenceCode(row.code());
    Optional<Observation> latest = latest(row.code(), observations, year);
    if (latest.isEmpty()) {
      return Result.needs("an observation of '" + row.code() + "' up to " + year);
    }
    Optional<Observation> average =
        observations.stream()
            .filter(o -> o.code().equals(reference) && o.year() == latest.get().year())
            .findFirst();
    if (average.isEmpty()) {
      return Result.needs(
          "the "
              + target.level().englishName()
              + " average of "
              + latest.get().year()
              + " as an observation of '"
              + reference
              + "'");
    }
    BigDecimal v = latest.get().value();
    BigDecimal a = average.get().value();
    boolean met = new TargetLevel(a, target.relation(), false).isMetBy(v, row.direction());
    return Result.of(
        met,
        v.toPlainString()
            + (met ? " meets " : " does not meet ")
            + target.cell()
            + " ("
            + a.toPlainString()
            + " in "
            + latest.get().year()
            + ")");
  }

  private static Result linked(
      PlanRow row, Target.Linked target, Plan plan, List<Observation> observations, int year) {
    Optional<PlanRow> linked = linkedRow(target.subject(), plan, row);
    if (linked.isEmpty()) {
      return Result.needs("a row of the plan for " + target.subject());
    }
    Optional<BigDecimal> own = growth(row, plan.period(), observations, year);
    Optional<BigDecimal> other = growth(linked.get(), plan.period(), observations, year);
    if (own.isEmpty() || other.isEmpty()) {
      PlanRow missing = own.isEmpty() ? row : linked.get();
      return Result.needs("positive base and latest values of '" + missing.code() + "' to " + year);
    }
    boolean met = own.get().compareTo(other.get().subtract(SYNC_TOLERANCE_POINTS)) >= 0;
    return Result.of(
        met,
        plain(own.get())
            + "% "
            + (met ? "≥ " : "< ")
            + plain(other.get())
            + "% − "
            + SYNC_TOLERANCE_POINTS
            + " ("
            + linked.get().indicator().name()
            + ")");
  }

  static Optional<PlanRow> linkedRow(String subject, Plan plan, PlanRow self) {
    String stem = subject.endsWith("增长") ? subject.substring(0, subject.length() - 2) : subject;
    for (PlanRow candidate : plan.rows()) {
      String name = candidate.indicator().name();
      boolean economy = stem.equals("经济") && (name.contains("生产总值") || name.contains("GDP"));
      if (candidate != self && !stem.isEmpty() && (name.contains(stem) || economy)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The achieved annual growth in percent from the base year to the latest year observed. */
  private static Optional<BigDecimal> growth(
      PlanRow row, PlanPeriod period, List<Observation> observations, int year) {
    int baseYear = row.years(period).base();
    Optional<BigDecimal> base =
        observations.stream()
            .filter(o -> o.code().equals(row.code()) && o.year() == baseYear)
            .map(Observation::value)
            .findFirst()
            .or(() -> row.base().flatMap(PlanValue::plainAmount));
    Optional<Observation> latest =
        latest(row.code(), observations, year).filter(o -> o.year() > baseYear);
    if (base.filter(b -> b.signum() > 0).isEmpty()
        || latest.filter(o -> o.value().signum() > 0).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Growth.annualRate(base.get(), latest.get().value(), latest.get().year() - baseYear)
            .movePointRight(2));
  }

  private static Optional<Observation> latest(
      String code, List<Observation> observations, int year) {
    return observations.stream()
        .filter(o -> o.code().equals(code) && o.year() <= year)
        .max((a, b) -> Integer.compare(a.year(), b.year()));
  }

  private static String plain(BigDecimal value) {
    return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}

package io.github.planning.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.internal.BigMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The growth arithmetic of plan tables, exact in its inputs and to {@link #PRECISION} in its
 * results. Rates are fractions: {@code 0.058435} is 5.8435 % a year (use {@link
 * BigDecimal#movePointRight(int) movePointRight(2)} for percent).
 *
 * <pre>{@code
 * Growth.annualRate(new BigDecimal("752.8"), 2020, new BigDecimal("1000"), 2025)
 *     // 0.05843466... : GDP 752.8 → 1000 亿元 needs 5.8435 % a year
 * Growth.project(new BigDecimal("82.8"), new BigDecimal("0.08"), 5)
 *     // 121.6610... : 财政总收入 at 8 % a year reaches 121.66 亿元 in 2025
 * Growth.pointChange(Unit.PERCENT, new BigDecimal("73"), new BigDecimal("78"))
 *     // 5: 常住人口城镇化率 rises 5 percentage points
 * }</pre>
 *
 * <p>Rounding to a published precision is explicit: see {@link PublishedRounding}. Arguments are
 * checked and errors name them: {@code start (0) must be > 0}.
 */
public final class Growth {

  /**
   * The precision of computed rates and projections: 34 significant digits, rounded half-even (IEEE
   * 754 decimal128). Roots are computed to 176 bits (about 53 significant digits) before one is
   * subtracted exactly, so a rate of magnitude 10^-19 or more is correct to at least 33 significant
   * digits.
   */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /**
   * The longest period, in years, the growth arithmetic accepts: 999,999,999, the largest power
   * {@link BigDecimal#pow(int, MathContext)} computes.
   */
  public static final int MAX_YEARS = 999_999_999;

  /**
   * The largest decimal order of magnitude of {@code end / start} the rates accept: 10^±1000, far
   * beyond any plan's figures. A ratio beyond it is refused rather than computed slowly.
   */
  public static final int MAX_RATIO_MAGNITUDE = 1000;

  private static final MathContext WORK = new MathContext(50, RoundingMode.HALF_EVEN);
  private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

  private Growth() {}

  /**
   * The annual average growth rate (年均增长, CAGR, 水平法) from {@code start} to {@code end} over {@code
   * years}: {@code (end / start)^(1 / years) − 1}.
   *
   * @throws IllegalArgumentException if {@code start} or {@code end} is not positive, {@code years}
   *     is not positive or is over {@link #MAX_YEARS}, or {@code end / start} is beyond 10^±{@value
   *     #MAX_RATIO_MAGNITUDE}
   */
  public static BigDecimal annualRate(BigDecimal start, BigDecimal end, int years) {
    return rate("start", start, "end", end, years);
  }

  /**
   * The annual average growth rate from {@code start} in {@code startYear} to {@code end} in {@code
   * endYear}: {@code annualRate(752.8, 2015, 1000, 2020)}.
   *
   * @throws IllegalArgumentException if a value is not positive or {@code endYear} is not after
   *     {@code startYear}, or more than {@link #MAX_YEARS} after it
   */
  public static BigDecimal annualRate(
      BigDecimal start, int startYear, BigDecimal end, int endYear) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    return rate("start", start, "end", end, years("startYear", startYear, "endYear", endYear));
  }

  /**
   * The annual growth rate still needed to reach {@code target} in {@code targetYear} from the
   * {@code latest} value in {@code latestYear}.
   *
   * @throws IllegalArgumentException if a value is not positive or {@code targetYear} is not after
   *     {@code latestYear}, or more than {@link #MAX_YEARS} after it
   */
  public static BigDecimal requiredRate(
      BigDecimal latest, int latestYear, BigDecimal target, int targetYear) {
    requireNonNull(latest, "latest");
    requireNonNull(target, "target");
    return rate(
        "latest",
        latest,
        "target",
        target,
        years("latestYear", latestYear, "targetYear", targetYear));
  }

  /**
   * The value reached from {@code base} growing at {@code annualRate} for {@code years}: {@code
   * base × (1 + annualRate)^years}.
   *
   * @throws IllegalArgumentException if {@code years} is negative or over {@link #MAX_YEARS}, or
   *     {@code annualRate ≤ −1}
   */
  public static BigDecimal project(BigDecimal base, BigDecimal annualRate, int years) {
    requireNonNull(base, "base");
    requireNonNull(annualRate, "annualRate");
    checkRate("annualRate", annualRate);
    checkArgument(years >= 0, "years (%s) must be >= 0", years);
    checkMaxYears(years);
    return base.multiply(BigDecimal.ONE.add(annualRate).pow(years, WORK), WORK).round(PRECISION);
  }

  /**
   * The annual rate equivalent to a cumulative growth over {@code years}: {@code (1 +
   * cumulativeRate)^(1 / years) − 1}; a 20 % cumulative decrease over five years ({@code −0.2}) is
   * −4.36 % a year.
   *
   * @throws IllegalArgumentException if {@code cumulativeRate ≤ −1} or {@code years} is not
   *     positive or is over {@link #MAX_YEARS}
   */
  public static BigDecimal annualFromCumulative(BigDecimal cumulativeRate, int years) {
    checkRate("cumulativeRate", cumulativeRate);
    return rate(
        "1 + cumulativeRate",
        BigDecimal.ONE,
        "1 + cumulativeRate",
        BigDecimal.ONE.add(cumulativeRate),
        years);
  }

  /**
   * The cumulative growth over {@code years} at {@code annualRate}: {@code (1 + annualRate)^years −
   * 1}.
   *
   * @throws IllegalArgumentException if {@code annualRate ≤ −1} or {@code years} is negative or
   *     over {@link #MAX_YEARS}
   */
  public static BigDecimal cumulativeFromAnnual(BigDecimal annualRate, int years) {
    checkRate("annualRate", annualRate);
    checkArgument(years >= 0, "years (%s) must be >= 0", years);
    checkMaxYears(years);
    return BigDecimal.ONE
        .add(annualRate)
        .pow(years, WORK)
        .subtract(BigDecimal.ONE)
        .round(PRECISION);
  }

  /**
   * The change in percentage points between two values of a % indicator: {@code to − from}, exactly
   * ({@code 73 → 78} is 5 points; not a ratio).
   */
  public static BigDecimal pointChange(BigDecimal from, BigDecimal to) {
    return requireNonNull(to, "to").subtract(requireNonNull(from, "from"));
  }

  /**
   * The change in percentage points of an indicator in {@code unit}, which must be percent.
   *
   * @throws IllegalArgumentException naming the unit when it is not %
   */
  public static BigDecimal pointChange(Unit unit, BigDecimal from, BigDecimal to) {
    requireNonNull(unit, "unit");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(
        unit.isPercent(),
        "unit (%s) must be percent (%) for a change in percentage points",
        unit.symbol());
    return pointChange(from, to);
  }

  /** The exact sum of yearly amounts, the total a cumulative ({@code [x]}) target is met by. */
  public static BigDecimal total(Iterable<BigDecimal> yearlyAmounts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal amount : requireNonNull(yearlyAmounts, "yearlyAmounts")) {
      sum = sum.add(requireNonNull(amount, "yearly amount"));
    }
    return sum;
  }

  /**
   * The share of a cumulative target reached: {@code reached / target}, so 3.2 of {@code [5]} is
   * 0.64.
   *
   * @throws IllegalArgumentException if {@code target} is zero
   */
  public static BigDecimal share(BigDecimal reached, BigDecimal target) {
    requireNonNull(reached, "reached");
    requireNonNull(target, "target");
    checkArgument(target.signum() != 0, "target (%s) must not be 0", target);
    return reached.divide(target, PRECISION);
  }

  private static BigDecimal rate(
      String startName, BigDecimal start, String endName, BigDecimal end, int years) {
    requireNonNull(start, startName);
    requireNonNull(end, endName);
    checkPositive(startName, start);
    checkPositive(endName, end);
    checkArgument(years > 0, "years (%s) must be > 0", years);
    checkMaxYears(years);
    long magnitude = magnitude(end) - magnitude(start);
    if (Math.abs(magnitude) > MAX_RATIO_MAGNITUDE) {
      throw new IllegalArgumentException(
          String.format(
              "%s / %s (about 10^%s) must lie between 10^-%s and 10^%s",
              endName, startName, magnitude, MAX_RATIO_MAGNITUDE, MAX_RATIO_MAGNITUDE));
    }
    return BigMath.compoundRate(start, end, years, PRECISION);
  }

  /** The decimal exponent of a nonzero value: 2 for 752.8, −3 for 0.001. */
  private static long magnitude(BigDecimal value) {
    return (long) value.precision() - value.scale() - 1;
  }

  private static int years(String fromName, int from, String toName, int to) {
    checkArgument(to > from, "%s (%s) must be after %s (%s)", toName, to, fromName, from);
    long years = (long) to - from;
    checkArgument(
        years <= MAX_YEARS,
        "%s (%s) must be at most %s years after %s (%s)",
        toName,
        to,
        MAX_YEARS,
        fromName,
        from);
    return (int) years;
  }

  private static void checkMaxYears(int years) {
    checkArgument(years <= MAX_YEARS, "years (%s) must be <= %s", years, MAX_YEARS);
  }

  private static void checkPositive(String name, BigDecimal value) {
    requireNonNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(name + " (" + value.toPlainString() + ") must be > 0");
    }
  }

  private static void checkRate(String name, BigDecimal rate) {
    requireNonNull(rate, name);
    if (rate.compareTo(MINUS_ONE) <= 0) {
      throw new IllegalArgumentException(name + " (" + rate.toPlainString() + ") must be > -1");
    }
  }
}

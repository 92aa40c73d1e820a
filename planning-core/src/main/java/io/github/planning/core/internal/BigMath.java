package io.github.planning.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Roots, powers and logarithms of {@link BigDecimal} to a requested precision. */
public final class BigMath {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final MathContext MANTISSA = new MathContext(15, RoundingMode.HALF_EVEN);

  /** The correct digits of {@link #estimate}: a double holds 15 to 17. */
  private static final int ESTIMATE_DIGITS = 14;

  /** The digits a root is computed with beyond those asked for. */
  private static final int GUARD_DIGITS = 4;

  /** The digits a compound rate's root is computed with beyond the rate's and those it cancels. */
  private static final int RATE_GUARD_DIGITS = 8;

  private static final BigDecimal LN_10 =
      new BigDecimal(
          "2.3025850929940456840179914546843642076011014886287729760333279009675726096773525");

  private BigMath() {}

  /**
   * The positive {@code n}th root of {@code a > 0}, correct to {@code mc}'s precision, by Newton's
   * iteration from a double estimate.
   *
   * <p>The estimate has at least {@value #ESTIMATE_DIGITS} correct digits. A Newton step for an nth
   * root turns a relative error e into about (n − 1)/2 · e², so each step doubles the correct
   * digits less {@code log10((n − 1)/2)}; each step works with just the digits it can make correct,
   * the last with {@value #GUARD_DIGITS} guard digits over {@code mc}'s. Every {@code int} n gains
   * digits at each step.
   */
  public static BigDecimal root(BigDecimal a, int n, MathContext mc) {
    if (n == 1) {
      return a.round(mc);
    }
    int target = mc.getPrecision() + GUARD_DIGITS;
    int loss = (int) Math.ceil(Math.log10((n - 1) / 2.0)) + 1;
    BigDecimal x = estimate(a, n);
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal nMinus1 = BigDecimal.valueOf(n - 1L);
    for (int digits = ESTIMATE_DIGITS; digits < target; ) {
      digits = Math.min(target, 2 * digits - loss);
      MathContext work = new MathContext(digits + 2, RoundingMode.HALF_EVEN);
      x = nMinus1.multiply(x, work).add(a.divide(x.pow(n - 1, work), work), work).divide(nn, work);
    }
    return x.round(mc);
  }

  /**
   * The growth rate {@code (end / start)^(1/n) − 1} of positive {@code start} and {@code end},
   * rounded to {@code mc}: {@code compoundRate(752.8, 1000, 5, DECIMAL128)} is 0.0584347….
   *
   * <p>The root is taken by {@link #root} with {@value #RATE_GUARD_DIGITS} digits beyond {@code
   * mc}'s and as many more as subtracting one cancels: a root x of a ratio r near 1 has {@code |x −
   * 1| ≥ |r − 1| / (n · max(1, r))}, so a rate keeps {@code mc}'s digits however close to zero it
   * is.
   */
  public static BigDecimal compoundRate(BigDecimal start, BigDecimal end, int n, MathContext mc) {
    BigDecimal change = end.subtract(start);
    if (change.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (n == 1) {
      return change.divide(start, mc);
    }
    // log10 |r − 1| ≥ exponent(change) − exponent(start) − 1, log10 max(1, r) < that bound below
    long ratioAbove = Math.max(0, exponent(end) - exponent(start) + 1);
    long cancelled =
        Math.max(0, decimalDigits(n) + ratioAbove - (exponent(change) - exponent(start) - 1));
    MathContext work =
        new MathContext(
            Math.toIntExact(mc.getPrecision() + RATE_GUARD_DIGITS + cancelled),
            RoundingMode.HALF_EVEN);
    return root(end.divide(start, work), n, work).subtract(BigDecimal.ONE).round(mc);
  }

  /** The decimal exponent of a nonzero value: 2 for 752.8, −3 for 0.001. */
  private static long exponent(BigDecimal value) {
    return (long) value.precision() - value.scale() - 1;
  }

  private static int decimalDigits(int n) {
    return String.valueOf(n).length();
  }

  /** {@code a^(1/n)} to {@value #ESTIMATE_DIGITS} digits. */
  private static BigDecimal estimate(BigDecimal a, int n) {
    int exponent = a.precision() - a.scale() - 1;
    // fifteen digits make a compact mantissa that converts to double without a string
    double mantissa = a.round(MANTISSA).movePointLeft(exponent).doubleValue();
    int quotient = Math.floorDiv(exponent, n);
    int remainder = Math.floorMod(exponent, n);
    // in [1, 100): sixteen decimals keep its precision and fit in a long
    double estimate = Math.pow(mantissa, 1.0 / n) * Math.pow(10, (double) remainder / n);
    return BigDecimal.valueOf(Math.round(estimate * 1e16), 16).scaleByPowerOfTen(quotient);
  }

  public static BigDecimal power(BigDecimal x, int p, int q, MathContext mc) {
    MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
    return root(x.pow(p, work), q, mc);
  }

  /** The natural logarithm of {@code x > 0}. */
  public static BigDecimal ln(BigDecimal x, MathContext mc) {
    if (mc.getPrecision() > 70) {
      throw new IllegalArgumentException("ln supports at most 70 digits");
    }
    MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
    int exponent = x.precision() - x.scale() - 1;
    BigDecimal m = x.movePointLeft(exponent);
    int halvings = 0;
    BigDecimal limit = new BigDecimal("1.1");
    while (m.compareTo(limit) > 0) {
      m = m.sqrt(work);
      halvings++;
    }
    BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), work);
    BigDecimal z2 = z.multiply(z, work);
    BigDecimal term = z;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
    for (int k = 1; term.abs().compareTo(tolerance) > 0; k += 2) {
      sum = sum.add(term.divide(BigDecimal.valueOf(k), work), work);
      term = term.multiply(z2, work);
    }
    BigDecimal lnM = sum.multiply(TWO, work).multiply(TWO.pow(halvings), work);
    return lnM.add(LN_10.multiply(BigDecimal.valueOf(exponent), work), work).round(mc);
  }
}

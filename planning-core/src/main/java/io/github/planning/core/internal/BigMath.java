package io.github.planning.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
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

  /** The fractional bits of the binary fixed-point numbers of {@link #compoundRate}. */
  public static final int FRACTION_BITS = 200;

  /** The correct bits of the root behind a compound rate: about 53 significant digits. */
  public static final int RATE_ROOT_BITS = 176;

  /** The correct bits of the double estimate of a root (a double holds 53). */
  public static final int ESTIMATE_BITS = 48;

  /** The bits a fixed-point Newton step works with beyond those it makes correct. */
  private static final int GUARD_BITS = 8;

  /**
   * The largest n whose root {@link #compoundRate} takes in fixed point: its scaled ratio has at
   * most n + 200 bits, and x^n fits a double.
   */
  private static final int FIXED_POINT_MAX_N = 1000;

  /** The digits a root of more than {@link #FIXED_POINT_MAX_N} years has beyond the rate's. */
  private static final int DECIMAL_ROOT_GUARD_DIGITS = 16;

  private static final double LN_2 = Math.log(2);
  private static final double LOG10_2 = 0.30102999566398120;
  private static final BigInteger[] POWERS_OF_TEN = new BigInteger[128];

  static {
    POWERS_OF_TEN[0] = BigInteger.ONE;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1].multiply(BigInteger.TEN);
    }
  }

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
   * <p>The root is computed in binary fixed point ({@value #FRACTION_BITS} fractional bits), which
   * rounds by shifting instead of dividing by powers of ten. {@code end / start} is scaled by a
   * power of 2^n into [1/2, 2^n); a double estimate of its root (48 correct bits) takes one Newton
   * step in double-double arithmetic (about 92 bits) and then fixed-point steps until {@value
   * #RATE_ROOT_BITS} bits are correct, each step working with the bits it can make correct. One is
   * subtracted exactly, so a rate keeps {@code mc}'s digits while its magnitude is above about
   * 10^(−53 + precision). Over {@value #FIXED_POINT_MAX_N} years the root is taken in decimal with
   * {@value #DECIMAL_ROOT_GUARD_DIGITS} more digits than {@code mc}'s.
   */
  public static BigDecimal compoundRate(BigDecimal start, BigDecimal end, int n, MathContext mc) {
    if (n == 1) {
      return end.subtract(start).divide(start, mc);
    }
    if (n > FIXED_POINT_MAX_N) {
      MathContext work =
          new MathContext(mc.getPrecision() + DECIMAL_ROOT_GUARD_DIGITS, RoundingMode.HALF_EVEN);
      return root(end.divide(start, work), n, work).subtract(BigDecimal.ONE).round(mc);
    }
    BigInteger numerator = end.unscaledValue();
    BigInteger denominator = start.unscaledValue();
    int scales = end.scale() - start.scale(); // end / start = numerator / denominator / 10^scales
    if (scales > 0) {
      denominator = denominator.multiply(tenToThe(scales));
    } else if (scales < 0) {
      numerator = numerator.multiply(tenToThe(-scales));
    }
    // m = (end / start) * 2^(n * t) lies in [1/2, 2^n), so its root lies in [1/2, 2)
    int t = -Math.floorDiv(numerator.bitLength() - denominator.bitLength(), n);
    int shift = n * t + FRACTION_BITS;
    BigInteger m =
        shift >= 0
            ? numerator.shiftLeft(shift).divide(denominator)
            : numerator.divide(denominator.shiftLeft(-shift));
    BigInteger x = fixedPointRoot(m, n);
    // end / start = m * 2^(-n t), so its root is x * 2^-(FRACTION_BITS + t)
    int fraction = FRACTION_BITS + t;
    if (fraction < 0) {
      return new BigDecimal(x.shiftLeft(-fraction).subtract(BigInteger.ONE), mc);
    }
    return toDecimal(x.subtract(BigInteger.ONE.shiftLeft(fraction)), fraction, mc);
  }

  /** The nth root of {@code m * 2^-FRACTION_BITS} in [1/2, 2^n), with as many fractional bits. */
  private static BigInteger fixedPointRoot(BigInteger m, int n) {
    double estimate = doubleRoot(m, n);
    int loss = lossPerStep(n);
    BigInteger x = doubleDoubleStep(m, n, estimate);
    int bits = 2 * ESTIMATE_BITS - loss - 1;
    int fraction = FRACTION_BITS;
    BigInteger nMinus1 = BigInteger.valueOf(n - 1L);
    BigInteger nn = BigInteger.valueOf(n);
    while (bits < RATE_ROOT_BITS) {
      bits = Math.min(RATE_ROOT_BITS, 2 * bits - loss);
      int work = Math.min(FRACTION_BITS, bits + GUARD_BITS);
      x = x.shiftRight(fraction - work);
      fraction = work;
      // x ← ((n − 1) x + m / x^(n−1)) / n
      BigInteger quotient = m.shiftLeft(2 * work - FRACTION_BITS).divide(power(x, n - 1, work));
      x = x.multiply(nMinus1).add(quotient).divide(nn);
    }
    return x.shiftLeft(FRACTION_BITS - fraction);
  }

  /**
   * The nth root of {@code m * 2^-FRACTION_BITS} as a double, {@value #ESTIMATE_BITS} bits correct.
   */
  public static double doubleRoot(BigInteger m, int n) {
    int length = m.bitLength();
    double mantissa = Math.scalb((double) m.shiftRight(length - 53).longValue(), -52);
    int exponent = length - 1 - FRACTION_BITS;
    return Math.exp((Math.log(mantissa) + exponent * LN_2) / n);
  }

  /**
   * One Newton step from {@code estimate} in double-double arithmetic: {@code x + x (m − x^n) / (n
   * x^n)}, with x^n and m to 106 bits; the result has {@code 2 * ESTIMATE_BITS - lossPerStep(n) -
   * 1} correct bits for n up to {@value #FIXED_POINT_MAX_N}.
   */
  public static BigInteger doubleDoubleStep(BigInteger m, int n, double estimate) {
    int length = m.bitLength();
    double mHigh =
        Math.scalb((double) m.shiftRight(length - 53).longValue(), length - 53 - FRACTION_BITS);
    double mLow =
        Math.scalb(
            (double) (m.shiftRight(length - 106).longValue() & ((1L << 53) - 1)),
            length - 106 - FRACTION_BITS);
    // x^n by squaring, each product with its rounding error (Math.fma) kept in the low part
    double high = 1;
    double low = 0;
    double baseHigh = estimate;
    double baseLow = 0;
    for (int e = n; ; ) {
      if ((e & 1) != 0) {
        double product = high * baseHigh;
        double error = Math.fma(high, baseHigh, -product) + (high * baseLow + low * baseHigh);
        high = product + error;
        low = error - (high - product);
      }
      e >>= 1;
      if (e == 0) {
        break;
      }
      double square = baseHigh * baseHigh;
      double error = Math.fma(baseHigh, baseHigh, -square) + 2 * baseHigh * baseLow;
      baseHigh = square + error;
      baseLow = error - (baseHigh - square);
    }
    double correction = estimate * ((mHigh - high) + (mLow - low)) / (n * high);
    BigInteger x = toFixedPoint(estimate);
    if (correction == 0) {
      return x;
    }
    int exponent = Math.getExponent(correction);
    long bits = (long) Math.scalb(correction, 60 - exponent);
    int shift = FRACTION_BITS - 60 + exponent;
    return shift >= 0 ? x.add(BigInteger.valueOf(bits).shiftLeft(shift)) : x;
  }

  /** A double in (0, 4) with {@link #FRACTION_BITS} fractional bits. */
  private static BigInteger toFixedPoint(double value) {
    return BigInteger.valueOf((long) Math.scalb(value, 60)).shiftLeft(FRACTION_BITS - 60);
  }

  /** {@code x^e} of fixed-point x with {@code fraction} fractional bits, truncated to as many. */
  private static BigInteger power(BigInteger x, int e, int fraction) {
    BigInteger result = null;
    BigInteger base = x;
    while (true) {
      if ((e & 1) != 0) {
        result = result == null ? base : result.multiply(base).shiftRight(fraction);
      }
      e >>= 1;
      if (e == 0) {
        return result;
      }
      base = base.multiply(base).shiftRight(fraction);
    }
  }

  /** The bits a Newton step for an nth root loses to its factor (n − 1)/2, rounded up, plus one. */
  public static int lossPerStep(int n) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(1, (n - 1) / 2)) + 1;
  }

  /**
   * {@code r * 2^-fraction} rounded to {@code mc}: shifted to {@code mc}'s digits and twelve more,
   * then rounded once.
   */
  private static BigDecimal toDecimal(BigInteger r, int fraction, MathContext mc) {
    if (r.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int digitsBeforePoint = (int) Math.floor((r.bitLength() - fraction) * LOG10_2);
    int scale = mc.getPrecision() + 12 - digitsBeforePoint;
    BigInteger scaled =
        scale >= 0
            ? r.multiply(tenToThe(scale)).shiftRight(fraction)
            : r.shiftRight(fraction).divide(tenToThe(-scale));
    return new BigDecimal(scaled, scale).round(mc);
  }

  private static BigInteger tenToThe(int exponent) {
    return exponent < POWERS_OF_TEN.length ? POWERS_OF_TEN[exponent] : BigInteger.TEN.pow(exponent);
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

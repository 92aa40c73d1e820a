package io.github.planning.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Roots, powers and logarithms of {@link BigDecimal} to a requested precision. */
final class BigMath {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal LN_10 = new BigDecimal(
      "2.3025850929940456840179914546843642076011014886287729760333279009675726096773525");

  private BigMath() {}

  /**
   * The positive {@code n}th root of {@code a > 0}, correct to {@code mc}'s precision, by Newton's
   * iteration from a double estimate.
   */
  static BigDecimal root(BigDecimal a, int n, MathContext mc) {
    if (n == 1) {
      return a.round(mc);
    }
    MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
    BigDecimal x = estimateRoot(a, n);
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal nMinus1 = BigDecimal.valueOf(n - 1L);
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(work.getPrecision() - 2);
    for (int i = 0; i < 200; i++) {
      BigDecimal next = nMinus1.multiply(x, work)
          .add(a.divide(x.pow(n - 1, work), work), work)
          .divide(nn, work);
      BigDecimal change = next.subtract(x, work).abs();
      x = next;
      if (change.compareTo(tolerance.multiply(x, work)) <= 0) {
        break;
      }
    }
    return x.round(mc);
  }

  private static BigDecimal estimateRoot(BigDecimal a, int n) {
    int exponent = a.precision() - a.scale() - 1;
    double mantissa = a.movePointLeft(exponent).doubleValue();
    int quotient = exponent / n;
    int remainder = exponent % n;
    double estimate = Math.pow(mantissa, 1.0 / n) * Math.pow(10, (double) remainder / n);
    return new BigDecimal(estimate).scaleByPowerOfTen(quotient);
  }

  /** {@code x^(p/q)} for {@code x > 0}: the {@code q}th root of the {@code p}th power. */
  static BigDecimal power(BigDecimal x, int p, int q, MathContext mc) {
    MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
    return root(x.pow(p, work), q, mc);
  }

  /** The natural logarithm of {@code x > 0}. */
  static BigDecimal ln(BigDecimal x, MathContext mc) {
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

package io.github.planning.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact positive rational number, such as the factor {@code 2000/3} of 亩 to 平方米; always in
 * lowest terms. Immutable.
 */
record Fraction(BigInteger numerator, BigInteger denominator) {

  static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** The fraction {@code numerator / denominator} in lowest terms; both must be positive. */
  static Fraction of(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() <= 0 || denominator.signum() <= 0) {
      throw new IllegalArgumentException(
          "a factor must be positive: " + numerator + "/" + denominator);
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
  }

  /** The fraction a positive decimal is: {@code 0.5} is {@code 1/2}. */
  static Fraction of(BigDecimal decimal) {
    BigDecimal exact = decimal.stripTrailingZeros();
    return exact.scale() <= 0
        ? of(exact.toBigIntegerExact(), BigInteger.ONE)
        : of(exact.unscaledValue(), BigInteger.TEN.pow(exact.scale()));
  }

  /** Reads {@code 10000/15}, {@code 0.5} or {@code 29307600}. */
  static Fraction parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return of(new BigDecimal(text));
    }
    return of(new BigDecimal(text.substring(0, slash)))
        .divide(of(new BigDecimal(text.substring(slash + 1))));
  }

  /** {@code 10^power}. */
  static Fraction powerOfTen(int power) {
    BigInteger ten = BigInteger.TEN.pow(Math.abs(power));
    return power >= 0 ? new Fraction(ten, BigInteger.ONE) : new Fraction(BigInteger.ONE, ten);
  }

  Fraction multiply(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  Fraction divide(Fraction other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** This fraction to an integer power, which may be negative. */
  Fraction pow(int exponent) {
    Fraction power =
        exponent >= 0
            ? this
            : new Fraction(/* numerator= */ denominator, /* denominator= */ numerator);
    return new Fraction(
        power.numerator.pow(Math.abs(exponent)), power.denominator.pow(Math.abs(exponent)));
  }

  /**
   * {@code amount × this}, exactly, with as many significant digits as {@code amount} has, or more
   * when the exact product needs them: {@code 1.5 × 1/2} is {@code 0.75}, {@code 752.8 × 10⁴} is
   * {@code 7.528E+6}, {@code 3 × 1/2} is {@code 1.5}. Zero keeps its scale.
   *
   * @throws ArithmeticException if the product has no finite decimal expansion
   */
  BigDecimal timesExactly(BigDecimal amount) {
    BigDecimal exact =
        amount
            .multiply(new BigDecimal(numerator))
            .divide(new BigDecimal(denominator)); // throws if it does not terminate
    if (exact.signum() == 0) {
      return amount;
    }
    BigDecimal shortest = exact.stripTrailingZeros();
    int more = amount.precision() - shortest.precision();
    return more > 0 ? shortest.setScale(shortest.scale() + more) : shortest;
  }

  /** {@code amount × this}, rounded once to {@code context}. */
  BigDecimal times(BigDecimal amount, MathContext context) {
    return amount.multiply(new BigDecimal(numerator)).divide(new BigDecimal(denominator), context);
  }

  /** {@code amount × this}, rounded once to {@code scale} decimal places. */
  BigDecimal times(BigDecimal amount, int scale, RoundingMode rounding) {
    return amount
        .multiply(new BigDecimal(numerator))
        .divide(new BigDecimal(denominator), scale, rounding);
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}

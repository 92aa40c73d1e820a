package io.github.planning.assertj;

import java.math.BigDecimal;

/**
 * A tolerance of a number of significant digits: {@code significantDigits(12)} accepts a value that
 * differs from the expected one by at most half a unit in its 12th significant digit.
 */
public final class SignificantDigits {

  private final int digits;

  private SignificantDigits(int digits) {
    this.digits = digits;
  }

  /**
   * The tolerance of {@code digits} significant digits.
   *
   * @throws IllegalArgumentException if {@code digits} is not between 1 and 100
   */
  public static SignificantDigits of(int digits) {
    if (digits < 1 || digits > 100) {
      throw new IllegalArgumentException("digits (" + digits + ") must be between 1 and 100");
    }
    return new SignificantDigits(digits);
  }

  /** The number of digits. */
  public int digits() {
    return digits;
  }

  /** The largest difference accepted from {@code expected}: half a unit in its last digit. */
  BigDecimal tolerance(BigDecimal expected) {
    if (expected.signum() == 0) {
      return BigDecimal.ONE.movePointLeft(digits);
    }
    int exponent = expected.precision() - expected.scale() - 1;
    return new BigDecimal("5").movePointLeft(digits - exponent);
  }

  @Override
  public String toString() {
    return digits + " significant digits";
  }
}

package io.github.planning.assertj;

import io.github.planning.core.Growth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.assertj.core.api.AbstractBigDecimalAssert;

/**
 * Assertions on a computed figure (a growth rate, a projection, a share), with every AssertJ {@link
 * BigDecimal} assertion and tolerance in significant digits and published rounding.
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 */
public abstract class AbstractFigureAssert<SELF extends AbstractFigureAssert<SELF>>
    extends AbstractBigDecimalAssert<SELF> {

  private static final SignificantDigits TWELVE = SignificantDigits.of(12);

  /** Creates the assertion. */
  protected AbstractFigureAssert(BigDecimal actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the figure is within the tolerance of {@code expected}: {@code isCloseTo(new
   * BigDecimal("0.0584347"), significantDigits(6))}.
   */
  public SELF isCloseTo(BigDecimal expected, SignificantDigits digits) {
    isNotNull();
    BigDecimal difference = actual.subtract(expected).abs();
    if (difference.compareTo(digits.tolerance(expected)) > 0) {
      failWithMessage(
          "%nExpecting figure:%n  %s%nto be close to%n  %s%nto %s, but the difference " + "is %s.",
          actual.toPlainString(), expected.toPlainString(), digits, difference.toPlainString());
    }
    return myself;
  }

  /** Like {@link #isCloseTo(BigDecimal, SignificantDigits)} with the expected value as text. */
  public SELF isCloseTo(String expected, SignificantDigits digits) {
    return isCloseTo(new BigDecimal(expected), digits);
  }

  /**
   * Verifies that the figure is the annual growth rate (a fraction) from {@code base} to {@code
   * target} over {@code years}, to 12 significant digits: {@code isGrowthRateBetween("752.8",
   * "1000", 5)}.
   */
  public SELF isGrowthRateBetween(String base, String target, int years) {
    isNotNull();
    BigDecimal expected = Growth.annualRate(new BigDecimal(base), new BigDecimal(target), years);
    BigDecimal difference = actual.subtract(expected).abs();
    if (difference.compareTo(TWELVE.tolerance(expected)) > 0) {
      failWithMessage(
          "%nExpecting figure:%n  %s%nto be the annual growth rate from %s to %s over "
              + "%s years,%n  %s%nbut the difference is %s.",
          actual.toPlainString(),
          base,
          target,
          years,
          expected.toPlainString(),
          difference.toPlainString());
    }
    return myself;
  }

  /**
   * Verifies that the figure, rounded to the places of {@code expected} with {@code mode}, is
   * {@code expected}: {@code roundsTo("5.84", RoundingMode.HALF_UP)} (四舍五入).
   */
  @SuppressWarnings("BigDecimalEquals") // both have the scale of expected
  public SELF roundsTo(String expected, RoundingMode mode) {
    isNotNull();
    BigDecimal wanted = new BigDecimal(expected);
    BigDecimal rounded = actual.setScale(wanted.scale(), mode);
    if (!rounded.equals(wanted)) {
      failWithMessage(
          "%nExpecting figure:%n  %s%nrounded %s to %s places to be%n  %s%nbut it "
              + "rounds to%n  %s",
          actual.toPlainString(), mode, wanted.scale(), expected, rounded.toPlainString());
    }
    return myself;
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GrowthPropertiesTest {

  private static final BigDecimal TWELVE_DIGITS = new BigDecimal("1e-12");
  private static final BigDecimal THIRTY_DIGITS = new BigDecimal("1e-30");

  /** 0.0001 to 1,000,000,000 with 4 decimals. */
  static Gen<BigDecimal> positives() {
    return longs().between(1, 10_000_000_000_000L).map(unscaled -> BigDecimal.valueOf(unscaled, 4));
  }

  @Test
  void projectingTheAnnualRate_givesBackTheEnd() {
    qt().forAll(positives(), positives(), integers().between(1, 40))
        .checkAssert(
            (base, end, years) -> {
              BigDecimal rate = Growth.annualRate(base, end, years);
              BigDecimal projected = Growth.project(base, rate, years);
              assertThat(Reference.relativeError(projected, end)).isLessThan(TWELVE_DIGITS);
            });
  }

  @Test
  void theAnnualRate_agreesWithAnIndependentBisection() {
    qt().forAll(positives(), positives(), integers().between(1, 120))
        .checkAssert(
            (start, end, years) -> {
              BigDecimal reference =
                  Reference.cagr(start.toPlainString(), end.toPlainString(), years);
              BigDecimal error = Growth.annualRate(start, end, years).subtract(reference).abs();
              assertThat(error)
                  .isLessThan(THIRTY_DIGITS.multiply(reference.abs().max(BigDecimal.ONE)));
            });
  }

  @Test
  void aRateNearZero_keepsItsDigits() {
    qt().forAll(positives(), integers().between(-1000, 1000), integers().between(1, 30))
        .checkAssert(
            (start, change, years) -> {
              // end = start (1 + change × 10^-15): rates down to about 3 × 10^-17 a year
              BigDecimal end = start.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(change, 15)));
              BigDecimal reference =
                  Reference.cagr(start.toPlainString(), end.toPlainString(), years);
              BigDecimal rate = Growth.annualRate(start, end, years);
              if (change == 0) {
                assertThat(rate).isEqualByComparingTo(BigDecimal.ZERO);
              } else {
                assertThat(Reference.relativeError(rate, reference))
                    .isLessThan(new BigDecimal("1e-32"));
              }
            });
  }

  @Test
  void aConstantSeries_hasNoGrowth() {
    qt().forAll(positives(), integers().between(1, 40))
        .checkAssert(
            (value, years) ->
                assertThat(Growth.annualRate(value, value, years))
                    .isEqualByComparingTo(BigDecimal.ZERO));
  }

  @Test
  void requiredGrowth_decreasesAsTheLatestValueRises() {
    qt().forAll(positives(), positives(), integers().between(2021, 2024))
        .checkAssert(
            (latest, target, year) -> {
              BigDecimal higher = latest.multiply(new BigDecimal("1.001"), MathContext.DECIMAL128);
              assertThat(Growth.requiredRate(higher, year, target, 2025))
                  .isLessThan(Growth.requiredRate(latest, year, target, 2025));
            });
  }

  @Test
  void annualAndCumulative_areInverse() {
    qt().forAll(positives(), integers().between(1, 30))
        .checkAssert(
            (end, years) -> {
              BigDecimal cumulative =
                  end.divide(new BigDecimal("1000"), MathContext.DECIMAL128)
                      .subtract(BigDecimal.ONE)
                      .max(new BigDecimal("-0.99"));
              BigDecimal annual = Growth.annualFromCumulative(cumulative, years);
              BigDecimal back = Growth.cumulativeFromAnnual(annual, years);
              assertThat(back.subtract(cumulative).abs()).isLessThan(TWELVE_DIGITS);
            });
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GrowthPropertiesTest {

  private static final BigDecimal TWELVE_DIGITS = new BigDecimal("1e-12");
  private static final BigDecimal THIRTY_DIGITS = new BigDecimal("1e-30");

  @Provide
  Arbitrary<BigDecimal> positives() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("1e9"))
        .ofScale(4).filter(v -> v.signum() > 0);
  }

  @Property
  void projectingTheAnnualRate_givesBackTheEnd(@ForAll("positives") BigDecimal base,
      @ForAll("positives") BigDecimal end, @ForAll @IntRange(min = 1, max = 40) int years) {
    BigDecimal rate = Growth.annualRate(base, end, years);
    BigDecimal projected = Growth.project(base, rate, years);
    assertThat(Reference.relativeError(projected, end)).isLessThan(TWELVE_DIGITS);
  }

  @Property(tries = 300)
  void theAnnualRate_agreesWithAnIndependentBisection(@ForAll("positives") BigDecimal start,
      @ForAll("positives") BigDecimal end, @ForAll @IntRange(min = 1, max = 120) int years) {
    BigDecimal reference = Reference.cagr(start.toPlainString(), end.toPlainString(), years);
    BigDecimal error = Growth.annualRate(start, end, years).subtract(reference).abs();
    assertThat(error).isLessThan(THIRTY_DIGITS.multiply(reference.abs().max(BigDecimal.ONE)));
  }

  @Property(tries = 200)
  void aRateNearZero_keepsItsDigits(@ForAll("positives") BigDecimal start,
      @ForAll @IntRange(min = -1000, max = 1000) int change,
      @ForAll @IntRange(min = 1, max = 30) int years) {
    // end = start (1 + change × 10^-15): rates down to about 3 × 10^-17 a year
    BigDecimal end = start.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(change, 15)));
    BigDecimal reference = Reference.cagr(start.toPlainString(), end.toPlainString(), years);
    BigDecimal rate = Growth.annualRate(start, end, years);
    if (change == 0) {
      assertThat(rate).isEqualByComparingTo(BigDecimal.ZERO);
    } else {
      assertThat(Reference.relativeError(rate, reference)).isLessThan(new BigDecimal("1e-32"));
    }
  }

  @Property
  void aConstantSeries_hasNoGrowth(@ForAll("positives") BigDecimal value,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    assertThat(Growth.annualRate(value, value, years)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Property
  void requiredGrowth_decreasesAsTheLatestValueRises(@ForAll("positives") BigDecimal latest,
      @ForAll("positives") BigDecimal target, @ForAll @IntRange(min = 2021, max = 2024) int year) {
    BigDecimal higher = latest.multiply(new BigDecimal("1.001"), MathContext.DECIMAL128);
    assertThat(Growth.requiredRate(higher, year, target, 2025))
        .isLessThan(Growth.requiredRate(latest, year, target, 2025));
  }

  @Property
  void annualAndCumulative_areInverse(@ForAll("positives") BigDecimal end,
      @ForAll @IntRange(min = 1, max = 30) int years) {
    BigDecimal cumulative = end.divide(new BigDecimal("1000"), MathContext.DECIMAL128)
        .subtract(BigDecimal.ONE).max(new BigDecimal("-0.99"));
    BigDecimal annual = Growth.annualFromCumulative(cumulative, years);
    BigDecimal back = Growth.cumulativeFromAnnual(annual, years);
    assertThat(back.subtract(cumulative).abs()).isLessThan(TWELVE_DIGITS);
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.planning.core.internal.BigMath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthTest {

  private static final BigDecimal TWELVE_DIGITS = new BigDecimal("1e-12");

  @ParameterizedTest
  @CsvSource({
    "752.8, 1000, 5",
    "496.8, 752.8, 5",
    "1, 2, 1",
    "1, 1000000, 7",
    "100, 99.999999, 3",
    "0.0197, 0.004, 5",
    "27, 25, 5",
    "1, 1.0000000001, 5",
    "12345678901234567890, 1, 30"
  })
  void annualRate_isCorrectTo12DigitsAgainstAReference(String start, String end, int years) {
    BigDecimal rate = Growth.annualRate(new BigDecimal(start), new BigDecimal(end), years);
    BigDecimal reference = Reference.cagr(start, end, years);

    assertThat(Reference.relativeError(rate, reference)).isLessThan(TWELVE_DIGITS);
    // in fact to far more: the result carries 34 digits
    assertThat(rate.subtract(reference).abs()).isLessThan(new BigDecimal("1e-30"));
  }

  @Test
  void annualRate_ofGdp_is5point8435PercentAYear() {
    BigDecimal rate =
        Growth.annualRate(new BigDecimal("752.8"), 2020, new BigDecimal("1000"), 2025);
    assertThat(PublishedRounding.HALF_UP.round(rate.movePointRight(2), 4))
        .isEqualByComparingTo("5.8435");
  }

  @ParameterizedTest
  @CsvSource({
    "1E-300, 1E300, 2",
    "3, 1E-250, 7",
    "1, 2, 1000",
    "1, 2, 1001",
    "2, 1, 5000",
    "7, 8, 100000",
    "0.5, 1E-300, 999999999",
    "0.0001, 999999999.9999, 120",
    "752.8, 1000, 1",
  })
  void annualRate_ofExtremeRatiosAndPeriods_isCorrectTo33Digits(
      String start, String end, int years) {
    BigDecimal rate = Growth.annualRate(new BigDecimal(start), new BigDecimal(end), years);
    assertThat(Reference.relativeError(rate, Reference.cagr(start, end, years)))
        .isLessThan(new BigDecimal("1e-33"));
  }

  @Test
  void annualRate_exactRootsAreExact() {
    assertThat(Growth.annualRate(new BigDecimal("100"), new BigDecimal("121"), 2))
        .isEqualByComparingTo("0.1");
    assertThat(Growth.annualRate(new BigDecimal("5"), new BigDecimal("5"), 3))
        .isEqualByComparingTo("0");
  }

  @Test
  void project_fiscalRevenueAt8Percent() {
    BigDecimal projected = Growth.project(new BigDecimal("82.8"), new BigDecimal("0.08"), 5);
    // 82.8 × 1.08^5 = 82.8 × 1.4693280768, exactly 121.66036475904
    assertThat(projected)
        .isEqualByComparingTo(new BigDecimal("82.8").multiply(new BigDecimal("1.4693280768")));
    assertThat(PublishedRounding.HALF_UP.round(projected, 2)).isEqualByComparingTo("121.66");
  }

  @Test
  void cumulativeAndAnnual_convert() {
    assertThat(Growth.cumulativeFromAnnual(new BigDecimal("0.1"), 2)).isEqualByComparingTo("0.21");
    assertThat(Growth.annualFromCumulative(new BigDecimal("0.21"), 2)).isEqualByComparingTo("0.1");
    BigDecimal annual = Growth.annualFromCumulative(new BigDecimal("-0.2"), 5);
    assertThat(Reference.relativeError(annual, Reference.cagr("1", "0.8", 5)))
        .isLessThan(TWELVE_DIGITS);
    assertThat(annual.movePointRight(2).setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("-4.36");
  }

  @Test
  void pointChange_isADifferenceOfPercentages() {
    assertThat(Growth.pointChange(Unit.PERCENT, new BigDecimal("73"), new BigDecimal("78")))
        .isEqualByComparingTo("5");
    assertThat(Growth.pointChange(new BigDecimal("51.3"), new BigDecimal("53")))
        .isEqualTo(new BigDecimal("1.7"));
    assertThatThrownBy(() -> Growth.pointChange(Unit.YI_YUAN, BigDecimal.ONE, BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit (亿元) must be percent (%) for a change in percentage points");
  }

  @Test
  void totalAndShare_ofCumulativeTargets() {
    BigDecimal total =
        Growth.total(
            List.of(new BigDecimal("1.1"), new BigDecimal("0.95"), new BigDecimal("1.15")));
    assertThat(total).isEqualTo(new BigDecimal("3.20"));
    assertThat(Growth.share(total, new BigDecimal("5"))).isEqualByComparingTo("0.64");
    assertThatThrownBy(() -> Growth.share(BigDecimal.ONE, BigDecimal.ZERO))
        .hasMessage("target (0) must not be 0");
  }

  @Test
  void errors_nameTheArgument() {
    assertThatThrownBy(() -> Growth.annualRate(BigDecimal.ZERO, BigDecimal.ONE, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start (0) must be > 0");
    assertThatThrownBy(() -> Growth.annualRate(BigDecimal.ONE, new BigDecimal("-13"), 5))
        .hasMessage("end (-13) must be > 0");
    assertThatThrownBy(() -> Growth.annualRate(BigDecimal.ONE, BigDecimal.TEN, 0))
        .hasMessage("years (0) must be > 0");
    assertThatThrownBy(() -> Growth.annualRate(BigDecimal.ONE, 2025, BigDecimal.TEN, 2020))
        .hasMessage("endYear (2020) must be after startYear (2025)");
    assertThatThrownBy(() -> Growth.requiredRate(BigDecimal.ONE, 2023, BigDecimal.TEN, 2023))
        .hasMessage("targetYear (2023) must be after latestYear (2023)");
    assertThatThrownBy(() -> Growth.requiredRate(new BigDecimal("-1"), 2023, BigDecimal.TEN, 2025))
        .hasMessage("latest (-1) must be > 0");
    assertThatThrownBy(() -> Growth.project(BigDecimal.ONE, new BigDecimal("-1"), 5))
        .hasMessage("annualRate (-1) must be > -1");
    assertThatThrownBy(() -> Growth.project(BigDecimal.ONE, BigDecimal.ONE, -1))
        .hasMessage("years (-1) must be >= 0");
    new NullPointerTester()
        .setDefault(Unit.class, Unit.PERCENT)
        .testAllPublicStaticMethods(Growth.class);
  }

  @Test
  void periodsLongerThanMaxYears_areRejectedNamingTheYears() {
    assertThat(Growth.annualRate(BigDecimal.ONE, BigDecimal.TEN, Growth.MAX_YEARS)).isPositive();
    assertThatThrownBy(() -> Growth.annualRate(BigDecimal.ONE, BigDecimal.TEN, 1_000_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("years (1000000000) must be <= 999999999");
    assertThatThrownBy(() -> Growth.annualFromCumulative(BigDecimal.ONE, Integer.MAX_VALUE))
        .hasMessage("years (2147483647) must be <= 999999999");
    assertThatThrownBy(() -> Growth.project(BigDecimal.ONE, BigDecimal.ONE, Integer.MAX_VALUE))
        .hasMessage("years (2147483647) must be <= 999999999");
    assertThatThrownBy(() -> Growth.cumulativeFromAnnual(BigDecimal.ONE, 1_000_000_000))
        .hasMessage("years (1000000000) must be <= 999999999");
    assertThatThrownBy(
            () -> Growth.annualRate(BigDecimal.ONE, Integer.MIN_VALUE, BigDecimal.TEN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endYear (1) must be at most 999999999 years after startYear (-2147483648)");
  }

  @Test
  void publishedRounding_halfUpAndGbT8170() {
    assertThat(PublishedRounding.HALF_UP.round(new BigDecimal("2.45"), 1)).isEqualTo("2.5");
    assertThat(PublishedRounding.GB_T_8170.round(new BigDecimal("2.45"), 1)).isEqualTo("2.4");
    assertThat(PublishedRounding.GB_T_8170.round(new BigDecimal("2.35"), 1)).isEqualTo("2.4");
    assertThat(PublishedRounding.GB_T_8170.round(new BigDecimal("2.4501"), 1)).isEqualTo("2.5");
    assertThat(PublishedRounding.HALF_UP.round(new BigDecimal("-2.45"), 1)).isEqualTo("-2.5");
    assertThat(
            PublishedRounding.HALF_UP.roundLike(
                new BigDecimal("121.66036"), new BigDecimal("82.8")))
        .isEqualTo("121.7");
    assertThat(PublishedRounding.HALF_UP.round(new BigDecimal("1250"), -2)).isEqualTo("1.3E+3");
  }

  @Test
  void bigMath_lnAgreesWithKnownValues() {
    // reference digits from an independent 80-digit computation
    assertThat(BigMath.ln(new BigDecimal("10"), new java.math.MathContext(40)))
        .isEqualByComparingTo("2.302585092994045684017991454684364207601");
    assertThat(BigMath.ln(new BigDecimal("5"), new java.math.MathContext(40)))
        .isEqualByComparingTo("1.609437912434100374600759333226187639526");
    assertThat(BigMath.ln(BigDecimal.ONE, new java.math.MathContext(30))).isEqualByComparingTo("0");
    // ln(2) to 40 digits
    assertThat(BigMath.ln(new BigDecimal("2"), new java.math.MathContext(40)))
        .isEqualByComparingTo("0.6931471805599453094172321214581765680755");
    assertThat(BigMath.ln(new BigDecimal("0.5"), new java.math.MathContext(40)))
        .isEqualByComparingTo("-0.6931471805599453094172321214581765680755");
  }
}

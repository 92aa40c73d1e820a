package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FractionTest {

  @Test
  void parse_decimalsIntegersAndFractions_inLowestTerms() {
    assertThat(Fraction.parse("10000/15"))
        .isEqualTo(new Fraction(BigInteger.valueOf(2000), BigInteger.valueOf(3)))
        .hasToString("2000/3");
    assertThat(Fraction.parse("0.5")).hasToString("1/2");
    assertThat(Fraction.parse("29.3076E9")).hasToString("29307600000");
    assertThat(Fraction.parse("1.5/0.5")).hasToString("3");
    assertThat(Fraction.parse("100.00")).hasToString("100");
    assertThatThrownBy(() -> Fraction.parse("-1")).hasMessage("a factor must be positive: -1/1");
    assertThatThrownBy(() -> Fraction.of(BigInteger.ONE, BigInteger.ZERO))
        .hasMessage("a factor must be positive: 1/0");
  }

  @Test
  void arithmetic() {
    Fraction twoThirds = Fraction.parse("2/3");
    assertThat(twoThirds.multiply(Fraction.parse("3/4"))).hasToString("1/2");
    assertThat(twoThirds.divide(Fraction.parse("4"))).hasToString("1/6");
    assertThat(twoThirds.pow(2)).hasToString("4/9");
    assertThat(twoThirds.pow(-2)).hasToString("9/4");
    assertThat(twoThirds.pow(0)).isEqualTo(Fraction.ONE);
    assertThat(Fraction.powerOfTen(3)).hasToString("1000");
    assertThat(Fraction.powerOfTen(-3)).hasToString("1/1000");
    assertThat(Fraction.powerOfTen(0)).isEqualTo(Fraction.ONE);
  }

  @Test
  void times_exactlyOrRoundedOnce() {
    Fraction half = Fraction.parse("1/2");
    assertThat(half.timesExactly(new BigDecimal("1.5"))).isEqualTo(new BigDecimal("0.75"));
    assertThat(half.timesExactly(new BigDecimal("3"))).isEqualTo(new BigDecimal("1.5"));
    assertThat(Fraction.parse("2").timesExactly(new BigDecimal("1.50")))
        .isEqualTo(new BigDecimal("3.00"));
    assertThat(Fraction.powerOfTen(4).timesExactly(new BigDecimal("752.8")))
        .isEqualTo(new BigDecimal("7.528E+6"));
    assertThat(half.timesExactly(new BigDecimal("0.000"))).isEqualTo(new BigDecimal("0.000"));
    Fraction third = Fraction.parse("1/3");
    assertThatThrownBy(() -> third.timesExactly(BigDecimal.ONE))
        .isInstanceOf(ArithmeticException.class);
    assertThat(third.times(BigDecimal.ONE, new MathContext(3, RoundingMode.HALF_UP)))
        .isEqualTo(new BigDecimal("0.333"));
    assertThat(Fraction.parse("2/3").times(BigDecimal.ONE, 2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("0.67"));
    assertThat(Fraction.parse("2/3").times(BigDecimal.ONE, 2, RoundingMode.DOWN))
        .isEqualTo(new BigDecimal("0.66"));
  }
}

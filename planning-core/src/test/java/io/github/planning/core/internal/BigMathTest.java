package io.github.planning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Reference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link BigMath}'s roots and rates against {@link Reference}'s bisection. */
class BigMathTest {

  private static final MathContext DIGITS_34 = MathContext.DECIMAL128;

  private final Random random = new Random(20261128);

  @Test
  void root_isCorrectToItsPrecision() {
    for (int i = 0; i < 200; i++) {
      int n = 2 + random.nextInt(i % 10 == 0 ? 999 : 30);
      BigDecimal a = BigDecimal.valueOf(1 + random.nextInt(Integer.MAX_VALUE), random.nextInt(40));
      BigDecimal root = BigMath.root(a, n, DIGITS_34);
      assertThat(Reference.relativeError(root, Reference.root(a, n)))
          .as("%s^(1/%s)", a, n)
          .isLessThan(new BigDecimal("1e-33"));
    }
  }

  @Test
  void compoundRate_keepsItsDigitsWhenTheRootCancelsAgainstOne() {
    for (int exponent = 5; exponent <= 45; exponent += 10) {
      BigDecimal start = new BigDecimal("752.8");
      BigDecimal end = start.add(BigDecimal.ONE.movePointLeft(exponent));
      for (int n : new int[] {2, 5, 30, 999}) {
        BigDecimal rate = BigMath.compoundRate(start, end, n, DIGITS_34);
        BigDecimal reference =
            Reference.root(end.divide(start, wide(exponent)), n, wide(exponent))
                .subtract(BigDecimal.ONE);
        assertThat(Reference.relativeError(rate, reference))
            .as("752.8 + 1e-%s over %s years", exponent, n)
            .isLessThan(new BigDecimal("1e-33"));
      }
    }
  }

  @Test
  void compoundRate_ofEqualValues_isZero_andOfOneYear_isTheChange() {
    assertThat(BigMath.compoundRate(BigDecimal.TEN, new BigDecimal("10.000"), 7, DIGITS_34))
        .isEqualByComparingTo("0");
    assertThat(BigMath.compoundRate(new BigDecimal("8"), BigDecimal.TEN, 1, DIGITS_34))
        .isEqualByComparingTo("0.25");
  }

  @Test
  void compoundRate_isRoundedOnceToTheContext() {
    // 1.1^(1/3) − 1 = 0.03228011545636718… to 40 digits
    BigDecimal rate =
        BigMath.compoundRate(
            BigDecimal.ONE, new BigDecimal("1.1"), 3, new MathContext(40, RoundingMode.HALF_UP));
    assertThat(rate.precision()).isEqualTo(40);
    assertThat(rate)
        .isEqualByComparingTo(
            Reference.cagr("1", "1.1", 3).round(new MathContext(40, RoundingMode.HALF_UP)));
  }

  private static MathContext wide(int exponent) {
    return new MathContext(60 + exponent, RoundingMode.HALF_EVEN);
  }
}

package io.github.planning.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Reference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The error bounds that decide how many Newton steps {@link BigMath#compoundRate} takes. */
class BigMathTest {

  private static final BigDecimal ONE_FIXED =
      new BigDecimal(BigInteger.ONE.shiftLeft(BigMath.FRACTION_BITS));

  private final Random random = new Random(20261128);

  @Test
  void theDoubleEstimate_hasItsCorrectBits() {
    for (int i = 0; i < 300; i++) {
      int n = 2 + random.nextInt(i % 10 == 0 ? 999 : 30);
      BigInteger m = randomM(n);
      BigDecimal root = new BigDecimal(BigMath.doubleRoot(m, n));
      assertThat(relativeErrorOfRoot(root, m, n))
          .as("n = %s, m = %s", n, m)
          .isLessThan(twoToThe(-BigMath.ESTIMATE_BITS));
    }
  }

  @Test
  void theDoubleDoubleStep_hasItsCorrectBits() {
    for (int i = 0; i < 300; i++) {
      int n = 2 + random.nextInt(i % 10 == 0 ? 999 : 30);
      BigInteger m = randomM(n);
      BigInteger x = BigMath.doubleDoubleStep(m, n, BigMath.doubleRoot(m, n));
      BigDecimal root = new BigDecimal(x).divide(ONE_FIXED, Reference.MC);
      int bits = 2 * BigMath.ESTIMATE_BITS - BigMath.lossPerStep(n) - 1;
      assertThat(relativeErrorOfRoot(root, m, n))
          .as("n = %s, m = %s", n, m)
          .isLessThan(twoToThe(-bits));
    }
  }

  /** A fixed-point m in [1/2, 2^n), as {@link BigMath#compoundRate} gives its root step. */
  private BigInteger randomM(int n) {
    int bits = BigMath.FRACTION_BITS + random.nextInt(n + 1);
    return new BigInteger(bits, random).setBit(bits - 1);
  }

  private static BigDecimal relativeErrorOfRoot(BigDecimal root, BigInteger m, int n) {
    BigDecimal a = new BigDecimal(m).divide(ONE_FIXED, Reference.MC);
    return Reference.relativeError(root, Reference.root(a, n));
  }

  private static BigDecimal twoToThe(int exponent) {
    return BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exponent)), Reference.MC);
  }
}

package io.github.planning.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Independent high-precision reference computations for tests: roots by bisection to 60 digits, a
 * method unrelated to the Newton iteration of the code under test.
 */
public final class Reference {

  public static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);

  private Reference() {}

  /** The nth root of a positive number, by bisection of the root of a^(1/n) / 10^k in [0, 10). */
  public static BigDecimal root(BigDecimal a, int n) {
    return root(a, n, MC);
  }

  /** As {@link #root(BigDecimal, int)}, to the digits of {@code mc}. */
  public static BigDecimal root(BigDecimal a, int n, MathContext mc) {
    int k = Math.floorDiv(a.precision() - a.scale() - 1, n);
    BigDecimal m = a.scaleByPowerOfTen(-n * k);
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.TEN;
    BigDecimal two = BigDecimal.valueOf(2);
    int halvings = (int) Math.ceil(mc.getPrecision() * 3.33) + 20;
    for (int i = 0; i < halvings; i++) {
      BigDecimal mid = low.add(high).divide(two, mc);
      if (mid.pow(n, mc).compareTo(m) > 0) {
        high = mid;
      } else {
        low = mid;
      }
    }
    return low.scaleByPowerOfTen(k);
  }

  /** (end / start)^(1/years) − 1. */
  public static BigDecimal cagr(String start, String end, int years) {
    return root(new BigDecimal(end).divide(new BigDecimal(start), MC), years)
        .subtract(BigDecimal.ONE);
  }

  /** |actual − expected| / |expected| (or |actual| when expected is 0). */
  public static BigDecimal relativeError(BigDecimal actual, BigDecimal expected) {
    BigDecimal diff = actual.subtract(expected).abs();
    return expected.signum() == 0 ? diff : diff.divide(expected.abs(), MC);
  }
}

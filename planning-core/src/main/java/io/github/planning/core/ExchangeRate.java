package io.github.planning.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A rate at which one currency converts into another, given by the user: {@code 1 美元 = 6.8974 元} is
 *
 * <pre>{@code
 * ExchangeRate rate = ExchangeRate.of(Unit.parse("美元"), new BigDecimal("6.8974"), Unit.YUAN);
 * Unit.parse("亿美元").convert(new BigDecimal("2"), Unit.YI_YUAN, rate, MathContext.DECIMAL64)
 * // 13.7948
 * }</pre>
 *
 * <p>{@link Unit} never assumes a rate: without one, {@code 美元} does not convert to {@code 元}.
 * Immutable and thread-safe.
 *
 * @param from the currency one of which is worth {@code rate} of {@code to}, with any prefix
 *     ({@code 亿美元})
 * @param rate how many {@code to} one {@code from} is worth, positive
 * @param to the other currency
 */
public record ExchangeRate(Unit from, BigDecimal rate, Unit to) {

  /**
   * @throws IllegalArgumentException unless {@code from} and {@code to} are units of two different
   *     currencies and {@code rate} is positive
   */
  public ExchangeRate {
    requireNonNull(from, "from");
    requireNonNull(rate, "rate");
    requireNonNull(to, "to");
    String fromCurrency = from.currency().orElseThrow(() -> notACurrency(from));
    String toCurrency = to.currency().orElseThrow(() -> notACurrency(to));
    if (fromCurrency.equals(toCurrency)) {
      throw new IllegalArgumentException(
          "an exchange rate needs two currencies, '"
              + from
              + "' and '"
              + to
              + "' are both "
              + fromCurrency);
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate (" + rate.toPlainString() + ") must be > 0");
    }
  }

  /** {@code 1 from = rate to}. */
  public static ExchangeRate of(Unit from, BigDecimal rate, Unit to) {
    return new ExchangeRate(from, rate, to);
  }

  private static IllegalArgumentException notACurrency(Unit unit) {
    return new IllegalArgumentException("'" + unit + "' is not a currency");
  }
}

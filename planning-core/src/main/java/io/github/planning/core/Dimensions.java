package io.github.planning.core;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exponent of each dimension of a unit, by the dimension's key; two units convert when their
 * dimensions are equal.
 *
 * <pre>{@code
 * Dimensions.of(UnitFactor.decompose("万元/人"));      // {money:CNY=1, people=-1}
 * Dimensions.of(UnitFactor.decompose("人/亿美元"))
 *     .atRate("money:USD", "money:CNY");              // {money:CNY=-1, people=1}
 * Dimensions.of(UnitFactor.decompose("亿美元"))
 *     .withoutCurrencies();                           // {money=1}
 * }</pre>
 *
 * @param exponents the exponent of each dimension, none of them zero
 */
record Dimensions(SortedMap<String, Integer> exponents) {

  /** The dimensions of the product of {@code factors}. */
  static Dimensions of(List<UnitFactor> factors) {
    SortedMap<String, Integer> exponents = new TreeMap<>();
    for (UnitFactor factor : factors) {
      exponents.merge(factor.dimension(), factor.exponent(), Integer::sum);
    }
    exponents.values().removeIf(e -> e == 0);
    return new Dimensions(ImmutableSortedMap.copyOfSorted(exponents));
  }

  /** The exponent of {@code dimension}, 0 if it is not one of these. */
  int exponent(String dimension) {
    return exponents.getOrDefault(dimension, 0);
  }

  /** The first dimension by key; of a currency, its only one ({@code money:USD}). */
  String first() {
    return exponents.firstKey();
  }

  /** These dimensions with currency {@code from} counted as {@code to}. */
  Dimensions atRate(String from, String to) {
    SortedMap<String, Integer> converted = new TreeMap<>(exponents);
    Integer exponent = converted.remove(from);
    if (exponent != null) {
      converted.merge(to, exponent, Integer::sum);
      converted.values().removeIf(e -> e == 0);
    }
    return new Dimensions(converted);
  }

  /** These dimensions with every currency counted as money. */
  Dimensions withoutCurrencies() {
    SortedMap<String, Integer> plain = new TreeMap<>();
    exponents.forEach(
        (key, exponent) ->
            plain.merge(key.startsWith("money:") ? "money" : key, exponent, Integer::sum));
    return new Dimensions(plain);
  }
}

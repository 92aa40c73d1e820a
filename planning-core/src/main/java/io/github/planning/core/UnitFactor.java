package io.github.planning.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One factor of a unit: a catalogue unit as written ({@code 亩}), the power of ten of its prefix
 * ({@code 4} for {@code 万亩}) and its exponent (−1 in a denominator).
 *
 * <pre>{@code
 * UnitFactor.decompose("万元/人");   // 元 with prefix 4 and exponent 1, 人 with prefix 0 and exponent −1
 * UnitFactor.decompose("吨公里");    // null: the catalogue does not know it
 * }</pre>
 *
 * @param written the catalogue unit as written after the prefix, such as {@code 元} in {@code 万元}
 * @param entry the catalogue's entry of that unit
 * @param prefix the power of ten of the prefix: 4 for {@code 万}, 0 without one
 * @param exponent 1 in the numerator, −1 in the denominator
 */
record UnitFactor(String written, UnitCatalogue.Entry entry, int prefix, int exponent) {

  /** The factors of {@code 万元/人}: 万元 and 人⁻¹; null when one is not in the catalogue. */
  static @Nullable List<UnitFactor> decompose(String symbol) {
    int slash = indexOfSlash(symbol, 0);
    if (slash >= 0 && indexOfSlash(symbol, slash + 1) >= 0) {
      return null; // 元/人/年: per what?
    }
    List<UnitFactor> factors = new ArrayList<>();
    if (!addProduct(slash < 0 ? symbol : symbol.substring(0, slash), 1, factors)) {
      return null;
    }
    if (slash >= 0) {
      String per = symbol.substring(slash + 1);
      if (!addProduct(per.startsWith("每") ? per.substring(1) : per, -1, factors)) {
        return null;
      }
    }
    return ImmutableList.copyOf(factors);
  }

  private static int indexOfSlash(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '／') {
        return i;
      }
    }
    return -1;
  }

  /** Adds the units of a product such as {@code 人·月}; false if one of them is not known. */
  private static boolean addProduct(String product, int exponent, List<UnitFactor> factors) {
    int from = 0;
    for (int i = 0; i <= product.length(); i++) {
      if (i == product.length() || isTimes(product.charAt(i))) {
        UnitFactor factor = read(product.substring(from, i), exponent);
        if (factor == null) {
          return false;
        }
        factors.add(factor);
        from = i + 1;
      }
    }
    return true;
  }

  private static boolean isTimes(char c) {
    return c == '·' || c == '・';
  }

  /** {@code 万亩}: the unit 亩 of the catalogue after the prefix 万, or null. */
  private static @Nullable UnitFactor read(String text, int exponent) {
    UnitCatalogue catalogue = UnitCatalogue.STANDARD;
    for (int start = 0; start < text.length(); start++) {
      String written = text.substring(start);
      UnitCatalogue.Entry entry = catalogue.unit(written);
      Integer prefix = start == 0 ? Integer.valueOf(0) : catalogue.prefix(text.substring(0, start));
      if (entry != null && prefix != null) {
        return new UnitFactor(written, entry, prefix, exponent);
      }
    }
    return null;
  }

  /** The key of the dimension of the catalogue unit, such as {@code area} or {@code money:CNY}. */
  String dimension() {
    return entry.dimension();
  }

  /** The value of this factor in the base of its dimension: 1 万亩 is 10⁴ × 10000/15 平方米. */
  Fraction value() {
    return entry.factor().multiply(Fraction.powerOfTen(prefix)).pow(exponent);
  }

  /**
   * What the dimension is, from the catalogue: {@code an area} with the article, {@code area}
   * without; {@code money in CNY} either way.
   */
  String phrase(boolean withArticle) {
    String key = entry.dimension();
    UnitCatalogue.Dimension dimension = requireNonNull(UnitCatalogue.STANDARD.dimension(key), key);
    int colon = key.indexOf(':');
    String qualifier = colon < 0 ? "" : key.substring(colon + 1);
    return (withArticle ? dimension.phrase() : dimension.noun()).replace("{}", qualifier);
  }
}

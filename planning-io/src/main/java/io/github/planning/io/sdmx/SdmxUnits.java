package io.github.planning.io.sdmx;

import io.github.planning.core.Unit;
import java.util.Optional;

/**
 * {@code UNIT_MEASURE} and {@code UNIT_MULT} of a unit: the unit without its scale prefix and the
 * power of ten of the prefix, so that a figure is written as published.
 *
 * <p>{@code 亿元} is {@code 元} with multiplier 8, {@code 万人} is {@code 人} with 4, {@code %} is {@code
 * %} with 0. SDMX's {@code CL_UNIT_MULT} lists 0–4, 6, 9, 12 and 15 but not 8; the library's
 * structure extends the list with every power from −15 to 15 rather than rescale figures (752.8 亿元
 * stays 752.8 with multiplier 8, not 75.28 with 9), so that a published figure keeps its digits.
 */
final class SdmxUnits {

  private SdmxUnits() {}

  /** The unit without its scale prefix ({@code 元} of 亿元); empty for no unit. */
  static Optional<String> measure(Unit unit) {
    if (unit.isNone()) {
      return Optional.empty();
    }
    return Optional.of(isScaled(unit) ? unit.baseUnit().orElseThrow().symbol() : unit.symbol());
  }

  /** The power of ten of the unit's scale prefix: 8 for 亿元, 0 for % and unknown units. */
  static int multiplier(Unit unit) {
    return isScaled(unit) ? unit.scale() : 0;
  }

  /**
   * Whether the unit is a power of ten of a base unit; ratios (%, ‰) and points are written as they
   * are.
   */
  private static boolean isScaled(Unit unit) {
    return unit.baseUnit().filter(base -> !base.equals(Unit.PERCENT)).isPresent();
  }
}

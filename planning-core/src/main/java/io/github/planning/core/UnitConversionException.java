package io.github.planning.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an amount cannot be converted from one unit to another, for example from {@code 亿元}
 * to {@code 万人}. It names both units.
 */
public final class UnitConversionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Unit from;
  private final transient Unit to;

  UnitConversionException(Unit from, Unit to, String reason) {
    super("Cannot convert " + quote(from) + " to " + quote(to) + ": " + reason);
    this.from = requireNonNull(from, "from");
    this.to = requireNonNull(to, "to");
  }

  private static String quote(Unit unit) {
    return "'" + unit.symbol() + "'";
  }

  /** The unit converted from. */
  public Unit from() {
    return from;
  }

  /** The unit asked for. */
  public Unit to() {
    return to;
  }
}

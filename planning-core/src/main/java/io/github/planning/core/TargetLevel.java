package io.github.planning.core;

import java.math.BigDecimal;

/** A target as a level and the relation that meets it; linear for % and point targets. */
final class TargetLevel {
  final BigDecimal level;
  final Relation relation;
  final boolean linear;

  TargetLevel(BigDecimal level, Relation relation, boolean linear) {
    this.level = level;
    this.relation = relation;
    this.linear = linear;
  }

  /** Whether {@code value} meets the target: within a bound, or at or beyond it in the good direction. */
  boolean isMetBy(BigDecimal value, Direction direction) {
    int c = value.compareTo(level);
    switch (relation) {
      case AT_MOST:
        return c <= 0;
      case BELOW:
        return c < 0;
      case AT_LEAST:
        return c >= 0;
      case ABOVE:
        return c > 0;
      default:
        return direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }
  }
}

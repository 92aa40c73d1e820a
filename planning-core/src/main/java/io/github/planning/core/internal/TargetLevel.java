package io.github.planning.core.internal;

import io.github.planning.core.Direction;
import io.github.planning.core.Growth;
import io.github.planning.core.Relation;
import io.github.planning.core.Target;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The level a target asks for, given the base, and the relation that meets it; linear for % and
 * point targets. A range has an upper end.
 */
public final class TargetLevel {
  public final BigDecimal level;
  public final Relation relation;
  public final boolean linear;
  public final @Nullable BigDecimal high;

  public TargetLevel(BigDecimal level, Relation relation, boolean linear) {
    this(level, relation, linear, null);
  }

  private TargetLevel(
      BigDecimal level, Relation relation, boolean linear, @Nullable BigDecimal high) {
    this.level = level;
    this.relation = relation;
    this.linear = linear;
    this.high = high;
  }

  public static TargetLevel range(BigDecimal low, BigDecimal high, boolean linear) {
    return new TargetLevel(low, Relation.RANGE, linear, high);
  }

  /**
   * The level a target names, given the base: a level, bound or range itself; base + change; base ×
   * multiple; base × (1 + rate)^years for an annual growth of a quantity (not of a % indicator, not
   * of −100 % or less, with a positive base); base + change for a cumulative change of a level. A
   * level derived from the base is one to reach by the target year, never a bound. Empty for the
   * other kinds.
   */
  public static Optional<TargetLevel> of(
      Target target, Optional<BigDecimal> base, int years, boolean percent) {
    if (target instanceof Target.Level level) {
      return Optional.of(new TargetLevel(level.amount(), level.relation(), percent));
    } else if (target instanceof Target.Range range) {
      return Optional.of(range(range.low(), range.high(), percent));
    } else if (target instanceof Target.LevelChange change) {
      return base.map(b -> new TargetLevel(b.add(change.amount()), Relation.EXACT, true));
    } else if (target instanceof Target.Multiple multiple) {
      return base.map(b -> new TargetLevel(b.multiply(multiple.factor()), Relation.EXACT, false));
    } else if (target instanceof Target.Cumulative cumulative
        && cumulative.meaning() == Target.Cumulative.Meaning.CHANGE) {
      return base.map(b -> new TargetLevel(b.add(cumulative.signedAmount()), Relation.EXACT, true));
    } else if (target instanceof Target.AnnualGrowth growth) {
      return annual(growth, base, years, percent);
    }
    return Optional.empty();
  }

  private static Optional<TargetLevel> annual(
      Target.AnnualGrowth growth, Optional<BigDecimal> base, int years, boolean percent) {
    if (percent
        || base.filter(b -> b.signum() > 0).isEmpty()
        || years <= 0
        || growth.percent().compareTo(BigDecimal.valueOf(-100)) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new TargetLevel(
            Growth.project(base.get(), growth.percent().movePointLeft(2), years),
            Relation.EXACT,
            false));
  }

  /** Whether the relation is a bound (at least, at most, below, above) rather than a level. */
  public boolean isBound() {
    return relation == Relation.AT_LEAST
        || relation == Relation.AT_MOST
        || relation == Relation.BELOW
        || relation == Relation.ABOVE;
  }

  /**
   * Whether {@code value} meets the target: within a bound or range, or at or beyond it in the good
   * direction.
   */
  public boolean isMetBy(BigDecimal value, Direction direction) {
    int c = value.compareTo(level);
    return switch (relation) {
      case AT_MOST -> c <= 0;
      case BELOW -> c < 0;
      case AT_LEAST -> c >= 0;
      case ABOVE -> c > 0;
      case RANGE -> c >= 0 && value.compareTo(high) <= 0;
      default -> direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    };
  }

  /** The end of the target the way from {@code base} leads to: the nearer end of a range. */
  public BigDecimal towards(BigDecimal base) {
    BigDecimal high = this.high; // set for a range only
    return relation == Relation.RANGE && high != null && base.compareTo(high) > 0 ? high : level;
  }
}

package io.github.planning.core;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads one cell of a row as a {@link Target}; the rules are those of {@link Target}. */
final class TargetReader {

  private TargetReader() {}

  static Target read(PlanValue cell, PlanRow row, boolean growthColumn) {
    return switch (cell.kind()) {
      case ASSIGNED -> new Target.Assigned(cell, cell.level().orElseThrow(), cell.relation());
      case RELATIVE ->
          new Target.Relative(cell, cell.level().orElseThrow(), cell.relation().orElseThrow());
      case LINKED -> new Target.Linked(cell, cell.subject().orElseThrow());
      case KEEP_STABLE -> new Target.KeepStable(cell);
      case MULTIPLE -> new Target.Multiple(cell, cell.amount().orElseThrow());
      case RATIO -> new Target.Descriptive(cell, "a ratio");
      case FIGURE -> figure(cell, row, growthColumn);
      default -> new Target.Descriptive(cell, "no figure");
    };
  }

  private static Target figure(PlanValue cell, PlanRow row, boolean growthColumn) {
    BigDecimal amount = cell.amount().orElseThrow();
    Relation relation = cell.relation().orElseThrow();
    if (cell.isChange()) {
      if (growthColumn
          && !cell.isCumulative()
          && cell.unit().filter(Unit::isPercentagePoint).isEmpty()) {
        return new Target.AnnualGrowth(cell, cell.signedChange().orElseThrow(), relation);
      }
      return new Target.LevelChange(cell, cell.signedChange().orElseThrow());
    }
    if (cell.isCumulative()) {
      return cumulative(cell, row, amount, relation);
    }
    if (relation == Relation.RANGE) {
      return new Target.Range(cell, amount, cell.secondAmount().orElseThrow());
    }
    Unit unit = row.indicator().unit();
    if (cell.unit().filter(u -> !u.isPercent() && !u.isEquivalentTo(unit)).isPresent()) {
      return new Target.Descriptive(
          cell,
          "the unit " + cell.unit().get().symbol() + " is not the indicator's " + unit.symbol());
    }
    boolean rateIndicator = unit.isPercent();
    if (growthColumn
        && !(rateIndicator
            && (isBound(relation) || isRateOfChange(row.indicator().normalisedName())))) {
      return new Target.AnnualGrowth(cell, amount, relation);
    }
    boolean everyYear =
        growthColumn
            || (isBound(relation) && row.indicator().attribute().orElse(null) == Attribute.BINDING);
    return new Target.Level(cell, amount, relation, cell.secondAmount(), everyYear);
  }

  private static Target cumulative(
      PlanValue cell, PlanRow row, BigDecimal amount, Relation relation) {
    String name = row.indicator().normalisedName();
    boolean decrease = endsWithDecrease(name) || row.direction() == Direction.LOWER_IS_BETTER;
    Target.Cumulative.Meaning meaning;
    boolean rateOfChange =
        isRateOfChange(name)
            && (row.indicator().unit().isPercent()
                || cell.isPercent()
                || row.indicator().unit().isNone());
    if (rateOfChange && changesARate(name)) {
      meaning = Target.Cumulative.Meaning.SUM; // 近视率降低 [5]: yearly changes in points add up
    } else if (rateOfChange) {
      meaning = Target.Cumulative.Meaning.PERCENT_CHANGE;
    } else if (row.measure() == Measure.FLOW) {
      meaning = Target.Cumulative.Meaning.SUM;
    } else {
      meaning = Target.Cumulative.Meaning.CHANGE;
    }
    return new Target.Cumulative(
        cell, amount, relation, meaning, meaning != Target.Cumulative.Meaning.SUM && decrease);
  }

  static boolean isBound(Relation relation) {
    return relation == Relation.AT_LEAST
        || relation == Relation.AT_MOST
        || relation == Relation.BELOW
        || relation == Relation.ABOVE;
  }

  /** 城镇调查失业率, 研发经费投入增长: the indicator is itself a rate or a growth. */
  static boolean namesARate(PlanRow row) {
    String name = row.indicator().normalisedName();
    return name.endsWith("率") || isRateOfChange(name);
  }

  /** A name that ends in a word of change: 降低, 下降, 减少, 增长, 提高, 增速, 增幅. */
  static boolean isRateOfChange(String name) {
    return endsWithDecrease(name)
        || name.endsWith("增长")
        || name.endsWith("提高")
        || name.endsWith("增速")
        || name.endsWith("增幅");
  }

  /** 近视率降低: the quantity changed is itself a rate, so its changes are in points. */
  private static boolean changesARate(String name) {
    String stem = name.substring(0, name.length() - 2);
    return stem.endsWith("率") || stem.endsWith("比重") || stem.endsWith("比例");
  }

  private static boolean endsWithDecrease(String name) {
    return name.endsWith("降低") || name.endsWith("下降") || name.endsWith("减少");
  }

  static Optional<BigDecimal> base(PlanRow row) {
    return row.base().flatMap(PlanValue::plainAmount);
  }
}

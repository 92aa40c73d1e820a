package io.github.planning.core;

import java.math.BigDecimal;

/** Writes the canonical spelling of a value's reading; {@link NotationScanner} reads it back. */
final class NotationFormatter {

  private NotationFormatter() {}

  static String format(PlanValue value) {
    return switch (value.kind()) {
      case NOT_APPLICABLE -> "——";
      case FIGURE -> figure(value);
      case RATIO ->
          plain(value.amount().orElseThrow(() -> missing("amount")))
              + ":"
              + plain(value.secondAmount().orElseThrow(() -> missing("second amount")))
              + suffix(value.relation().orElse(Relation.EXACT))
              + value.footnote().orElse("");
      case ASSIGNED ->
          value.relation().map(NotationFormatter::assignedBound).orElse("完成")
              + value.level().orElseThrow(() -> missing("level")).label()
              + "下达指标";
      case MULTIPLE -> multiple(value.amount().orElseThrow(() -> missing("amount")));
      case RELATIVE ->
          relativeWord(value.relation().orElseThrow(() -> missing("relation")))
              + averageLevel(value.level().orElseThrow(() -> missing("level")))
              + "平均";
      case LINKED -> "与" + value.subject().orElseThrow(() -> missing("subject")) + "同步";
      case KEEP_STABLE -> "稳定保持";
      default -> throw new IllegalStateException("No canonical text for " + value.kind());
    };
  }

  private static String figure(PlanValue value) {
    Relation relation = value.relation().orElse(Relation.EXACT);
    StringBuilder out = new StringBuilder();
    value
        .change()
        .ifPresent(
            change -> {
              if (change == Change.DECREASE) {
                out.append("下降");
              } else if (change == Change.INCREASE) {
                out.append("提高");
              }
            });
    out.append(prefix(relation));
    if (value.isCumulative()) {
      out.append('[');
    }
    BigDecimal amount = value.amount().orElseThrow(() -> missing("amount"));
    out.append(plain(amount));
    boolean aspiring = relation == Relation.AT_LEAST || relation == Relation.ABOVE;
    value
        .secondAmount()
        .filter(second -> !aspiring)
        .ifPresent(second -> out.append(second.signum() < 0 ? "至" : "-").append(plain(second)));
    if (value.isCumulative()) {
      out.append(']');
    }
    value.unit().ifPresent(unit -> out.append(unit.isPercent() ? "%" : unit.symbol()));
    out.append(suffix(relation));
    if (aspiring) {
      value
          .secondAmount()
          .ifPresent(
              aspiration -> {
                out.append("，力争").append(plain(aspiration));
                value.unit().filter(Unit::isPercent).ifPresent(unit -> out.append('%'));
              });
    }
    value.footnote().ifPresent(out::append);
    return out.toString();
  }

  /** {@code 翻一番} for 2, {@code 翻两番} for 4, {@code 翻三番} for 8. */
  private static String multiple(BigDecimal factor) {
    int doublings = QualitativeNotation.doublings(factor);
    if (doublings < 1 || doublings > NotationWords.DOUBLING_NUMERALS.length()) {
      throw new IllegalStateException("No canonical text for a multiple of " + plain(factor));
    }
    return "翻" + NotationWords.DOUBLING_NUMERALS.charAt(doublings - 1) + "番";
  }

  private static String assignedBound(Relation relation) {
    return switch (relation) {
      case AT_MOST -> "不超过";
      case AT_LEAST -> "不低于";
      default -> throw new IllegalStateException("An assigned target cannot be " + relation);
    };
  }

  private static String plain(BigDecimal amount) {
    return amount.toPlainString();
  }

  private static String prefix(Relation relation) {
    return switch (relation) {
      case AT_MOST -> "≤";
      case BELOW -> "<";
      case ABOVE -> ">";
      default -> "";
    };
  }

  private static String suffix(Relation relation) {
    return switch (relation) {
      case AT_LEAST -> "以上";
      case ABOUT -> "左右";
      default -> "";
    };
  }

  private static String relativeWord(Relation relation) {
    return switch (relation) {
      case ABOVE -> "高于";
      case BELOW -> "低于";
      case AT_LEAST -> "不低于";
      case AT_MOST -> "不高于";
      default -> throw new IllegalStateException("A relative target cannot be " + relation);
    };
  }

  private static String averageLevel(AdministrativeLevel level) {
    return switch (level) {
      case STATE -> "全国";
      case PROVINCE -> "全省";
      case CITY -> "全市";
      default -> throw new IllegalStateException("No average of the " + level.englishName());
    };
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException("The reading has no " + what);
  }
}

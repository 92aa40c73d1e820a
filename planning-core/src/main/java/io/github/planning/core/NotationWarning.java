package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * Something the reading of a cell had to assume about how it was written, which a reader reports as
 * a warning naming the cell: {@code 65。3} is read as 65.3, but the {@code 。} may as well be the end
 * of a sentence.
 *
 * <pre>{@code
 * PlanValue v = PlanValue.parse("65。3");
 * v.amount();   // Optional[65.3]
 * v.warnings(); // [IDEOGRAPHIC_FULL_STOP]
 * v.toString(); // "65。3", exactly as written
 * }</pre>
 *
 * @see PlanValue#warnings()
 */
public enum NotationWarning implements Labelled {
  /** An ideographic full stop between digits read as a decimal point: {@code 65。3}. */
  IDEOGRAPHIC_FULL_STOP(
      "ideographic-full-stop",
      "句号作小数点",
      "full stop as decimal point",
      "句号“。”按小数点读取",
      "the ideographic full stop '。' was read as a decimal point"),
  /** Full-width digits read as digits: {@code ６５.３}. */
  FULL_WIDTH_DIGITS(
      "full-width-digits",
      "全角数字",
      "full-width digits",
      "全角数字按半角数字读取",
      "full-width digits were read as digits"),
  /**
   * One target for each of the indicators the row names, separated by {@code /}: {@code <4/<5} in
   * the row 城镇登记失业率/城镇调查失业率. Each target is read; which indicator it belongs to is not written in
   * the cell.
   */
  SEVERAL_TARGETS(
      "several-targets",
      "一格多个目标",
      "several targets in one cell",
      "一格中有多个以“/”分隔的目标，分别对应指标名称中以“/”分隔的各项指标，对应关系须按名称顺序确定",
      "the cell has several targets separated by '/', one for each indicator the row names; "
          + "which target belongs to which indicator is not written in the cell");

  private final String code;
  private final String label;
  private final String englishName;
  private final String messageZh;
  private final String messageEn;

  NotationWarning(
      String code, String label, String englishName, String messageZh, String messageEn) {
    this.code = code;
    this.label = label;
    this.englishName = englishName;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  /**
   * A stable, lower-case code for the finding a reader reports, such as {@code full-width-digits}.
   */
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** What was assumed, in Chinese, for a finding's message. */
  public String messageZh() {
    return messageZh;
  }

  /** What was assumed, in English, for a finding's message. */
  public String messageEn() {
    return messageEn;
  }

  public static NotationWarning parse(CharSequence text) {
    return Labels.parse(NotationWarning.class, text);
  }
}

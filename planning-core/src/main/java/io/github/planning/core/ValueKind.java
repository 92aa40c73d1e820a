package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * The kind of a published value: a figure expression that code can compute with, or one of the
 * qualitative kinds plan tables use.
 */
public enum ValueKind implements Labelled {
  /**
   * A figure expression: {@code 752.8}, {@code [9]以上}, {@code 9.5%左右}, {@code 下降2.5}, {@code 6-7}.
   */
  FIGURE("数值", "figure"),
  /** A ratio of two figures, such as {@code 1.65:1}. */
  RATIO("比值", "ratio"),
  /**
   * One target for each indicator the row names, separated by {@code /}: {@code <4/<5} for
   * 城镇登记失业率/城镇调查失业率; see {@link PlanValue#parts()}.
   */
  COMPOUND("分项目标", "compound"),
  /** A multiple of the base: {@code 翻一番} (2), {@code 翻两番} (4), {@code 翻番} (2). */
  MULTIPLE("翻番", "multiple"),
  /** A target assigned by a higher level: {@code 完成市下达指标}. */
  ASSIGNED("上级下达", "assigned"),
  /** A target relative to an average: {@code 高于全省平均}. */
  RELATIVE("相对目标", "relative"),
  /** A target linked to another quantity: {@code 与经济增长同步}. */
  LINKED("联动目标", "linked"),
  /** Keep the current level: {@code 稳定保持}. */
  KEEP_STABLE("保持稳定", "keep stable"),
  /** Nothing published: {@code ——}, {@code —} or an empty cell. */
  NOT_APPLICABLE("不适用", "not applicable"),
  /** Any other text without figures, kept as written. */
  DESCRIPTIVE("描述性", "descriptive");

  private final String label;
  private final String englishName;

  ValueKind(String label, String englishName) {
    this.label = label;
    this.englishName = englishName;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Reads a constant from its Chinese label, English name or constant name.
   *
   * @throws IllegalArgumentException if {@code text} names none of the constants
   */
  public static ValueKind parse(CharSequence text) {
    return Labels.parse(ValueKind.class, text);
  }
}

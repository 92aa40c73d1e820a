package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * The attribute (指标属性) of an indicator: {@code 预期性} (expected, indicative), {@code 约束性} (binding,
 * obligatory) or {@code 倡导性} (advocated: a behaviour the plan encourages, usually without a figure,
 * as in 健康中国行动's 个人和社会倡导性指标).
 *
 * <pre>{@code
 * Attribute.parse("约束性");   // BINDING
 * Attribute.parse("倡导性");   // ADVOCATED
 * }</pre>
 */
public enum Attribute implements Labelled {
  /** 预期性: an indicative target the government expects and guides toward. */
  EXPECTED("预期性", "expected"),
  /** 约束性: an obligatory target the government commits to. */
  BINDING("约束性", "binding"),
  /**
   * 倡导性: a behaviour of people and society that the plan advocates; neither a commitment nor a
   * forecast, so checks that hold binding targets to account do not apply.
   */
  ADVOCATED("倡导性", "advocated");

  private final String label;
  private final String englishName;

  Attribute(String label, String englishName) {
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
  public static Attribute parse(CharSequence text) {
    return Labels.parse(
        Attribute.class,
        text,
        "预期",
        "EXPECTED",
        "约束",
        "BINDING",
        "indicative",
        "EXPECTED",
        "obligatory",
        "BINDING",
        "倡导",
        "ADVOCATED");
  }
}

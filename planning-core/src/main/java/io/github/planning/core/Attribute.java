package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * The attribute (指标属性) of an indicator: {@code 预期性} (expected, indicative) or {@code 约束性} (binding,
 * obligatory).
 */
public enum Attribute implements Labelled {
  /** 预期性: an indicative target the government expects and guides toward. */
  EXPECTED("预期性", "expected"),
  /** 约束性: an obligatory target the government commits to. */
  BINDING("约束性", "binding");

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
        "BINDING");
  }
}

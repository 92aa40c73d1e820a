package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * How final an observed figure is: {@code 正式} (final), {@code 预计} (estimated, as the 2020 figures
 * of a plan written in 2020) or {@code 初步} (preliminary).
 */
public enum ObservationStatus implements Labelled {
  /** 正式: the final published figure. */
  FINAL("正式", "final"),
  /** 预计: an estimate made before the year's figure was published (预计值). */
  ESTIMATED("预计", "estimated"),
  /** 初步: a preliminary figure, still subject to revision. */
  PRELIMINARY("初步", "preliminary");

  private final String label;
  private final String englishName;

  ObservationStatus(String label, String englishName) {
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
  public static ObservationStatus parse(CharSequence text) {
    return Labels.parse(
        ObservationStatus.class,
        text,
        "预计值",
        "ESTIMATED",
        "estimate",
        "ESTIMATED",
        "初步核算",
        "PRELIMINARY",
        "最终",
        "FINAL");
  }
}

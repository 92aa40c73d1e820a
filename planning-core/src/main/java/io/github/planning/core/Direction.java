package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * Which way an indicator improves: {@code 正向} (higher is better, as for GDP) or {@code 逆向} (lower
 * is better, as for an unemployment rate or PM2.5).
 */
public enum Direction implements Labelled {
  /** 正向: a higher value is better. */
  HIGHER_IS_BETTER("正向", "higher"),
  /** 逆向: a lower value is better. */
  LOWER_IS_BETTER("逆向", "lower");

  private final String label;
  private final String englishName;

  Direction(String label, String englishName) {
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
  public static Direction parse(CharSequence text) {
    return Labels.parse(Direction.class, text);
  }
}

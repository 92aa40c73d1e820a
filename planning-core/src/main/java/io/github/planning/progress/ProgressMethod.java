package io.github.planning.progress;

import io.github.planning.core.Labelled;
import io.github.planning.core.internal.Labels;

/** How the share of the way to a target is measured. */
public enum ProgressMethod implements Labelled {
  /**
   * For a target stated as the level of a growing quantity (GDP in 亿元): the share of the
   * logarithmic distance, {@code ln(v / b) / ln(T / b)}, so that steady growth is on track.
   */
  GEOMETRIC("几何", "geometric"),
  /** For % indicators and targets in points: {@code (v − b) / (T − b)}. */
  LINEAR("线性", "linear"),
  /** For cumulative targets ({@code [x]}): the sum of the yearly amounts over the target. */
  SUM("累计", "sum");

  private final String label;
  private final String englishName;

  ProgressMethod(String label, String englishName) {
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
   * Reads a method from its Chinese label, English name or constant name.
   *
   * @throws IllegalArgumentException if {@code text} names none of the methods
   */
  public static ProgressMethod parse(CharSequence text) {
    return Labels.parse(ProgressMethod.class, text);
  }
}

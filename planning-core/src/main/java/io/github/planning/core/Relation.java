package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * How a published figure relates to the quantity it describes: {@code 9.5%左右} is {@link #ABOUT},
 * {@code ≤3.5} is {@link #AT_MOST}, {@code [9]以上} is {@link #AT_LEAST}, {@code 6-7} is {@link
 * #RANGE}.
 */
public enum Relation implements Labelled {
  /** A figure stated as it is, such as {@code 752.8}. */
  EXACT("等于", "exact"),
  /** 左右 or 约: about the figure. */
  ABOUT("左右", "about"),
  /** 以上, ≥, 不低于: at least the figure (inclusive). */
  AT_LEAST("以上", "at least"),
  /** 以下, 以内, ≤, 不超过: at most the figure (inclusive). */
  AT_MOST("以下", "at most"),
  /** 低于, &lt;: strictly below the figure. */
  BELOW("低于", "below"),
  /** 高于, 超过, &gt;: strictly above the figure. */
  ABOVE("高于", "above"),
  /** A range between two figures inclusive, such as {@code 6-7} or {@code 8%至9%}. */
  RANGE("区间", "range");

  private final String label;
  private final String englishName;

  Relation(String label, String englishName) {
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
  public static Relation parse(CharSequence text) {
    return Labels.parse(Relation.class, text);
  }
}

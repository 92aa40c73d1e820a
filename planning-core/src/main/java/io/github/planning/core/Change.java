package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * The kind of change a value states, when it states a change rather than a level: {@code [1.7]个百分点}
 * is {@link #POINTS}, {@code 下降2.5} is {@link #DECREASE}, {@code 提高3} is {@link #INCREASE}. A
 * decrease or increase written in points ({@code 下降2个百分点}) is a {@link #DECREASE} or {@link
 * #INCREASE} whose unit is {@link Unit#PERCENTAGE_POINT}.
 */
public enum Change implements Labelled {
  /** 个百分点: a change in percentage points, signed by its amount. */
  POINTS("个百分点", "points"),
  /** 提高, 增加, 增长, 上升: an increase by the amount. */
  INCREASE("提高", "increase"),
  /** 下降, 降低, 减少: a decrease by the amount. */
  DECREASE("下降", "decrease");

  private final String label;
  private final String englishName;

  Change(String label, String englishName) {
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
  public static Change parse(CharSequence text) {
    return Labels.parse(Change.class, text);
  }
}

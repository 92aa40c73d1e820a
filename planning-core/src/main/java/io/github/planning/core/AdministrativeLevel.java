package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * The level of government that assigns a target ({@code 完成市下达指标}) or whose average a target is
 * compared with ({@code 高于全省平均}).
 */
public enum AdministrativeLevel implements Labelled {
  /** 国家: the state. */
  STATE("国家", "state"),
  /** 省: the province. */
  PROVINCE("省", "province"),
  /** 市: the city (prefecture). */
  CITY("市", "city"),
  /** 上级: the next level up, not named. */
  HIGHER("上级", "higher level");

  private final String label;
  private final String englishName;

  AdministrativeLevel(String label, String englishName) {
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
  public static AdministrativeLevel parse(CharSequence text) {
    return Labels.parse(
        AdministrativeLevel.class,
        text,
        "全国",
        "STATE",
        "全省",
        "PROVINCE",
        "全市",
        "CITY",
        "national",
        "STATE");
  }
}

package io.github.planning.io.sdmx;

import io.github.planning.core.Labelled;

/** Which figure of a plan row a line of SDMX-CSV holds: the codes of {@code VALUE_TYPE}. */
public enum ValueType implements Labelled {
  /** The base-year value (基期值). */
  BASE("基期值", "base"),
  /** The target (目标值). */
  TARGET("目标值", "target"),
  /** The expected growth over the period (年均/累计增长). */
  TARGET_GROWTH("目标增长", "target growth"),
  /** A target for one year of the period (分年度目标). */
  YEARLY_TARGET("年度目标", "yearly target"),
  /** The actual value of a completion table (完成情况). */
  ACTUAL("完成值", "actual"),
  /** The actual growth of a completion table. */
  ACTUAL_GROWTH("完成增长", "actual growth"),
  /** An observed value of a year. */
  OBSERVATION("观测值", "observation");

  private final String label;
  private final String englishName;

  ValueType(String label, String englishName) {
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
}

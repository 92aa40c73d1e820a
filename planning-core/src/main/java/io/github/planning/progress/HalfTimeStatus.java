package io.github.planning.progress;

import io.github.planning.core.internal.Labels;

/**
 * The verdict of 时间过半、任务过半 ({@link ProgressMeasure#HALF_TIME}): the share of the way to the target
 * against the share of the plan's time elapsed.
 */
public enum HalfTimeStatus implements ProgressGrade {
  /** The target is met. */
  TARGET_ACHIEVED("已完成目标", "target achieved"),
  /** 时间过半、任务过半: the share of the way is at least the share of the time. */
  ON_TRACK("时间过半任务过半", "on track"),
  /** The share of the way is below the share of the time. */
  BEHIND("进度滞后", "behind"),
  /** No base, no observation after the base year, or no quantitative target. */
  NOT_AVAILABLE("无法评估", "not available");

  private final String label;
  private final String englishName;

  HalfTimeStatus(String label, String englishName) {
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

  @Override
  public boolean isAvailable() {
    return this != NOT_AVAILABLE;
  }

  /**
   * Reads a constant from its Chinese label, English name or constant name.
   *
   * @throws IllegalArgumentException if {@code text} names none of the constants
   */
  public static HalfTimeStatus parse(CharSequence text) {
    return Labels.parse(HalfTimeStatus.class, text);
  }
}

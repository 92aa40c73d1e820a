package io.github.planning.progress;

import io.github.planning.core.internal.Labels;
import java.util.Locale;

/**
 * The progress status of Open SDG's progress measure, with its names ({@link #openSdgName()}:
 * {@code target_achieved}, {@code substantial_progress} …).
 */
public enum ProgressStatus implements ProgressGrade {
  /** The latest value is at or beyond the target in the good direction. */
  TARGET_ACHIEVED("已实现目标", "target achieved"),
  /** On track: the progress value reaches the high threshold. */
  SUBSTANTIAL_PROGRESS("进展顺利", "substantial progress"),
  /** Progress made, but acceleration needed. */
  MODERATE_PROGRESS("需加快进度", "moderate progress"),
  /** Limited progress. */
  LIMITED_PROGRESS("进展有限", "limited progress"),
  /** Moving away from the target. */
  DETERIORATION("倒退", "deterioration"),
  /** Not enough data to assess, or a target whose value is not known. */
  NOT_AVAILABLE("无法评估", "not available");

  private final String label;
  private final String englishName;

  ProgressStatus(String label, String englishName) {
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

  /** The name Open SDG uses: {@code target_achieved}, {@code moderate_progress} … */
  public String openSdgName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a status from its Chinese label, English name, constant name or Open SDG name.
   *
   * @throws IllegalArgumentException if {@code text} names none of the statuses
   */
  public static ProgressStatus parse(CharSequence text) {
    return Labels.parse(ProgressStatus.class, text);
  }
}

package io.github.planning.progress;

import io.github.planning.core.internal.Labels;

/**
 * The categories of Eurostat's assessment in its EU SDG monitoring reports ({@link
 * ProgressMeasure#EUROSTAT}).
 */
public enum EurostatStatus implements ProgressGrade {
  /** With a target: at least 95 % of the required growth; without: growth of 1 % a year or more. */
  SIGNIFICANT_PROGRESS("显著进展", "significant progress"),
  /** With a target: 60 % to 95 % of the required growth; without: 0 to 1 % a year. */
  MODERATE_PROGRESS("适度进展", "moderate progress"),
  /** With a target: 0 to 60 % of the required growth. */
  INSUFFICIENT_PROGRESS("进展不足", "insufficient progress"),
  /** With a target: growth away from it. */
  MOVEMENT_AWAY("偏离目标", "movement away"),
  /** Without a target: growth of 0 to −1 % a year in the good direction. */
  MODERATE_MOVEMENT_AWAY("轻度偏离", "moderate movement away"),
  /** Without a target: growth of −1 % a year or less in the good direction. */
  SIGNIFICANT_MOVEMENT_AWAY("明显偏离", "significant movement away"),
  /** No base, no later observation, or a growth that is not defined (zero, both signs). */
  NOT_AVAILABLE("无法评估", "not available");

  private final String label;
  private final String englishName;

  EurostatStatus(String label, String englishName) {
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
  public static EurostatStatus parse(CharSequence text) {
    return Labels.parse(EurostatStatus.class, text);
  }
}

package io.github.planning.progress;

import io.github.planning.core.internal.Labels;

/** The bands of the UN Statistics Division's SDG Progress Chart ({@link ProgressMeasure#UNSD}). */
public enum UnsdStatus implements ProgressGrade {
  /**
   * The value projected for the target year covers 95 % or more of the way from the base to the
   * target, or the target is met.
   */
  ON_TRACK("进展显著或步入正轨", "substantial progress or on track"),
  /** The projection covers 10 % to 95 % of the way. */
  FAIR_PROGRESS("进展尚可但需加快", "fair progress but acceleration needed"),
  /** The projection covers less than 10 % of the way, without falling behind the base. */
  LIMITED_PROGRESS("进展有限或停滞", "limited or no progress"),
  /** The projection falls behind the base: away from the target. */
  DETERIORATION("倒退", "deterioration"),
  /** No base, no later observation, no target, or a growth that is not defined. */
  NOT_AVAILABLE("无法评估", "not available");

  private final String label;
  private final String englishName;

  UnsdStatus(String label, String englishName) {
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
  public static UnsdStatus parse(CharSequence text) {
    return Labels.parse(UnsdStatus.class, text);
  }
}

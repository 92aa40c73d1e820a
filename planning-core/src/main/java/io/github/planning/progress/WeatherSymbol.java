package io.github.planning.progress;

import io.github.planning.core.internal.Labels;

/** The weather symbols of the German Sustainability Strategy ({@link ProgressMeasure#DESTATIS}). */
public enum WeatherSymbol implements ProgressGrade {
  /**
   * The projection reaches the target or misses it by less than 5 % of the remaining gap; a met
   * target that is not worsening; without a target, the average and the last change both right.
   */
  SUN("晴", "sun"),
  /**
   * 5 % to 20 % of the remaining gap missed; a met target worsening on average; without a target,
   * the average change right but the last one not.
   */
  SUN_BEHIND_CLOUD("晴间多云", "sun behind cloud"),
  /**
   * The right direction, but more than 20 % of the remaining gap missed (or the target year reached
   * with the target not met); without a target, only the last change right.
   */
  CLOUD("多云", "cloud"),
  /**
   * The target not met and the average change of the last five years zero or the wrong way; without
   * a target, neither the average nor the last change right.
   */
  THUNDERSTORM("雷雨", "thunderstorm"),
  /** Fewer than four yearly values in the latest year and the five before it. */
  NOT_AVAILABLE("无法评估", "not available");

  private final String label;
  private final String englishName;

  WeatherSymbol(String label, String englishName) {
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
  public static WeatherSymbol parse(CharSequence text) {
    return Labels.parse(WeatherSymbol.class, text);
  }
}

package io.github.planning.progress;

import io.github.planning.core.internal.Labels;

/** The weather symbols of the German Sustainability Strategy ({@link ProgressMeasure#DESTATIS}). */
public enum WeatherSymbol implements ProgressGrade {
  /** The projection misses the target by less than 5 % of the remaining gap, or meets it. */
  SUN("晴", "sun"),
  /** The projection misses the target by 5 % to 20 % of the remaining gap. */
  SUN_BEHIND_CLOUD("晴间多云", "sun behind cloud"),
  /** The right direction, but the projection misses the target by more than 20 % of the gap. */
  CLOUD("多云", "cloud"),
  /** The change of the last five years goes the wrong way. */
  THUNDERSTORM("雷雨", "thunderstorm"),
  /** No target, or no observation in the five years before the latest. */
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

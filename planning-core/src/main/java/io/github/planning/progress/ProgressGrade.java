package io.github.planning.progress;

import io.github.planning.core.Labelled;

/**
 * The verdict of a {@link ProgressMeasure}, in the terms of that measure: {@link ProgressStatus}
 * (Open SDG), {@link HalfTimeStatus}, {@link EurostatStatus}, {@link UnsdStatus} or {@link
 * WeatherSymbol}, such as {@code 进展顺利} / {@code substantial progress}.
 */
public interface ProgressGrade extends Labelled {

  /** Whether the measure could assess the series; {@code false} for its "not available". */
  boolean isAvailable();
}

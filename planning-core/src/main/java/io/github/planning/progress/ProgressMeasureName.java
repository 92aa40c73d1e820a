package io.github.planning.progress;

import io.github.planning.core.Labelled;
import io.github.planning.core.internal.Labels;

/** The progress measures side by side, each a {@link ProgressMeasure}. */
public enum ProgressMeasureName implements Labelled {
  /** Open SDG's measure (sdg-build, Statistics Canada). */
  OPEN_SDG("Open SDG进展测度", "open sdg"),
  /** 时间过半、任务过半. */
  HALF_TIME("时间过半任务过半", "half time half task"),
  /** Eurostat's assessment in its EU SDG monitoring reports. */
  EUROSTAT("欧盟统计局评估", "eurostat"),
  /** The UN Statistics Division's SDG Progress Chart. */
  UNSD("联合国统计司进展图", "unsd progress chart"),
  /** Destatis' weather symbols of the German Sustainability Strategy. */
  DESTATIS("德国可持续发展战略天气符号", "destatis weather");

  private final String label;
  private final String englishName;

  ProgressMeasureName(String label, String englishName) {
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
  public static ProgressMeasureName parse(CharSequence text) {
    return Labels.parse(ProgressMeasureName.class, text);
  }
}

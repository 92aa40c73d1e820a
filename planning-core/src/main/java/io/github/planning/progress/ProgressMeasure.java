package io.github.planning.progress;

import java.util.List;

/**
 * A method of assessing progress towards a target, such as Open SDG's measure or Eurostat's
 * assessment: one strategy behind one interface, so that they can be run side by side.
 *
 * <pre>{@code
 * for (ProgressMeasure m : ProgressMeasure.all()) {
 *   ProgressResult r = m.assess(input);
 *   System.out.println(m.name().label() + ": " + r.status().label());
 * }
 * }</pre>
 *
 * <p>A measure never throws for a series it cannot assess (no base, no later observation, no target
 * where one is needed, a growth that is not defined): its result is "not available" with a
 * {@linkplain ProgressResult#note() note} saying why. Measures are stateless and thread-safe.
 */
public interface ProgressMeasure {

  /** Open SDG's measure, as {@code sdg/ProgressMeasure.py} of sdg-build computes it. */
  ProgressMeasure OPEN_SDG = new OpenSdgMeasure();

  /** 时间过半、任务过半: the share of the way against the share of the time. */
  ProgressMeasure HALF_TIME = new HalfTimeMeasure();

  /** Eurostat's assessment in its EU SDG monitoring reports. */
  ProgressMeasure EUROSTAT = new EurostatMeasure();

  /** The UN Statistics Division's SDG Progress Chart. */
  ProgressMeasure UNSD = new UnsdProgressChart();

  /** Destatis' weather symbols of the German Sustainability Strategy. */
  ProgressMeasure DESTATIS = new DestatisWeather();

  /** Which measure this is. */
  ProgressMeasureName name();

  /**
   * Assesses a series.
   *
   * @throws NullPointerException if {@code input} is null
   */
  ProgressResult assess(ProgressInput input);

  /** Every measure, in the order of {@link ProgressMeasureName}. */
  static List<ProgressMeasure> all() {
    return List.of(OPEN_SDG, HALF_TIME, EUROSTAT, UNSD, DESTATIS);
  }
}

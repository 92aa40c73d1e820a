package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * What an indicator measures: a level at a point in time (水平: 常住人口, 覆盖率, 比重, 人均预期寿命) or a flow over
 * a year (流量: 新增城镇就业, 投资, 实际到位外资, 专利授权量).
 *
 * <pre>{@code
 * Measure.parse("流量");   // FLOW
 * }</pre>
 *
 * <p>It decides what a cumulative target ({@code [x]}) means: for a flow the sum of the yearly
 * values over the period, for a level the change over the period. See {@link PlanRow#measure()} for
 * the rules that infer it when an indicator does not state it.
 */
public enum Measure implements Labelled {
  /** 水平: a level at a point in time, such as a population, a share or a life expectancy. */
  LEVEL("水平", "level"),
  /** 流量: a flow over a year, such as new jobs, an investment or patents granted. */
  FLOW("流量", "flow");

  private final String label;
  private final String englishName;

  Measure(String label, String englishName) {
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
  public static Measure parse(CharSequence text) {
    return Labels.parse(Measure.class, text, "存量", "LEVEL", "stock", "LEVEL");
  }
}

package io.github.planning.core;

import io.github.planning.core.internal.Labels;

/**
 * The achievement label (实现度) of a completion table such as Table 1-1 of a plan: for example {@code
 * 总量提前实现} (total reached early).
 */
public enum Assessment implements Labelled {
  /** 总量提前实现: the total was reached before the target year. */
  TOTAL_REACHED_EARLY("总量提前实现", "total reached early"),
  /** 提前实现: reached before the target year. */
  REACHED_EARLY("提前实现", "reached early"),
  /** 总量实现: the total was reached. */
  TOTAL_REACHED("总量实现", "total reached"),
  /** 可以实现: can be reached. */
  ATTAINABLE("可以实现", "attainable"),
  /** 较难实现: hard to reach. */
  HARD_TO_REACH("较难实现", "hard to reach"),
  /** 完成: achieved. */
  ACHIEVED("完成", "achieved"),
  /** 未完成: not achieved. */
  NOT_ACHIEVED("未完成", "not achieved");

  private final String label;
  private final String englishName;

  Assessment(String label, String englishName) {
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
   * Whether the label says the target is or can be reached: all but {@link #HARD_TO_REACH} and
   * {@link #NOT_ACHIEVED}.
   */
  public boolean isFavourable() {
    return this != HARD_TO_REACH && this != NOT_ACHIEVED;
  }

  /**
   * Reads a constant from its Chinese label, English name or constant name.
   *
   * @throws IllegalArgumentException if {@code text} names none of the constants
   */
  public static Assessment parse(CharSequence text) {
    return Labels.parse(
        Assessment.class, text, "已完成", "ACHIEVED", "实现", "ACHIEVED", "未实现", "NOT_ACHIEVED");
  }
}

package io.github.planning.analysis;

import io.github.planning.core.Labelled;
import io.github.planning.core.internal.Labels;

/** How serious a {@link Finding} is. */
public enum Severity implements Labelled {
  /** Worth knowing; the table may well be right (a gap explained by price effects). */
  INFO("提示", "info"),
  /** Probably a mistake in the table, or a figure that cannot be checked. */
  WARNING("警告", "warning"),
  /** The table contradicts itself. */
  ERROR("错误", "error");

  private final String label;
  private final String englishName;

  Severity(String label, String englishName) {
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

  /** Whether this severity is at least {@code other}. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /**
   * Reads a severity from its Chinese label, English name or constant name.
   *
   * @throws IllegalArgumentException if {@code text} names none of the severities
   */
  public static Severity parse(CharSequence text) {
    return Labels.parse(Severity.class, text);
  }
}

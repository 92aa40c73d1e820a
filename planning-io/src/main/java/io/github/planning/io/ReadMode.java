package io.github.planning.io;

/** What a reader does with bad input. */
public enum ReadMode {
  /**
   * Collect every problem (up to the cap) and throw one {@link PlanningReadException} listing them;
   * the default.
   */
  STRICT,
  /** Return every row, each with its problems, keeping bad cells as raw text. */
  LENIENT
}

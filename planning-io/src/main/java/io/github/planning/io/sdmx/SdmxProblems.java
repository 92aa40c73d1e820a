package io.github.planning.io.sdmx;

import io.github.planning.io.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one SDMX-CSV reading, each placed in its source: the first {@code max} of them,
 * the rest dropped.
 *
 * <pre>{@code
 * SdmxProblems problems = new SdmxProblems("gdp.csv", 100);
 * problems.add(7, 8, "2020-Q1", "not a year; expected 2020, 2020-A1 or 2020-01-01/P1Y");
 * problems.list();   // [gdp.csv:7:8: '2020-Q1': not a year; …]
 * }</pre>
 */
final class SdmxProblems {

  private final String source;
  private final int max;
  private final List<Problem> listed = new ArrayList<>();

  SdmxProblems(String source, int max) {
    this.source = source;
    this.max = max;
  }

  /** Adds a problem at {@code line} and {@code column}, unless {@code max} are listed. */
  void add(long line, long column, String text, String reason) {
    if (listed.size() < max) {
      listed.add(new Problem(source, line, column, text, reason));
    }
  }

  /** The name of the input, for a problem placed by the caller. */
  String source() {
    return source;
  }

  /** How many problems are listed. */
  int size() {
    return listed.size();
  }

  /** Whether {@code max} problems are listed, so that no more are. */
  boolean isFull() {
    return listed.size() >= max;
  }

  /** The problems listed, in the order they were added. */
  List<Problem> list() {
    return listed;
  }
}

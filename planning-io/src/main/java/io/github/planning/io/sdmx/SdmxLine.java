package io.github.planning.io.sdmx;

import io.github.planning.io.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The cells of one line of SDMX-CSV, by the columns of its header, and the problems of its cells
 * placed at their columns.
 *
 * <pre>{@code
 * // header: STRUCTURE,STRUCTURE_ID,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS: Status
 * SdmxLine line = new SdmxLine(List.of("dataflow", "CN:GDP(1.0)", "1-2-01", "2021", "830.5",
 *     "A: Normal"), 5, header, problems);
 * line.text(SdmxColumn.OBS_VALUE);    // "830.5"
 * line.id(SdmxColumn.OBS_STATUS);     // "A", without its label
 * line.report(SdmxColumn.OBS_VALUE, "830.5", "…");   // a problem at 5:5
 * }</pre>
 */
final class SdmxLine {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final int MAX_DIGITS = 100;

  private final String[] cells;
  private final long line;
  private final SdmxHeader header;
  private final SdmxProblems problems;

  SdmxLine(List<String> cells, long line, SdmxHeader header, SdmxProblems problems) {
    this.cells = cells.toArray(new String[0]);
    this.line = line;
    this.header = header;
    this.problems = problems;
  }

  /** The line the line starts on. */
  long line() {
    return line;
  }

  /** The cell of {@code column} as written; empty when the header has no such column. */
  String text(SdmxColumn column) {
    Integer at = header.indexOf(column);
    return at == null ? "" : cells[at];
  }

  /** The cell of {@code column}, when it is not empty. */
  Optional<String> optional(SdmxColumn column) {
    return Optional.of(text(column)).filter(text -> !text.isEmpty());
  }

  /** The id of a coded cell, without a label ({@code A} of {@code A: Normal}). */
  String id(SdmxColumn column) {
    Integer at = header.indexOf(column);
    return at == null ? "" : id(at);
  }

  /** The id of the coded cell at index {@code at}. */
  String id(int at) {
    return header.labelled() ? SdmxIds.idOf(cells[at]) : cells[at].strip();
  }

  /**
   * The cell of {@code column} parsed, when it is not empty; empty, with the problem reported, when
   * {@code parse} rejects it.
   */
  <T> Optional<T> parsed(SdmxColumn column, Function<String, T> parse) {
    String text = text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException e) {
      report(column, text, "not a " + column.name() + " of the structure");
      return Optional.empty();
    }
  }

  /**
   * The year of {@code TIME_PERIOD} ({@code 2020}, {@code 2020-A1} or {@code 2020-01-01/P1Y});
   * empty, with the problem reported, when it is not one.
   */
  OptionalInt year() {
    String period = id(SdmxColumn.TIME_PERIOD);
    OptionalInt year = SdmxTime.year(period);
    if (year.isEmpty()) {
      report(
          SdmxColumn.TIME_PERIOD, period, "not a year; expected 2020, 2020-A1 or 2020-01-01/P1Y");
    }
    return year;
  }

  /**
   * The cell of {@code column} as an exact decimal of at most 100 digits, without exponent; empty,
   * with the problem reported, when it is not one.
   */
  Optional<BigDecimal> decimal(SdmxColumn column) {
    String text = text(column);
    if (!DECIMAL.matcher(text).matches()) {
      report(
          column,
          text,
          "not a decimal; expected digits with an optional sign and point, without exponent");
      return Optional.empty();
    }
    if (text.length() > MAX_DIGITS + 2) {
      report(column, text, "more than " + MAX_DIGITS + " digits");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }

  /** A problem of the cell of {@code column}, not reported. */
  Problem problem(SdmxColumn column, String text, String reason) {
    return new Problem(problems.source(), line, header.columnOf(column), text, reason);
  }

  /** Reports a problem of the cell of {@code column}. */
  void report(SdmxColumn column, String text, String reason) {
    problems.add(line, header.columnOf(column), text, reason);
  }
}

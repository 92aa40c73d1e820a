package io.github.planning.io;

import io.github.planning.io.internal.Encodings;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.jackson.PlanningJson;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV input as texts, one at a time, each with the line it starts on; the cells past
 * those a reader asks for are counted, not kept.
 *
 * <pre>{@code
 * CsvRows rows = new CsvRows(reader, problems, lenient);
 * rows.start();
 * while (rows.next(20)) {
 *   rows.cells();     // [1-1-01, 地区生产总值, 亿元, 101.6, …]: at most 20
 *   rows.line();      // 3, the line the row starts on
 *   rows.count();     // 21, every cell of the row
 *   rows.surplus();   // "备注", the first non-empty cell past the 20th, or null
 * }
 * }</pre>
 *
 * <p>In a lenient reading a malformed cell ({@code "GDP"x}) is a problem and the row goes on with
 * the next cell, so that the rows after it are kept; any other failure is thrown, as a {@link
 * JacksonException}. The row read last can be {@linkplain #pushBack() pushed back}, to be read
 * again by the next {@link #next}.
 */
final class CsvRows {

  private static final CsvMapper CSV =
      CsvMapper.builder(CsvFactory.builder().streamReadConstraints(PlanningJson.LIMITS).build())
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .build();

  /** A row pushed back, as it was read. */
  private record Row(List<String> cells, long line, int count, @Nullable String surplus, int at) {}

  private final JsonParser parser;
  private final Problems problems;
  private final boolean lenient;

  /** The texts of the row read last, in order; emptied for each row. */
  private final List<String> cells = new ArrayList<>();

  private long lastLine = 1;

  /** The line of the row in {@link #cells}, −1 at the end of the input. */
  private long line;

  /** The first non-empty cell after those kept, or null. */
  private @Nullable String surplus;

  /** The 1-based column of {@link #surplus}. */
  private int surplusAt;

  private int count;
  private @Nullable Row pushedBack;

  /**
   * @param problems where a malformed cell of a lenient reading is reported
   * @param lenient whether a malformed cell is a problem rather than the end of the reading
   */
  CsvRows(Reader reader, Problems problems, boolean lenient) {
    this.parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(reader);
    this.problems = problems;
    this.lenient = lenient;
  }

  /** Reads the start of the input, before its first row. */
  void start() {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw new IllegalStateException("unexpected CSV token");
    }
  }

  /**
   * Reads the next row's texts into {@link #cells()}, at most {@code max} of them (the rest are
   * counted, the first non-empty one kept as {@link #surplus()}); false at the end of the input.
   */
  boolean next(int max) {
    if (pushedBack != null) {
      takePushedBack(pushedBack, max);
      return true;
    }
    cells.clear();
    surplus = null;
    count = 0;
    line = -1;
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return false;
    }
    while (nextToken() == JsonToken.VALUE_STRING) {
      if (count == 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      if (count < max) {
        cells.add(parser.getString());
      } else if (surplus == null) {
        String text = parser.getString();
        if (!text.isEmpty()) {
          surplus = text;
          surplusAt = count + 1;
        }
      }
      count++;
    }
    if (count > 0) {
      lastLine = parser.currentTokenLocation().getLineNr();
    }
    return true;
  }

  /**
   * The next token of a row. In lenient mode a malformed cell ({@code "GDP"x}) is a problem and the
   * reading goes on with the next cell, so that the rows after it are kept; a byte that does not
   * decode and the end of the input inside a quoted cell end the reading.
   */
  private JsonToken nextToken() {
    for (int failures = 0; ; failures++) {
      try {
        return parser.nextToken();
      } catch (JacksonException e) {
        boolean recoverable =
            lenient
                && failures < PlanCsvReader.MAX_COLUMNS
                && !(e.getCause() instanceof Encodings.UndecodableException)
                && !Problems.jacksonReason(e).startsWith("the input ends");
        if (!recoverable) {
          throw e;
        }
        long at =
            e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? e.getLocation().getLineNr()
                : lastLine;
        problems.add(
            line > 0 ? line : at,
            count + 1,
            "",
            Problems.jacksonReason(e)
                + " (the cell is read as empty; the rest of the row and the rows after it are read)");
      }
    }
  }

  /** Keeps the row read last, for the next {@link #next} to read again. */
  void pushBack() {
    pushedBack = new Row(List.copyOf(cells), line, count, surplus, surplusAt);
  }

  /** Puts the row pushed back into {@link #cells}, as {@link #next} would. */
  private void takePushedBack(Row row, int max) {
    cells.clear();
    surplus = row.surplus();
    surplusAt = row.at();
    for (int i = 0; i < row.cells().size(); i++) {
      String text = row.cells().get(i);
      if (i < max) {
        cells.add(text);
      } else if (i < surplusAt - 1 || surplus == null) {
        if (!text.isEmpty()) {
          surplus = text;
          surplusAt = i + 1;
        }
      }
    }
    count = row.count();
    line = row.line();
    pushedBack = null;
  }

  /** The texts of the row read last, in order, at most as many as asked for. */
  List<String> cells() {
    return cells;
  }

  /** The line the row read last starts on, or −1 at the end of the input. */
  long line() {
    return line;
  }

  /** The last line of the last row with cells, 1 before the first. */
  long lastLine() {
    return lastLine;
  }

  /** The line of a failure in a row: the line it starts on, or the one after the last row. */
  long failedLine() {
    return line < 0 ? lastLine + 1 : line;
  }

  /** The number of cells of the row read last, kept or not. */
  int count() {
    return count;
  }

  /** The first non-empty cell past those kept of the row read last, or null. */
  @Nullable String surplus() {
    return surplus;
  }

  /** The 1-based column of {@link #surplus()}. */
  int surplusAt() {
    return surplusAt;
  }

  /** Closes the parser; a failure to close one that failed is a problem already. */
  void close() {
    try {
      parser.close();
    } catch (JacksonException e) {
      // closing a reader that failed: the failure is already a problem
    }
  }
}

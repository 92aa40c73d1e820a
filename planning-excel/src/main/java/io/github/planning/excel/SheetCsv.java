package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table written as CSV text (RFC 4180) as the CSV reader reads them, a row at a time,
 * with the line where each sheet row starts, so that a problem the CSV reader places by line and
 * field is placed back at its cell.
 *
 * <pre>{@code
 * SheetCsv csv = new SheetCsv(new MergedRows(layout, table.firstRow(), table.lastRow()), source);
 * PlanCsvReader reader = PlanCsvReader.open(csv, options);
 * csv.place(problem)      // 规划.xlsx!主要指标!E7:7:5: '9.5%%': ...
 * }</pre>
 *
 * <p>It holds the text of one row. The place of every line is kept as runs of rows on consecutive
 * lines: twelve bytes for each gap in the rows and each cell with a line break, nothing for the
 * rows in between.
 */
final class SheetCsv extends Reader {

  /** An error of the sheet while the CSV reader reads it, passed through it to the caller. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error, placed at its cell. */
    @SuppressWarnings("serial") // never serialized: caught where the reading started
    final PlanningReadException error;

    Failure(PlanningReadException error) {
      super(error.getMessage(), error, false, false);
      this.error = error;
    }
  }

  /** Runs of an int array block: line, row, count. */
  private static final int BLOCK = 3 * 1024;

  private final MergedRows rows;
  private final String source;
  private final StringBuilder text = new StringBuilder();
  private int position;
  private long nextLine = 1;
  private boolean ended;

  /**
   * The runs: rows {@code row} to {@code row + count - 1} start on lines {@code line} to {@code
   * line + count - 1}, the last of them perhaps spanning more lines.
   */
  private final List<int[]> runs = new ArrayList<>();

  private int size;

  /** The 0-based row and column of the table's first cell, where a problem of it all is placed. */
  private int firstRow = -1;

  private int firstColumn;

  /**
   * A table's CSV text, written as it is read.
   *
   * @param rows the rows of the table
   * @param source the workbook and sheet, {@code 规划.xlsx!主要指标}
   */
  SheetCsv(MergedRows rows, String source) {
    this.rows = rows;
    this.source = source;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position == text.length()) {
      if (ended || !fill()) {
        return -1;
      }
    }
    int n = Math.min(length, text.length() - position);
    text.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  /** Writes the next row as a CSV line; false at the end of the table. */
  private boolean fill() {
    SheetRow row;
    try {
      row = rows.next();
    } catch (PlanningReadException e) {
      ended = true;
      throw new Failure(e);
    }
    if (row == null) {
      ended = true;
      return false;
    }
    if (text.capacity() > 1 << 16) {
      text.setLength(0);
      text.trimToSize();
    }
    text.setLength(0);
    position = 0;
    List<String> cells = row.cells();
    if (firstRow < 0) {
      firstRow = row.index();
      while (firstColumn < cells.size() && cells.get(firstColumn).isEmpty()) {
        firstColumn++;
      }
    }
    int breaks = 0;
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        text.append(',');
      }
      breaks += quote(cells.get(c), text);
    }
    text.append("\r\n");
    run((int) nextLine, row.index());
    nextLine += 1 + breaks;
    return true;
  }

  /** Records that the row {@code row} starts on the line {@code line}. */
  private void run(int line, int row) {
    if (size > 0) {
      int[] block = runs.get((size - 1) / 1024);
      int at = (size - 1) % 1024 * 3;
      if (line == block[at] + block[at + 2] && row == block[at + 1] + block[at + 2]) {
        block[at + 2]++;
        return;
      }
    }
    if (size % 1024 == 0) {
      runs.add(new int[BLOCK]);
    }
    int[] block = runs.get(size / 1024);
    int at = size % 1024 * 3;
    block[at] = line;
    block[at + 1] = row;
    block[at + 2] = 1;
    size++;
  }

  /** The 0-based sheet row of the row on or before a line, or −1 before the first. */
  private int rowAt(long line) {
    int low = 0;
    int high = size - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (runs.get(middle / 1024)[middle % 1024 * 3] <= line) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found < 0) {
      return -1;
    }
    int[] block = runs.get(found / 1024);
    int at = found % 1024 * 3;
    return block[at + 1] + (int) Math.min(line - block[at], block[at + 2] - 1L);
  }

  /** Appends a field, quoted when it must be; returns the line breaks it holds. */
  static int quote(String cell, StringBuilder out) {
    boolean quoted = false;
    for (int i = 0; i < cell.length() && !quoted; i++) {
      char ch = cell.charAt(i);
      quoted = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
    }
    if (!quoted) {
      out.append(cell);
      return 0;
    }
    int breaks = 0;
    out.append('"');
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch == '"') {
        out.append('"');
      } else if (ch == '\n'
          || ch == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
        breaks++;
      }
      out.append(ch);
    }
    out.append('"');
    return breaks;
  }

  /** Parses CSV text (RFC 4180) into rows of fields. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < csv.length(); i++) {
      char ch = csv.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
        any = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        rows.add(row);
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(ch);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  /** The place of the cell at a CSV line (1-based) and field (1-based), as {@link #place} gives. */
  Problem place(long line, long field) {
    return place(new Problem(source, line, field, "", "-"));
  }

  /**
   * The problem placed in the workbook: the source {@code 规划.xlsx!主要指标!E7}, the 1-based sheet row
   * as line and the 1-based sheet column as column; a problem of the whole table (line 0, such as
   * an unknown period) is placed at the table's first cell.
   */
  Problem place(Problem problem) {
    int start = problem.line() <= 0 ? -1 : rowAt(problem.line());
    boolean whole = start < 0;
    int row = whole ? Math.max(firstRow, 0) : start;
    int column = whole ? firstColumn : (int) Math.max(problem.column(), 1) - 1;
    return new Problem(
        source + "!" + SheetRows.reference(row, column),
        row + 1L,
        column + 1L,
        problem.text(),
        problem.reason());
  }

  /** The problems of an error of the CSV reader placed in the workbook. */
  PlanningReadException place(PlanningReadException e) {
    return new PlanningReadException(
        source, e.problems().stream().map(this::place).toList(), e.isTruncated());
  }

  /** The sheet row (1-based) of a CSV line, as a record's line. */
  long sheetLine(long line) {
    return place(line, 1).line();
  }

  @Override
  public void close() {
    rows.close();
  }
}

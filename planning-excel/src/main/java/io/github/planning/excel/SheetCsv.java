package io.github.planning.excel;

import io.github.planning.io.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sheet's rows written as CSV text (RFC 4180), with the CSV line where each sheet row starts, so
 * that a problem the CSV reader places by line and field is placed back at its cell.
 *
 * <pre>{@code
 * SheetCsv csv = SheetCsv.of(rows);
 * PlanCsvReader.open(new StringReader(csv.text()), options);
 * csv.place(problem)      // 规划.xlsx!主要指标!E7:7:5: '9.5%%': ...
 * }</pre>
 */
final class SheetCsv {

  private final String source;
  private final String text;

  /** The 0-based sheet row starting at each 1-based CSV line. */
  private final TreeMap<Long, Integer> rowAtLine;

  /** The 0-based row and column of the table's first cell, where a problem of it all is placed. */
  private final int firstRow;

  private final int firstColumn;

  private SheetCsv(
      String source, String text, TreeMap<Long, Integer> rowAtLine, int firstRow, int firstColumn) {
    this.source = source;
    this.text = text;
    this.rowAtLine = rowAtLine;
    this.firstRow = firstRow;
    this.firstColumn = firstColumn;
  }

  /** The whole sheet. */
  static SheetCsv of(SheetRows sheet) {
    return of(sheet, 0, Integer.MAX_VALUE);
  }

  /** The rows of one table of the sheet. */
  static SheetCsv of(SheetRows sheet, SheetTables.Table table) {
    return of(sheet, table.firstRow(), table.lastRow());
  }

  /** The rows {@code first} to {@code last} (0-based, inclusive). */
  private static SheetCsv of(SheetRows sheet, int first, int last) {
    StringBuilder out = new StringBuilder();
    TreeMap<Long, Integer> rowAtLine = new TreeMap<>();
    long line = 1;
    for (Map.Entry<Integer, List<String>> row :
        sheet.rows().subMap(first, true, last, true).entrySet()) {
      rowAtLine.put(line, row.getKey());
      List<String> cells = row.getValue();
      for (int c = 0; c < cells.size(); c++) {
        if (c > 0) {
          out.append(',');
        }
        line += quote(cells.get(c), out);
      }
      out.append("\r\n");
      line++;
    }
    int firstRow = rowAtLine.isEmpty() ? 0 : rowAtLine.firstEntry().getValue();
    List<String> cells = sheet.rows().getOrDefault(firstRow, List.of());
    int firstColumn = 0;
    while (firstColumn < cells.size() && cells.get(firstColumn).isEmpty()) {
      firstColumn++;
    }
    return new SheetCsv(sheet.source(), out.toString(), rowAtLine, firstRow, firstColumn);
  }

  /** Appends a field, quoted when it must be; returns the line breaks it holds. */
  private static int quote(String cell, StringBuilder out) {
    int breaks = 0;
    boolean quoted =
        cell.isEmpty()
            ? false
            : cell.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
    if (!quoted) {
      out.append(cell);
      return 0;
    }
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
    List<List<String>> rows = new java.util.ArrayList<>();
    List<String> row = new java.util.ArrayList<>();
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
        row = new java.util.ArrayList<>();
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

  String text() {
    return text;
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
    Map.Entry<Long, Integer> start = rowAtLine.floorEntry(problem.line());
    boolean whole = problem.line() <= 0 || start == null;
    int row = whole ? firstRow : start.getValue();
    int column = whole ? firstColumn : (int) Math.max(problem.column(), 1) - 1;
    return new Problem(
        source + "!" + SheetRows.reference(row, column),
        row + 1L,
        column + 1L,
        problem.text(),
        problem.reason());
  }
}

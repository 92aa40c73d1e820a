package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import io.github.planning.io.CsvHeadings;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tables of one sheet. A header row (a name heading, {@code 指标名称}, and another known heading or
 * a year) starts a table; the title lines right above it, or above a blank row right above it, are
 * its title (a note line, {@code 注：…}, stays with the table above). A sheet without such a row is
 * one table.
 *
 * <pre>{@code
 * 1  表1 主要指标              ← table 1 (A1)
 * 2  指标 | 单位 | 2020年 | 2025年
 * 3  地区生产总值 | 亿元 | 752.8 | 1000
 * 4
 * 5  表2 民生指标              ← table 2 (A5)
 * 6  指标 | 单位 | 2020年 | 2025年
 * }</pre>
 */
final class SheetTables {

  private static final Pattern YEAR = Pattern.compile(".*[12][0-9]{3}年.*");

  private static final Pattern NOTE = Pattern.compile("(注|说明|资料来源|数据来源)([:0-9*].*)?");

  /** The most title lines a table has above its header. */
  private static final int MAX_TITLE_LINES = 3;

  private SheetTables() {}

  /**
   * One table: its 0-based first row (its first title line, or its header), header row and last
   * row, its title ("" when it has none) and the reference of its first cell.
   */
  record Table(int firstRow, int headerRow, int lastRow, String title, String cell) {

    boolean contains(int row) {
      return row >= firstRow && row <= lastRow;
    }

    /** {@code '表1 主要指标' at A1}, or {@code the table at A5} without a title. */
    String describe() {
      return title.isEmpty() ? "the table at " + cell : "'" + title + "' at " + cell;
    }

    SheetTable view() {
      return new SheetTable(title, cell);
    }
  }

  /** The user's own headings ({@link ReadOptions#columns()}), normalised, by column. */
  static Map<String, RowField> userHeadings(ReadOptions options) {
    Map<String, RowField> user = new HashMap<>();
    options.columns().forEach((heading, field) -> user.put(CsvHeadings.normalise(heading), field));
    return user;
  }

  /** The tables of a sheet, read before its merged ranges are applied; at least one. */
  static List<Table> of(SheetRows sheet, Map<String, RowField> user) {
    Map<Integer, List<String>> rows = sheet.rows();
    List<Integer> indices = new ArrayList<>(rows.keySet());
    List<Integer> headers = new ArrayList<>();
    for (int i = 0; i < indices.size(); i++) {
      int row = indices.get(i);
      boolean secondHeaderRow = !headers.isEmpty() && headers.get(headers.size() - 1) == row - 1;
      if (!secondHeaderRow && isHeader(requireNonNull(rows.get(row)), user)) {
        headers.add(row);
      }
    }
    if (indices.isEmpty()) {
      return List.of(new Table(0, 0, 0, "", "A1"));
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(indices.get(0));
    for (int k = 1; k < headers.size(); k++) {
      starts.add(start(indices, rows, headers.get(k), headers.get(k - 1)));
    }
    List<Table> tables = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int first = starts.get(k);
      int header = headers.isEmpty() ? first : headers.get(k);
      int last = k + 1 < starts.size() ? starts.get(k + 1) - 1 : indices.get(indices.size() - 1);
      tables.add(new Table(first, header, last, title(rows, first, header), cellOf(rows, first)));
    }
    return tables;
  }

  /**
   * The first row of the table whose header is {@code header}: the single-text lines right above it
   * (or right above one blank gap above it), below the previous header.
   */
  private static int start(
      List<Integer> indices, Map<Integer, List<String>> rows, int header, int previousHeader) {
    int start = header;
    for (int i = indices.indexOf(header) - 1, lines = 0; i >= 0 && lines < MAX_TITLE_LINES; i--) {
      int row = indices.get(i);
      boolean adjacent = row == start - 1;
      boolean firstGap = start == header;
      String text = only(requireNonNull(rows.get(row)));
      if (row <= previousHeader + 1 || text == null || isNote(text) || !(adjacent || firstGap)) {
        break;
      }
      start = row;
      lines++;
    }
    return start;
  }

  /** A note line, which ends the table above rather than titles the one below. */
  private static boolean isNote(String text) {
    String h = CsvHeadings.normalise(text);
    return NOTE.matcher(h).matches();
  }

  /** The first title line of a table, or "". */
  private static String title(Map<Integer, List<String>> rows, int first, int header) {
    if (first >= header) {
      return "";
    }
    String only = only(requireNonNull(rows.get(first)));
    return only == null ? "" : only.strip();
  }

  private static String cellOf(Map<Integer, List<String>> rows, int row) {
    List<String> cells = rows.get(row);
    int column = 0;
    while (cells != null && column < cells.size() && cells.get(column).isEmpty()) {
      column++;
    }
    return SheetRows.reference(row, column);
  }

  /** A header row: a name heading and at least one other known heading or year. */
  static boolean isHeader(List<String> cells, Map<String, RowField> user) {
    boolean name = false;
    int known = 0;
    for (String cell : cells) {
      if (cell.isBlank()) {
        continue;
      }
      String h = CsvHeadings.normalise(cell);
      RowField column = user.containsKey(h) ? user.get(h) : CsvHeadings.column(cell).orElse(null);
      name |= column == RowField.NAME;
      if (column != null || user.containsKey(h) || YEAR.matcher(h).matches()) {
        known++;
      }
    }
    return name && known >= 2;
  }

  /** The only non-blank text of a row, or null. */
  private static @Nullable String only(List<String> cells) {
    String only = null;
    for (String cell : cells) {
      if (!cell.isBlank()) {
        if (only != null) {
          return null;
        }
        only = cell;
      }
    }
    return only;
  }
}

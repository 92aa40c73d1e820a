package io.github.planning.excel;

import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of a whole sheet as Excel displays them, row by row, a merged cell's text in every cell
 * it spans: what {@link Workbooks#sheetRows} collects of the rows a {@link WorkbookReader} streams.
 *
 * <pre>{@code
 * SheetRows rows = Workbooks.sheetRows(path, SheetChoice.first());
 * rows.rows().get(6)             // ["", "经济发展", "1", "地区生产总值", "亿元", "496.8", ...]
 * }</pre>
 */
final class SheetRows {

  private final String source;

  /** The rows with text by 0-based row index, each with its texts from column A. */
  private final TreeMap<Integer, List<String>> rows = new TreeMap<>();

  private final List<String> notes;

  private SheetRows(String source, List<String> notes) {
    this.source = source;
    this.notes = List.copyOf(notes);
  }

  /** Every row of a sheet, its merged ranges applied. */
  static SheetRows of(SheetLayout layout) {
    SheetRows sheet = new SheetRows(layout.source(), layout.notes());
    try (MergedRows merged = new MergedRows(layout, 0, Integer.MAX_VALUE)) {
      for (SheetRow row; (row = merged.next()) != null; ) {
        sheet.rows.put(row.index(), row.cells());
      }
    }
    return sheet;
  }

  /** {@code 规划.xlsx!主要指标}. */
  String source() {
    return source;
  }

  String get(int row, int column) {
    List<String> cells = rows.get(row);
    return cells == null || column >= cells.size() ? "" : cells.get(column);
  }

  /** The rows with text, by 0-based index. */
  TreeMap<Integer, List<String>> rows() {
    return rows;
  }

  /** What the reader noticed and reports: hidden rows and columns, ignored macros or links. */
  List<String> notes() {
    return notes;
  }

  /** A cell's reference, {@code E7}, from 0-based row and column. */
  static String reference(int row, int column) {
    return new CellReference(row, column).formatAsString(false);
  }

  /** Puts a cell's text into a row's cells, padding with empty cells; an empty text is not put. */
  static void put(List<String> cells, int column, String text) {
    if (text.isEmpty()) {
      return;
    }
    while (cells.size() <= column) {
      cells.add("");
    }
    cells.set(column, text);
  }

  /** A merged range, 0-based and inclusive. */
  record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** The last row of a sheet (0-based), where a range of whole columns ends. */
    private static final int LAST_ROW = 1_048_575;

    /**
     * A range with its corners in order, whole columns or rows ({@code A:A}) to the sheet's end.
     */
    Merge {
      int top = Math.min(firstRow, lastRow);
      int bottom = Math.max(firstRow, lastRow);
      int left = Math.min(firstColumn, lastColumn);
      int right = Math.max(firstColumn, lastColumn);
      firstRow = Math.max(top, 0);
      lastRow = bottom < 0 ? LAST_ROW : bottom;
      firstColumn = Math.max(left, 0);
      lastColumn = right < 0 ? Limits.LAST_COLUMN : Math.min(right, Limits.LAST_COLUMN);
    }

    /** Parses {@code A3:A9}. */
    static Merge parse(String ref) {
      CellRangeAddress range = CellRangeAddress.valueOf(ref);
      return new Merge(
          range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
    }

    /** The cells of the range in the rows up to {@code lastRowWithText}. */
    long cells(int lastRowWithText) {
      long rows = Math.max(0, Math.min(lastRow, lastRowWithText) - firstRow + 1L);
      return rows * (lastColumn - firstColumn + 1L);
    }
  }
}

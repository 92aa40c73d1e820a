package io.github.planning.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of one sheet as Excel displays them, row by row; a merged cell's text in every cell it
 * spans.
 *
 * <pre>{@code
 * SheetRows rows = ...;            // from XlsxSheets or XlsSheets
 * rows.cells(6)                    // ["", "经济发展", "1", "地区生产总值", "亿元", "496.8", ...]
 * }</pre>
 *
 * <p>Only rows with some text are kept, so a sheet of a million empty rows costs nothing.
 */
final class SheetRows {

  private final String workbook;
  private final String sheet;

  /** The non-empty rows by 0-based row index, each with its texts from column A. */
  private final TreeMap<Integer, List<String>> rows = new TreeMap<>();

  private final List<String> notes = new ArrayList<>();

  SheetRows(String workbook, String sheet) {
    this.workbook = workbook;
    this.sheet = sheet;
  }

  /** {@code 规划.xlsx!主要指标}. */
  String source() {
    return workbook + "!" + sheet;
  }

  String sheet() {
    return sheet;
  }

  /** Sets the text of a cell (0-based row and column); empty texts are not stored. */
  void put(int row, int column, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    List<String> cells = rows.computeIfAbsent(row, r -> new ArrayList<>());
    while (cells.size() <= column) {
      cells.add("");
    }
    cells.set(column, text);
  }

  String get(int row, int column) {
    List<String> cells = rows.get(row);
    return cells == null || column >= cells.size() ? "" : cells.get(column);
  }

  /** Copies the top-left cell's text of each merged range to every cell of the range. */
  void applyMerges(List<Merge> merges) {
    for (Merge merge : merges) {
      String text = get(merge.firstRow(), merge.firstColumn());
      for (int r = merge.firstRow(); r <= merge.lastRow(); r++) {
        for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
          put(r, c, text);
        }
      }
    }
  }

  /** The non-empty rows, by 0-based index. */
  Map<Integer, List<String>> rows() {
    return rows;
  }

  /** What the reader noticed and reports: hidden rows and columns, ignored macros or links. */
  List<String> notes() {
    return notes;
  }

  void note(String note) {
    notes.add(source() + ": " + note);
  }

  /** A cell's reference, {@code E7}, from 0-based row and column. */
  static String reference(int row, int column) {
    return new CellReference(row, column).formatAsString(false);
  }

  /** A merged range, 0-based and inclusive. */
  record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** Parses {@code A3:A9}. */
    static Merge parse(String ref) {
      var range = org.apache.poi.ss.util.CellRangeAddress.valueOf(ref);
      return new Merge(
          range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
    }
  }
}

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

  private final List<Merge> merges = new ArrayList<>();

  private List<SheetTables.Table> tables = List.of();

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

  /** Records the sheet's merged ranges, applied by {@link #finish}. */
  void merges(List<Merge> ranges) {
    merges.addAll(ranges);
  }

  /**
   * Finds the sheet's tables ({@link SheetTables}) and then applies its merged ranges.
   *
   * @param user the user's own headings, normalised, by column
   */
  SheetRows finish(Map<String, io.github.planning.io.RowField> user) {
    tables = SheetTables.of(this, user);
    applyMerges(
        tables.stream()
            .map(SheetTables.Table::headerRow)
            .collect(java.util.stream.Collectors.toSet()));
    return this;
  }

  /** The tables of the sheet, in order, once {@link #finish finished}; at least one. */
  List<SheetTables.Table> tables() {
    return tables;
  }

  /**
   * Applies the merged ranges: the top-left cell's text of a range goes to every cell it spans (a
   * category merged over its rows, a unit over sub-rows), except in a header row and in a line with
   * no other text (a title, a group or a note merged across the table), where it stays in the
   * top-left cell only, as such a table is typed as CSV: a heading merged over the two header rows
   * is one heading, a heading merged over several columns spans the headings under it.
   *
   * @param headerRows the 0-based rows that start a table's header (see {@link SheetTables})
   */
  private void applyMerges(java.util.Set<Integer> headerRows) {
    List<Merge> spread = new ArrayList<>();
    for (Merge merge : merges) {
      if (!headerRows.contains(merge.firstRow()) && !alone(merge)) {
        spread.add(merge);
      } else {
        widen(merge);
      }
    }
    for (Merge merge : spread) {
      String text = get(merge.firstRow(), merge.firstColumn());
      for (int r = merge.firstRow(); r <= merge.lastRow(); r++) {
        for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
          put(r, c, text);
        }
      }
    }
  }

  /**
   * Widens the rows of a range kept in its first cell to its last column, so that a heading merged
   * over the last columns of a header spans them, as the empty cells of a CSV line would.
   */
  private void widen(Merge merge) {
    for (int r = merge.firstRow(); r <= merge.lastRow(); r++) {
      List<String> cells = rows.get(r);
      while (cells != null && cells.size() <= merge.lastColumn()) {
        cells.add("");
      }
    }
  }

  /** Whether a merged range's first row has no text outside it. */
  private boolean alone(Merge merge) {
    List<String> cells = rows.get(merge.firstRow());
    if (cells == null) {
      return true;
    }
    for (int c = 0; c < cells.size(); c++) {
      if ((c < merge.firstColumn() || c > merge.lastColumn()) && !cells.get(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The non-empty rows, by 0-based index. */
  TreeMap<Integer, List<String>> rows() {
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

package io.github.planning.excel;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The second pass over a sheet: the rows of a table streamed with the sheet's merged ranges
 * applied. The top-left cell's text of a range goes to every cell it spans (a category merged over
 * its rows, a unit over sub-rows), except in a header row and in a line with no other text (a
 * title, a group or a note merged across the table), where it stays in the top-left cell only, as
 * such a table is typed as CSV: a heading merged over the two header rows is one heading, a heading
 * merged over several columns spans the headings under it (its rows are widened to the range's last
 * column, as the empty cells of a CSV line would be).
 *
 * <pre>{@code
 * try (MergedRows rows = new MergedRows(layout, table.firstRow(), table.lastRow())) {
 *   for (SheetRow row; (row = rows.next()) != null; ) { ... }
 * }
 * }</pre>
 *
 * <p>Only the ranges over the row being read are held, with the text they spread.
 */
final class MergedRows implements Closeable {

  /** A range spreading its text over the rows it spans. */
  private record Spread(SheetRows.Merge merge, String text) {}

  private final SheetLayout layout;
  private final RowSource source;
  private final int first;
  private final int last;
  private final List<SheetRows.Merge> merges;

  /** The next range of {@link #merges} not yet reached. */
  private int nextMerge;

  private final List<Spread> spreading = new ArrayList<>();
  private final List<SheetRows.Merge> widening = new ArrayList<>();

  /** The next row of the source, read ahead, or null. */
  private @Nullable SheetRow ahead;

  private boolean sourceDone;
  private int cursor;
  private boolean done;

  /** The rows {@code first} to {@code last} (0-based, inclusive) of the layout's sheet. */
  MergedRows(SheetLayout layout, int first, int last) {
    this.layout = layout;
    this.source = layout.sheet().rows();
    this.first = first;
    this.last = last;
    this.merges = layout.merges();
  }

  /**
   * The next row with text of the range, its merged ranges applied, or null after the last.
   *
   * @throws io.github.planning.io.PlanningReadException placed at a cell if a row exceeds {@link
   *     Limits#MAX_ROW_CHARACTERS}, or naming the workbook if it cannot be read
   */
  @Nullable SheetRow next() {
    while (!done) {
      if (ahead == null && !sourceDone) {
        ahead = source.next();
        sourceDone = ahead == null;
      }
      int row = nextRow();
      if (row < 0 || row > last) {
        done = true;
        break;
      }
      SheetRow merged = merged(row);
      cursor = row + 1;
      if (merged != null && row >= first) {
        return merged;
      }
    }
    return null;
  }

  /** The next row where something is: a row of the source, a range's first row, a spread text. */
  private int nextRow() {
    int row = -1;
    if (ahead != null) {
      row = ahead.index();
    }
    if (nextMerge < merges.size()) {
      int start = Math.max(merges.get(nextMerge).firstRow(), cursor);
      row = row < 0 ? start : Math.min(row, start);
    }
    if (!spreading.isEmpty()) {
      row = row < 0 ? cursor : Math.min(row, cursor);
    }
    return row;
  }

  /** The row {@code row}, of the source or only spread into, with the ranges over it applied. */
  private @Nullable SheetRow merged(int row) {
    SheetRow raw = ahead != null && ahead.index() == row ? ahead : null;
    if (raw != null) {
      ahead = null;
    }
    List<String> rawCells = raw == null ? List.of() : raw.cells();
    List<String> cells = new ArrayList<>(rawCells);
    int characters = 0;
    for (String cell : rawCells) {
      characters += cell.length();
    }
    List<SheetRows.Merge> starting = new ArrayList<>();
    while (nextMerge < merges.size() && merges.get(nextMerge).firstRow() <= row) {
      SheetRows.Merge merge = merges.get(nextMerge++);
      if (layout.isHeaderRow(merge.firstRow()) || alone(rawCells, merge)) {
        widening.add(merge);
      } else {
        starting.add(merge);
      }
    }
    if (raw != null) {
      int width = 0;
      for (SheetRows.Merge merge : widening) {
        width = Math.max(width, merge.lastColumn() + 1);
      }
      while (cells.size() < width) {
        cells.add("");
      }
    }
    for (Spread spread : spreading) {
      characters = spread(cells, spread, row, characters);
    }
    for (SheetRows.Merge merge : starting) {
      String text = merge.firstColumn() < cells.size() ? cells.get(merge.firstColumn()) : "";
      if (!text.isEmpty()) {
        Spread spread = new Spread(merge, text);
        spreading.add(spread);
        characters = spread(cells, spread, row, characters);
      }
    }
    spreading.removeIf(spread -> spread.merge().lastRow() <= row);
    widening.removeIf(merge -> merge.lastRow() <= row);
    if (raw == null && characters == 0) {
      return null;
    }
    return new SheetRow(row, cells, raw != null && raw.hidden());
  }

  /** Puts a range's text in its cells of a row; the row's characters after. */
  private int spread(List<String> cells, Spread spread, int row, int characters) {
    SheetRows.Merge merge = spread.merge();
    int count = characters;
    for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
      String before = c < cells.size() ? cells.get(c) : "";
      count += spread.text().length() - before.length();
      if (count > Limits.MAX_ROW_CHARACTERS) {
        throw Limits.at(
            layout.source(),
            row,
            c,
            "",
            "row "
                + (row + 1)
                + " holds more than "
                + Limits.MAX_ROW_CHARACTERS
                + " characters with the texts of its merged cells, the most a row is read with");
      }
      SheetRows.put(cells, c, spread.text());
    }
    return count;
  }

  /** Whether a range's first row has no text outside it. */
  private static boolean alone(List<String> cells, SheetRows.Merge merge) {
    for (int c = 0; c < cells.size(); c++) {
      if ((c < merge.firstColumn() || c > merge.lastColumn()) && !cells.get(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    source.close();
  }
}

package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.RowField;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a first pass over a sheet finds, keeping none of its rows: the tables ({@link SheetTables}),
 * the merged ranges, sorted by their first row, and the notes on hidden rows and columns. A second
 * pass ({@link MergedRows}) then streams the rows of the table chosen.
 *
 * <pre>{@code
 * SheetLayout layout = SheetLayout.scan(book.sheet(0), Map.of());
 * layout.tables()      // [Table[firstRow=0, headerRow=1, lastRow=30, title=表1 主要指标, cell=A1, …]]
 * layout.table(choice) // the one to read
 * }</pre>
 */
final class SheetLayout {

  private final BookSheet sheet;
  private final List<SheetTables.Table> tables;
  private final List<SheetRows.Merge> merges;
  private final Set<Integer> headerRows;
  private final List<String> notes;

  private SheetLayout(
      BookSheet sheet,
      List<SheetTables.Table> tables,
      List<SheetRows.Merge> merges,
      List<String> notes) {
    this.sheet = sheet;
    this.tables = List.copyOf(tables);
    this.merges = List.copyOf(merges);
    this.headerRows =
        tables.stream().map(SheetTables.Table::headerRow).collect(Collectors.toUnmodifiableSet());
    this.notes = List.copyOf(notes);
  }

  /**
   * Reads a sheet once for its layout.
   *
   * @param user the user's own headings, normalised, by column
   * @throws PlanningReadException placed at a cell if the sheet exceeds a limit of {@link Limits}
   */
  static SheetLayout scan(BookSheet sheet, Map<String, RowField> user) {
    SheetTables tables = new SheetTables(sheet.source(), user);
    BitSet hiddenRows = new BitSet();
    int widest = 0;
    int lastRow = -1;
    List<SheetRows.Merge> merges;
    BitSet hiddenColumns;
    try (RowSource rows = sheet.layout()) {
      for (SheetRow row; (row = rows.next()) != null; ) {
        tables.add(row);
        if (row.hidden()) {
          hiddenRows.set(row.index());
        }
        widest = Math.max(widest, row.cells().size());
        lastRow = row.index();
      }
      merges = new ArrayList<>(rows.merges());
      hiddenColumns = rows.hiddenColumns();
    }
    merges.sort(Comparator.comparingInt(SheetRows.Merge::firstRow));
    long cells = 0;
    for (SheetRows.Merge merge : merges) {
      cells += merge.cells(lastRow);
      if (cells > Limits.MAX_MERGED_CELLS) {
        throw Limits.at(
            sheet.source(),
            merge.firstRow(),
            merge.firstColumn(),
            "",
            "the merged ranges span more than "
                + Limits.MAX_MERGED_CELLS
                + " cells of rows with text, the most read");
      }
    }
    List<String> notes = new ArrayList<>();
    sheet.notes().forEach(note -> notes.add(sheet.source() + ": " + note));
    Hidden.notes(hiddenRows, hiddenColumns, widest)
        .forEach(note -> notes.add(sheet.source() + ": " + note));
    return new SheetLayout(sheet, tables.tables(), merges, notes);
  }

  BookSheet sheet() {
    return sheet;
  }

  /** {@code 规划.xlsx!主要指标}. */
  String source() {
    return sheet.source();
  }

  /** The tables of the sheet, in order; at least one. */
  List<SheetTables.Table> tables() {
    return tables;
  }

  /** The merged ranges, by first row. */
  List<SheetRows.Merge> merges() {
    return merges;
  }

  /** Whether a row is a table's header row, where a merged cell's text stays in its first cell. */
  boolean isHeaderRow(int row) {
    return headerRows.contains(row);
  }

  /** What the reader noticed: ignored macros or links, hidden rows and columns. */
  List<String> notes() {
    return notes;
  }

  /**
   * The chosen table of the sheet: the one holding the chosen cell, or the only one.
   *
   * @throws PlanningReadException if no table holds the cell, or the sheet holds several tables and
   *     none was chosen (placed where the second starts, listing them all)
   */
  SheetTables.Table table(SheetChoice choice) {
    String all = tables.stream().map(SheetTables.Table::describe).collect(Collectors.joining(", "));
    Optional<Integer> chosen = choice.tableRow();
    if (chosen.isPresent()) {
      return tables.stream()
          .filter(table -> table.contains(chosen.get()))
          .findFirst()
          .orElseThrow(
              () ->
                  Limits.refuse(
                      source(),
                      "",
                      "no table of the sheet holds row "
                          + (chosen.get() + 1)
                          + " ("
                          + choice
                          + "); its tables: "
                          + all));
    }
    if (tables.size() == 1) {
      return tables.get(0);
    }
    SheetTables.Table second = tables.get(1);
    org.apache.poi.ss.util.CellReference at =
        new org.apache.poi.ss.util.CellReference(second.cell());
    throw new PlanningReadException(
        source(),
        List.of(
            new Problem(
                source() + "!" + second.cell(),
                at.getRow() + 1L,
                at.getCol() + 1L,
                second.text(),
                "a second table starts here: the sheet holds "
                    + tables.size()
                    + " tables, "
                    + all
                    + "; read one at a time by its sheet and first cell, such as "
                    + sheet.sheet()
                    + "!"
                    + second.cell()
                    + " (SheetChoice.parse, the option --sheet)")),
        false);
  }
}

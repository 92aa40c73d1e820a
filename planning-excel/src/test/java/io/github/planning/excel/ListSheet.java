package io.github.planning.excel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A sheet made in memory, row by row, for the tests of the passes over a sheet. */
final class ListSheet {

  private final String workbook;
  private final String sheet;
  private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
  private final List<SheetRows.Merge> merges = new ArrayList<>();

  ListSheet(String workbook, String sheet) {
    this.workbook = workbook;
    this.sheet = sheet;
  }

  /** Sets the text of a cell (0-based row and column). */
  ListSheet put(int row, int column, String text) {
    SheetRows.put(rows.computeIfAbsent(row, r -> new ArrayList<>()), column, text);
    return this;
  }

  ListSheet merge(String range) {
    merges.add(SheetRows.Merge.parse(range));
    return this;
  }

  BookSheet sheet() {
    return new BookSheet(workbook, sheet, List.of(), toTheEnd -> new Source());
  }

  SheetLayout layout() {
    return SheetLayout.scan(sheet(), Map.of());
  }

  /** The whole sheet, its merged ranges applied. */
  SheetRows read() {
    return SheetRows.of(layout());
  }

  private final class Source implements RowSource {
    private final Iterator<Map.Entry<Integer, List<String>>> next = rows.entrySet().iterator();

    @Override
    public SheetRow next() {
      while (next.hasNext()) {
        Map.Entry<Integer, List<String>> row = next.next();
        if (!row.getValue().isEmpty()) {
          return new SheetRow(row.getKey(), List.copyOf(row.getValue()), false);
        }
      }
      return null;
    }

    @Override
    public List<SheetRows.Merge> merges() {
      return merges;
    }

    @Override
    public BitSet hiddenColumns() {
      return new BitSet();
    }

    @Override
    public void close() {}
  }
}

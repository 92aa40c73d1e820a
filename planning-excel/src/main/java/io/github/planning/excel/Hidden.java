package io.github.planning.excel;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/** The notes of a sheet's hidden rows and columns, which are read like the others. */
final class Hidden {

  private Hidden() {}

  static void report(SheetRows rows, Set<Integer> hiddenRows, Set<Integer> hiddenColumns) {
    Set<Integer> withText =
        hiddenRows.stream()
            .filter(rows.rows()::containsKey)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    if (!withText.isEmpty()) {
      rows.note(
          "hidden rows read: "
              + withText.stream()
                  .map(r -> String.valueOf(r + 1))
                  .collect(Collectors.joining(", ")));
    }
    if (!hiddenColumns.isEmpty()) {
      int widest = rows.rows().values().stream().mapToInt(java.util.List::size).max().orElse(0);
      String shown =
          hiddenColumns.stream()
              .filter(c -> c < widest)
              .map(CellReference::convertNumToColString)
              .collect(Collectors.joining(", "));
      if (!shown.isEmpty()) {
        rows.note("hidden columns read: " + shown);
      }
    }
  }
}

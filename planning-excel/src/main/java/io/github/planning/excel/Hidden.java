package io.github.planning.excel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.ss.util.CellReference;

/**
 * The notes of a sheet's hidden rows and columns, which are read like the others: {@code hidden
 * rows read: 4, 9-12}, at most {@value #MAX_LISTED} of them listed.
 */
final class Hidden {

  /** The most rows or runs of rows a note lists. */
  static final int MAX_LISTED = 20;

  private Hidden() {}

  /**
   * The notes of the hidden rows with text and of the hidden columns before the widest row's end.
   *
   * @param rows the 0-based hidden rows with text
   * @param columns the 0-based hidden columns
   * @param widest the cells of the widest row
   */
  static List<String> notes(BitSet rows, BitSet columns, int widest) {
    List<String> notes = new ArrayList<>();
    if (!rows.isEmpty()) {
      notes.add("hidden rows read: " + list(rows, r -> String.valueOf(r + 1)));
    }
    BitSet shown = columns.get(0, widest);
    if (!shown.isEmpty()) {
      notes.add("hidden columns read: " + list(shown, CellReference::convertNumToColString));
    }
    return notes;
  }

  /** {@code 4, 9-12}: runs of three or more as a range, cut after {@value #MAX_LISTED}. */
  private static String list(BitSet set, IntFunction<String> name) {
    StringBuilder out = new StringBuilder();
    int listed = 0;
    int covered = 0;
    for (int start = set.nextSetBit(0);
        start >= 0 && listed < MAX_LISTED;
        start = set.nextSetBit(start)) {
      int end = set.nextClearBit(start) - 1;
      if (end - start >= 2) {
        separate(out).append(name.apply(start)).append('-').append(name.apply(end));
        listed++;
        covered += end - start + 1;
        start = end + 1;
      } else {
        separate(out).append(name.apply(start));
        listed++;
        covered++;
        start++;
      }
    }
    int all = set.cardinality();
    return covered < all
        ? out.append(", … (").append(all).append(" in all)").toString()
        : out.toString();
  }

  private static StringBuilder separate(StringBuilder out) {
    return out.isEmpty() ? out : out.append(", ");
  }
}

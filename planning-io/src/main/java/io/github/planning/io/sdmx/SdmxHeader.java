package io.github.planning.io.sdmx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The header line of SDMX-CSV: which column holds what, how many there are, the separator of
 * multi-valued cells, and whether headings and coded cells carry labels.
 *
 * <pre>{@code
 * STRUCTURE[;],STRUCTURE_ID,ACTION,INDICATOR: 指标,TIME_PERIOD,OBS_VALUE
 * // width 6, separator ";", labelled, ACTION at index 2, INDICATOR at 3, no FREQ (−1)
 * }</pre>
 *
 * @param columns the index of each column the library knows, by the column
 * @param actionColumn the index of {@code ACTION}, or −1
 * @param frequencyColumn the index of {@code FREQ}, or −1
 * @param indicatorColumn the index of {@code INDICATOR}, else of the first {@code SERIES}, or −1
 * @param width the number of columns, which every line has
 * @param separator the separator of the values of a multi-valued cell
 * @param labelled whether any heading carries a label, so that coded cells may too
 */
record SdmxHeader(
    Map<SdmxColumn, Integer> columns,
    int actionColumn,
    int frequencyColumn,
    int indicatorColumn,
    int width,
    String separator,
    boolean labelled) {

  /**
   * Reads the header from its headings, found on line {@code line}; empty, with the problem
   * reported, when it is not the header of SDMX-CSV or lacks a column that the lines need.
   */
  static Optional<SdmxHeader> read(List<String> headings, long line, SdmxProblems problems) {
    String first = headings.isEmpty() ? "" : headings.get(0).strip();
    if (!SdmxIds.idOf(first).equals("STRUCTURE")) {
      problems.add(line, 1, first, "not SDMX-CSV: the first heading must be STRUCTURE");
      return Optional.empty();
    }
    String separator = ";";
    if (first.length() > "STRUCTURE[]".length() && first.charAt(9) == '[') {
      separator = first.substring(10, first.length() - 1);
    }
    Map<SdmxColumn, Integer> columns = new EnumMap<>(SdmxColumn.class);
    int actionColumn = -1;
    int frequencyColumn = -1;
    int indicatorColumn = -1;
    boolean labelled = false;
    for (int i = 1; i < headings.size(); i++) {
      String heading = headings.get(i);
      labelled |= heading.contains(": ");
      String id = SdmxIds.idOf(heading);
      switch (id) {
        case "ACTION" -> actionColumn = i;
        case "FREQ" -> frequencyColumn = i;
        case "SERIES" -> indicatorColumn = indicatorColumn < 0 ? i : indicatorColumn;
        default -> {
          int column = i;
          SdmxColumn.ofHeading(heading).ifPresent(c -> columns.putIfAbsent(c, column));
        }
      }
    }
    if (columns.containsKey(SdmxColumn.INDICATOR)) {
      indicatorColumn = columns.get(SdmxColumn.INDICATOR);
    }
    List<String> missing = new ArrayList<>();
    if (indicatorColumn < 0) {
      missing.add("INDICATOR (or SERIES)");
    }
    for (SdmxColumn needed : List.of(SdmxColumn.TIME_PERIOD, SdmxColumn.OBS_VALUE)) {
      if (!columns.containsKey(needed)) {
        missing.add(needed.name());
      }
    }
    if (!missing.isEmpty() && !columns.containsKey(SdmxColumn.VALUE_TYPE)) {
      problems.add(line, 1, String.join(",", headings), "the header has no column " + missing);
      return Optional.empty();
    }
    return Optional.of(
        new SdmxHeader(
            columns,
            actionColumn,
            frequencyColumn,
            indicatorColumn,
            headings.size(),
            separator,
            labelled));
  }

  /** Whether the header has {@code column}. */
  boolean has(SdmxColumn column) {
    return columns.containsKey(column);
  }

  /** The index of {@code column}, or null when the header has none. */
  @Nullable Integer indexOf(SdmxColumn column) {
    return columns.get(column);
  }

  /** The 1-based column of {@code column} for a problem: the first when the header has none. */
  long columnOf(SdmxColumn column) {
    return columns.getOrDefault(column, 0) + 1L;
  }
}

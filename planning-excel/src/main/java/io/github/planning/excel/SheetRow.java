package io.github.planning.excel;

import java.util.List;

/**
 * One row of a sheet with some text, as {@link RowSource} gives it.
 *
 * <pre>{@code
 * new SheetRow(6, List.of("", "经济发展", "1", "地区生产总值", "亿元", "496.8"), false)   // row 7
 * }</pre>
 *
 * @param index the 0-based row
 * @param cells the texts of its cells from column A, "" for an empty one, up to its last with text
 * @param hidden whether the row is hidden
 */
record SheetRow(int index, List<String> cells, boolean hidden) {

  /** The text of a cell, "" past the last. */
  String get(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }
}

package io.github.planning.excel;

import java.util.List;

/**
 * A sheet of an open {@link Book}: its names, the notes of its workbook (ignored macros, links not
 * followed), and its rows, read anew by each pass.
 *
 * @param workbook the workbook's file name, {@code 规划.xlsx}
 * @param sheet the sheet's name, {@code 主要指标}
 * @param notes what the reader noticed of the workbook, without the sheet's name
 * @param pass what opens a pass over the rows
 */
record BookSheet(String workbook, String sheet, List<String> notes, Pass pass) {

  /** Opens a pass over the rows of a sheet. */
  interface Pass {
    /**
     * A pass over the rows; past them too, for the merged ranges that follow, if {@code toTheEnd}.
     */
    RowSource open(boolean toTheEnd);
  }

  /** {@code 规划.xlsx!主要指标}. */
  String source() {
    return workbook + "!" + sheet;
  }

  /** A new pass over the rows and the layout: merged ranges and hidden columns. */
  RowSource layout() {
    return pass.open(true);
  }

  /** A new pass over the rows only, from the first. */
  RowSource rows() {
    return pass.open(false);
  }
}

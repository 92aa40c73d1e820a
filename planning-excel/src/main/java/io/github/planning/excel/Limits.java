package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits a workbook is read within, and the errors of one that exceeds them.
 *
 * <p>A sheet is read as a stream, so its length costs time, not memory. What is held at once is
 * bounded: the cells of the row being read, with the texts merged ranges spread into it, at most
 * {@link #MAX_ROW_CHARACTERS} characters; at most {@link #MAX_MERGES} merged ranges, spanning at
 * most {@link #MAX_MERGED_CELLS} cells of rows with text; at most {@link #MAX_TABLES} tables on a
 * sheet; a shared-string table or a style table of at most {@link #MAX_SHARED_PART} bytes. A sheet
 * over one of them ends in an error placed at the cell where it was passed ({@code
 * 规划.xlsx!主要指标!A123}). Against zip bombs, POI's guard refuses a part that inflates more than 100
 * times its compressed size (the default of {@code ZipSecureFile.setMinInflateRatio}, which this
 * module leaves as the application set it), and the parts of the sheet read are refused once they
 * inflate to more than {@link #MAX_INFLATION} times the size of the whole file.
 */
final class Limits {

  /** The most characters of one row held at once; a plan table's row has a few hundred. */
  static final int MAX_ROW_CHARACTERS = 1 << 20;

  /** The most merged ranges of a sheet; a plan table has a few dozen. */
  static final int MAX_MERGES = 100_000;

  /** The most cells of rows with text that merged ranges span, summed over the ranges. */
  static final long MAX_MERGED_CELLS = 10_000_000;

  /** The most tables on a sheet. */
  static final int MAX_TABLES = 1_000;

  /** The largest shared-string or style part read (uncompressed); a plan table's is a few KB. */
  static final long MAX_SHARED_PART = 8L << 20;

  /** The most a sheet part inflates, as a multiple of the whole file's size. */
  static final long MAX_INFLATION = 100;

  /** The last column of a sheet, XFD (0-based). */
  static final int LAST_COLUMN = 16_383;

  /** POI's refusal of a part: {@code Zip bomb detected! …}, naming the part last. */
  private static final Pattern ZIP_BOMB =
      Pattern.compile("(?s)Zip bomb detected!(.*?)(?:Entry: (\\S+))?\\s*$");

  private Limits() {}

  /** An error of the whole workbook, named without a sheet or cell. */
  static PlanningReadException refuse(String source, String text, String reason) {
    return new PlanningReadException(
        source, List.of(new Problem(source, 0, 0, text, reason)), false);
  }

  /**
   * An error at a cell of a sheet: {@code 规划.xlsx!主要指标!A123}, the 0-based row and column.
   *
   * @param sheet the workbook and sheet, {@code 规划.xlsx!主要指标}
   */
  static PlanningReadException at(String sheet, int row, int column, String text, String reason) {
    String cell = sheet + "!" + SheetRows.reference(row, Math.min(column, LAST_COLUMN));
    return new PlanningReadException(
        sheet, List.of(new Problem(cell, row + 1L, column + 1L, text, reason)), false);
  }

  /**
   * The reason of a failure, in one line: the root cause's message, POI's zip-bomb refusal said in
   * the module's own words.
   */
  static String message(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    Matcher bomb = ZIP_BOMB.matcher(message);
    if (bomb.find()) {
      String part = bomb.group(2) == null ? "a part" : "the part " + bomb.group(2);
      return part
          + (bomb.group(1).contains("max size")
              ? " is too large once inflated"
              : " inflates to more than 100 times its compressed size")
          + ", as a zip bomb does: the workbook is not read";
    }
    String line = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}

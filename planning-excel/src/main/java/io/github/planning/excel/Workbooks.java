package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.ReadOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Plans read from and written to Excel workbooks, {@code .xlsx} and {@code .xls}.
 *
 * <pre>{@code
 * Plan plan = Workbooks.readPlan(Path.of("规划.xlsx"), ReadOptions.of("规划.xlsx"),
 *     SheetChoice.named("主要指标"));
 * try (WorkbookReader reader = Workbooks.open(path, options, SheetChoice.first())) {
 *   reader.forEachRemaining(record -> ...);        // row by row, in a small heap
 * }
 * Workbooks.writePlan(plan, List.of(), Path.of("out.xlsx"));
 * }</pre>
 *
 * <p>A sheet is turned into rows of the texts Excel displays (the cell's number format applied, a
 * formula's cached value, a merged cell's text in every cell it spans, hidden rows and columns
 * read) and those rows are read by {@link PlanCsvReader}, with all its heading and layout rules. In
 * a header, and in a line with no other text (a title, a group row), a merged cell's text stays in
 * its first cell, as the table is typed as CSV: a heading merged over both rows of a two-row header
 * is one heading, a heading merged over columns spans the headings under it ({@code 2025年} over
 * {@code 目标值 | 年均增长}). A sheet holding several tables is read one table at a time ({@link
 * SheetChoice#table}). Problems are placed in the workbook: the source {@code 规划.xlsx!主要指标!E7}, the
 * sheet row as line and the sheet column as column; a problem of the whole table at its first cell.
 *
 * <p>An {@code .xlsx} sheet is streamed from its XML, twice: once for its layout (its tables,
 * merged ranges and hidden rows and columns), once for the rows of the table read, as they are
 * asked for. What is held at once is bounded: a row of at most 1,048,576 characters with the texts
 * merged into it, at most 100,000 merged ranges spanning at most 10,000,000 cells of rows with
 * text, at most 1,000 tables on a sheet, shared strings and styles of at most 8 MB each; a sheet
 * past one of them ends in a {@link PlanningReadException} placed at the cell where it was passed
 * ({@code 规划.xlsx!主要指标!A123}). A part that inflates more than 100 times its compressed size (POI's
 * zip-bomb guard, as the application leaves {@code ZipSecureFile}) or to more than 100 times the
 * size of the file is refused. An {@code .xls} workbook is read whole (at most 65,536 rows a
 * sheet).
 */
public final class Workbooks {

  private Workbooks() {}

  /**
   * Opens a table of a sheet of a workbook for reading row by row: the sheet is read once for its
   * layout, then its rows as the records are asked for. A sheet holding several tables is read one
   * table at a time, chosen by a cell of it ({@link SheetChoice#table}).
   *
   * @throws PlanningReadException if the workbook cannot be read, exceeds the limits or has no such
   *     sheet; if the sheet holds several tables and none was chosen (the problem is placed where
   *     the second starts and lists them all); in strict mode if the header is bad
   * @throws UncheckedIOException if the file cannot be read
   */
  public static WorkbookReader open(Path path, ReadOptions options, SheetChoice sheet) {
    return WorkbookReader.open(
        requireNonNull(path, "path"),
        requireNonNull(options, "options"),
        requireNonNull(sheet, "sheet"));
  }

  /**
   * Reads a plan from a sheet of a workbook.
   *
   * @throws PlanningReadException in strict mode if a row is bad, or if the workbook cannot be
   *     read, exceeds the limits, or has no such sheet; its problems are placed by cell
   */
  public static Plan readPlan(Path path, ReadOptions options, SheetChoice sheet) {
    WorkbookRead read = read(path, options, sheet);
    return read.result()
        .plan()
        .orElseThrow(() -> new PlanningReadException(read.source(), read.problems(), false));
  }

  /**
   * Reads a table of a sheet of a workbook whole, through {@link #open}: the plan, every record and
   * the problems placed by cell, the notes on what was read (hidden rows and columns, ignored
   * macros and links) and the tables of the sheet.
   *
   * @throws PlanningReadException as {@link #open} does, and in strict mode if a row is bad
   */
  public static WorkbookRead read(Path path, ReadOptions options, SheetChoice sheet) {
    try (WorkbookReader reader = open(path, options, sheet)) {
      return reader.readAll();
    }
  }

  /**
   * Writes a plan as an {@code .xlsx} workbook in the published layout, with a second sheet {@code
   * 观测值} of the observations when there are any. The file is replaced only when the whole workbook
   * was written.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writePlan(Plan plan, List<Observation> observations, Path path) {
    writePlan(plan, observations, path, FigureCells.TEXT);
  }

  /**
   * Writes a plan as {@link #writePlan(Plan, List, Path)} does, its plain figures as text or as
   * numbers with the display format of their written precision.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writePlan(
      Plan plan, List<Observation> observations, Path path, FigureCells figures) {
    WorkbookWriter.write(
        requireNonNull(plan, "plan"),
        List.copyOf(observations),
        requireNonNull(path, "path"),
        requireNonNull(figures, "figures"));
  }

  /** Whether a file is a workbook this module reads, judged by its first bytes. */
  public static boolean isWorkbook(Path path) {
    return Book.kind(path) != Book.Kind.OTHER;
  }

  /** A whole sheet's rows, its merged ranges applied (the default choice: the first not hidden). */
  static SheetRows sheetRows(Path path, SheetChoice sheet) {
    try (Book book = Book.open(path)) {
      return SheetRows.of(SheetLayout.scan(book.sheet(sheet.sheetOnly()), Map.of()));
    }
  }
}

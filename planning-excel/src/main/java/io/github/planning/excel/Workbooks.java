package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.io.CsvLayout;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowField;
import io.github.planning.io.RowRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/**
 * Plans read from and written to Excel workbooks, {@code .xlsx} and {@code .xls}.
 *
 * <pre>{@code
 * Plan plan = Workbooks.readPlan(Path.of("规划.xlsx"), ReadOptions.of("规划.xlsx"),
 *     SheetChoice.named("主要指标"));
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
 */
public final class Workbooks {

  private Workbooks() {}

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
   * Reads a table of a sheet of a workbook: the plan, every record and the problems placed by cell,
   * the notes on what was read (hidden rows and columns, ignored macros and links) and the tables
   * of the sheet. A sheet holding several tables is read one table at a time, chosen by a cell of
   * it ({@link SheetChoice#table}).
   *
   * @throws PlanningReadException as {@link #readPlan} does, and if the sheet holds several tables
   *     and none was chosen (the problem is placed where the second starts and lists them all)
   */
  public static WorkbookRead read(Path path, ReadOptions options, SheetChoice sheet) {
    requireNonNull(path, "path");
    requireNonNull(options, "options");
    requireNonNull(sheet, "sheet");
    Map<String, RowField> user = SheetTables.userHeadings(options);
    SheetRows rows =
        sheet.isDefaultSheet()
            ? firstWithHeader(path, options, user)
            : sheetRows(path, sheet.sheetOnly(), user);
    SheetTables.Table table = table(rows, sheet);
    SheetCsv csv = SheetCsv.of(rows, table);
    ReadOptions sheetOptions = ReadOptions.builder().from(options).source(rows.source()).build();
    try (PlanCsvReader reader = PlanCsvReader.open(new StringReader(csv.text()), sheetOptions)) {
      PlanReadResult result = reader.readAll();
      int nameField =
          reader.layout().columns().stream()
              .filter(column -> column.field().equals(RowField.NAME.csvHeading()))
              .mapToInt(CsvLayout.Column::column)
              .findFirst()
              .orElse(1);
      Map<String, Problem> rowPlaces = new HashMap<>();
      for (RowRecord record : result.records()) {
        record
            .row()
            .ifPresent(
                row -> rowPlaces.putIfAbsent(row.code(), csv.place(record.line(), nameField)));
      }
      return new WorkbookRead(
          rows.source(),
          result,
          result.problems().stream().map(csv::place).toList(),
          rows.notes(),
          rows.tables().stream().map(SheetTables.Table::view).toList(),
          rowPlaces,
          csv.place(0, 0));
    } catch (PlanningReadException e) {
      throw new PlanningReadException(
          rows.source(), e.problems().stream().map(csv::place).toList(), e.isTruncated());
    }
  }

  /**
   * The chosen table of a sheet: the one holding the chosen cell, or the only one.
   *
   * @throws PlanningReadException if no table holds the cell, or the sheet holds several tables and
   *     none was chosen
   */
  private static SheetTables.Table table(SheetRows rows, SheetChoice choice) {
    List<SheetTables.Table> tables = rows.tables();
    String all = tables.stream().map(SheetTables.Table::describe).collect(Collectors.joining(", "));
    Optional<Integer> chosen = choice.tableRow();
    if (chosen.isPresent()) {
      return tables.stream()
          .filter(table -> table.contains(chosen.get()))
          .findFirst()
          .orElseThrow(
              () ->
                  Limits.refuse(
                      rows.source(),
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
    CellReference at = new CellReference(second.cell());
    throw new PlanningReadException(
        rows.source(),
        List.of(
            new Problem(
                rows.source() + "!" + second.cell(),
                at.getRow() + 1L,
                at.getCol() + 1L,
                rows.get(at.getRow(), at.getCol()),
                "a second table starts here: the sheet holds "
                    + tables.size()
                    + " tables, "
                    + all
                    + "; read one at a time by its sheet and first cell, such as "
                    + rows.sheet()
                    + "!"
                    + second.cell()
                    + " (SheetChoice.parse, the option --sheet)")),
        false);
  }

  /**
   * The first sheet whose header the CSV reader recognises, or the first sheet when none has one
   * (its reading then reports why).
   */
  private static SheetRows firstWithHeader(
      Path path, ReadOptions options, Map<String, RowField> user) {
    SheetRows first = sheetRows(path, SheetChoice.at(1), user);
    for (int position = 1; position <= MAX_SHEETS_TRIED; position++) {
      SheetRows rows;
      try {
        rows = position == 1 ? first : sheetRows(path, SheetChoice.at(position), user);
      } catch (PlanningReadException noSuchSheet) {
        break;
      }
      ReadOptions strict =
          ReadOptions.builder()
              .from(options)
              .source(rows.source())
              .mode(io.github.planning.io.ReadMode.STRICT)
              .build();
      try (PlanCsvReader reader =
          PlanCsvReader.open(
              new StringReader(SheetCsv.of(rows, rows.tables().get(0)).text()), strict)) {
        if (!reader.headings().isEmpty()) {
          return rows;
        }
      } catch (PlanningReadException badHeader) {
        // not this sheet
      }
    }
    return first;
  }

  /** The most sheets looked at for a header when no sheet is named. */
  private static final int MAX_SHEETS_TRIED = 50;

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
    return kind(path) != Kind.OTHER;
  }

  private enum Kind {
    XLSX,
    XLS,
    OTHER
  }

  private static Kind kind(Path path) {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Kind.XLSX;
    }
    if (n == 8
        && (head[0] & 0xFF) == 0xD0
        && (head[1] & 0xFF) == 0xCF
        && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return Kind.XLS;
    }
    return Kind.OTHER;
  }

  /** A sheet's rows, its tables found and its merged ranges applied. */
  static SheetRows sheetRows(Path path, SheetChoice sheet) {
    return sheetRows(path, sheet, Map.of());
  }

  private static SheetRows sheetRows(Path path, SheetChoice sheet, Map<String, RowField> user) {
    return switch (kind(path)) {
      case XLSX -> XlsxSheets.read(path, sheet).finish(user);
      case XLS -> XlsSheets.read(path, sheet).finish(user);
      case OTHER ->
          throw Limits.refuse(
              String.valueOf(path.getFileName()), "", "not an Excel workbook (.xlsx or .xls)");
    };
  }
}

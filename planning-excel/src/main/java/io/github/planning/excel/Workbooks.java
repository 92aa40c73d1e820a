package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * read) and those rows are read by {@link PlanCsvReader}, with all its heading and layout rules.
 * Problems are placed in the workbook: the source {@code 规划.xlsx!主要指标!E7}, the sheet row as line
 * and the sheet column as column.
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
   * Reads a sheet of a workbook: the plan, every record and the problems placed by cell, and the
   * notes on what was read (hidden rows and columns, ignored macros and links).
   *
   * @throws PlanningReadException as {@link #readPlan} does
   */
  public static WorkbookRead read(Path path, ReadOptions options, SheetChoice sheet) {
    requireNonNull(options, "options");
    SheetRows rows =
        requireNonNull(sheet, "sheet") == SheetChoice.first()
            ? firstWithHeader(requireNonNull(path, "path"), options)
            : sheetRows(requireNonNull(path, "path"), sheet);
    SheetCsv csv = SheetCsv.of(rows);
    ReadOptions sheetOptions = ReadOptions.builder().from(options).source(rows.source()).build();
    try (PlanCsvReader reader = PlanCsvReader.open(new StringReader(csv.text()), sheetOptions)) {
      PlanReadResult result = reader.readAll();
      return new WorkbookRead(
          rows.source(),
          result,
          result.problems().stream().map(csv::place).toList(),
          List.copyOf(rows.notes()));
    } catch (PlanningReadException e) {
      throw new PlanningReadException(
          rows.source(), e.problems().stream().map(csv::place).toList(), e.isTruncated());
    }
  }

  /**
   * The first sheet whose header the CSV reader recognises, or the first sheet when none has one
   * (its reading then reports why).
   */
  private static SheetRows firstWithHeader(Path path, ReadOptions options) {
    SheetRows first = sheetRows(path, SheetChoice.at(1));
    for (int position = 1; position <= MAX_SHEETS_TRIED; position++) {
      SheetRows rows;
      try {
        rows = position == 1 ? first : sheetRows(path, SheetChoice.at(position));
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
          PlanCsvReader.open(new StringReader(SheetCsv.of(rows).text()), strict)) {
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
    WorkbookWriter.write(
        requireNonNull(plan, "plan"), List.copyOf(observations), requireNonNull(path, "path"));
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

  static SheetRows sheetRows(Path path, SheetChoice sheet) {
    return switch (kind(path)) {
      case XLSX -> XlsxSheets.read(path, sheet);
      case XLS -> XlsSheets.read(path, sheet);
      case OTHER ->
          throw Limits.refuse(
              String.valueOf(path.getFileName()), "", "not an Excel workbook (.xlsx or .xls)");
    };
  }
}

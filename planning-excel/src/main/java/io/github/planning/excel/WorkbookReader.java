package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import io.github.planning.io.CsvLayout;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowField;
import io.github.planning.io.RowRecord;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a table of a sheet of a workbook row by row, as {@link PlanCsvReader} reads a CSV: the
 * records come as the sheet is read, so a sheet of any length is read in a small heap.
 *
 * <pre>{@code
 * try (WorkbookReader reader = Workbooks.open(path, ReadOptions.of("规划.xlsx"), SheetChoice.first())) {
 *   reader.notes().forEach(System.out::println);     // 规划.xlsx!主要指标: hidden rows read: 12
 *   reader.forEachRemaining(record -> record.row().ifPresent(this::store));
 * }   // strict: throws PlanningReadException at the end if any row was bad, placed by cell
 * }</pre>
 *
 * <p>A record's line is its sheet row, and its problems are placed at their cells ({@code
 * 规划.xlsx!主要指标!E7}, the sheet's row and column). Opening reads the sheet once for its layout (the
 * tables, the merged ranges, the hidden rows and columns, keeping none of its rows); the rows of
 * the chosen table are then read as the records are asked for, the merged ranges over each applied.
 * What is held is a row at a time (see {@link Workbooks} for the limits), besides what {@link
 * PlanCsvReader} holds; a {@code .xls} workbook is read whole first (at most 65,536 rows).
 */
public final class WorkbookReader implements Iterator<RowRecord>, Closeable {

  /** The most sheets looked at for a header when no sheet is named. */
  private static final int MAX_SHEETS_TRIED = 50;

  private final Book book;
  private final SheetLayout layout;
  private final SheetCsv csv;
  private final PlanCsvReader reader;
  private final int nameField;

  private WorkbookReader(
      Book book, SheetLayout layout, SheetTables.Table table, ReadOptions options) {
    this.book = book;
    this.layout = layout;
    this.csv = csv(layout, table);
    ReadOptions sheetOptions = ReadOptions.builder().from(options).source(layout.source()).build();
    try {
      this.reader = PlanCsvReader.open(csv, sheetOptions);
    } catch (SheetCsv.Failure e) {
      csv.close();
      throw e.error;
    } catch (PlanningReadException e) {
      csv.close();
      throw csv.place(e);
    }
    this.nameField =
        reader.layout().columns().stream()
            .filter(column -> column.field().equals(RowField.NAME.csvHeading()))
            .mapToInt(CsvLayout.Column::column)
            .findFirst()
            .orElse(1);
  }

  private static SheetCsv csv(SheetLayout layout, SheetTables.Table table) {
    return new SheetCsv(new MergedRows(layout, table.firstRow(), table.lastRow()), layout.source());
  }

  /** See {@link Workbooks#open}. */
  static WorkbookReader open(Path path, ReadOptions options, SheetChoice choice) {
    Book book = Book.open(path);
    try {
      Map<String, RowField> user = SheetTables.userHeadings(options);
      SheetLayout layout =
          choice.isDefaultSheet()
              ? firstWithHeader(book, options, user)
              : SheetLayout.scan(book.sheet(choice.sheetOnly()), user);
      return new WorkbookReader(book, layout, layout.table(choice), options);
    } catch (RuntimeException e) {
      book.close();
      throw e;
    }
  }

  /**
   * The layout of the first sheet whose first table has a header the CSV reader recognises, or of
   * the first sheet when none has one (its reading then reports why). Of each sheet tried only the
   * first rows are read past its layout.
   */
  private static SheetLayout firstWithHeader(
      Book book, ReadOptions options, Map<String, RowField> user) {
    int sheets = Math.min(book.sheetNames().size(), MAX_SHEETS_TRIED);
    if (sheets == 0) {
      book.sheet(SheetChoice.at(1)); // refused, naming the sheets: none
    }
    SheetLayout first = null;
    for (int position = 0; position < sheets; position++) {
      SheetLayout layout = SheetLayout.scan(book.sheet(position), user);
      if (first == null) {
        first = layout;
      }
      ReadOptions strict =
          ReadOptions.builder().from(options).source(layout.source()).mode(ReadMode.STRICT).build();
      try (SheetCsv csv = csv(layout, layout.tables().get(0));
          PlanCsvReader header = PlanCsvReader.open(csv, strict)) {
        if (!header.headings().isEmpty()) {
          return layout;
        }
      } catch (SheetCsv.Failure e) {
        throw e.error;
      } catch (PlanningReadException badHeader) {
        // not this sheet
      }
    }
    return requireNonNull(first);
  }

  /** The workbook and sheet, {@code 规划.xlsx!主要指标}. */
  public String source() {
    return layout.source();
  }

  /** What the reader noticed: hidden rows and columns, ignored macros and links. */
  public List<String> notes() {
    return layout.notes();
  }

  /** Every table of the sheet, the one read among them; one for most sheets. */
  public List<SheetTable> tables() {
    return layout.tables().stream().map(SheetTables.Table::view).toList();
  }

  /**
   * @throws PlanningReadException in strict mode at the end if a row was bad, and in either mode if
   *     the sheet exceeds a limit or cannot be read; its problems placed by cell
   */
  @Override
  public boolean hasNext() {
    try {
      return reader.hasNext();
    } catch (SheetCsv.Failure e) {
      throw e.error;
    } catch (PlanningReadException e) {
      throw csv.place(e);
    }
  }

  /** The next record: its line the sheet row, its problems placed by cell. */
  @Override
  public RowRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RowRecord record = reader.next();
    return RowRecord.builder()
        .from(record)
        .line(csv.sheetLine(record.line()))
        .problems(record.problems().stream().map(csv::place).toList())
        .build();
  }

  /**
   * The problems found so far, placed by cell, up to the cap of {@link ReadOptions#maxProblems()}.
   */
  public List<Problem> problems() {
    return reader.problems().stream().map(csv::place).toList();
  }

  /** How many problems were found past the cap and are not in {@link #problems()}. */
  public long omittedProblems() {
    return reader.omittedProblems();
  }

  /**
   * Where a record read by {@link #next()} is in the workbook, as a problem's place is printed:
   * {@code 规划.xlsx!主要指标!C7:7:3}, the name cell of its row.
   */
  public String place(RowRecord record) {
    Problem at =
        record.line() <= 0
            ? csv.place(0, 0)
            : new Problem(
                source() + "!" + SheetRows.reference((int) record.line() - 1, nameField - 1),
                record.line(),
                nameField,
                "",
                "-");
    return at.source() + ":" + at.line() + ":" + at.column();
  }

  /**
   * Reads the remaining rows: the plan, every record (placed by CSV line, as {@link
   * WorkbookRead#result()} says) and the problems placed by cell.
   */
  WorkbookRead readAll() {
    PlanReadResult result;
    try {
      result = reader.readAll();
    } catch (SheetCsv.Failure e) {
      throw e.error;
    } catch (PlanningReadException e) {
      throw csv.place(e);
    }
    Map<String, Problem> rowPlaces = new HashMap<>();
    for (RowRecord record : result.records()) {
      record
          .row()
          .ifPresent(row -> rowPlaces.putIfAbsent(row.code(), csv.place(record.line(), nameField)));
    }
    return new WorkbookRead(
        source(),
        result,
        result.problems().stream().map(csv::place).toList(),
        notes(),
        tables(),
        rowPlaces,
        csv.place(0, 0));
  }

  @Override
  public void close() {
    try {
      reader.close();
      csv.close();
    } finally {
      book.close();
    }
  }
}

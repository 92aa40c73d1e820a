package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import io.github.planning.analysis.Finding;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.Problem;
import java.util.List;
import java.util.Map;

/**
 * What was read from a table of a sheet.
 *
 * <pre>{@code
 * WorkbookRead read = Workbooks.read(path, ReadOptions.of("规划.xlsx"), SheetChoice.first());
 * read.problems()        // 规划.xlsx!主要指标!E7:7:5: '9.5%%': ...
 * read.notes()           // 规划.xlsx!主要指标: hidden rows read: 12
 * read.tables()          // [SheetTable[title=表1-1 …, cell=A1]]
 * read.place(finding)    // 规划.xlsx!主要指标!C7:7:3, the name cell of the finding's row
 * }</pre>
 */
public final class WorkbookRead {

  private final String source;
  private final PlanReadResult result;
  private final List<Problem> problems;
  private final List<String> notes;
  private final List<SheetTable> tables;
  private final Map<String, Problem> rowPlaces;
  private final Problem tablePlace;

  WorkbookRead(
      String source,
      PlanReadResult result,
      List<Problem> problems,
      List<String> notes,
      List<SheetTable> tables,
      Map<String, Problem> rowPlaces,
      Problem tablePlace) {
    this.source = requireNonNull(source, "source");
    this.result = requireNonNull(result, "result");
    this.problems = List.copyOf(problems);
    this.notes = List.copyOf(notes);
    this.tables = List.copyOf(tables);
    this.rowPlaces = Map.copyOf(rowPlaces);
    this.tablePlace = requireNonNull(tablePlace, "tablePlace");
  }

  /** The workbook and sheet, {@code 规划.xlsx!主要指标}. */
  public String source() {
    return source;
  }

  /** What the CSV reader made of the table's rows; its own problems are placed by CSV line. */
  public PlanReadResult result() {
    return result;
  }

  /** The problems, each placed at its cell: {@code 规划.xlsx!主要指标!E7}, sheet row and column. */
  public List<Problem> problems() {
    return problems;
  }

  /** What the reader noticed: hidden rows and columns, ignored macros and links. */
  public List<String> notes() {
    return notes;
  }

  /** Every table of the sheet, the one read among them; one for most sheets. */
  public List<SheetTable> tables() {
    return tables;
  }

  /**
   * Where a finding of the plan read is in the workbook, as a problem's place is printed: {@code
   * 规划.xlsx!主要指标!C7:7:3}, the name cell of the finding's row, or the table's first cell for a
   * finding about the whole table.
   */
  public String place(Finding finding) {
    Problem at = finding.rowCode().map(rowPlaces::get).orElse(tablePlace);
    return at.source() + ":" + at.line() + ":" + at.column();
  }
}

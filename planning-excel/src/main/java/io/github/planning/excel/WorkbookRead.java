package io.github.planning.excel;

import io.github.planning.io.PlanReadResult;
import io.github.planning.io.Problem;
import java.util.List;

/**
 * What was read from a sheet.
 *
 * <pre>{@code
 * WorkbookRead read = Workbooks.read(path, ReadOptions.of("规划.xlsx"), SheetChoice.first());
 * read.problems()   // 规划.xlsx!主要指标!E7:7:5: '9.5%%': ...
 * read.notes()      // 规划.xlsx!主要指标: hidden rows read: 12
 * }</pre>
 *
 * @param source the workbook and sheet, {@code 规划.xlsx!主要指标}
 * @param result what the CSV reader made of the sheet's rows, its problems placed by CSV line
 * @param problems the same problems placed by cell
 * @param notes what the reader noticed: hidden rows and columns, ignored macros and links
 */
public record WorkbookRead(
    String source, PlanReadResult result, List<Problem> problems, List<String> notes) {}

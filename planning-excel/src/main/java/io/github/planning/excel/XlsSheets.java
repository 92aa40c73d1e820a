package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads one sheet of an {@code .xls} (BIFF8) workbook: each cell as Excel displays it, formulas by
 * their cached value, merged ranges applied, hidden rows and columns read and reported. An {@code
 * .xls} sheet has at most 65,536 rows, so it is read whole.
 */
final class XlsSheets {

  private XlsSheets() {}

  static SheetRows read(Path path, SheetChoice choice) {
    String workbook = String.valueOf(path.getFileName());
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
        HSSFWorkbook book = new HSSFWorkbook(fs.getRoot(), false)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < book.getNumberOfSheets(); i++) {
        String name = book.getSheetName(i);
        names.add(name);
        if (choice.matches(i + 1, name, book.isSheetHidden(i) || book.isSheetVeryHidden(i))) {
          SheetRows rows = new SheetRows(workbook, name);
          if (fs.getRoot().hasEntry("_VBA_PROJECT_CUR")) {
            rows.note("the workbook's macros are ignored");
          }
          read(book.getSheetAt(i), rows);
          return rows;
        }
      }
      throw Limits.refuse(
          workbook,
          "",
          "the workbook has no " + choice + "; its sheets: " + String.join(", ", names));
    } catch (IOException | RuntimeException e) {
      if (e instanceof PlanningReadException known) {
        throw known;
      }
      throw Limits.refuse(workbook, "", "not a readable .xls workbook: " + Limits.message(e));
    }
  }

  private static void read(Sheet sheet, SheetRows rows) {
    DisplayFormatter formatter = new DisplayFormatter();
    TreeSet<Integer> hiddenRows = new TreeSet<>();
    TreeSet<Integer> hiddenColumns = new TreeSet<>();
    int widest = 0;
    for (Row row : sheet) {
      if (row.getZeroHeight()) {
        hiddenRows.add(row.getRowNum());
      }
      for (Cell cell : row) {
        rows.put(row.getRowNum(), cell.getColumnIndex(), formatter.display(cell));
        widest = Math.max(widest, cell.getColumnIndex() + 1);
      }
    }
    for (int c = 0; c < widest; c++) {
      if (sheet.isColumnHidden(c)) {
        hiddenColumns.add(c);
      }
    }
    List<SheetRows.Merge> merges = new ArrayList<>();
    for (CellRangeAddress range : sheet.getMergedRegions()) {
      merges.add(
          new SheetRows.Merge(
              range.getFirstRow(),
              range.getLastRow(),
              range.getFirstColumn(),
              range.getLastColumn()));
    }
    rows.merges(merges);
    Hidden.report(rows, hiddenRows, hiddenColumns);
  }
}

package io.github.planning.excel;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Workbooks made from CSV tables as an office keeps them: figures as numbers with the display
 * format of their written text ({@code 0.00}, {@code 0%}, {@code #,##0.0}), year headings as dates
 * shown as {@code yyyy年}, one figure as a formula with its cached value, a category merged over its
 * rows.
 */
final class TestWorkbooks {

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,14})");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,12})\\.([0-9]{1,6})");
  private static final Pattern PERCENT = Pattern.compile("(0|[1-9][0-9]{0,3})%");
  private static final Pattern THOUSANDS = Pattern.compile("[1-9][0-9]{0,2}(,[0-9]{3})+\\.[0-9]");
  private static final Pattern YEAR = Pattern.compile("((19|20)[0-9]{2})年");

  /** Where a formula was put, as a cell reference, or null. */
  String formulaAt;

  private final Workbook book;

  TestWorkbooks(Workbook book) {
    this.book = book;
  }

  /**
   * A table the workbooks are made from, kept once in planning-io's test resources: {@code
   * table-1-1.csv} and {@code table-1-2.csv} of the seed, else a published table such as {@code
   * national-14th-main.csv}.
   */
  static InputStream table(String name) {
    String path =
        name.startsWith("table-") ? "/seed/" + name : "/io/github/planning/io/tables/" + name;
    InputStream in = TestWorkbooks.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException("no table " + path + " in planning-io's test jar");
    }
    return in;
  }

  static List<List<String>> csv(String resource) {
    try (InputStream in = table(resource)) {
      return SheetCsv.parse(new String(in.readAllBytes(), UTF_8).replace("\uFEFF", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds a sheet of these rows; the first row with a year heading has its years written as dates;
   * {@code mergeColumn} (or −1) is merged over each run of equal texts.
   */
  Sheet sheet(String name, List<List<String>> rows, int mergeColumn) {
    Sheet sheet = book.createSheet(name);
    boolean formulaPlaced = false;
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        String text = cells.get(c);
        if (text.isEmpty()) {
          continue;
        }
        Cell cell = row.createCell(c);
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
          cell.setCellValue(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1));
          cell.setCellStyle(style("yyyy\"年\""));
        } else if (INTEGER.matcher(text).matches()) {
          cell.setCellValue(Double.parseDouble(text));
          cell.setCellStyle(style("0"));
        } else if (DECIMAL.matcher(text).matches()) {
          Matcher m = DECIMAL.matcher(text);
          m.matches();
          if (!formulaPlaced && r > 1) {
            cell.setCellFormula(text + "*1");
            formulaPlaced = true;
            formulaAt = SheetRows.reference(r, c);
          }
          cell.setCellValue(Double.parseDouble(text));
          cell.setCellStyle(style("0." + "0".repeat(m.group(2).length())));
        } else if (PERCENT.matcher(text).matches()) {
          cell.setCellValue(Double.parseDouble(text.replace("%", "")) / 100);
          cell.setCellStyle(style("0%"));
        } else if (THOUSANDS.matcher(text).matches()) {
          cell.setCellValue(Double.parseDouble(text.replace(",", "")));
          cell.setCellStyle(style("#,##0.0"));
        } else {
          cell.setCellValue(text);
        }
      }
    }
    if (mergeColumn >= 0) {
      merge(sheet, rows, mergeColumn);
    }
    return sheet;
  }

  /** Merges each run of equal texts (or a text followed by empty cells) in a column. */
  private static void merge(Sheet sheet, List<List<String>> rows, int column) {
    int start = -1;
    for (int r = 1; r <= rows.size(); r++) {
      String text = r < rows.size() ? cell(rows.get(r), column) : null;
      String first = start < 0 ? null : cell(rows.get(start), column);
      boolean continues = text != null && start >= 0 && (text.equals(first) || text.isEmpty());
      if (!continues) {
        if (start >= 0 && r - 1 > start) {
          for (int k = start + 1; k < r; k++) {
            Row row = sheet.getRow(k);
            if (row.getCell(column) != null) {
              row.removeCell(row.getCell(column));
            }
          }
          sheet.addMergedRegion(new CellRangeAddress(start, r - 1, column, column));
        }
        start = text != null && !text.isEmpty() ? r : -1;
      }
    }
  }

  private static String cell(List<String> cells, int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  private CellStyle style(String format) {
    CellStyle style = book.createCellStyle();
    style.setDataFormat(book.createDataFormat().getFormat(format));
    return style;
  }

  Path save(Path path) {
    try (OutputStream out = Files.newOutputStream(path)) {
      book.write(out);
      book.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }

  /** The rows without their trailing empty cells, and without empty rows. */
  static List<List<String>> trimmed(Iterable<List<String>> rows) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : rows) {
      int end = row.size();
      while (end > 0 && row.get(end - 1).isEmpty()) {
        end--;
      }
      if (end > 0) {
        out.add(List.copyOf(row.subList(0, end)));
      }
    }
    return out;
  }
}

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

  /**
   * Every real table of planning-io's fixtures, {@code io/github/planning/io/tables/*.csv}, as its
   * test jar (or its directory of classes) holds them.
   */
  static List<String> realTables() {
    String folder = "/io/github/planning/io/tables/";
    try {
      java.net.URI uri =
          java.util.Objects.requireNonNull(
                  TestWorkbooks.class.getResource(folder + "README.md"), "no " + folder)
              .toURI();
      if (uri.getScheme().equals("jar")) {
        try (java.nio.file.FileSystem jar =
                java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
            var files = Files.list(jar.getPath(folder))) {
          return names(files);
        }
      }
      try (var files = Files.list(Path.of(uri).getParent())) {
        return names(files);
      }
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
  }

  private static List<String> names(java.util.stream.Stream<Path> files) {
    return files
        .map(file -> file.getFileName().toString())
        .filter(name -> name.endsWith(".csv"))
        .sorted()
        .toList();
  }

  /** Rows written as CSV text, as a table is typed. */
  static String csvText(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.append(',');
        }
        SheetCsv.quote(row.get(c), out);
      }
      out.append("\r\n");
    }
    return out.toString();
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

  /**
   * Merges, below the row {@code after}, each run of two or more equal texts in a column, as an
   * office merges a category or unit repeated over its rows; a run whose first cell is its row's
   * only text is left unmerged (such a merged cell stays in its first cell, as a title does).
   *
   * @return the number of ranges merged
   */
  static int mergeRuns(Sheet sheet, List<List<String>> rows, int after) {
    int merged = 0;
    int widest = rows.stream().mapToInt(List::size).max().orElse(0);
    for (int column = 0; column < widest; column++) {
      int start = after + 1;
      for (int r = after + 1; r <= rows.size(); r++) {
        String text = r < rows.size() ? cell(rows.get(r), column) : null;
        String first = start < rows.size() ? cell(rows.get(start), column) : "";
        if (text != null && text.equals(first)) {
          continue;
        }
        boolean alone =
            start < rows.size() && rows.get(start).stream().filter(t -> !t.isEmpty()).count() == 1;
        if (r - 1 > start && !first.isEmpty() && !alone) {
          for (int k = start + 1; k < r; k++) {
            Row row = sheet.getRow(k);
            row.removeCell(row.getCell(column));
          }
          sheet.addMergedRegion(new CellRangeAddress(start, r - 1, column, column));
          merged++;
        }
        start = r;
      }
    }
    return merged;
  }

  /**
   * Merges the headings of a two-row header as published: a heading with nothing under it over both
   * rows, and a heading followed by empty headings over the columns under it.
   */
  static void mergeHeader(Sheet sheet, List<List<String>> rows, int header) {
    List<String> top = rows.get(header);
    List<String> bottom = rows.get(header + 1);
    for (int c = 0; c < top.size(); c++) {
      if (top.get(c).isEmpty()) {
        continue;
      }
      if (cell(bottom, c).isEmpty()) {
        sheet.addMergedRegion(new CellRangeAddress(header, header + 1, c, c));
        continue;
      }
      int end = c;
      while (end + 1 < top.size()
          && top.get(end + 1).isEmpty()
          && !cell(bottom, end + 1).isEmpty()) {
        end++;
      }
      if (end > c) {
        sheet.addMergedRegion(new CellRangeAddress(header, header, c, end));
      }
    }
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

package io.github.planning.excel;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.io.ObservationWriter;
import io.github.planning.io.PlanCsvWriter;
import io.github.planning.io.RowField;
import io.github.planning.io.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan as an {@code .xlsx} workbook in the published layout: the Chinese headings of
 * {@link PlanCsvWriter}, the header row bold and frozen, each category merged over its rows, every
 * cell written as the text it was published as (never a formula; with {@link FigureCells#NUMBERS} a
 * plain figure as a number shown with the format of its written decimals), columns fitted.
 */
final class WorkbookWriter {

  /** The heading of the category column, as {@link PlanCsvWriter} writes it in Chinese. */
  private static final String CATEGORY = "分类";

  private static final int MAX_WIDTH = 60;

  private WorkbookWriter() {}

  static void write(Plan plan, List<Observation> observations, Path path, FigureCells figures) {
    StringWriter planCsv = new StringWriter();
    try (PlanCsvWriter writer =
        PlanCsvWriter.open(
            planCsv,
            WriteOptions.builder().chineseHeadings(true).build(),
            PlanCsvWriter.yearlyTargetYears(plan.rows()),
            List.of())) {
      plan.rows().forEach(writer::write);
    }
    Path temporary = null;
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      book.setCompressTempFiles(true);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      @Nullable Figures numbers = figures == FigureCells.NUMBERS ? new Figures(book) : null;
      sheet(book, sheetName(plan.title()), SheetCsv.parse(planCsv.toString()), bold, true, numbers);
      if (!observations.isEmpty()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObservationWriter writer = ObservationWriter.csv(bytes)) {
          observations.forEach(writer::write);
        }
        String text = bytes.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        sheet(book, "观测值", SheetCsv.parse(text), bold, false, null);
      }
      Path target = path.toAbsolutePath();
      temporary = Files.createTempFile(target.getParent(), ".planning-", ".xlsx");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        book.write(out);
      }
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the write failed already; the previous file is as it was
        }
      }
    }
  }

  /** A legal sheet name: at most 31 characters, none of {@code \ / ? * [ ] :}. */
  static String sheetName(String title) {
    String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
    if (name.isEmpty()) {
      name = "规划";
    }
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  private static void sheet(
      SXSSFWorkbook book,
      String name,
      List<List<String>> rows,
      CellStyle bold,
      boolean mergeCategories,
      @Nullable Figures numbers) {
    SXSSFSheet sheet = book.createSheet(name);
    boolean[] valueColumn =
        numbers == null || rows.isEmpty() ? new boolean[0] : Figures.valueColumns(rows.get(0));
    sheet.createFreezePane(0, 1);
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    int category = rows.isEmpty() ? -1 : rows.get(0).indexOf(CATEGORY);
    int runStart = 1;
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        String text = cells.get(c);
        if (!text.isEmpty()) {
          var cell = row.createCell(c);
          boolean asNumber =
              numbers != null
                  && r > 0
                  && c < valueColumn.length
                  && valueColumn[c]
                  && numbers.write(cell, text);
          if (!asNumber) {
            cell.setCellValue(text);
          }
          if (r == 0) {
            cell.setCellStyle(bold);
          }
        }
        widths[c] = Math.max(widths[c], displayWidth(text));
      }
      if (mergeCategories && category >= 0 && r > 0) {
        boolean last =
            r + 1 == rows.size() || !cell(rows.get(r + 1), category).equals(cell(cells, category));
        if (last) {
          if (r > runStart && !cell(cells, category).isEmpty()) {
            sheet.addMergedRegion(new CellRangeAddress(runStart, r, category, category));
          }
          runStart = r + 1;
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, Math.min(Math.max(widths[c], 4) + 2, MAX_WIDTH) * 256);
    }
  }

  /**
   * Plain figures as number cells with the format of their written precision: {@code 51.20} is 51.2
   * shown with {@code 0.00}. One style per precision.
   */
  private static final class Figures {

    private static final java.util.regex.Pattern PLAIN =
        java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private static final java.util.regex.Pattern NEGATIVE_ZERO =
        java.util.regex.Pattern.compile("-0(\\.0+)?");

    /** At most the significant digits a double keeps exactly. */
    private static final int MAX_DIGITS = 15;

    private final SXSSFWorkbook book;
    private final java.util.Map<Integer, CellStyle> byScale = new java.util.HashMap<>();

    Figures(SXSSFWorkbook book) {
      this.book = book;
    }

    /** The columns of values under a header written with the Chinese headings. */
    static boolean[] valueColumns(List<String> header) {
      java.util.Set<String> values = new java.util.HashSet<>();
      for (RowField field : RowField.values()) {
        if (field.isValue()) {
          values.add(field.chineseHeading());
        }
      }
      boolean[] value = new boolean[header.size()];
      for (int c = 0; c < header.size(); c++) {
        String heading = header.get(c);
        value[c] = values.contains(heading) || heading.matches("[0-9]{4}年目标");
      }
      return value;
    }

    /** Writes {@code text} as a number if it is a plain figure a number shows exactly. */
    boolean write(org.apache.poi.ss.usermodel.Cell cell, String text) {
      if (!PLAIN.matcher(text).matches() || NEGATIVE_ZERO.matcher(text).matches()) {
        return false;
      }
      java.math.BigDecimal figure = new java.math.BigDecimal(text);
      if (figure.precision() > MAX_DIGITS) {
        return false;
      }
      int scale = Math.max(figure.scale(), 0);
      cell.setCellValue(figure.doubleValue());
      cell.setCellStyle(
          byScale.computeIfAbsent(
              scale,
              s -> {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(
                    book.createDataFormat().getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
                return style;
              }));
      return true;
    }
  }

  private static String cell(List<String> cells, int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  /** The width in character cells: a Chinese character takes two. */
  private static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += text.charAt(i) < 0x1100 ? 1 : 2;
    }
    return width;
  }
}

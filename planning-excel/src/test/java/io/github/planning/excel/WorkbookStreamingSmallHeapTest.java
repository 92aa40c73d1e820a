package io.github.planning.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.PlanRow;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of a million rows with figures in every value cell, made with POI's SXSSF as the test
 * runs and read row by row. Run by the small-heap surefire execution with {@code -Xmx64m}: an
 * OutOfMemoryError fails it.
 */
class WorkbookStreamingSmallHeapTest {

  static final int ROWS = 1_000_000;

  /** Rows per category, merged over them. */
  private static final int CATEGORY = 1_000;

  private static final String[] HEADINGS = {
    "分类", "序号", "指标名称", "单位", "2020年", "2025年", "年均增长", "属性"
  };

  @TempDir Path dir;

  /** A sheet of {@code rows} rows under a header: numbers in the formats 0, 0.0, 0.00 and 0%. */
  static Path millionRows(Path dir, int rows) throws IOException {
    Path path = dir.resolve("million.xlsx");
    try (SXSSFWorkbook book = new SXSSFWorkbook(200);
        OutputStream out = Files.newOutputStream(path)) {
      book.setCompressTempFiles(true);
      SXSSFSheet sheet = book.createSheet("主要指标");
      CellStyle integer = style(book, "0");
      CellStyle tenths = style(book, "0.0");
      CellStyle hundredths = style(book, "0.00");
      CellStyle percent = style(book, "0%");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADINGS.length; c++) {
        header.createCell(c).setCellValue(HEADINGS[c]);
      }
      for (int i = 1; i <= rows; i++) {
        Row row = sheet.createRow(i);
        if (i % CATEGORY == 1) {
          row.createCell(0).setCellValue("类别" + (i / CATEGORY + 1));
          sheet.addMergedRegionUnsafe(
              new CellRangeAddress(i, Math.min(i + CATEGORY - 1, rows), 0, 0));
        }
        number(row, 1, i, integer);
        row.createCell(2).setCellValue("指标" + i);
        row.createCell(3).setCellValue(i % 2 == 0 ? "亿元" : "%");
        number(row, 4, 100 + i % 900 + 0.5, tenths);
        number(row, 5, 200 + i % 700 + 0.25, hundredths);
        number(row, 6, (i % 10) / 100.0, percent);
        row.createCell(7).setCellValue(i % 3 == 0 ? "约束性" : "预期性");
      }
      book.write(out);
    }
    return path;
  }

  private static CellStyle style(SXSSFWorkbook book, String format) {
    CellStyle style = book.createCellStyle();
    style.setDataFormat(book.createDataFormat().getFormat(format));
    return style;
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS)
  void aMillionRowsWithFigures_streamThroughASmallHeap() throws IOException {
    Runtime runtime = Runtime.getRuntime();
    assertThat(runtime.maxMemory()).as("run with -Xmx64m").isLessThanOrEqualTo(80L << 20);
    Path path = millionRows(dir, ROWS);
    long rows = 0;
    long problems = 0;
    PlanRow last = null;
    try (WorkbookReader reader =
        Workbooks.open(
            path,
            ReadOptions.builder().source("million.xlsx").mode(ReadMode.LENIENT).build(),
            SheetChoice.first())) {
      while (reader.hasNext()) {
        RowRecord record = reader.next();
        problems += record.problems().size();
        if (rows == 0) {
          assertThat(record.line()).isEqualTo(2);
          assertThat(reader.place(record)).isEqualTo("million.xlsx!主要指标!C2:2:3");
        }
        last = record.row().orElseThrow();
        rows++;
      }
      assertThat(reader.problems()).isEmpty();
    }
    assertThat(problems).isZero();
    assertThat(rows).isEqualTo(ROWS);
    assertThat(last).isNotNull();
    assertThat(last.indicator().name()).isEqualTo("指标" + ROWS);
    assertThat(last.indicator().category()).contains("类别" + ROWS / CATEGORY);
    assertThat(last.base().orElseThrow().text()).isEqualTo((100 + ROWS % 900) + ".5");
    assertThat(last.target().orElseThrow().text()).isEqualTo((200 + ROWS % 700) + ".25");
    assertThat(last.targetGrowth().orElseThrow().text()).isEqualTo("0%");
    System.out.printf(
        "read %,d rows of a %,d-byte workbook, max heap %,d MB%n",
        rows, Files.size(path), runtime.maxMemory() >> 20);
  }
}

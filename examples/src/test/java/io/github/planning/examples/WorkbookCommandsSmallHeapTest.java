package io.github.planning.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planning convert} and {@code planning check} on a generated workbook of a million rows
 * with figures in every value cell, run as a user runs them, each in a JVM of its own with a 64 MB
 * heap: they read the sheet as they write or check its rows.
 */
class WorkbookCommandsSmallHeapTest {

  private static final int ROWS = 1_000_000;

  /** The guard against a hang, not a benchmark. */
  private static final long TIMEOUT_SECONDS = 600;

  @TempDir Path dir;

  /** A million rows under a header, figures as numbers; a second sheet with one bad row. */
  private Path workbook() throws IOException {
    Path path = dir.resolve("million.xlsx");
    try (SXSSFWorkbook book = new SXSSFWorkbook(200);
        OutputStream out = Files.newOutputStream(path)) {
      book.setCompressTempFiles(true);
      CellStyle integer = book.createCellStyle();
      integer.setDataFormat(book.createDataFormat().getFormat("0"));
      CellStyle tenths = book.createCellStyle();
      tenths.setDataFormat(book.createDataFormat().getFormat("0.0"));
      SXSSFSheet sheet = book.createSheet("主要指标");
      header(sheet.createRow(0));
      for (int i = 1; i <= ROWS; i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue("r" + i);
        row.createCell(1).setCellValue("指标" + i);
        row.createCell(2).setCellValue("亿元");
        number(row, 3, 2020, integer);
        number(row, 4, 100 + i % 900 + 0.5, tenths);
        number(row, 5, 2025, integer);
        number(row, 6, 200 + i % 700 + 0.5, tenths);
      }
      SXSSFSheet bad = book.createSheet("坏");
      header(bad.createRow(0));
      Row row = bad.createRow(1);
      String[] cells = {"bad", "坏", "亿元", "2020", "9.5%%", "2025", "1"};
      for (int c = 0; c < cells.length; c++) {
        row.createCell(c).setCellValue(cells[c]);
      }
      book.write(out);
    }
    return path;
  }

  private static void header(Row row) {
    String[] headings = {"code", "name", "unit", "base_year", "base", "target_year", "target"};
    for (int c = 0; c < headings.length; c++) {
      row.createCell(c).setCellValue(headings[c]);
    }
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** The run of the tool in a JVM of its own: exit status, standard output and error. */
  private record Run(int status, Path out, String err) {}

  private Run run(String name, String... args) throws IOException, InterruptedException {
    Path stdout = dir.resolve(name + ".out");
    Path stderr = dir.resolve(name + ".err");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-Xshare:off",
                "-cp",
                classPath,
                PlanningCli.class.getName()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("%s ended within %d s", name, TIMEOUT_SECONDS).isTrue();
    return new Run(process.exitValue(), stdout, Files.readString(stderr, UTF_8));
  }

  @Test
  void convertAndCheckOfAMillionRowWorkbook_inA64MbHeap() throws Exception {
    Path xlsx = workbook();
    Path csv = dir.resolve("million.csv");

    Run convert = run("convert", "convert", xlsx.toString(), csv.toString());
    assertThat(convert.err()).doesNotContain("OutOfMemoryError", "Exception").isEmpty();
    assertThat(convert.status()).isZero();
    long lines = 0;
    String last = null;
    try (BufferedReader in = Files.newBufferedReader(csv, UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        lines++;
        last = line;
      }
    }
    assertThat(lines).isEqualTo(ROWS + 1);
    assertThat(last).startsWith("r" + ROWS + ",").contains("指标" + ROWS);

    Run check = run("check", "check", xlsx.toString());
    assertThat(check.err()).doesNotContain("OutOfMemoryError", "Exception").isEmpty();
    assertThat(check.status()).isZero();
    assertThat(Files.readAllLines(check.out(), UTF_8)).isEmpty();

    Run bad = run("bad", "check", "--sheet", "坏", xlsx.toString());
    assertThat(bad.status()).isEqualTo(1);
    assertThat(Files.readAllLines(bad.out(), UTF_8))
        .containsExactly(
            "million.xlsx!坏!E2:2:5: '9.5%%': not a valid value: at index 4, unexpected '%'");
  }
}

package io.github.planning.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks, generated as the test runs (never committed), each ending in a located error
 * within the 64 MB heap of the small-heap surefire execution.
 */
class HostileWorkbookSmallHeapTest {

  private static final Duration BOUND = Duration.ofSeconds(120);

  @TempDir Path dir;

  /** Writes part of a zip entry's content. */
  interface Content {
    void write(Writer out) throws IOException;
  }

  /** A small workbook made by POI, with one part's content replaced. */
  private Path withPart(String name, String part, Content content) throws IOException {
    Path base = dir.resolve("base.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(base)) {
      book.createSheet("主要指标").createRow(0).createCell(0).setCellValue("代码");
      book.write(out);
    }
    Path path = dir.resolve(name);
    try (ZipFile zip = new ZipFile(base.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(path))) {
      boolean replaced = false;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(part)) {
          replaced = true;
          write(out, content);
        } else {
          try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(out);
          }
        }
        out.closeEntry();
      }
      if (!replaced) {
        out.putNextEntry(new ZipEntry(part));
        write(out, content);
        out.closeEntry();
      }
    }
    return path;
  }

  private static void write(OutputStream out, Content content) throws IOException {
    Writer writer =
        new java.io.OutputStreamWriter(
            new java.io.FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() {
                // the entry is closed by the caller
              }
            },
            UTF_8);
    content.write(writer);
    writer.flush();
  }

  private static PlanningReadException refused(Path path) {
    return assertTimeoutPreemptively(
        BOUND,
        () ->
            catchThrowableOfType(
                PlanningReadException.class,
                () -> Workbooks.readPlan(path, ReadOptions.of("x"), SheetChoice.first())));
  }

  private static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData>";
  private static final String SHEET_END = "</sheetData></worksheet>";

  @Test
  void aZipBomb_isRefusedByName() throws IOException {
    Path path =
        withPart(
            "bomb.xlsx",
            "xl/worksheets/sheet1.xml",
            out -> {
              out.write(SHEET_START);
              char[] spaces = new char[1 << 16];
              java.util.Arrays.fill(spaces, ' ');
              for (int i = 0; i < 300 * 16; i++) {
                out.write(spaces);
              }
              out.write(SHEET_END);
            });
    PlanningReadException e = refused(path);
    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().extracting(Problem::source).isEqualTo("bomb.xlsx");
    assertThat(e.getMessage()).containsIgnoringCase("zip bomb");
  }

  @Test
  void aHundredMegabyteSharedStringTable_isRefusedByName() throws IOException {
    Path path =
        withPart(
            "strings.xlsx",
            "xl/sharedStrings.xml",
            out -> {
              out.write(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                      + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
              String item = "<si><t>" + "指标名称".repeat(60) + "</t></si>";
              long written = 0;
              for (int i = 0; written < 100L << 20; i++) {
                out.write(item);
                written += item.length() * 3L;
              }
              out.write("</sst>");
            });
    PlanningReadException e = refused(path);
    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().extracting(Problem::source).isEqualTo("strings.xlsx");
    assertThat(e.getMessage()).contains("shared-string table");
  }

  @Test
  void aMillionEmptyStyledRows_endInALocatedError() throws IOException {
    Path path =
        withPart(
            "rows.xlsx",
            "xl/worksheets/sheet1.xml",
            out -> {
              out.write(SHEET_START);
              for (int r = 1; r <= 1_000_000; r++) {
                out.write(
                    "<row r=\""
                        + r
                        + "\" s=\"1\" customFormat=\"1\" ht=\""
                        + (12 + r % 7)
                        + "\"/>");
              }
              out.write(SHEET_END);
            });
    PlanningReadException e = refused(path);
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.source()).matches("rows\\.xlsx!.+!A1"));
  }

  @Test
  void aCellOf32767Characters_isReadOrPlacedAtItsCell() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    TestWorkbooks.csv("table-1-1.csv").forEach(r -> rows.add(new ArrayList<>(r)));
    rows.get(3).set(7, "9".repeat(32_767));
    TestWorkbooks book = new TestWorkbooks(new XSSFWorkbook());
    book.sheet("主要指标", rows, -1);
    Path path = book.save(dir.resolve("long.xlsx"));
    assertThat(Workbooks.sheetRows(path, SheetChoice.first()).get(3, 7)).hasSize(32_767);
    PlanningReadException e = refused(path);
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::source).contains("long.xlsx!主要指标!H4");
  }

  @Test
  void aDenseRowOverTheLimitOfCharactersHeld_endsInAnErrorAtItsCell() throws IOException {
    java.util.Random random = new java.util.Random(20);
    Path path =
        withPart(
            "dense.xlsx",
            "xl/worksheets/sheet1.xml",
            out -> {
              out.write(SHEET_START);
              out.write(
                  "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>指标名称</t></is></c>"
                      + "<c r=\"B1\" t=\"inlineStr\"><is><t>2020年</t></is></c></row>");
              for (int r = 2; r < 123; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
              }
              out.write("<row r=\"123\">");
              char[] digits = new char[100];
              for (int c = 0; c <= Limits.LAST_COLUMN; c++) {
                for (int k = 0; k < digits.length; k++) {
                  digits[k] = (char) ('0' + random.nextInt(10));
                }
                out.write("<c t=\"inlineStr\"><is><t>");
                out.write(digits);
                out.write("</t></is></c>");
              }
              out.write("</row>");
              out.write(SHEET_END);
            });
    PlanningReadException e = refused(path);
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).matches("dense\\.xlsx!主要指标![A-Z]+123");
              assertThat(p.line()).isEqualTo(123);
              assertThat(p.reason())
                  .contains("characters", String.valueOf(Limits.MAX_ROW_CHARACTERS));
            });
  }

  @Test
  void aMillionRowsOfOneDigit_endInALocatedError() throws IOException {
    Path path =
        withPart(
            "digits.xlsx",
            "xl/worksheets/sheet1.xml",
            out -> {
              out.write(SHEET_START);
              for (int r = 1; r <= 1_000_000; r++) {
                out.write(
                    "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r % 10 + "</v></c></row>");
              }
              out.write(SHEET_END);
            });
    PlanningReadException e = refused(path);
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.source()).matches("digits\\.xlsx!主要指标!A[0-9]+"));
  }

  @Test
  void mergedRangesOverTooManyCells_endInAnErrorAtTheRangePastTheLimit() throws IOException {
    Path path =
        withPart(
            "merges.xlsx",
            "xl/worksheets/sheet1.xml",
            out -> {
              out.write(SHEET_START);
              for (int r = 1; r <= 1_000; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
              }
              out.write("</sheetData><mergeCells>");
              for (int r = 1; r <= 1_000; r++) {
                out.write("<mergeCell ref=\"A" + r + ":XFD" + r + "\"/>");
              }
              out.write("</mergeCells></worksheet>");
            });
    PlanningReadException e = refused(path);
    assertThat(e).isNotNull();
    long perRow = Limits.LAST_COLUMN + 1L;
    long past = Limits.MAX_MERGED_CELLS / perRow + 1;
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("merges.xlsx!主要指标!A" + past);
              assertThat(p.reason()).contains("merged ranges");
            });
  }

  @Test
  void aZipBomb_isRefusedInTheModulesOwnWords_andPoisLimitsAreLeftAsTheyWere() throws IOException {
    double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
    long entry = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
    Path path =
        withPart(
            "bomb.xlsx",
            "xl/worksheets/sheet1.xml",
            out -> {
              out.write(SHEET_START);
              char[] spaces = new char[1 << 16];
              java.util.Arrays.fill(spaces, ' ');
              for (int i = 0; i < 64; i++) {
                out.write(spaces);
              }
              out.write(SHEET_END);
            });
    PlanningReadException e = refused(path);
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::reason)
        .asString()
        .isEqualTo(
            "not a readable .xlsx workbook: the part xl/worksheets/sheet1.xml inflates to more"
                + " than 100 times its compressed size, as a zip bomb does: the workbook is not"
                + " read");
    assertThat(e.getMessage()).doesNotContain("ZipSecureFile", "\\u000A");
    assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(ratio);
    assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(entry);
  }
}

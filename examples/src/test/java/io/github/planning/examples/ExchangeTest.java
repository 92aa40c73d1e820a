package io.github.planning.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.datasets.WuxingDataset;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.sdmx.SdmxCsvReader;
import io.github.planning.io.sdmx.SdmxData;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planning convert} to and from SDMX-CSV, Open SDG and workbooks. */
class ExchangeTest {

  private static Path table(Path dir) throws IOException {
    Path csv = dir.resolve("t.csv");
    Files.write(csv, WuxingDataset.resource("table-1-2.csv").readAllBytes());
    Files.writeString(
        dir.resolve("o.csv"),
        "code,year,value,status,note\n1-2-01,2021,830.5,final,\n1-2-01,2023,960,estimated,\n",
        UTF_8);
    return csv;
  }

  @Test
  void sdmxCsv_withObservations_andItsStructure_andBack(@TempDir Path dir) throws IOException {
    Path csv = table(dir);
    Path sdmx = dir.resolve("t.sdmx.csv");
    PlanningCliTest.Run to =
        PlanningCliTest.run(
            "convert",
            "--to",
            "sdmx-csv",
            "--observations",
            dir.resolve("o.csv").toString(),
            csv.toString(),
            sdmx.toString());
    assertThat(to.status()).as(to.err()).isZero();
    assertThat(dir.resolve("t.sdmx.dsd.xml")).content(UTF_8).contains("<str:DataStructure ");
    Plan plan = PlanFiles.readPlan(csv);
    SdmxData data;
    try (InputStream in = Files.newInputStream(sdmx)) {
      data = SdmxCsvReader.read(in, ReadOptions.of("t.sdmx.csv"));
    }
    assertThat(data.plan()).contains(plan);
    assertThat(data.observations())
        .contains(Observation.of("1-2-01", 2021, new BigDecimal("830.5")));

    Path back = dir.resolve("back.json");
    PlanningCliTest.Run from =
        PlanningCliTest.run("convert", "--from", "sdmx-csv", sdmx.toString(), back.toString());
    assertThat(from.status()).as(from.err()).isZero();
    assertThat(PlanFiles.readPlan(back)).isEqualTo(plan);
  }

  @Test
  void openSdg_writesADataAndAMetadataFilePerIndicator(@TempDir Path dir) throws IOException {
    Path csv = table(dir);
    Path site = dir.resolve("site");
    PlanningCliTest.Run run =
        PlanningCliTest.run(
            "convert",
            "--to",
            "open-sdg",
            "--observations",
            dir.resolve("o.csv").toString(),
            csv.toString(),
            site.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(site.resolve("data/indicator_1-2-01.csv"))
        .hasContent("Year,Value\n2020,752.8\n2021,830.5\n2023,960");
    assertThat(site.resolve("meta/1-2-01.yml"))
        .content(UTF_8)
        .contains("auto_progress_calculation: true", "target: 1000", "direction: positive");
    assertThat(run.out()).contains("1-2-03: no figures");
  }

  @Test
  void convertToXlsx_withFiguresAsNumbers_writesNumberCells_thatReadBack(@TempDir Path dir)
      throws IOException {
    Path csv = table(dir);
    Path xlsx = dir.resolve("n.xlsx");
    PlanningCliTest.Run run =
        PlanningCliTest.run("convert", "--figures", "numbers", csv.toString(), xlsx.toString());
    assertThat(run.status()).as(run.err()).isZero();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
      boolean anyNumber = false;
      for (var row : book.getSheetAt(0)) {
        for (var cell : row) {
          anyNumber |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC;
        }
      }
      assertThat(anyNumber).isTrue();
    }
    Path back = dir.resolve("back.csv");
    assertThat(PlanningCliTest.run("convert", xlsx.toString(), back.toString()).status()).isZero();
    assertThat(PlanFiles.readPlan(back).rows()).isEqualTo(PlanFiles.readPlan(csv).rows());
    assertThat(PlanningCliTest.run("convert", "--figures", "many", csv.toString(), "x.xlsx").err())
        .contains("'many': expected text or numbers");
  }

  @Test
  void workbooks_areReadWrittenAndChecked_whereACsvIs(@TempDir Path dir) throws IOException {
    Path csv = table(dir);
    Path xlsx = dir.resolve("t.xlsx");
    assertThat(PlanningCliTest.run("convert", csv.toString(), xlsx.toString()).status()).isZero();
    Path back = dir.resolve("back.csv");
    PlanningCliTest.Run run = PlanningCliTest.run("convert", xlsx.toString(), back.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(PlanFiles.readPlan(back).rows()).isEqualTo(PlanFiles.readPlan(csv).rows());
    PlanningCliTest.Run check = PlanningCliTest.run("check", "--sheet", "1", xlsx.toString());
    assertThat(check.out()).contains("implied-target");
    // a finding is placed at the name cell of its row
    assertThat(check.out())
        .containsPattern("(?m)^t\\.xlsx![^!]+![A-Z]+[0-9]+:[0-9]+:[0-9]+: .*implied-target");
    PlanningCliTest.Run report = PlanningCliTest.run("report", xlsx.toString());
    assertThat(report.status()).as(report.err()).isZero();
    assertThat(report.out()).contains("地区生产总值(GDP)");

    Path xls = asXls(xlsx, dir.resolve("t.xls"));
    Path fromXls = dir.resolve("from-xls.csv");
    PlanningCliTest.Run converted =
        PlanningCliTest.run("convert", xls.toString(), fromXls.toString());
    assertThat(converted.status()).as(converted.err()).isZero();
    assertThat(PlanFiles.readPlan(fromXls).rows()).isEqualTo(PlanFiles.readPlan(csv).rows());
    PlanningCliTest.Run checked = PlanningCliTest.run("check", xls.toString());
    assertThat(checked.out())
        .containsPattern("(?m)^t\\.xls![^!]+![A-Z]+[0-9]+:[0-9]+:[0-9]+: .*implied-target");
    PlanningCliTest.Run reported = PlanningCliTest.run("report", xls.toString());
    assertThat(reported.status()).as(reported.err()).isZero();
    assertThat(reported.out()).contains("地区生产总值(GDP)");
  }

  /** The same sheets as an .xls workbook: every cell's text and every merged range. */
  private static Path asXls(Path xlsx, Path xls) throws IOException {
    try (var from = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx));
        var to = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        var out = Files.newOutputStream(xls)) {
      var shown = new org.apache.poi.ss.usermodel.DataFormatter();
      for (var sheet : from) {
        var copy = to.createSheet(sheet.getSheetName());
        for (var row : sheet) {
          var rowCopy = copy.createRow(row.getRowNum());
          for (var cell : row) {
            rowCopy.createCell(cell.getColumnIndex()).setCellValue(shown.formatCellValue(cell));
          }
        }
        sheet.getMergedRegions().forEach(copy::addMergedRegion);
      }
      to.write(out);
    }
    return xls;
  }

  @Test
  void convertToAnXlsName_isAUsageError_andWritesNothing(@TempDir Path dir) throws IOException {
    Path csv = table(dir);
    Path xls = dir.resolve("out.xls");
    PlanningCliTest.Run run = PlanningCliTest.run("convert", csv.toString(), xls.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write " + xls, ".xlsx");
    assertThat(xls).doesNotExist();
    PlanningCliTest.Run to =
        PlanningCliTest.run("convert", "--to", "xlsx", csv.toString(), xls.toString());
    assertThat(to.status()).isEqualTo(2);
    assertThat(xls).doesNotExist();
  }

  @Test
  void theHelpOfEachCommand_namesWorkbooks() {
    for (String command : new String[] {"check", "report"}) {
      assertThat(help(command))
          .contains("Planfiles(.csv,.json,orworkbooks:.xlsx,.xls)")
          .doesNotContain("Planfiles(.csvor.json)");
    }
    assertThat(help("convert"))
        .contains("CSV,JSONand.xlsxworkbooks(.xlsisread,notwritten)")
        .doesNotContain("betweenCSVandJSON");
  }

  /** The help of a command, without its spaces and line breaks (picocli wraps at any point). */
  private static String help(String command) {
    return PlanningCliTest.run(command, "--help").out().replaceAll("\\s+", "");
  }

  @Test
  void jsonToJson_keepsARegionAndNotesThatFollowTheRows(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("a.json");
    Files.writeString(
        in,
        "{\"format\":\"planning-plan/1\",\"title\":\"T\",\"rows\":[{\"code\":"
            + "\"a\",\"name\":\"甲\",\"baseYear\":2020,\"base\":\"1\",\"targetYear\":2025,"
            + "\"target\":\"2\"}],\"region\":\"某区\",\"notes\":[\"注一\",\"注二\"],"
            + "\"period\":\"2021-2025\"}",
        UTF_8);
    Path out = dir.resolve("b.json");
    assertThat(PlanningCliTest.run("convert", in.toString(), out.toString()).status()).isZero();
    assertThat(PlanFiles.readPlan(out)).isEqualTo(PlanFiles.readPlan(in));
    assertThat(PlanFiles.readPlan(out).region()).contains("某区");
    assertThat(PlanFiles.readPlan(out).notes()).containsExactly("注一", "注二");
  }

  @Test
  void jsonToJson_keepsATitleAndPeriodThatFollowTheRows(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("a.json");
    // rows without years: only the period after them tells it
    Files.writeString(
        in,
        "{\"format\":\"planning-plan/1\",\"rows\":[{\"code\":\"a\",\"name\":\"甲\","
            + "\"target\":\"2\"}],\"title\":\"“十三五”规划主要指标\",\"period\":\"2016-2020\"}",
        UTF_8);
    Path out = dir.resolve("b.json");

    PlanningCliTest.Run run = PlanningCliTest.run("convert", in.toString(), out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    io.github.planning.core.Plan converted = PlanFiles.readPlan(out);
    assertThat(converted.title()).isEqualTo("“十三五”规划主要指标");
    assertThat(converted.period().toString()).isEqualTo("2016-2020");
    assertThat(converted).isEqualTo(PlanFiles.readPlan(in));
    String text = Files.readString(out, UTF_8);
    assertThat(text)
        .doesNotContain("a.json")
        .containsOnlyOnce("\"title\"")
        .containsOnlyOnce("\"period\"");
    assertThat(text.indexOf("\"title\"")).isGreaterThan(text.indexOf("\"rows\""));
  }

  @Test
  void aSheetOfTwoTables_isRefusedWhereTheSecondStarts_andEachIsCheckedBySheetAndCell(
      @TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("t.xlsx");
    assertThat(PlanningCliTest.run("convert", table(dir).toString(), xlsx.toString()).status())
        .isZero();
    String sheetName;
    int second;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      sheetName = sheet.getSheetName();
      int last = sheet.getLastRowNum();
      sheet.createRow(last + 2).createCell(0).setCellValue("表2 主要指标(续)");
      for (int r = 0; r <= last; r++) {
        org.apache.poi.ss.usermodel.Row copy = sheet.createRow(last + 3 + r);
        sheet
            .getRow(r)
            .forEach(
                cell ->
                    copy.createCell(cell.getColumnIndex()).setCellValue(cell.getStringCellValue()));
      }
      second = last + 3;
      try (java.io.OutputStream out = Files.newOutputStream(xlsx)) {
        book.write(out);
      }
    }
    PlanningCliTest.Run refused = PlanningCliTest.run("check", xlsx.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err())
        .contains("t.xlsx!" + sheetName + "!A" + second + ":" + second + ":1: '表2 主要指标(续)'")
        .contains("2 tables", sheetName + "!A" + second);
    PlanningCliTest.Run check =
        PlanningCliTest.run("check", "--sheet", sheetName + "!A" + second, xlsx.toString());
    java.util.regex.Matcher finding =
        java.util.regex.Pattern.compile(
                "(?m)^t\\.xlsx!"
                    + java.util.regex.Pattern.quote(sheetName)
                    + "![A-Z]+([0-9]+):([0-9]+):[0-9]+: .*implied-target")
            .matcher(check.out());
    assertThat(finding.find()).as(check.out() + check.err()).isTrue();
    assertThat(Integer.parseInt(finding.group(2))).isGreaterThan(second);
  }
}

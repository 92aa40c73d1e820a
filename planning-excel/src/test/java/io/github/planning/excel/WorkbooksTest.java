package io.github.planning.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkbooksTest {

  @TempDir Path dir;

  private static Plan csvPlan(String resource) throws Exception {
    try (InputStream in = TestWorkbooks.table(resource);
        PlanCsvReader reader = PlanCsvReader.open(in, ReadOptions.of(resource))) {
      return reader.readPlan();
    }
  }

  private static Supplier<Workbook> kind(String extension) {
    return extension.equals("xls") ? HSSFWorkbook::new : XSSFWorkbook::new;
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void seedTables_readToTheRowsOfTheirCsv_everyDisplayedTextKept(String extension)
      throws Exception {
    List<List<String>> table11 = new ArrayList<>();
    TestWorkbooks.csv("table-1-1.csv").forEach(r -> table11.add(new ArrayList<>(r)));
    // two figures as an office formats them: 95,616.0 in #,##0.0, 8% in 0%
    table11.get(2).set(6, "95,616.0");
    table11.get(1).set(10, "8%");
    List<List<String>> table12 = TestWorkbooks.csv("table-1-2.csv");
    TestWorkbooks book = new TestWorkbooks(kind(extension).get());
    var sheet = book.sheet("主要指标", table11, 2);
    sheet.getRow(3).setZeroHeight(true);
    sheet.setColumnHidden(11, true);
    String formula = book.formulaAt;
    book.sheet("十四五", table12, 2);
    Path path = book.save(dir.resolve("规划." + extension));

    SheetRows first = Workbooks.sheetRows(path, SheetChoice.first());
    assertThat(first.source()).isEqualTo("规划." + extension + "!主要指标");
    assertThat(TestWorkbooks.trimmed(first.rows().values()))
        .isEqualTo(TestWorkbooks.trimmed(table11));
    assertThat(first.notes())
        .contains(
            "规划." + extension + "!主要指标: hidden rows read: 4",
            "规划." + extension + "!主要指标: hidden columns read: L");
    assertThat(formula).isNotNull();
    SheetRows second = Workbooks.sheetRows(path, SheetChoice.parse("2"));
    assertThat(TestWorkbooks.trimmed(second.rows().values()))
        .isEqualTo(TestWorkbooks.trimmed(table12));
    assertThat(Workbooks.sheetRows(path, SheetChoice.named("十四五")).rows()).isEqualTo(second.rows());

    try (Workbook written = org.apache.poi.ss.usermodel.WorkbookFactory.create(path.toFile())) {
      var cells = written.getSheetAt(0);
      assertThat(cells.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(95616.0);
      assertThat(cells.getRow(2).getCell(6).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.0");
      assertThat(cells.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(0.08);
      assertThat(cells.getRow(1).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0%");
    }
    Plan plan = Compared.readPlan(path, ReadOptions.of("规划"), SheetChoice.first());
    Plan typed;
    try (PlanCsvReader reader =
        PlanCsvReader.open(
            new java.io.StringReader(TestWorkbooks.csvText(table11)), ReadOptions.of("规划"))) {
      typed = reader.readPlan();
    }
    assertThat(plan.rows()).isEqualTo(typed.rows());
    assertThat(plan.row("1-1-02a").orElseThrow().base().orElseThrow().text()).isEqualTo("95,616.0");
    assertThat(plan.row("1-1-01").orElseThrow().actualGrowth().orElseThrow().text())
        .isEqualTo("8%");
    assertThat(Compared.readPlan(path, ReadOptions.of("规划"), SheetChoice.at(2)).rows())
        .isEqualTo(csvPlan("table-1-2.csv").rows());
  }

  /**
   * The periods of the real tables whose headings give no base year, as the fixtures' README says.
   */
  private static final java.util.Map<String, PlanPeriod> PERIODS =
      java.util.Map.of(
          "national-healthy-china-action.csv", PlanPeriod.of(2019, 2030),
          "shaoxing-2018-plan-completion.csv", PlanPeriod.of(2018, 2018));

  static java.util.stream.Stream<Arguments> realTables() {
    List<String> tables = TestWorkbooks.realTables();
    assertThat(tables).hasSize(9);
    return tables.stream()
        .flatMap(table -> java.util.stream.Stream.of("xlsx", "xls").map(e -> arguments(table, e)));
  }

  /**
   * Every real table of the fixtures, as an office keeps it: on the second sheet behind a cover,
   * its figures as numbers in their formats, a two-row header's headings merged over both rows and
   * over the columns under them, the texts repeated over rows (categories, units) merged, its last
   * row hidden: it reads as its CSV does, every displayed text kept.
   */
  @ParameterizedTest
  @MethodSource("realTables")
  void realTables_readAsTheirCsv(String resource, String extension) throws Exception {
    List<List<String>> rows = TestWorkbooks.csv(resource);
    ReadOptions.Builder options = ReadOptions.builder().source("x").mode(ReadMode.LENIENT);
    java.util.Optional.ofNullable(PERIODS.get(resource)).ifPresent(options::period);
    ReadOptions lenient = options.build();
    PlanReadResult expected;
    io.github.planning.io.CsvLayout layout;
    try (InputStream in = TestWorkbooks.table(resource);
        PlanCsvReader reader = PlanCsvReader.open(in, lenient)) {
      expected = reader.readAll();
      layout = reader.layout();
    }
    List<Integer> rowAtLine = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      long breaks =
          rows.get(r).stream().mapToLong(c -> c.chars().filter(ch -> ch == '\n').count()).sum();
      for (long k = 0; k <= breaks; k++) {
        rowAtLine.add(r);
      }
    }
    int header = -1;
    int second = -1;
    for (io.github.planning.io.CsvLayout.Row row : layout.rows()) {
      if (row.role().equals("header")) {
        header = rowAtLine.get((int) row.line() - 1);
      } else if (row.role().equals("the second header row")) {
        second = rowAtLine.get((int) row.line() - 1);
      }
    }
    assertThat(header).as("the header of %s", resource).isNotNegative();

    TestWorkbooks book = new TestWorkbooks(kind(extension).get());
    book.sheet("封面", List.of(List.of("规划纲要"), List.of(), List.of("二〇二一年")), -1);
    var sheet = book.sheet("表", rows, -1);
    if (second == header + 1) {
      TestWorkbooks.mergeHeader(sheet, rows, header);
    }
    TestWorkbooks.mergeRuns(sheet, rows, Math.max(header, second));
    int last = rows.size() - 1;
    while (rows.get(last).stream().allMatch(String::isEmpty)) {
      last--;
    }
    sheet.getRow(last).setZeroHeight(true);
    Path path = book.save(dir.resolve("real." + extension));

    assertThat(TestWorkbooks.trimmed(Workbooks.sheetRows(path, SheetChoice.at(2)).rows().values()))
        .isEqualTo(TestWorkbooks.trimmed(rows));
    WorkbookRead read = Compared.read(path, lenient, SheetChoice.first());
    assertThat(read.source()).isEqualTo("real." + extension + "!表");
    assertThat(read.notes()).contains("real." + extension + "!表: hidden rows read: " + (last + 1));
    assertThat(read.result().plan().map(Plan::rows)).isEqualTo(expected.plan().map(Plan::rows));
    assertThat(read.result().plan()).as("the plan of %s", resource).isPresent();
    assertThat(read.problems())
        .extracting(Problem::text, Problem::reason)
        .isEqualTo(
            expected.problems().stream()
                .map(p -> org.assertj.core.groups.Tuple.tuple(p.text(), p.reason()))
                .toList());
  }

  @Test
  void realTable_withItsCategoriesMerged_readsToTheSamePlan() throws Exception {
    List<List<String>> rows = TestWorkbooks.csv("wuxing-14th-main.csv");
    TestWorkbooks merged = new TestWorkbooks(new XSSFWorkbook());
    merged.sheet("表1-2", rows, 0);
    Path path = merged.save(dir.resolve("merged.xlsx"));
    assertThat(Compared.readPlan(path, ReadOptions.of("x"), SheetChoice.first()).rows())
        .isEqualTo(csvPlan("wuxing-14th-main.csv").rows());
  }

  @Test
  void aBadCell_isPlacedAtItsCell() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    TestWorkbooks.csv("table-1-1.csv").forEach(r -> rows.add(new ArrayList<>(r)));
    rows.get(5).set(7, "9.5%%");
    TestWorkbooks book = new TestWorkbooks(new XSSFWorkbook());
    book.sheet("主要指标", rows, -1);
    Path path = book.save(dir.resolve("规划.xlsx"));

    assertThatThrownBy(() -> Compared.readPlan(path, ReadOptions.of("规划"), SheetChoice.first()))
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e -> {
              Problem problem = e.problems().get(0);
              assertThat(problem.source()).isEqualTo("规划.xlsx!主要指标!H6");
              assertThat(problem.line()).isEqualTo(6);
              assertThat(problem.column()).isEqualTo(8);
              assertThat(problem.text()).isEqualTo("9.5%%");
            });
    WorkbookRead lenient =
        Compared.read(
            path,
            ReadOptions.builder().source("规划").mode(ReadMode.LENIENT).build(),
            SheetChoice.first());
    assertThat(lenient.problems()).extracting(Problem::source).contains("规划.xlsx!主要指标!H6");
  }

  @Test
  void aCellWithALineBreak_staysOneCell_andLaterCellsAreStillPlaced() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    TestWorkbooks.csv("table-1-1.csv").forEach(r -> rows.add(new ArrayList<>(r)));
    rows.get(2).set(4, "人均地区生产总值\n(户籍人口)");
    rows.get(6).set(7, "9.5%%");
    TestWorkbooks book = new TestWorkbooks(new XSSFWorkbook());
    book.sheet("主要指标", rows, -1);
    Path path = book.save(dir.resolve("规划.xlsx"));
    WorkbookRead read =
        Compared.read(
            path,
            ReadOptions.builder().source("规划").mode(ReadMode.LENIENT).build(),
            SheetChoice.first());
    assertThat(read.problems()).extracting(Problem::source).contains("规划.xlsx!主要指标!H7");
    assertThat(read.result().records()).hasSize(rows.size() - 1);
  }

  @Test
  void csvToXlsxToPlan_equalsCsvToPlan() throws Exception {
    for (String resource : List.of("table-1-1.csv", "table-1-2.csv", "wuxing-14th-main.csv")) {
      Plan plan = csvPlan(resource);
      Path path = dir.resolve(resource + ".xlsx");
      Workbooks.writePlan(plan, List.of(), path);
      Plan back = Compared.readPlan(path, ReadOptions.of(resource), SheetChoice.first());
      assertThat(back.rows()).as(resource).isEqualTo(plan.rows());
      try (Workbook book = new XSSFWorkbook(Files.newInputStream(path))) {
        var sheet = book.getSheetAt(0);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(
                book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
            .isTrue();
        sheet.forEach(
            row ->
                row.forEach(
                    cell ->
                        assertThat(cell.getCellType())
                            .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING)));
      }
    }
  }

  @Test
  void figuresWrittenAsNumbers_showAsWritten_andReadBackToTheSamePlan() throws Exception {
    for (String resource :
        List.of(
            "table-1-1.csv", "table-1-2.csv", "wuxing-14th-main.csv", "national-14th-main.csv")) {
      Plan plan = csvPlan(resource);
      Path path = dir.resolve(resource + ".numbers.xlsx");
      Workbooks.writePlan(plan, List.of(), path, FigureCells.NUMBERS);
      Plan back = Compared.readPlan(path, ReadOptions.of(resource), SheetChoice.first());
      assertThat(back.rows()).as(resource).isEqualTo(plan.rows());
      int numbers = 0;
      try (Workbook book = new XSSFWorkbook(Files.newInputStream(path))) {
        org.apache.poi.ss.usermodel.DataFormatter shown =
            new org.apache.poi.ss.usermodel.DataFormatter();
        for (var row : book.getSheetAt(0)) {
          for (var cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
              numbers++;
              String text = shown.formatCellValue(cell);
              // the number is the figure's amount, shown with its written decimals
              assertThat(new java.math.BigDecimal(text).doubleValue())
                  .isEqualTo(cell.getNumericCellValue());
              String format = cell.getCellStyle().getDataFormatString();
              int decimals = text.contains(".") ? text.length() - text.indexOf('.') - 1 : 0;
              assertThat(format).isEqualTo(decimals == 0 ? "0" : "0." + "0".repeat(decimals));
            }
          }
        }
      }
      assertThat(numbers).as(resource).isPositive();
    }
  }

  @Test
  void writtenCategories_areMergedOverTheirRows() throws Exception {
    Path path = dir.resolve("out.xlsx");
    Workbooks.writePlan(csvPlan("table-1-1.csv"), List.of(), path);
    try (Workbook book = new XSSFWorkbook(Files.newInputStream(path))) {
      assertThat(book.getSheetAt(0).getMergedRegions()).isNotEmpty();
    }
  }

  @Test
  void notAWorkbook_andNoSuchSheet_areRefusedByName() throws Exception {
    Path text = Files.writeString(dir.resolve("a.xlsx"), "代码,指标名称\n", UTF_8);
    assertThatThrownBy(() -> Compared.readPlan(text, ReadOptions.of("a"), SheetChoice.first()))
        .hasMessageContaining("a.xlsx")
        .hasMessageContaining("not an Excel workbook");
    TestWorkbooks book = new TestWorkbooks(new XSSFWorkbook());
    book.sheet("主要指标", TestWorkbooks.csv("table-1-1.csv"), -1);
    Path path = book.save(dir.resolve("规划.xlsx"));
    assertThatThrownBy(() -> Compared.readPlan(path, ReadOptions.of("a"), SheetChoice.named("无")))
        .hasMessageContaining("no sheet '无'")
        .hasMessageContaining("主要指标");
  }

  @Test
  void csvText_quotesAsRfc4180() throws Exception {
    SheetLayout layout =
        new ListSheet("b.xlsx", "s")
            .put(0, 0, "a,b")
            .put(0, 1, "say \"x\"")
            .put(1, 2, "two\nlines")
            .put(3, 0, "end")
            .layout();
    SheetCsv csv = new SheetCsv(new MergedRows(layout, 0, Integer.MAX_VALUE), layout.source());
    java.io.StringWriter text = new java.io.StringWriter();
    try (csv) {
      csv.transferTo(text);
    }
    assertThat(text.toString())
        .isEqualTo("\"a,b\",\"say \"\"x\"\"\"\r\n,,\"two\nlines\"\r\nend\r\n");
    assertThat(SheetCsv.parse(text.toString()))
        .containsExactly(
            List.of("a,b", "say \"x\""), List.of("", "", "two\nlines"), List.of("end"));
    assertThat(csv.place(new Problem("csv", 4, 1, "end", "r")).source()).isEqualTo("b.xlsx!s!A4");
    assertThat(csv.place(new Problem("csv", 0, 0, "", "r")).source()).isEqualTo("b.xlsx!s!A1");
  }

  @Test
  void aTwoRowHeader_withItsSpanningHeadingMerged_readsToThePlanOfTheCsv() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    TestWorkbooks.csv("table-1-1.csv").forEach(r -> rows.add(new ArrayList<>(r)));
    List<String> top = new ArrayList<>(rows.get(0));
    List<String> bottom = new ArrayList<>(java.util.Collections.nCopies(top.size(), ""));
    top.set(7, "规划目标");
    top.set(8, "");
    bottom.set(7, "2020年");
    bottom.set(8, "年均增速");
    rows.set(0, top);
    rows.add(1, bottom);
    TestWorkbooks book = new TestWorkbooks(new XSSFWorkbook());
    var sheet = book.sheet("主要指标", rows, -1);
    sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 7, 8));
    Path path = book.save(dir.resolve("two.xlsx"));
    // a heading merged over columns of the header stays in its first cell, as a CSV has it
    assertThat(Workbooks.sheetRows(path, SheetChoice.first()).get(0, 7)).isEqualTo("规划目标");
    assertThat(Workbooks.sheetRows(path, SheetChoice.first()).get(0, 8)).isEmpty();
    assertThat(Compared.readPlan(path, ReadOptions.of("x"), SheetChoice.first()).rows())
        .isEqualTo(csvPlan("table-1-1.csv").rows());
  }

  @Test
  void byDefault_theFirstSheetWithARecognisableHeaderIsRead() throws Exception {
    TestWorkbooks book = new TestWorkbooks(new XSSFWorkbook());
    book.sheet("封面", List.of(List.of("湖州市吴兴区国民经济和社会发展第十四个五年规划"), List.of("2021年")), -1);
    book.sheet("表1-1", TestWorkbooks.csv("table-1-1.csv"), 2);
    Path path = book.save(dir.resolve("规划.xlsx"));
    WorkbookRead read = Compared.read(path, ReadOptions.of("x"), SheetChoice.first());
    assertThat(read.source()).isEqualTo("规划.xlsx!表1-1");
    assertThat(read.result().plan().orElseThrow().rows())
        .isEqualTo(csvPlan("table-1-1.csv").rows());
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void numberFormats_giveTheTextExcelShows_andThePlanKeepsIt(String extension) throws Exception {
    Workbook book = kind(extension).get();
    var sheet = book.createSheet("主要指标");
    String[] headings = {"指标名称", "单位", "2020年", "2025年"};
    var header = sheet.createRow(0);
    for (int c = 0; c < headings.length; c++) {
      header.createCell(c).setCellValue(headings[c]);
    }
    Object[][] rows = {
      {"城镇化率", "%", 0.73, "0%", 0.78, "0%"},
      {"地区生产总值", "亿元", 1200.5, "#,##0.0", 1500.0, "#,##0.0"},
      {"地方财政收入", "亿元", 51.2, "0.00", 60.0, "0.00"},
    };
    for (int r = 0; r < rows.length; r++) {
      var row = sheet.createRow(r + 1);
      row.createCell(0).setCellValue((String) rows[r][0]);
      row.createCell(1).setCellValue((String) rows[r][1]);
      for (int v = 0; v < 2; v++) {
        var cell = row.createCell(2 + v);
        if (r == 2 && v == 1) {
          cell.setCellFormula("C4+8.8");
        }
        cell.setCellValue((Double) rows[r][2 + 2 * v]);
        var style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat((String) rows[r][3 + 2 * v]));
        cell.setCellStyle(style);
      }
    }
    Path path = dir.resolve("formats." + extension);
    try (var out = Files.newOutputStream(path)) {
      book.write(out);
    }
    book.close();

    SheetRows read = Workbooks.sheetRows(path, SheetChoice.first());
    assertThat(read.rows().get(1)).containsExactly("城镇化率", "%", "73%", "78%");
    assertThat(read.rows().get(2)).containsExactly("地区生产总值", "亿元", "1,200.5", "1,500.0");
    assertThat(read.rows().get(3)).containsExactly("地方财政收入", "亿元", "51.20", "60.00");
    WorkbookRead plan =
        Compared.read(
            path,
            ReadOptions.builder().source("x").mode(ReadMode.LENIENT).build(),
            SheetChoice.first());
    var rowsRead = plan.result().plan().orElseThrow().rows();
    assertThat(rowsRead.get(0).base().orElseThrow().text()).isEqualTo("73%");
    assertThat(rowsRead.get(2).base().orElseThrow().text()).isEqualTo("51.20");
    assertThat(rowsRead.get(2).target().orElseThrow().text()).isEqualTo("60.00");
    assertThat(rowsRead.get(1).indicator().name()).isEqualTo("地区生产总值");
  }

  @Test
  void macrosAndLinksToOtherWorkbooks_areIgnored_andTheNotesSaySo() throws Exception {
    TestWorkbooks book = new TestWorkbooks(new XSSFWorkbook());
    book.sheet("主要指标", TestWorkbooks.csv("table-1-1.csv"), -1);
    Path path = book.save(dir.resolve("规划.xlsm"));
    try (var pkg =
        org.apache.poi.openxml4j.opc.OPCPackage.open(
            path.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ_WRITE)) {
      var vba =
          pkg.createPart(
              org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/xl/vbaProject.bin"),
              "application/vnd.ms-office.vbaProject");
      try (var out = vba.getOutputStream()) {
        out.write(new byte[] {1, 2, 3});
      }
      var link =
          pkg.createPart(
              org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(
                  "/xl/externalLinks/externalLink1.xml"),
              org.apache.poi.xssf.usermodel.XSSFRelation.EXTERNAL_LINKS.getContentType());
      try (var out = link.getOutputStream()) {
        out.write(
            "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                .getBytes(UTF_8));
      }
    }
    WorkbookRead read = Compared.read(path, ReadOptions.of("x"), SheetChoice.first());
    assertThat(read.notes())
        .contains(
            "规划.xlsm!主要指标: the workbook's macros are ignored",
            "规划.xlsm!主要指标: links to other workbooks are not followed; their cached values are read");
    assertThat(read.result().plan().orElseThrow().rows())
        .isEqualTo(csvPlan("table-1-1.csv").rows());

    TestWorkbooks xls = new TestWorkbooks(new HSSFWorkbook());
    xls.sheet("主要指标", TestWorkbooks.csv("table-1-1.csv"), -1);
    Path old = xls.save(dir.resolve("规划.xls"));
    try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(old.toFile(), false)) {
      fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
      fs.writeFilesystem();
    }
    assertThat(Compared.read(old, ReadOptions.of("x"), SheetChoice.first()).notes())
        .contains("规划.xls!主要指标: the workbook's macros are ignored");
  }

  @Test
  void observations_getASheetOfTheirOwn_andColumnsAreFittedToTheirText() throws Exception {
    Plan plan = csvPlan("table-1-2.csv");
    List<io.github.planning.core.Observation> observations =
        List.of(
            io.github.planning.core.Observation.of(
                "1-2-01", 2021, new java.math.BigDecimal("830.5")),
            io.github.planning.core.Observation.of(
                "1-2-01", 2023, new java.math.BigDecimal("960")));
    Path path = dir.resolve("with-observations.xlsx");
    Workbooks.writePlan(plan, observations, path);
    try (Workbook book = new XSSFWorkbook(Files.newInputStream(path))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      var sheet = book.getSheet("观测值");
      assertThat(sheet).isNotNull();
      List<String> codes = new ArrayList<>();
      List<String> values = new ArrayList<>();
      int value = -1;
      for (var cell : sheet.getRow(0)) {
        if (cell.getStringCellValue().equals("value")) {
          value = cell.getColumnIndex();
        }
      }
      assertThat(value).isNotNegative();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
        values.add(sheet.getRow(r).getCell(value).getStringCellValue());
      }
      assertThat(codes).containsExactly("1-2-01", "1-2-01");
      assertThat(values).containsExactly("830.5", "960");
      var first = book.getSheetAt(0);
      int name = -1;
      int unit = -1;
      for (var cell : first.getRow(0)) {
        String heading = cell.getStringCellValue();
        name = heading.equals("指标名称") ? cell.getColumnIndex() : name;
        unit = heading.equals("单位") ? cell.getColumnIndex() : unit;
      }
      assertThat(first.getColumnWidth(name)).isGreaterThan(first.getColumnWidth(unit));
    }
    assertThat(Compared.readPlan(path, ReadOptions.of("x"), SheetChoice.first()).rows())
        .isEqualTo(plan.rows());
  }
}

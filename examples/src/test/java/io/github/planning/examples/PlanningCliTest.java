package io.github.planning.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.datasets.WuxingDataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanningCliTest {

  /** The result of one run. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PlanningCli.run(args, out, err);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** A run with {@code stdin} as standard input, on a terminal or not. */
  static Run run(byte[] stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PlanningCli.run(args, new java.io.ByteArrayInputStream(stdin), out, err, terminal);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  private static JsonNode row(JsonNode report, String code) {
    for (JsonNode row : report.get("rows")) {
      if (row.get("code").asString().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no row " + code);
  }

  @Test
  void jsonReport_numbersAgreeWithIndependentComputations() {
    Run run = run("report", "--format", "json");
    assertThat(run.status()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(run.out());

    JsonNode gdp = row(report, "1-2-01");
    assertThat(gdp.get("source").asString()).isEqualTo("table-1-2");
    assertThat(gdp.get("base").asString()).isEqualTo("752.8");
    assertThat(gdp.get("targetGrowth").asString()).isEqualTo("——");
    double expected = (Math.pow(1000 / 752.8, 1 / 5.0) - 1) * 100;
    BigDecimal growth = gdp.get("computed").get("impliedGrowthPercent").decimalValue();
    assertThat(growth.doubleValue())
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(growth.precision()).isGreaterThanOrEqualTo(12);
    assertThat(growth.setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("5.8435");
    assertThat(gdp.get("computed").get("impliedTarget").isNull()).isTrue();

    BigDecimal revenue = row(report, "1-2-05").get("computed").get("impliedTarget").decimalValue();
    assertThat(revenue)
        .isEqualByComparingTo(
            new BigDecimal("82.8")
                .multiply(new BigDecimal("1.08").pow(5))
                .round(new MathContext(20)));
    assertThat(revenue.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("121.66");
    assertThat(row(report, "1-2-03a").get("computed").get("pointChange").decimalValue())
        .isEqualByComparingTo("5");
    assertThat(row(report, "1-1-01").get("computed").get("assessment").asString())
        .isEqualTo("TOTAL_REACHED");
    assertThat(row(report, "1-2-15").get("computed").get("findings").get(0).get("code").asString())
        .isEqualTo("growth-on-rate");
  }

  @Test
  void textReport_isTheOneQuotedInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), UTF_8);
    int start = readme.indexOf("<!-- report:start -->");
    int end = readme.indexOf("<!-- report:end -->");
    assertThat(start).as("README has the report block").isPositive();
    String block = readme.substring(start, end);
    List<String> quoted = block.lines().skip(2).takeWhile(l -> !l.startsWith("```")).toList();
    List<String> printed = run("report").out().lines().toList();
    assertThat(quoted).isNotEmpty();
    assertThat(printed.subList(0, quoted.size())).isEqualTo(quoted);
  }

  @Test
  void htmlReport_isSelfContainedWithItsCharts() {
    Run run = run("report", "--format", "html");
    assertThat(run.status()).isZero();
    Document page = Jsoup.parse(run.out());
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("link, img, iframe, [src]")).isEmpty();
    assertThat(page.select("style").text()).doesNotContain("@import", "url(");
    assertThat(page.select("svg")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(page.select("svg rect")).hasSizeGreaterThan(30);
    assertThat(page.select("figcaption").eachText())
        .anyMatch(t -> t.contains("各目标所需年均增长"))
        .anyMatch(t -> t.contains("实现度"));
    assertThat(page.select(".legend")).isNotEmpty();
    assertThat(page.select("table tr").size()).isGreaterThan(100);
    assertThat(page.text()).contains("地区生产总值(GDP)", "5.84%");
  }

  @Test
  void csvReport_hasTheJsonColumns() {
    Run run = run("report", "--format", "csv");
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("source,code,name,unit,baseYear,base,targetYear,target," + "targetGrowth");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("table-1-2,1-2-05,财政总收入,亿元,2020,82.8,2025," + "——,8,"));
  }

  static Stream<Arguments> corpus() throws IOException {
    Path corpus = Path.of("../planning-io/src/test/resources/malformed");
    return Files.readAllLines(corpus.resolve("expected.tsv"), UTF_8).stream()
        .skip(1)
        .map(l -> l.split("\t"))
        .map(c -> Arguments.of(corpus.resolve(c[0]).toString(), c[1], c[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void check_printsTheFileLineAndColumnOfEachMalformedFile(
      String file, String line, String column) {
    Run run = run("check", file);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains(file + ":" + line + ":" + column + ": ");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void check_aGoodFile_exits0_andListsFindingsWithTheirLine(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("plan.csv");
    Files.writeString(
        csv,
        "name,unit,base_year,base,target_year,target,target_growth\n"
            + "地区生产总值,亿元,2020,752.8,2025,1000,——\n文化产业增加值,%,2020,-13,2025,——,8\n",
        UTF_8);
    Run run = run("check", csv.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(csv + ":3:1: 警告 growth-on-rate: 文化产业增加值");
    assertThat(run("check", "--lang", "en", csv.toString()).out())
        .contains(csv + ":3:1: warning growth-on-rate: ");
  }

  @Test
  void checkExplain_printsEachColumnAndEachLayoutRow(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("published.csv");
    Files.writeString(
        csv,
        "表1 主要指标\n单位：亿元\n类别,指  标,2020年,2025年,考核\n"
            + "经济,一、经济发展,,,\n,1.地区生产总值,752.8,1000,是\n,其中:服务业,400,600,\n"
            + "注：[ ]内为五年累计数。\n",
        UTF_8);
    Run run = run("check", "--explain", "--columns", "考核=note", csv.toString());
    assertThat(run.out())
        .contains(csv + ": a table as published, title '表1 主要指标', default unit 亿元")
        .contains("column 2 '指  标' → name (the published heading '指标')")
        .contains("column 3 '2020年' → base (year 2020, the first of two bare years)")
        .contains("column 5 '考核' → note (your mapping)")
        .contains("line 4: group; numbering '一、' taken as the sequence → 一 '经济发展'")
        .contains("line 5: numbering '1.' taken as the sequence; under the group 一 → 一-1 '地区生产总值'")
        .contains("line 6: a 其中 sub-row of 一-1 → 一-1a '其中:服务业'")
        .contains("line 7: note '注：[ ]内为五年累计数。'");
    assertThat(run.out()).doesNotContain(csv + ":5:");
  }

  @Test
  void convert_csvToJsonToExcelCsv_keepsTheTable(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("in.csv");
    Files.write(csv, WuxingDataset.resource("table-1-2.csv").readAllBytes());
    Path json = dir.resolve("out.json");
    Path excel = dir.resolve("excel.csv");
    assertThat(run("convert", csv.toString(), json.toString()).status()).isZero();
    assertThat(run("convert", "--excel", json.toString(), excel.toString()).status()).isZero();
    byte[] bytes = Files.readAllBytes(excel);
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    assertThat(Files.readString(excel, UTF_8))
        .contains("代码,上级代码,分类,序号,指标名称")
        .contains("1-2-01,,经济发展,1,\"地区生产总值(GDP)\",亿元,,,,2020,752.8,2025,1000,——");
    Run back = run("report", "--format", "json", excel.toString());
    assertThat(back.status()).isZero();
    assertThat(back.out()).contains("\"impliedGrowthPercent\" : 5.843472066557");
  }

  @Test
  void convert_ofAnInputOver10Mb_reportsProgressOnStderr(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.csv");
    try (java.io.BufferedWriter w = Files.newBufferedWriter(big, UTF_8)) {
      w.write("code,name,unit,base_year,base,target_year,target,note\n");
      for (int i = 0; Files.size(big) <= PlanningCli.LARGE_INPUT + 100_000 || i % 1000 != 0; i++) {
        w.write("r" + i + ",指标" + i + ",亿元,2020,752.8,2025,[9]以上," + "说明".repeat(40) + "\n");
        if (i % 1000 == 999) {
          w.flush();
        }
      }
    }
    Run run = run(new byte[0], true, "convert", big.toString(), dir.resolve("big.json").toString());
    assertThat(run.status()).isZero();
    assertThat(run.err())
        .contains("reading " + big + " (10 MB)")
        .contains("… 10000 rows")
        .contains("… 30000 rows")
        .contains("converted ");
    assertThat(
            run(
                    new byte[0],
                    true,
                    "convert",
                    dir.resolve("big.json").toString(),
                    dir.resolve("small.csv").toString(),
                    "--title",
                    "t")
                .err())
        .contains("reading");
    Run piped = run("convert", big.toString(), dir.resolve("piped.json").toString());
    assertThat(piped.status()).isZero();
    assertThat(piped.err()).as("no progress on a pipe").isEmpty();
  }

  @Test
  void usageErrors_exit2WithAOneLineHint_andErrorsHaveNoStackTrace() {
    Run unknown = run("report", "--colour");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("Unknown option: '--colour'")
        .contains("Try 'planning report --help' for usage.");
    Run format = run("report", "--format", "pdf");
    assertThat(format.status()).isEqualTo(2);
    for (String command : List.of("check", "report", "convert")) {
      Run columns = run(command, "--columns", "负责人=nom", "unk.csv", "out.json");
      assertThat(columns.status()).as(command).isEqualTo(2);
      assertThat(columns.err())
          .contains("Invalid value for option '--columns' (HEADING=FIELD): 'nom' is not a field;")
          .contains("expected one of [code, parent,")
          .contains("Try 'planning " + command + " --help' for usage.");
    }
    Run missing = run("report", "no-such-file.csv");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo("planning: no-such-file.csv: no such file");
    assertThat(run("--help").out()).contains("report", "check", "convert");
    assertThat(run("report", "--help").out()).contains("--observations", "--format");
    assertThat(run("report", "--debug", "no-such-file.csv").err()).contains("\tat ");
  }

  @Test
  void report_observationsNameTheirRowsByPublishedName_andOneOfNoRowIsAnError(@TempDir Path dir)
      throws IOException {
    Path byName = dir.resolve("by-name.csv");
    Files.writeString(
        byName,
        "code,year,value,status\n地区生产总值(GDP),2021,830,final\n"
            + "地区生产总值(GDP),2022,880,final\n地区生产总值(GDP),2023,920,preliminary\n",
        UTF_8);
    Run json = run("report", "--format", "json", "--observations", byName.toString());
    assertThat(json.status()).isZero();
    JsonNode progress =
        row(JsonMapper.builder().build().readTree(json.out()), "1-2-01")
            .get("computed")
            .get("progress");
    assertThat(progress.get("year").asInt()).isEqualTo(2023);
    assertThat(progress.get("valueShare").doubleValue())
        .isCloseTo(
            Math.log(920 / 752.8) / Math.log(1000 / 752.8),
            org.assertj.core.data.Offset.offset(1e-12));
    Path plan = dir.resolve("plan.csv");
    Files.writeString(plan, "指标,2020年,2025年\n地区生产总值(GDP),752.8,1000\n人口,80,85\n", UTF_8);
    Path unknown = dir.resolve("unknown.csv");
    Files.writeString(
        unknown, "code,year,value,status\n人口,2021,81,final\n人口总量,2021,81,final\n", UTF_8);
    Run error = run("report", "--observations", unknown.toString(), plan.toString());
    assertThat(error.status()).isEqualTo(1);
    assertThat(error.err())
        .contains(
            unknown
                + ":3:1: '人口总量': no row of the plan has this code or name (observation of 2021)")
        .doesNotContain("'人口'");
    assertThat(error.out()).isEmpty();
  }

  @Test
  void report_withObservations_showsProgress(@TempDir Path dir) throws IOException {
    Path observations = dir.resolve("obs.csv");
    Files.writeString(
        observations,
        "code,year,value,status\n1-2-01,2021,830,final\n"
            + "1-2-01,2022,880,final\n1-2-01,2023,920,preliminary\n1-2-28,2023,2.9,final\n",
        UTF_8);
    Run text = run("report", "--observations", observations.toString(), "--year", "2023");
    assertThat(text.status()).isZero();
    assertThat(text.out())
        .contains("进度：")
        .contains("进展顺利")
        .contains("已实现目标")
        .doesNotContain("substantial_progress", "Progress");
    assertThat(run("report", "--lang", "en", "--observations", observations.toString()).out())
        .contains("Progress:", "substantial progress", "target achieved");
    Document html =
        Jsoup.parse(
            run("report", "--format", "html", "--observations", observations.toString()).out());
    assertThat(html.select("table.progress tbody tr")).hasSize(2);
    assertThat(html.select("table.progress").text()).contains("进展顺利", "60.0%");
    assertThat(html.select("svg.path")).hasSize(2);
    assertThat(html.select("svg.path circle")).hasSizeGreaterThanOrEqualTo(5);
    Run json = run("report", "--format", "json", "--observations", observations.toString());
    JsonNode progress =
        row(JsonMapper.builder().build().readTree(json.out()), "1-2-01")
            .get("computed")
            .get("progress");
    assertThat(progress.get("year").asInt()).isEqualTo(2023);
    assertThat(progress.get("timeShare").decimalValue()).isEqualByComparingTo("0.6");
    assertThat(progress.get("onTrack").asBoolean()).isTrue();
    assertThat(progress.get("valueShare").doubleValue())
        .isCloseTo(
            Math.log(920 / 752.8) / Math.log(1000 / 752.8),
            org.assertj.core.data.Offset.offset(1e-12));
    JsonNode measures = progress.get("measures");
    assertThat(measures).hasSize(5);
    JsonNode eurostat = measures.get(2);
    assertThat(eurostat.get("measure").asString()).isEqualTo("eurostat");
    double actual = Math.pow(920 / 752.8, 1.0 / 3) - 1;
    double required = Math.pow(1000 / 752.8, 1.0 / 5) - 1;
    assertThat(eurostat.get("observedGrowth").doubleValue())
        .isCloseTo(actual, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(eurostat.get("requiredGrowth").doubleValue())
        .isCloseTo(required, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(eurostat.get("ratio").doubleValue())
        .isCloseTo(actual / required, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(eurostat.get("status").asString())
        .isEqualTo(actual / required >= 0.95 ? "significant progress" : "moderate progress");
    assertThat(eurostat.get("thresholds").get(0).decimalValue()).isEqualByComparingTo("0.95");
    assertThat(eurostat.get("baseYear").asInt()).isEqualTo(2020);
    assertThat(eurostat.get("latestYear").asInt()).isEqualTo(2023);
    assertThat(measures.get(4).get("statusZh").asString()).isNotEmpty();
  }

  @Test
  void textReport_isChineseByDefault_andEnglishWithLangEn() {
    String zh = run("report").out();
    assertThat(zh)
        .contains("分类", "指标", "单位", "2020年", "2025年目标", "推算年均增长", "发现（", "警告", "提示")
        .doesNotContain("Findings", "INFO", "WARNING", "warning");
    String en = run("report", "--lang", "en").out();
    assertThat(en)
        .contains(
            "category",
            "indicator",
            "2025 target",
            "implied annual growth",
            "Findings (",
            "warning",
            "info",
            "growth-on-rate")
        .doesNotContain("发现（", "推算年均增长");
    assertThat(zh).contains("growth-on-rate");
  }

  @Test
  void textReport_wrapsLongNames_addsACodeColumnWhenNamesRepeat_andTitlesHaveNoEmptySlot(
      @TempDir Path dir) throws IOException {
    String report = run("report").out();
    assertThat(report)
        .contains("其中:数字经济核心产业增加值占GDP比")
        .contains("\n          重\n")
        .doesNotContain("…");
    Path csv = dir.resolve("twice.csv");
    Files.writeString(
        csv,
        "code,name,unit,base_year,base,target_year,target\n"
            + "a,居民人均可支配收入,元,2020,100,2025,150\nb,居民人均可支配收入,元,2020,50,2025,80\n"
            + "c,人均预期寿命,岁,2020,79.2,2025,79.5\n",
        UTF_8);
    List<String> lines = run("report", csv.toString()).out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(csv + "（2021-2025）");
    assertThat(lines.get(1)).startsWith("代码  分类");
    assertThat(lines.get(2)).startsWith("a     ");
    assertThat(lines.get(4)).contains("+0.3岁").doesNotContain("%");
    int unit = DisplayWidth.of(lines.get(1).substring(0, lines.get(1).indexOf("单位")));
    assertThat(DisplayWidth.of(lines.get(2).substring(0, lines.get(2).indexOf("元"))))
        .isEqualTo(unit);
    assertThat(DisplayWidth.of(lines.get(4).substring(0, lines.get(4).indexOf("岁"))))
        .isEqualTo(unit);
  }

  @Test
  void thePeriod_followsOneRule_inEverySubcommand(@TempDir Path dir) throws IOException {
    Path headed = dir.resolve("headed.csv");
    Files.writeString(headed, "二级指标,单位,2020年,2025年目标\nGDP,亿元,752.8,1000\n", UTF_8);
    Path bare = dir.resolve("nyears.csv");
    Files.writeString(bare, "name,unit,base,target\nGDP,亿元,752.8,1000\n", UTF_8);
    String both =
        "the period given, 十三五 2016-2020, contradicts the years of the table, base "
            + "2020 and target 2025 (十四五 2021-2025)";
    Run report = run("report", "--period", "十三五", headed.toString());
    assertThat(report.status()).isEqualTo(1);
    assertThat(report.err()).contains(both);
    Run check = run("check", "--period", "十三五", headed.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).contains(both);
    Run convert =
        run("convert", "--period", "十三五", headed.toString(), dir.resolve("o.json").toString());
    assertThat(convert.status()).isEqualTo(1);
    assertThat(convert.err()).contains(both);
    assertThat(dir.resolve("o.json")).doesNotExist();
    for (String command : List.of("check", "report")) {
      Run unknown = run(command, bare.toString());
      assertThat(unknown.status()).as(command).isEqualTo(1);
      assertThat(unknown.out() + unknown.err()).contains("the plan period is not known");
    }
    assertThat(run("report", "--period", "十四五", bare.toString()).out())
        .contains("（2021-2025）", "2020年", "2025年目标");
    assertThat(run("report", "--period", "十四五", headed.toString()).status()).isZero();
  }

  @Test
  void check_takesThePeriodAsReportDoes_fromTheDocumentOrALaterRow(@TempDir Path dir)
      throws IOException {
    String rows =
        "{\"code\": \"a\", \"name\": \"人口\", \"unit\": \"万人\", \"base\": \"80\","
            + " \"targetGrowth\": \"-150\"}";
    Path before = dir.resolve("before.json");
    Files.writeString(
        before,
        "{\"format\": \"planning-plan/1\", \"title\": \"t\", \"period\": \"2021-2025\",\n"
            + "\"rows\": [\n"
            + rows
            + "]}\n",
        UTF_8);
    Path after = dir.resolve("after.json");
    Files.writeString(
        after,
        "{\"format\": \"planning-plan/1\", \"rows\": [\n"
            + rows
            + "],\n\"title\": \"t\", \"period\": \"2021-2025\"}\n",
        UTF_8);
    Path later = dir.resolve("later.csv");
    Files.writeString(
        later,
        "code,name,unit,base_year,base,target_year,target_growth,target\n"
            + "a,人口,万人,,80,,-150,\n"
            + "c,收入,元,2020,100,2025,5,200\n",
        UTF_8);
    // the line of the row whose growth cannot be analysed
    Map<Path, Integer> lineOfRow = Map.of(before, 3, after, 2, later, 2);
    for (Path file : List.of(before, after, later)) {
      Run check = run("check", "--lang", "en", file.toString());
      Run report = run("report", "--lang", "en", file.toString());
      assertThat(check.out()).as(file.toString()).doesNotContain("period is not known");
      assertThat(check.out())
          .as(file.toString())
          .contains(
              file.getFileName() + ":" + lineOfRow.get(file) + ":1: warning analysis-not-possible");
      assertThat(check.status()).as(file.toString()).isEqualTo(report.status()).isZero();
    }
  }

  @Test
  void check_saysARowHasFewerCellsThanTheHeader_asAWarning(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("few.csv");
    Files.writeString(
        csv,
        "code,name,unit,base_year,base,target_year,target,note\n"
            + "a,A,亿元,2020,1,2025\n"
            + "b,B,亿元,2020,1,2025,2,n\n",
        UTF_8);

    Run check = run("check", "--lang", "en", csv.toString());

    assertThat(check.out())
        .contains("few.csv:2:7: warning the row has 6 cells, the header 8")
        .doesNotContain("few.csv:3:");
    assertThat(check.status()).isZero();
  }

  @Test
  void dash_isStandardInputOrOutput_inEverySubcommand() throws IOException {
    byte[] table = WuxingDataset.resource("table-1-2.csv").readAllBytes();
    assertThat(run(table, false, "check", "--from", "csv", "-").out())
        .contains("stdin:")
        .contains("growth-on-rate");
    Run report = run(table, false, "report", "--from", "csv", "-");
    assertThat(report.status()).isZero();
    assertThat(report.out()).startsWith("stdin（2021-2025）");
    Run convert = run(table, false, "convert", "--from", "csv", "--to", "json", "-", "-");
    assertThat(convert.status()).isZero();
    assertThat(convert.out()).contains("\"地区生产总值(GDP)\"").endsWith("\n");
    Run noFormat = run(table, false, "check", "-");
    assertThat(noFormat.status()).isEqualTo(2);
    assertThat(noFormat.err()).contains("give --from csv or --from json for - (standard input)");
  }

  @Test
  void convert_ontoItsOwnInput_isRefused_andTheInputIsUntouched(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("t.csv");
    Files.write(csv, WuxingDataset.resource("table-1-2.csv").readAllBytes());
    byte[] before = Files.readAllBytes(csv);
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), csv);
    Path json = dir.resolve("t.json");
    assertThat(run("convert", csv.toString(), json.toString()).status()).isZero();
    byte[] jsonBefore = Files.readAllBytes(json);
    for (String[] args :
        List.of(
            new String[] {csv.toString(), csv.toString()},
            new String[] {csv.toString(), dir.resolve(".").resolve("t.csv").toString()},
            new String[] {link.toString(), csv.toString()},
            new String[] {json.toString(), json.toString()})) {
      Run run = run("convert", args[0], args[1]);
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err())
          .contains("is the input")
          .contains(
              csv.getFileName().toString().equals(Path.of(args[1]).getFileName().toString())
                  ? "t.csv"
                  : "t.json");
    }
    assertThat(Files.readAllBytes(csv)).isEqualTo(before);
    assertThat(Files.readAllBytes(json)).isEqualTo(jsonBefore);
  }

  @Test
  void aGrowthOfMinus100OrLess_isAFindingOnItsRow_andTheOtherRowsAreStillChecked(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("g.csv");
    Files.writeString(
        csv,
        "code,name,unit,base_year,base,target_year,target_growth,target\n"
            + "a,地区生产总值,亿元,2020,752.8,2025,-100,\n"
            + "b,人口,万人,2020,80,2025,-150,\n"
            + "c,收入,元,2020,100,2025,5,200\n",
        UTF_8);
    for (String command : List.of("check", "report")) {
      Run run = run(command, "--lang", "en", csv.toString());
      assertThat(run.err()).as(command).doesNotContain("annualRate", "planning:");
      assertThat(run.status()).as(command).isZero();
      assertThat(run.out()).as(command).contains("analysis-not-possible", "growth-mismatch");
    }
    assertThat(run("check", "--lang", "en", csv.toString()).out())
        .contains("g.csv:2:1:", "g.csv:3:1:", "g.csv:4:1:");
  }

  @Test
  void convert_thatFails_leavesThePreviousOutput(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    StringBuilder text = new StringBuilder("code,name,unit,base_year,base,target_year,target\n");
    for (int i = 0; i < 10_000; i++) {
      text.append("r")
          .append(i)
          .append(",指标,亿元,2020,")
          .append(i == 5_000 ? "9.5%%" : "1")
          .append(",2025,2\n");
    }
    Files.writeString(csv, text, UTF_8);
    Path json = dir.resolve("out.json");
    Files.writeString(json, "{\"previous\": true}\n", UTF_8);
    Run run = run("convert", csv.toString(), json.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("bad.csv:5002:5: '9.5%%'");
    assertThat(Files.readString(json, UTF_8)).isEqualTo("{\"previous\": true}\n");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }

  /** A table as published with one cell that cannot be read (行3 的 2025年). */
  private static final String ONE_BAD_CELL =
      "指标,单位,2020年,2025年\n地区生产总值,亿元,100,150\n财政收入,亿元,20,预计30\n常住人口,万人,60,62\n";

  @Test
  void lenient_reportAndConvert_goOnWithTheRowsThatCouldBeRead_andExit1NamingTheProblems(
      @TempDir Path dir) throws IOException {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, ONE_BAD_CELL, UTF_8);
    String problem = csv + ":3:4: '预计30': not a valid value";

    Run strict = run("report", csv.toString());
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).contains(problem);
    Run report = run("report", "--lenient", csv.toString());
    assertThat(report.status()).isEqualTo(1);
    assertThat(report.out()).contains("地区生产总值", "财政收入", "常住人口");
    assertThat(report.err()).contains("planning: 1 problem in " + csv + ":").contains(problem);
    Run json = run("report", "--lenient", "--format", "json", csv.toString());
    assertThat(JsonMapper.builder().build().readTree(json.out()).get("rows")).hasSize(3);

    Path out = dir.resolve("t.json");
    Run refused = run("convert", csv.toString(), out.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains(problem);
    assertThat(out).doesNotExist();
    Run lenient = run("convert", "--lenient", csv.toString(), out.toString());
    assertThat(lenient.status()).isEqualTo(1);
    assertThat(lenient.err()).contains("planning: 1 problem in " + csv + ":").contains(problem);
    // every row as read, the cell that could not be read as written: read again, the same problem
    io.github.planning.io.PlanReadResult back =
        io.github.planning.io.PlanFiles.readAll(
            out,
            io.github.planning.io.ReadOptions.builder()
                .source("t.json")
                .mode(io.github.planning.io.ReadMode.LENIENT)
                .build());
    assertThat(back.plan().orElseThrow().rows()).hasSize(3);
    assertThat(back.problems()).singleElement().asString().contains("'预计30'");
    Run piped = run("convert", "--lenient", csv.toString(), "-", "--to", "csv");
    assertThat(piped.status()).isEqualTo(1);
    assertThat(piped.out()).contains(",预计30,").endsWith("\n");
    assertThat(piped.err()).contains(problem);

    Run check = run("check", "--lenient", csv.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).contains(problem);
    Path good = dir.resolve("good.csv");
    Files.writeString(good, ONE_BAD_CELL.replace("预计30", "30"), UTF_8);
    assertThat(run("report", "--lenient", good.toString()).status()).isZero();
    assertThat(run("convert", "--lenient", good.toString(), dir.resolve("g.json").toString()))
        .extracting(Run::status, Run::err)
        .containsExactly(0, "");
    assertThat(run("convert", "--help").out()).contains("--lenient", "--keep-unknown-columns");
  }

  @Test
  void keepUnknownColumns_keepsThemWithEachRow_withoutAProblem(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("unk.csv");
    Files.writeString(csv, "指标,负责人,2020年,2025年\nGDP,张三,1,2\n", UTF_8);
    Run check = run("check", csv.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).contains("'负责人': unknown column");
    assertThat(run("report", csv.toString()).err()).contains("(or keep unknown columns)");

    assertThat(run("check", "--keep-unknown-columns", csv.toString()).status()).isZero();
    Run report = run("report", "--keep-unknown-columns", csv.toString());
    assertThat(report.status()).isZero();
    assertThat(report.out()).contains("GDP");
    Run convert = run("convert", "--keep-unknown-columns", csv.toString(), "-", "--to", "csv");
    assertThat(convert.status()).isZero();
    assertThat(convert.out()).contains(",负责人\n").contains(",张三\n");
  }

  @Test
  void report_ofATableOfActualsWithoutAssessments_showsTheActuals(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("yijiang.csv");
    Files.writeString(
        csv,
        "表1:“十三五”期间经济社会发展的主要目标,,,,,\n"
            + "指 标,,2015年 完成,2020年 完成,“十三五”年均增长(%),指标属性\n"
            + "一、经济发展,,,,,\n"
            + "地区生产总值(亿元),,300.41,469.5,9.3,预期性\n"
            + "人均地区生产总值(元),,132339,189195,7.4,预期性\n",
        UTF_8);
    Run text = run("report", csv.toString());
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("完成情况", "完成增速", "469.5", "9.3", "189195", "7.4");
    Run json = run("report", "--format", "json", csv.toString());
    JsonNode gdp = row(JsonMapper.builder().build().readTree(json.out()), "一a");
    assertThat(gdp.get("actual").asString()).isEqualTo("469.5");
    assertThat(gdp.get("actualGrowth").asString()).isEqualTo("9.3");
    assertThat(run("report", "--format", "html", csv.toString()).out()).contains("469.5", "9.3");
  }

  @Test
  void pathsThatCannotBeUsed_areNamed(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("folder.csv");
    Files.createDirectory(folder);
    for (String command : List.of("check", "report")) {
      Run run = run(command, folder.toString());
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err().strip())
          .isEqualTo("planning: " + folder + ": it is a directory, not a file");
    }
    Path csv = dir.resolve("t.csv");
    Files.write(csv, WuxingDataset.resource("table-1-2.csv").readAllBytes());
    Run missing = run("convert", csv.toString(), dir.resolve("no/such/out.json").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err())
        .contains("no/such/out.json: its directory " + dir.resolve("no/such") + " does not exist");
  }

  @Test
  void check_printsEveryRowsProblems_pastTheCapOfTheList(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    StringBuilder text = new StringBuilder("code,name,unit,base_year,base,target_year,target\n");
    for (int i = 0; i < 150; i++) {
      text.append("r").append(i).append(",指标,亿元,2020,9.5%%,2025,2\n");
    }
    Files.writeString(csv, text, UTF_8);
    Run run = run("check", csv.toString());
    assertThat(run.status()).isEqualTo(1);
    // check streams the rows and prints each row's problems, so none is hidden by the cap
    assertThat(run.out().lines().filter(l -> l.contains("not a valid value"))).hasSize(150);
    assertThat(run.out())
        .contains("bad.csv:151:5: '9.5%%'")
        .doesNotContain("未列出")
        .doesNotContain("stops at");
  }

  @Test
  void printedText_hasNoTerminalControls_andCsvCellsAreFormulaEscaped(@TempDir Path dir)
      throws IOException {
    Path hostile = dir.resolve("hostile.csv");
    Files.writeString(
        hostile,
        "code,name,unit,base_year,base,target_year,target,note\n"
            + "a,x\u001B]0;pwned\u0007\u001B[2J,亿元,2020,1,2025,2,\n",
        UTF_8);
    for (String format : List.of("text", "csv", "json", "html")) {
      Run run = run("report", "--format", format, hostile.toString());
      assertThat(run.out() + run.err()).as(format).doesNotContain("\u001B", "\u0007");
    }
    Run checked = run("check", hostile.toString());
    assertThat(checked.out()).contains("x\\u001B]0;pwned\\u0007").doesNotContain("\u001B");
    Path csv = dir.resolve("formulas.csv");
    Files.writeString(
        csv,
        "code,name,unit,base_year,base,target_year,target,note\n"
            + "b,=HYPERLINK(\"http://x\"),亿元,2020,1,2025,2,\nc,@SUM(1),亿元,2020,1,2025,2,\n",
        UTF_8);
    String report = run("report", "--format", "csv", csv.toString()).out();
    assertThat(report)
        .contains(",\"'=HYPERLINK(")
        .contains(",\"'@SUM(1)\",")
        .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK", ",@SUM", ",\"@SUM");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "code,name,unit,base_year,base,target_year,target\n" + "a,名称,亿元,2020,\u001B[2J9%%,2025,2\n",
        UTF_8);
    Run check = run("check", bad.toString());
    assertThat(check.out() + check.err()).doesNotContain("\u001B");
  }

  @Test
  void everyOutput_endsWithANewline_andHelpDocumentsTheExitStatus(@TempDir Path dir) {
    for (String format : List.of("text", "csv", "json", "html")) {
      assertThat(run("report", "--format", format).out()).as(format).endsWith("\n");
    }
    for (String command : List.of("--help", "report --help", "check --help", "convert --help")) {
      assertThat(run(command.split(" ")).out())
          .as(command)
          .contains("Exit status:", "  0  ", "  1  ", "  2  ");
    }
  }

  @Test
  void encoding_ofWhatIsPrinted_canBeGb18030() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(
            PlanningCli.run(
                new String[] {"report", "--encoding", "GB18030"}, out, new ByteArrayOutputStream()))
        .isZero();
    assertThat(out.toString(java.nio.charset.Charset.forName("GB18030")))
        .startsWith("表1-2 “十四五”时期经济和社会发展主要指标（湖州市吴兴区，2021-2025）");
  }
}

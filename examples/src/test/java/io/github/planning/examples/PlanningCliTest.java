package io.github.planning.examples;

import io.github.planning.datasets.WuxingDataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    assertThat(growth.doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(growth.precision()).isGreaterThanOrEqualTo(12);
    assertThat(growth.setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("5.8435");
    assertThat(gdp.get("computed").get("impliedTarget").isNull()).isTrue();

    BigDecimal revenue = row(report, "1-2-05").get("computed").get("impliedTarget").decimalValue();
    assertThat(revenue).isEqualByComparingTo(new BigDecimal("82.8")
        .multiply(new BigDecimal("1.08").pow(5)).round(new MathContext(20)));
    assertThat(revenue.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("121.66");
    assertThat(row(report, "1-2-03a").get("computed").get("pointChange").decimalValue())
        .isEqualByComparingTo("5");
    assertThat(row(report, "1-1-01").get("computed").get("assessment").asString())
        .isEqualTo("TOTAL_REACHED");
    assertThat(row(report, "1-2-15").get("computed").get("findings").get(0).get("code")
        .asString()).isEqualTo("growth-on-rate");
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
    assertThat(lines.get(0)).startsWith("source,code,name,unit,baseYear,base,targetYear,target,"
        + "targetGrowth");
    assertThat(lines).anyMatch(l -> l.startsWith("table-1-2,1-2-05,财政总收入,亿元,2020,82.8,2025,"
        + "——,8,"));
  }

  static Stream<Arguments> corpus() throws IOException {
    Path corpus = Path.of("../planning-io/src/test/resources/malformed");
    return Files.readAllLines(corpus.resolve("expected.tsv"), UTF_8).stream().skip(1)
        .map(l -> l.split("\t"))
        .map(c -> Arguments.of(corpus.resolve(c[0]).toString(), c[1], c[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void check_printsTheFileLineAndColumnOfEachMalformedFile(String file, String line,
      String column) {
    Run run = run("check", file);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains(file + ":" + line + ":" + column + ": ");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void check_aGoodFile_exits0_andListsFindingsWithTheirLine(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("plan.csv");
    Files.writeString(csv, "name,unit,base_year,base,target_year,target,target_growth\n"
        + "地区生产总值,亿元,2020,752.8,2025,1000,——\n文化产业增加值,%,2020,-13,2025,——,8\n", UTF_8);
    Run run = run("check", csv.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(csv + ":3:1: warning growth-on-rate: 文化产业增加值");
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
    assertThat(Files.readString(excel, UTF_8)).contains("代码,上级代码,分类,序号,指标名称")
        .contains("1-2-01,,经济发展,1,\"地区生产总值(GDP)\",亿元,,,2020,752.8,2025,1000,——");
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
    Run run = run("convert", big.toString(), dir.resolve("big.json").toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("reading " + big + " (10 MB)").contains("… 10000 rows").contains("… 30000 rows")
        .contains("converted ");
    assertThat(run("convert", dir.resolve("big.json").toString(),
        dir.resolve("small.csv").toString(), "--title", "t").err()).contains("reading");
  }

  @Test
  void usageErrors_exit2WithAOneLineHint_andErrorsHaveNoStackTrace() {
    Run unknown = run("report", "--colour");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--colour'")
        .contains("Try 'planning report --help' for usage.");
    Run format = run("report", "--format", "pdf");
    assertThat(format.status()).isEqualTo(2);
    Run missing = run("report", "no-such-file.csv");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo("planning: cannot read no-such-file.csv: no such file");
    assertThat(run("--help").out()).contains("report", "check", "convert");
    assertThat(run("report", "--help").out()).contains("--observations", "--format");
    assertThat(run("report", "--debug", "no-such-file.csv").err()).contains("\tat ");
  }

  @Test
  void report_withObservations_showsProgress(@TempDir Path dir) throws IOException {
    Path observations = dir.resolve("obs.csv");
    Files.writeString(observations, "code,year,value,status\n1-2-01,2021,830,final\n"
        + "1-2-01,2022,880,final\n1-2-01,2023,920,preliminary\n1-2-28,2023,2.9,final\n", UTF_8);
    Run text = run("report", "--observations", observations.toString(), "--year", "2023");
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("进度 Progress:").contains("substantial_progress")
        .contains("target_achieved");
    Run json = run("report", "--format", "json", "--observations", observations.toString());
    JsonNode progress = row(JsonMapper.builder().build().readTree(json.out()), "1-2-01")
        .get("computed").get("progress");
    assertThat(progress.get("year").asInt()).isEqualTo(2023);
    assertThat(progress.get("timeShare").decimalValue()).isEqualByComparingTo("0.6");
    assertThat(progress.get("onTrack").asBoolean()).isTrue();
    assertThat(progress.get("valueShare").doubleValue())
        .isCloseTo(Math.log(920 / 752.8) / Math.log(1000 / 752.8),
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
    assertThat(eurostat.get("status").asString()).isEqualTo(actual / required >= 0.95
        ? "significant progress" : "moderate progress");
    assertThat(eurostat.get("thresholds").get(0).decimalValue()).isEqualByComparingTo("0.95");
    assertThat(eurostat.get("baseYear").asInt()).isEqualTo(2020);
    assertThat(eurostat.get("latestYear").asInt()).isEqualTo(2023);
    assertThat(measures.get(4).get("statusZh").asString()).isNotEmpty();
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Attribute;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.io.internal.GeneratedCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCsvReaderTest {

  static InputStream resource(String name) {
    return PlanCsvReaderTest.class.getResourceAsStream("/seed/" + name);
  }

  static Plan table12(String file) {
    try (PlanCsvReader reader =
        PlanCsvReader.open(
            resource(file),
            ReadOptions.builder()
                .source(file)
                .title("“十四五”时期经济和社会发展主要指标")
                .region("湖州市吴兴区")
                .build())) {
      return reader.readPlan();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"table-1-1", "table-1-2"})
  void everyEncoding_readsToTheSameModel(String table) {
    Plan utf8 = table12(table + ".csv");
    assertThat(table12(table + "-bom.csv")).isEqualTo(utf8);
    assertThat(table12(table + "-gb18030.csv")).isEqualTo(utf8);
    assertThat(utf8.rows()).hasSizeGreaterThan(35);
  }

  @Test
  void bytesThatDidNotDecode_inANameMovedToAGroupRow_stayAProblemOfTheGroupRow() {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes("指标名称,,,计量单位,2020年目标值\n10,人力".getBytes(UTF_8));
    csv.write(0xFF);
    csv.writeBytes("水平,每万劳动力中研发人员数,人年,≥140\n".getBytes(UTF_8));
    ReadOptions lenient =
        ReadOptions.builder()
            .source("sub.csv")
            .encoding(UTF_8)
            .period(PlanPeriod.of(2016, 2020))
            .mode(ReadMode.LENIENT)
            .build();
    List<RowRecord> records = new ArrayList<>();
    PlanCsvReader.open(new ByteArrayInputStream(csv.toByteArray()), lenient)
        .forEachRemaining(records::add);

    assertThat(records).hasSize(2);
    RowRecord group = records.get(0);
    assertThat(group.invalidCells()).containsEntry(RowField.NAME, "人力\uFFFD水平");
    assertThat(group.problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(2);
              assertThat(p.text()).isEqualTo("人力\uFFFD水平");
              assertThat(p.reason()).contains("not valid UTF-8");
            });
    RowRecord sub = records.get(1);
    assertThat(sub.row().orElseThrow().indicator().name()).isEqualTo("每万劳动力中研发人员数");
    assertThat(sub.invalidCells()).isEmpty();
    assertThat(sub.problems()).isEmpty();
  }

  @Test
  void publishedHeadings_areReadIntoTheModel() {
    Plan plan = table12("table-1-2.csv");
    assertThat(plan.period()).isEqualTo(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
    assertThat(plan.rows()).hasSize(42);
    PlanRow gdp = plan.row("1-2-01").orElseThrow();
    assertThat(gdp.indicator().name()).isEqualTo("地区生产总值(GDP)");
    assertThat(gdp.indicator().category()).contains("经济发展");
    assertThat(gdp.indicator().unit()).isEqualTo(Unit.YI_YUAN);
    assertThat(gdp.indicator().attribute()).contains(Attribute.EXPECTED);
    assertThat(gdp.baseYear()).hasValue(2020);
    assertThat(gdp.base()).contains(PlanValue.parse("752.8"));
    assertThat(gdp.targetYear()).hasValue(2025);
    assertThat(gdp.target()).contains(PlanValue.parse("1000"));
    assertThat(gdp.targetGrowth()).contains(PlanValue.parse("——"));
    PlanRow featured = plan.row("1-2-06").orElseThrow();
    assertThat(featured.indicator().featured()).isTrue();
    assertThat(featured.indicator().name()).isEqualTo("规上工业总产值");
    assertThat(plan.row("1-2-09").orElseThrow().indicator().category()).contains("科技创新");
    assertThat(plan.row("1-2-03a").orElseThrow().indicator().parent()).contains("1-2-03");
  }

  @Test
  void roundTrip_csvToCsv_isByteIdenticalOnTheSecondPass() {
    Plan plan = table12("table-1-2.csv");
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, first, WriteOptions.canonical());
    Plan again =
        PlanCsvReader.open(
                new ByteArrayInputStream(first.toByteArray()),
                ReadOptions.builder()
                    .source("first.csv")
                    .title(plan.title())
                    .region("湖州市吴兴区")
                    .build())
            .readPlan();
    assertThat(again).isEqualTo(plan);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    PlanCsvWriter.write(again, second, WriteOptions.canonical());
    assertThat(second.toString(UTF_8)).isEqualTo(first.toString(UTF_8));
  }

  @Test
  void strict_listsEveryProblemWithItsPlace() {
    String csv =
        "name,base,target_year\n" + "GDP,752.8,2025\n" + "财政,9.5%%,2025\n" + "人口,[5,20x5\n";
    assertThatThrownBy(
            () -> PlanCsvReader.open(new StringReader(csv), ReadOptions.of("bad.csv")).readPlan())
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "bad.csv:3:2: '9.5%%': not a valid value: at index 4, unexpected '%'",
                        "bad.csv:4:2: '[5': not a valid value: at index 2, expected ']'",
                        "bad.csv:4:3: '20x5': expected a year of four digits from 1000 to 9999, such as 2025"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", " 2025 ", "\u30002025", "1000", "9999"})
  void aYear_isFourAsciiDigitsFrom1000To9999_aroundWhichSpaceIsIgnored(String year) {
    PlanRow row =
        PlanCsvReader.open(
                new StringReader("name,target_year\nGDP," + year + "\n"),
                ReadOptions.builder()
                    .source("y.csv")
                    .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                    .build())
            .readPlan()
            .rows()
            .get(0);
    assertThat(row.targetYear()).hasValue(Integer.parseInt(year.strip()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "202",
        "20250",
        "0999",
        "0635",
        "２０２５",
        "\u0662\u0660\u0662\u0665",
        "-202",
        "+2025",
        "20 5",
        "2025年"
      })
  void aYear_isNothingElse(String year) {
    List<RowRecord> records =
        PlanCsvReader.open(
                new StringReader("name,target_year\nGDP," + year + "\n"),
                ReadOptions.builder().source("y.csv").mode(ReadMode.LENIENT).build())
            .readAll()
            .records();
    assertThat(records.get(0).problems())
        .extracting(Problem::reason)
        .containsExactly("expected a year of four digits from 1000 to 9999, such as 2025");
    assertThat(records.get(0).invalidCells()).containsEntry(RowField.TARGET_YEAR, year);
  }

  @Test
  void blankLines_areSkipped_howeverManyFollowOneAnother() {
    String csv = "name,target_year\n" + "\n".repeat(200_000) + "GDP,2025\n\n";
    List<RowRecord> records = new ArrayList<>();
    PlanCsvReader.open(new StringReader(csv), ReadOptions.of("blank.csv"))
        .forEachRemaining(records::add);
    assertThat(records).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(200_002));
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "\u3000"})
  void aBlankParent_isNoParent(String blank) {
    PlanRow row =
        PlanCsvReader.open(
                new StringReader("code,parent,name\na," + blank + ",A\n"),
                ReadOptions.builder()
                    .source("p.csv")
                    .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                    .build())
            .readPlan()
            .rows()
            .get(0);
    assertThat(row.indicator().parent()).isEmpty();
  }

  @Test
  void lenient_keepsEveryRowAndTheBadCellsText() {
    String csv = "name,base\nGDP,752.8\n财政,9.5%%\n";
    List<RowRecord> records =
        PlanCsvReader.open(
                new StringReader(csv),
                ReadOptions.builder().source("bad.csv").mode(ReadMode.LENIENT).build())
            .readAll()
            .records();
    assertThat(records).hasSize(2);
    assertThat(records.get(1).invalidCells()).containsEntry(RowField.BASE, "9.5%%");
    assertThat(records.get(1).row()).hasValueSatisfying(r -> assertThat(r.base()).isEmpty());
    assertThat(records.get(1).problems())
        .singleElement()
        .extracting(Problem::line, Problem::column)
        .containsExactly(3L, 2L);
  }

  private static List<String> codes(String csv) {
    List<String> codes = new ArrayList<>();
    PlanCsvReader.open(new StringReader(csv), ReadOptions.of("codes.csv"))
        .forEachRemaining(r -> codes.add(r.row().orElseThrow().code()));
    return codes;
  }

  @Test
  void rowsWithoutACode_getTheirPlace_untilARowIsNumbered_thenItsNumberAndLetters() {
    assertThat(codes("category,name\n经济,GDP\n经济,GDP\n经济,人口\n")).containsExactly("r1", "r2", "r3");
    assertThat(codes("seq,name\n1,GDP\n2,户籍\n,常住\n,其他\n3,财政\n"))
        .containsExactly("1", "2", "2a", "2b", "3");
    assertThat(codes("seq,name\n1.,A\n（2）,B\n①,C\n2.,D\n"))
        .containsExactly("1", "1-(2)", "1-(2)-①", "2");
  }

  @Test
  void generatedCodes_areTheSameEveryRead_andSkipCodesTheFileGives() {
    String csv = "code,seq,name\n,1,GDP\n1~2,9,X\n,1,重复\n,,后\n";
    assertThat(codes(csv)).containsExactly("1", "1~2", "1~3", "1~3a");
    assertThat(codes(csv)).isEqualTo(codes(csv));
  }

  @Test
  void generatedCodes_ofEveryNumberingLevel_areUnderTheRowAbove_andNoneIsAnotherRowsNumber() {
    // 一、 above 1. above （1） above ①: each code is under the one of the row above it
    String nested =
        "指标,单位,2020年,2025年\n一、经济发展,,,\n1.地区生产总值,亿元,100,150\n"
            + "（1）第一产业增加值,亿元,10,12\n（2）第二产业增加值,亿元,40,60\n"
            + "①工业增加值,亿元,30,45\n②建筑业增加值,亿元,10,15\n2.财政收入,亿元,20,30\n"
            + "（1）税收,亿元,15,22\n二、社会民生,,,\n1.城镇新增就业人数(万人),,[5],[5.5]\n"
            + "2.人均预期寿命,岁,80,81\n";
    assertThat(codes(nested))
        .containsExactly(
            "一",
            "一-1",
            "一-1-(1)",
            "一-1-(2)",
            "一-1-(2)-①",
            "一-1-(2)-②",
            "一-2",
            "一-2-(1)",
            "二",
            "二-1",
            "二-2");
    // rows before any number: their place after r, never a number a later row has
    String sub = "指标,单位,2020年,2025年\n财政收入,亿元,60,90\n其中：税收收入,亿元,40,60\n非税收入,亿元,20,30\n2.人口,万人,1,2\n";
    assertThat(codes(sub)).containsExactly("r1", "r1a", "r1b", "2");
    Plan plan = PlanCsvReader.open(new StringReader(sub), ReadOptions.of("q.csv")).readPlan();
    assertThat(plan.row("r1b").orElseThrow().indicator().parent()).contains("r1");
    List<io.github.planning.core.Observation> matched =
        ObservationMatching.match(
            plan,
            List.of(io.github.planning.core.Observation.of("2", 2021, java.math.BigDecimal.ONE)),
            "o.csv");
    assertThat(plan.row(matched.get(0).code()).orElseThrow().indicator().name()).isEqualTo("人口");
  }

  @Test
  void letters_goOnPastZ() {
    assertThat(GeneratedCodes.letters(1)).isEqualTo("a");
    assertThat(GeneratedCodes.letters(26)).isEqualTo("z");
    assertThat(GeneratedCodes.letters(27)).isEqualTo("za");
  }

  @Test
  void aYearOverAValueHeading_inTwoHeaderRows_keepsItsYear() {
    String csv = "指标,单位,2020年,2025年,\n,,,目标值,年均增长\n地区生产总值,亿元,752.8,1000,6\n";
    Plan plan = PlanCsvReader.open(new StringReader(csv), ReadOptions.of("two.csv")).readPlan();
    assertThat(plan.period()).isEqualTo(io.github.planning.core.PlanPeriod.of(2021, 2025));
    assertThat(plan.rows().get(0).targetYear()).hasValue(2025);
    assertThat(plan.rows().get(0).target().orElseThrow().text()).isEqualTo("1000");
    assertThat(plan.rows().get(0).targetGrowth().orElseThrow().text()).isEqualTo("6");
  }

  @Test
  void aRowWithFewerCellsThanTheHeader_isReadOn_andItsWarningIsPlacedAfterItsLastCell() {
    String csv = "code,name,unit,base_year,base,target_year,target\na,A,亿元,2020,1\n";
    PlanCsvReader reader =
        PlanCsvReader.open(
            new StringReader(csv),
            ReadOptions.builder()
                .source("f.csv")
                .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                .build());

    assertThat(reader.readPlan().rows()).hasSize(1);
    assertThat(reader.layout().warnings())
        .extracting(Problem::toString)
        .containsExactly(
            "f.csv:2:6: the row has 5 cells, the header 7; the missing cells are read as empty");
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The heading vocabulary, year columns, lenient headers and round trips of text. */
class CsvHeadingsTest {

  private static final ReadOptions STRICT =
      ReadOptions.builder().source("h.csv").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
  private static final ReadOptions LENIENT = STRICT.withMode(ReadMode.LENIENT);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "指  标|NAME",
        "指\u3000标|NAME",
        "指\u00A0标|NAME",
        "计量单位|UNIT",
        "年均增长（%）|TARGET_GROWTH",
        "〔累计〕1|TARGET_GROWTH",
        "[累计]|TARGET_GROWTH",
        "“十三五”年均增长(%)|TARGET_GROWTH",
        "指标性质|ATTRIBUTE",
        "领域|CATEGORY",
        "主要项目和指标|NAME",
        "target_growth|TARGET_GROWTH",
        "备注2|NOTE"
      })
  void headingsAsOfficesWriteThem_nameTheirColumn(String heading, RowField column) {
    assertThat(CsvHeadings.column(heading)).contains(column);
  }

  @Test
  void unknownHeadingsAndYears_nameNoColumn() {
    assertThat(CsvHeadings.column("负责人")).isEmpty();
    assertThat(CsvHeadings.column("2020年")).isEmpty();
    assertThat(CsvHeadings.vocabulary()).containsEntry("年均/累计", RowField.TARGET_GROWTH);
  }

  private static PlanRow first(String csv, ReadOptions options) {
    return PlanCsvReader.open(new StringReader(csv), options).readPlan().rows().get(0);
  }

  @Test
  void yearHeadings_byTheirWords_andALineBreakInside() {
    PlanRow row =
        first("指标,\"2015年\n基数\",\"2020年\r\n目标值\",2020 年预计值\nGDP,1,2,3\n", ReadOptions.of("h.csv"));
    assertThat(row.baseYear()).hasValue(2015);
    assertThat(row.targetYear()).hasValue(2020);
    assertThat(row.actualYear()).hasValue(2020);
    assertThat(row.actual().orElseThrow().text()).isEqualTo("3");
  }

  @Test
  void twoBareYears_areBaseThenTarget_andGiveThePeriod() {
    Plan plan =
        PlanCsvReader.open(new StringReader("指标,2015年,2020年\nGDP,1,2\n"), ReadOptions.of("p.csv"))
            .readPlan();
    assertThat(plan.period()).isEqualTo(PlanPeriod.of(2016, 2020));
    assertThat(plan.rows().get(0).target().orElseThrow().text()).isEqualTo("2");
  }

  @Test
  void aYearColumnOfUnclearRole_isALocatedErrorSayingWhatWasExpected() {
    assertThatThrownBy(() -> first("指标,2020年考核\nGDP,1\n", STRICT))
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.line()).isEqualTo(1);
                        assertThat(p.column()).isEqualTo(2);
                        assertThat(p.reason()).contains("role is unclear").contains("expected");
                      });
            });
    assertThatThrownBy(() -> first("指标,2025年,2023年,2020年\nGDP,1,2,3\n", STRICT))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining("h.csv:1:2: '2025年': a year column whose role is unclear")
        .hasMessageContaining("3 bare years need no target column beside them, in order");
  }

  @Test
  void threeOrMoreBareYears_areTheBase_thenYearlyTargets_theLatestTheTarget() {
    PlanRow row =
        first(
            "指标,单位,2020年,2021年,2022年,2023年,2024年,2025年\n5G基站,个,100,150,200,260,330,400\n", STRICT);
    assertThat(row.base().orElseThrow().text()).isEqualTo("100");
    assertThat(row.baseYear()).hasValue(2020);
    assertThat(row.target().orElseThrow().text()).isEqualTo("400");
    assertThat(row.targetYear()).hasValue(2025);
    assertThat(row.yearlyTargets()).containsOnlyKeys(2021, 2022, 2023, 2024);
    assertThat(row.yearlyTargets().get(2023).text()).isEqualTo("260");
    PlanCsvReader reader =
        PlanCsvReader.open(
            new StringReader("指标,2020年,2021年,2022年,2023年\nA,1,2,3,4\n"), ReadOptions.of("h.csv"));
    reader.readAll();
    assertThat(reader.layout().columns())
        .extracting(CsvLayout.Column::field)
        .containsExactly("name", "base", "yearly_target", "yearly_target", "target");
    assertThat(reader.layout().columns().get(2).how()).contains("the yearly target of 2021");
    assertThat(reader.layout().columns().get(4).how()).contains("the latest of 3 target years");
  }

  @Test
  void withABaseColumn_everyBareYearIsATarget() {
    PlanRow row = first("指标,2020年基数,2021年,2022年,2023年\nA,1,2,3,4\n", ReadOptions.of("h.csv"));
    assertThat(row.base().orElseThrow().text()).isEqualTo("1");
    assertThat(row.yearlyTargets()).containsOnlyKeys(2021, 2022);
    assertThat(row.yearlyTargets().get(2021).text()).isEqualTo("2");
    assertThat(row.target().orElseThrow().text()).isEqualTo("4");
    assertThat(row.targetYear()).hasValue(2023);
  }

  @Test
  void twoTargetYearColumns_theLatestIsTheTarget_theEarlierAYearlyTarget() {
    ReadOptions options =
        ReadOptions.builder().source("h.csv").period(PlanPeriod.of(2019, 2030)).build();
    PlanRow row = first("指标,基期水平,2022年目标值,2030年目标值\n居民健康素养水平(%),14.18,≥22,≥30\n", options);
    assertThat(row.base().orElseThrow().text()).isEqualTo("14.18");
    assertThat(row.yearlyTargets()).containsOnlyKeys(2022);
    assertThat(row.yearlyTargets().get(2022).text()).isEqualTo("≥22");
    assertThat(row.target().orElseThrow().text()).isEqualTo("≥30");
    assertThat(row.targetYear()).hasValue(2030);
  }

  @Test
  void aYearlyTargetThatIsNotAValue_isALocatedProblem_andKeptWithTheRow() {
    PlanReadResult result =
        PlanCsvReader.open(new StringReader("指标,2020年,2021年,2022年,2025年\nA,1,12..5,3,4\n"), LENIENT)
            .readAll();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(3);
              assertThat(p.text()).isEqualTo("12..5");
            });
    RowRecord record = result.records().get(0);
    assertThat(record.extra()).containsEntry("2021年", "12..5");
    assertThat(record.row().orElseThrow().yearlyTargets()).containsOnlyKeys(2022);
  }

  @Test
  void twoTargetColumnsOfOneYear_areALocatedError() {
    assertThatThrownBy(() -> first("指标,2020年基数,2025年目标,2025年规划\nA,1,2,3\n", STRICT))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining(
            "h.csv:1:4: '2025年规划': a second target column of 2025; column 3 has it already");
  }

  @Test
  void aPublishedRowWithOnlyYearlyTargets_isNotAGroup() {
    Plan plan =
        PlanCsvReader.open(
                new StringReader("指标名称,2020年,2021年,2022年,2023年\n一、经济发展,,,,\n地区生产总值(亿元),,5,6,7\n"),
                ReadOptions.of("h.csv"))
            .readPlan();
    PlanRow group = plan.rows().get(0);
    PlanRow gdp = plan.rows().get(1);
    assertThat(group.indicator().name()).isEqualTo("经济发展");
    assertThat(gdp.indicator().parent()).contains(group.code());
    assertThat(gdp.indicator().unit().symbol()).isEqualTo("亿元");
    assertThat(gdp.yearlyTargets()).containsOnlyKeys(2021, 2022);
  }

  @Test
  void yourOwnHeadings_comeFirst() {
    ReadOptions options =
        ReadOptions.builder()
            .from(STRICT)
            .putAllColumns(Map.of("考核 指标", RowField.NAME, "2019年现状", RowField.parse("base")))
            .build();
    PlanRow row = first("考核指标,2019年现状\nGDP,5\n", options);
    assertThat(row.indicator().name()).isEqualTo("GDP");
    assertThat(row.base().orElseThrow().text()).isEqualTo("5");
    assertThat(row.baseYear()).hasValue(2019);
    assertThatThrownBy(() -> RowField.parse("nom"))
        .hasMessageContaining("'nom' is not a field; expected one of [code, parent,");
  }

  @Test
  void lenient_anyHeaderProblem_stillReturnsEveryRow_withUnknownColumnsKept() {
    String csv = "name,负责单位,指标名称,\nGDP,发改局,x,\n人口,统计局,y,\n";
    PlanReadResult result = PlanCsvReader.open(new StringReader(csv), LENIENT).readAll();
    assertThat(result.records()).hasSize(2);
    assertThat(result.records().get(1).extra())
        .containsExactly(Map.entry("负责单位", "统计局"), Map.entry("指标名称", "y"));
    assertThat(result.problems())
        .extracting(Problem::line, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 2L),
            org.assertj.core.groups.Tuple.tuple(1L, 3L));
  }

  @Test
  void lenient_aMalformedQuotedCell_losesNoLaterRow() {
    String csv = "name,base\n\"GDP\"x,1\n" + "A,2\n".repeat(40);
    PlanReadResult result = PlanCsvReader.open(new StringReader(csv), LENIENT).readAll();
    assertThat(result.records()).hasSize(41);
    assertThat(result.records().get(0).problems())
        .first()
        .satisfies(p -> assertThat(p.line()).isEqualTo(2));
    assertThat(result.plan().orElseThrow().rows()).hasSize(40);
  }

  @Test
  void aRowWithFewerCellsThanTheHeader_isAWarningOfTheLayout() {
    PlanCsvReader reader = PlanCsvReader.open(new StringReader("name,base,unit\nGDP\n"), STRICT);
    reader.readPlan();
    assertThat(reader.layout().rows())
        .anySatisfy(
            r -> {
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.role()).contains("warning").contains("1 cells, the header 3");
            });
  }

  @Test
  void rowInvariants_arePlacedAtTheirCell() {
    assertThatThrownBy(() -> first("code,parent,name\na,a,A\n", STRICT))
        .hasMessageContaining("h.csv:2:2: 'a': Indicator 'a' cannot be its own parent");
    assertThatThrownBy(() -> first("code,unit,base,name\na,,1,*\n", STRICT))
        .hasMessageContaining("h.csv:2:4: '*'");
  }

  private static Plan roundTrip(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, out, WriteOptions.canonical());
    return PlanCsvReader.open(
            new ByteArrayInputStream(out.toByteArray()),
            ReadOptions.builder().from(STRICT).title(plan.title()).build())
        .readPlan();
  }

  @Test
  void categories_repeatOnlyInATableWithoutCodes_soWhatIsWrittenReadsBack() {
    Plan plan =
        Plan.builder()
            .title("t")
            .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
            .rows(
                List.of(
                    PlanRow.builder()
                        .indicator(
                            Indicator.builder().code("a").publishedName("A").category("经济").build())
                        .build(),
                    PlanRow.builder()
                        .indicator(Indicator.builder().code("b").publishedName("B").build())
                        .build()))
            .build();
    assertThat(roundTrip(plan)).isEqualTo(plan);
    Plan published = PlanCsvReader.open(new StringReader("类别,指标\n经济,A\n,B\n"), STRICT).readPlan();
    assertThat(published.rows().get(1).indicator().category()).contains("经济");
  }

  @Test
  void extraHeadingsThatLookLikeFormulas_comeBackAsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PlanCsvWriter writer =
        PlanCsvWriter.open(out, WriteOptions.canonical(), List.of("=cmd"))) {
      writer.write(
          RowRecord.builder()
              .row(first("code,name\na,A\n", STRICT))
              .putExtra("=cmd", "=1+1")
              .build());
    }
    RowRecord back =
        PlanCsvReader.open(
                new ByteArrayInputStream(out.toByteArray()),
                ReadOptions.builder().from(STRICT).keepUnknownColumns(true).build())
            .next();
    assertThat(back.extra()).containsExactly(Map.entry("=cmd", "=1+1"));
    assertThat(out.toString(UTF_8)).contains("'=cmd");
  }

  @Test
  void theWriter_refusesACharacterItsReaderRefuses() {
    PlanRow row =
        PlanRow.builder()
            .indicator(Indicator.builder().code("a").publishedName("A\uFEFFB").build())
            .build();
    assertThatThrownBy(
            () -> {
              try (PlanCsvWriter writer =
                  PlanCsvWriter.open(
                      new ByteArrayOutputStream(), WriteOptions.canonical(), List.of())) {
                writer.write(row);
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+FEFF");
  }
}

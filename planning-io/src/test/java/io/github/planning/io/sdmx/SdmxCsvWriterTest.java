package io.github.planning.io.sdmx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.Plan;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

class SdmxCsvWriterTest {

  static Plan seed(String table) {
    InputStream in = SdmxCsvWriterTest.class.getResourceAsStream("/seed/" + table + ".csv");
    try (PlanCsvReader reader =
        PlanCsvReader.open(
            in,
            ReadOptions.builder()
                .source(table)
                .title(
                    table.equals("table-1-1") ? "表1-1 “十三五”规划主要指标完成情况" : "表1-2 “十四五”时期经济和社会发展主要指标")
                .region("湖州市吴兴区")
                .build())) {
      return reader.readPlan();
    }
  }

  static List<Observation> observations(Plan plan) {
    int first = plan.period().startYear();
    return List.of(
        Observation.of(plan.rows().get(0).code(), first, new BigDecimal("830.50")),
        Observation.of(plan.rows().get(0).code(), first + 1, new BigDecimal("901.2"))
            .withStatus(ObservationStatus.ESTIMATED),
        Observation.of(plan.rows().get(3).code(), first, new BigDecimal("73.6"))
            .withStatus(ObservationStatus.PRELIMINARY),
        Observation.builder()
            .code("elsewhere")
            .year(first)
            .value(new BigDecimal("-0.001"))
            .note("来源: 统计局")
            .build());
  }

  static String write(Plan plan, List<Observation> observations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SdmxCsvWriter.write(plan, observations, SdmxOptions.defaults(), out);
    return out.toString(UTF_8);
  }

  /** The file's lines as RFC 4180 records, read by a CSV parser of their own. */
  static List<String[]> records(String csv) {
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    List<String[]> records = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      it.forEachRemaining(records::add);
    }
    return records;
  }

  @ParameterizedTest
  @ValueSource(strings = {"table-1-1", "table-1-2"})
  void seedTables_followTheFieldGuide(String table) {
    Plan plan = seed(table);
    List<String[]> records = records(write(plan, observations(plan)));
    String[] header = records.get(0);
    // the header: STRUCTURE with its sub-field separator, STRUCTURE_ID, ACTION, then components
    assertThat(header[0]).isEqualTo("STRUCTURE[;]");
    assertThat(header[1]).isEqualTo("STRUCTURE_ID");
    assertThat(header[2]).isEqualTo("ACTION");
    List<String> components = Arrays.asList(header).subList(3, header.length);
    assertThat(components)
        .containsExactly(
            Arrays.stream(SdmxColumn.values()).map(SdmxColumn::heading).toArray(String[]::new));
    // dimensions, then the measure, then attributes, as a web service orders them
    assertThat(components.subList(0, 5))
        .containsExactly("REF_AREA", "INDICATOR", "VALUE_TYPE", "TIME_PERIOD", "OBS_VALUE");
    assertThat(components).contains("PLAN_NOTES[]");
    assertThat(components).doesNotHaveDuplicates();

    Pattern structureId = Pattern.compile("[A-Za-z][\\w@$-]*:[\\w@$-]+\\(\\d+(\\.\\d+)*\\)");
    Pattern decimal = Pattern.compile("-?\\d+(\\.\\d+)?");
    Map<SdmxColumn, Map<String, String>> codeLists = SdmxStructureWriter.codeLists();
    for (String[] line : records.subList(1, records.size())) {
      assertThat(line).hasSameSizeAs(header);
      assertThat(line[0]).isIn("dataflow", "datastructure", "dataprovision");
      assertThat(line[1]).matches(structureId);
      assertThat(line[2]).isIn("I", "A", "M", "R", "D");
      Map<SdmxColumn, String> cells = cells(header, line);
      String value = cells.get(SdmxColumn.OBS_VALUE);
      assertThat(value.isEmpty() || decimal.matcher(value).matches()).as(value).isTrue();
      codeLists.forEach(
          (column, codes) -> {
            String cell = cells.get(column);
            assertThat(cell.isEmpty() || codes.containsKey(cell)).as(column + " " + cell).isTrue();
          });
      String time = cells.get(SdmxColumn.TIME_PERIOD);
      assertThat(time).matches("|\\d{4}|\\d{4}-01-01/P\\d+Y");
    }
  }

  @Test
  void cells_carryTheirAmount_unit_andPublishedText() {
    Plan plan = seed("table-1-2");
    List<String[]> records = records(write(plan, observations(plan)));
    String[] header = records.get(0);
    Map<String, Map<SdmxColumn, String>> byKey = new HashMap<>();
    for (String[] line : records.subList(1, records.size())) {
      Map<SdmxColumn, String> cells = cells(header, line);
      byKey.put(
          cells.get(SdmxColumn.INDICATOR)
              + "/"
              + cells.get(SdmxColumn.VALUE_TYPE)
              + "/"
              + cells.get(SdmxColumn.TIME_PERIOD),
          cells);
    }
    Map<SdmxColumn, String> gdp = byKey.get("1-2-01/BASE/2020");
    assertThat(gdp.get(SdmxColumn.REF_AREA)).isEqualTo("湖州市吴兴区");
    assertThat(gdp.get(SdmxColumn.OBS_VALUE)).isEqualTo("752.8");
    assertThat(gdp.get(SdmxColumn.UNIT_MEASURE)).isEqualTo("元");
    assertThat(gdp.get(SdmxColumn.UNIT_MULT)).isEqualTo("8");
    assertThat(gdp.get(SdmxColumn.DECIMALS)).isEqualTo("1");

    Map<SdmxColumn, String> foreign = byKey.get("1-2-14/TARGET/2025");
    assertThat(foreign.get(SdmxColumn.PUBLISHED_TEXT)).isEqualTo("[10]");
    assertThat(foreign.get(SdmxColumn.OBS_VALUE)).isEqualTo("10");
    assertThat(foreign.get(SdmxColumn.CUMULATIVE)).isEqualTo("true");

    Map<SdmxColumn, String> none = byKey.get("1-2-01/TARGET_GROWTH/2021-01-01/P5Y");
    assertThat(none.get(SdmxColumn.PUBLISHED_TEXT)).isEqualTo("——");
    assertThat(none.get(SdmxColumn.OBS_VALUE)).isEmpty();
    assertThat(none.get(SdmxColumn.OBS_STATUS)).isEqualTo("M");

    Map<SdmxColumn, String> growth = byKey.get("1-2-02/TARGET_GROWTH/2021-01-01/P5Y");
    assertThat(growth.get(SdmxColumn.OBS_VALUE)).isEqualTo("6");
    assertThat(growth.get(SdmxColumn.UNIT_MEASURE)).isEqualTo("%");
    assertThat(growth.get(SdmxColumn.UNIT_MULT)).isEqualTo("0");

    Map<SdmxColumn, String> estimated = byKey.get("1-2-01/OBSERVATION/2022");
    assertThat(estimated.get(SdmxColumn.OBS_VALUE)).isEqualTo("901.2");
    assertThat(estimated.get(SdmxColumn.OBS_STATUS)).isEqualTo("E");
    assertThat(byKey.get("1-2-01/OBSERVATION/2021").get(SdmxColumn.OBS_VALUE)).isEqualTo("830.50");
    assertThat(byKey.get("1-2-01/OBSERVATION/2021").get(SdmxColumn.DECIMALS)).isEqualTo("2");

    Map<SdmxColumn, String> dataset = byKey.get("//");
    assertThat(dataset.get(SdmxColumn.TITLE)).isEqualTo(plan.title());
    assertThat(dataset.get(SdmxColumn.PLAN_PERIOD)).isEqualTo("2021-2025");
    assertThat(dataset.get(SdmxColumn.REF_AREA)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"table-1-1", "table-1-2"})
  void whatIsWritten_readsBackToTheSamePlanAndObservations(String table) {
    Plan plan = seed(table);
    List<Observation> observations = observations(plan);
    SdmxData data =
        SdmxCsvReader.read(new StringReader(write(plan, observations)), ReadOptions.of(table));
    assertThat(data.plan()).contains(plan);
    assertThat(data.observations()).containsExactlyInAnyOrderElementsOf(observations);
    assertThat(data.problems()).isEmpty();
    assertThat(data.skipped()).isEmpty();
  }

  @Test
  void yearlyTargets_areLinesOfTheirYear_andReadBack() {
    Plan seed = seed("table-1-2");
    List<io.github.planning.core.PlanRow> rows = new ArrayList<>(seed.rows());
    rows.set(
        0,
        io.github.planning.core.PlanRow.builder()
            .from(rows.get(0))
            .putYearlyTarget(2022, io.github.planning.core.PlanValue.parse("830"))
            .putYearlyTarget(2021, io.github.planning.core.PlanValue.parse("790左右"))
            .build());
    Plan plan = Plan.builder().from(seed).rows(rows).build();
    String csv = write(plan, List.of());
    assertThat(csv).contains(",1-2-01,YEARLY_TARGET,2021,790,元,8,0,,790左右,ABOUT,");
    SdmxData data = SdmxCsvReader.read(new StringReader(csv), ReadOptions.of("y"));
    assertThat(data.plan()).contains(plan);
  }

  @Test
  void notesWithTheSeparator_chooseAnother_andReadBack() {
    Plan plan =
        Plan.builder()
            .from(seed("table-1-2"))
            .notes(List.of("注：[ ]内为五年累计数; 带*为特色指标", "第二条|注"))
            .build();
    String csv = write(plan, List.of());
    assertThat(csv).startsWith("STRUCTURE[¦],");
    SdmxData data =
        SdmxCsvReader.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), ReadOptions.of("notes"));
    assertThat(data.plan().orElseThrow().notes()).isEqualTo(plan.notes());
  }

  @Test
  void aPlanWithoutRegion_isWrittenForTheAreaNotApplicable_orTheAreaGiven() {
    Plan plan = Plan.builder().from(seed("table-1-2")).region(java.util.Optional.empty()).build();
    List<String[]> records = records(write(plan, List.of()));
    assertThat(cells(records.get(0), records.get(2)).get(SdmxColumn.REF_AREA)).isEqualTo("_Z");
    SdmxData back =
        SdmxCsvReader.read(new StringReader(write(plan, List.of())), ReadOptions.of("x"));
    assertThat(back.plan()).contains(plan);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SdmxCsvWriter.write(plan, List.of(), SdmxOptions.defaults().withArea("330502"), out);
    List<String[]> coded = records(out.toString(UTF_8));
    assertThat(cells(coded.get(0), coded.get(2)).get(SdmxColumn.REF_AREA)).isEqualTo("330502");
  }

  @Test
  void options_areCheckedAsSdmxIds() {
    assertThat(SdmxOptions.defaults().structureReference()).isEqualTo("PLANNING:DSD_PLAN(1.0.0)");
    assertThat(SdmxOptions.defaults().withStructure("HZTJ", "DSD_X", "2.1").structureReference())
        .isEqualTo("HZTJ:DSD_X(2.1)");
    assertThatThrownBy(() -> SdmxOptions.defaults().withStructure("湖州", "DSD", "1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agency '湖州' is not an SDMX id");
    assertThatThrownBy(() -> SdmxOptions.defaults().withStructure("A", "DSD", "v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version 'v1' is not like 1.0.0");
    assertThatThrownBy(() -> SdmxOptions.defaults().withArea(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Map<SdmxColumn, String> cells(String[] header, String[] line) {
    Map<SdmxColumn, String> cells = new HashMap<>();
    for (int i = 3; i < header.length; i++) {
      cells.put(SdmxColumn.ofHeading(header[i]).orElseThrow(), line[i]);
    }
    return cells;
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.PlanChecks;
import io.github.planning.core.Measure;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The measure column (计量方式): stated, it is kept and nothing is inferred. */
class MeasureColumnTest {

  private static final String CSV =
      "code,name,unit,measure,base_year,target_year,target\n"
          + "a,实际到位外资,亿美元,水平,2020,2025,[9]以上\n"
          + "b,新增城镇就业,万人,,2020,2025,[50]\n"
          + "c,人均预期寿命,岁,flow,2020,2025,[1]\n";

  private static Plan read(String csv) {
    return PlanCsvReader.open(
            new StringReader(csv), ReadOptions.builder().source("m.csv").title("T").build())
        .readPlan();
  }

  private static byte[] json(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJsonWriter.write(plan, out);
    return out.toByteArray();
  }

  private static String csv(Plan plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, out, options);
    return out.toString(UTF_8);
  }

  @Test
  void aStatedMeasure_isTheRowsMeasure_andNoFindingInfersOne() {
    Plan plan = read(CSV);
    PlanRow stated = plan.row("a").orElseThrow();
    PlanRow blank = plan.row("b").orElseThrow();
    PlanRow flow = plan.row("c").orElseThrow();

    // 到位 would make it a flow; the column says a level
    assertThat(stated.indicator().measure()).contains(Measure.LEVEL);
    assertThat(stated.measure()).isEqualTo(Measure.LEVEL);
    assertThat(stated.isMeasureInferred()).isFalse();
    assertThat(stated.measureRule()).isEmpty();
    // 寿命 would make it a level; the column says a flow
    assertThat(flow.measure()).isEqualTo(Measure.FLOW);
    assertThat(blank.indicator().measure()).isEmpty();
    assertThat(blank.isMeasureInferred()).isTrue();

    assertThat(PlanChecks.check(plan))
        .filteredOn(f -> f.code().equals(PlanChecks.MEASURE_INFERRED))
        .extracting(f -> f.rowCode().orElseThrow())
        .containsExactly("b");
    List<Finding> inferredWhenBlank =
        PlanChecks.check(read(CSV.replace("水平", "").replace("flow", "")));
    assertThat(inferredWhenBlank)
        .filteredOn(f -> f.code().equals(PlanChecks.MEASURE_INFERRED))
        .extracting(f -> f.rowCode().orElseThrow())
        .containsExactly("a", "b", "c");
  }

  @Test
  void csvJsonCsv_keepsTheMeasure_andTheJsonIsValid() {
    Plan plan = read(CSV);

    byte[] json = json(plan);
    assertThat(RoundTripTest.validate("planning-plan-1.schema.json", json)).isEmpty();
    assertThat(new String(json, UTF_8))
        .contains("\"measure\" : \"LEVEL\"")
        .contains("\"measure\" : \"FLOW\"");
    Plan fromJson =
        PlanJsonReader.open(new ByteArrayInputStream(json), ReadOptions.of("m.json")).readPlan();
    assertThat(fromJson).isEqualTo(plan);

    String canonical = csv(fromJson, WriteOptions.canonical());
    assertThat(canonical)
        .startsWith("code,parent,category,seq,name,unit,direction,limit,measure,base_year,")
        .contains(",实际到位外资,亿美元,,,LEVEL,2020,")
        .contains(",新增城镇就业,万人,,,,2020,");
    assertThat(read(canonical)).isEqualTo(plan);

    String excel = csv(plan, WriteOptions.excel());
    assertThat(excel).contains(",方向,极限值,计量方式,");
    assertThat(read(excel)).isEqualTo(plan);
  }

  @ParameterizedTest
  @ValueSource(strings = {"计量方式", "水平/流量", "存量/流量", "measure", "Measure"})
  void theHeadings_ofTheColumn(String heading) {
    assertThat(CsvHeadings.column(heading)).contains(RowField.MEASURE);
    Plan plan = read("指标名称," + heading + ",基期年份,目标年份\n常住人口,存量,2020,2025\n专利授权量,流量,2020,2025\n");
    assertThat(plan.rows())
        .extracting(PlanRow::measure)
        .containsExactly(Measure.LEVEL, Measure.FLOW);
  }

  @Test
  void aMeasureNotKnown_isAProblemAtItsCell_andItsTextIsKept() {
    List<RowRecord> records = new ArrayList<>();
    PlanCsvReader.open(
            new StringReader("name,measure\n常住人口,体积\n"),
            ReadOptions.builder().source("m.csv").mode(ReadMode.LENIENT).build())
        .forEachRemaining(records::add);

    RowRecord record = records.get(0);
    assertThat(record.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(2);
              assertThat(p.text()).isEqualTo("体积");
              assertThat(p.reason()).contains("水平").contains("流量");
            });
    assertThat(record.invalidCells()).containsEntry(RowField.MEASURE, "体积");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PlanCsvWriter writer = PlanCsvWriter.open(out, WriteOptions.canonical(), List.of())) {
      writer.write(record);
    }
    assertThat(out.toString(UTF_8)).contains(",体积,");
  }

  @Test
  void json_readsTheMeasureInAnyOfItsNames_andRefusesANumber() {
    String json =
        "{\"format\": \"planning-plan/1\", \"title\": \"T\", \"period\": \"2021-2025\",\n"
            + "\"rows\": [{\"code\": \"a\", \"name\": \"常住人口\", \"measure\": \"水平\"},\n"
            + "{\"code\": \"b\", \"name\": \"投资\", \"measure\": \"FLOW\"},\n"
            + "{\"code\": \"c\", \"name\": \"人口\", \"measure\": 1}]}";
    List<RowRecord> records = new ArrayList<>();
    try (PlanJsonReader reader =
        PlanJsonReader.open(
            new ByteArrayInputStream(json.getBytes(UTF_8)),
            ReadOptions.of("m.json").withMode(ReadMode.LENIENT))) {
      reader.forEachRemaining(records::add);
    }
    assertThat(records.get(0).row().orElseThrow().indicator().measure()).contains(Measure.LEVEL);
    assertThat(records.get(1).row().orElseThrow().indicator().measure()).contains(Measure.FLOW);
    assertThat(records.get(2).problems())
        .extracting(Problem::reason)
        .singleElement()
        .satisfies(r -> assertThat(r).contains("a string"));
  }
}

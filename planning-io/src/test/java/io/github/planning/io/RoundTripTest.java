package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.io.jackson.PlanningJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** CSV → model → JSON → model → CSV keeps every cell; a second pass is byte-identical. */
class RoundTripTest {

  static Schema schema(String name) {
    InputStream in = PlanCsvReader.class.getResourceAsStream(name);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
  }

  static List<Error> validate(String schema, byte[] json) {
    JsonNode node = PlanningJson.mapper().readTree(json);
    return schema(schema).validate(node);
  }

  private static Plan readCsv(byte[] bytes, String source) {
    return PlanCsvReader.open(
            new ByteArrayInputStream(bytes),
            ReadOptions.builder().source(source).title("T").region("湖州市吴兴区").build())
        .readPlan();
  }

  private static Plan readJson(byte[] bytes) {
    return PlanJsonReader.open(new ByteArrayInputStream(bytes), ReadOptions.of("plan.json"))
        .readPlan();
  }

  private static byte[] csv(Plan plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, out, options);
    return out.toByteArray();
  }

  private static byte[] json(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJsonWriter.write(plan, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"table-1-1.csv", "table-1-2.csv"})
  void csvJsonCsv_keepsEveryCellAndConverges(String file) throws Exception {
    byte[] published = PlanCsvReaderTest.resource(file).readAllBytes();
    Plan fromCsv = readCsv(published, file);

    byte[] json = json(fromCsv);
    assertThat(validate("planning-plan-1.schema.json", json)).isEmpty();
    Plan fromJson = readJson(json);
    assertThat(fromJson).isEqualTo(fromCsv);

    byte[] canonical = csv(fromJson, WriteOptions.canonical());
    Plan again = readCsv(canonical, "canonical.csv");
    assertThat(again).isEqualTo(fromCsv);
    assertThat(csv(again, WriteOptions.canonical())).isEqualTo(canonical);
    assertThat(json(readJson(json))).isEqualTo(json);

    for (PlanRow row : fromCsv.rows()) {
      PlanRow back = again.row(row.code()).orElseThrow();
      assertThat(back.base().map(Object::toString)).isEqualTo(row.base().map(Object::toString));
      assertThat(back.target().map(Object::toString)).isEqualTo(row.target().map(Object::toString));
      assertThat(back.targetGrowth().map(Object::toString))
          .isEqualTo(row.targetGrowth().map(Object::toString));
      assertThat(back.actual().map(Object::toString)).isEqualTo(row.actual().map(Object::toString));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"table-1-1.csv", "table-1-2.csv"})
  void excelCsv_bomAndChineseHeadings_readBackToTheSameModel(String file) throws Exception {
    Plan plan = readCsv(PlanCsvReaderTest.resource(file).readAllBytes(), file);
    byte[] excel = csv(plan, WriteOptions.excel());
    assertThat(excel[0] & 0xFF).isEqualTo(0xEF);
    assertThat(new String(excel, UTF_8)).startsWith("\uFEFF代码,上级代码,分类,序号,指标名称,单位");
    assertThat(readCsv(excel, "excel.csv")).isEqualTo(plan);
  }

  @org.junit.jupiter.api.Test
  void decimals_keepScaleAndArePlain() {
    Plan plan =
        readCsv(
            ("name,base_year,base,target_year,target\n"
                    + "a,2020,51.20,2025,1000\nb,2020,0.0000001,2025,10000000000\n")
                .getBytes(UTF_8),
            "d.csv");
    String json = new String(json(plan), UTF_8);
    assertThat(json)
        .contains("\"amount\" : 51.20")
        .contains("\"amount\" : 0.0000001")
        .contains("\"amount\" : 10000000000")
        .doesNotContain("E+")
        .doesNotContain("E-");
    assertThat(readJson(json.getBytes(UTF_8))).isEqualTo(plan);
  }

  @org.junit.jupiter.api.Test
  void namesWithSpacesBeforeOrAfter_readBackExactly_fromCsvExcelCsvAndJson() {
    List<String> written =
        List.of(" 地区生产总值 ", "\u3000常住人口城镇化率\u3000", "单位GDP能耗降低  ", "  人均GDP", "粮食*\u3000");
    Plan.Builder builder =
        Plan.builder()
            .title("T")
            .period(io.github.planning.core.PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
    for (int i = 0; i < written.size(); i++) {
      builder.addRows(
          PlanRow.builder()
              .indicator(
                  io.github.planning.core.Indicator.builder()
                      .code("r" + i)
                      .publishedName(written.get(i))
                      .build())
              .baseYear(2020)
              .targetYear(2025)
              .build());
    }
    Plan plan = builder.build();
    assertThat(plan.rows())
        .extracting(r -> r.indicator().publishedName())
        .containsExactlyElementsOf(written);

    for (WriteOptions options : List.of(WriteOptions.canonical(), WriteOptions.excel())) {
      Plan back = readCsv(csv(plan, options), "names.csv");
      assertThat(back.rows()).as(options.toString()).isEqualTo(plan.rows());
    }
    Plan fromJson = readJson(json(plan));
    assertThat(fromJson.rows()).isEqualTo(plan.rows());
    assertThat(fromJson.rows())
        .extracting(r -> r.indicator().publishedName())
        .containsExactlyElementsOf(written);
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Change;
import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Labelled;
import io.github.planning.core.Measure;
import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Relation;
import io.github.planning.core.ValueKind;
import io.github.planning.io.jackson.PlanningJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each enum that goes on the wire is written in one spelling, its constant's name, by the CSV
 * writers, the JSON writers and the Jackson module alike, and reads back as the same constant from
 * each; the JSON Schemas list that spelling.
 */
class WireSpellingTest {

  /** A mapper of the user's, without the module: it sees the documents' text as written. */
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static final JsonMapper MODULE = PlanningJson.mapper();

  /**
   * Published values of every kind, relation, change and level: the value enums reach CSV through
   * the value's text and JSON through its typed fields.
   */
  private static final List<String> VALUE_TEXTS =
      List.of(
          "752.8",
          "1.65:1",
          "<4/<5",
          "翻一番",
          "完成市下达指标",
          "完成省下达指标",
          "完成国家下达指标",
          "完成上级下达指标",
          "高于全省平均",
          "与经济增长同步",
          "稳定保持",
          "——",
          "持续改善",
          "9.5%左右",
          "[9]以上",
          "≤3.5",
          "<5.5",
          ">90",
          "6-7",
          "下降2.5",
          "增长5",
          "[1.7]个百分点");

  @Test
  void rowEnums_areWrittenAsTheirNames_inCsvAndJson_andReadBackAsThemselves() throws IOException {
    Plan plan = planOfEveryRowConstant();

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, csv, WriteOptions.builder().build());
    List<String[]> cells = csvCells(csv.toByteArray());
    Plan fromCsv = readCsv(csv.toByteArray());

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    PlanJsonWriter.write(plan, json);
    JsonNode rows = PLAIN.readTree(json.toByteArray()).get("rows");
    Plan fromJson =
        PlanJsonReader.open(new ByteArrayInputStream(json.toByteArray()), ReadOptions.of("w.json"))
            .readPlan();

    JsonNode moduleRows = PLAIN.readTree(MODULE.writeValueAsString(plan)).get("rows");

    for (int i = 0; i < plan.rows().size(); i++) {
      PlanRow row = plan.rows().get(i);
      List<Enum<?>> constants = rowConstants(row);
      List<String> spellings = constants.stream().map(WireSpelling::of).toList();
      assertThat(spellings).isEqualTo(constants.stream().map(Enum::name).toList());
      String[] csvRow = cells.get(i + 1);
      assertThat(
              List.of(
                  csvRow[RowField.DIRECTION.ordinal()],
                  csvRow[RowField.ATTRIBUTE.ordinal()],
                  csvRow[RowField.ASSESSMENT.ordinal()],
                  csvRow[RowField.MEASURE.ordinal()]))
          .as("CSV cells of row %s", row.code())
          .isEqualTo(spellings);
      for (JsonNode written : List.of(rows.get(i), moduleRows.get(i))) {
        assertThat(
                List.of(
                    written.get(RowField.DIRECTION.jsonName()).asString(),
                    written.get(RowField.ATTRIBUTE.jsonName()).asString(),
                    written.get(RowField.ASSESSMENT.jsonName()).asString(),
                    written.get(RowField.MEASURE.jsonName()).asString()))
            .as("JSON fields of row %s", row.code())
            .isEqualTo(spellings);
      }
      assertThat(rowConstants(fromCsv.rows().get(i))).isEqualTo(constants);
      assertThat(rowConstants(fromJson.rows().get(i))).isEqualTo(constants);
    }
    assertThat(MODULE.readValue(MODULE.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
    assertThat(fromCsv.rows()).isEqualTo(plan.rows());
    assertThat(fromJson.rows()).isEqualTo(plan.rows());
  }

  @Test
  void valueEnums_areWrittenAsTheirNames_andComeBackThroughCsvAndJson() throws IOException {
    List<PlanValue> values = VALUE_TEXTS.stream().map(PlanValue::parse).toList();
    assertThat(values.stream().map(PlanValue::kind).collect(Collectors.toSet()))
        .as("the texts cover every kind")
        .containsExactlyInAnyOrder(ValueKind.values());
    assertThat(values.stream().flatMap(v -> v.relation().stream()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Relation.values());
    assertThat(values.stream().flatMap(v -> v.change().stream()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Change.values());
    assertThat(values.stream().flatMap(v -> v.level().stream()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(AdministrativeLevel.values());

    List<PlanRow> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      rows.add(
          PlanRow.builder()
              .indicator(Indicator.builder().code("v" + i).name("指标" + i).build())
              .target(values.get(i))
              .build());
    }
    Plan plan = plan(rows);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, csv, WriteOptions.builder().build());
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    PlanJsonWriter.write(plan, json);
    JsonNode documentRows = PLAIN.readTree(json.toByteArray()).get("rows");
    Plan fromCsv = readCsv(csv.toByteArray());
    Plan fromJson =
        PlanJsonReader.open(new ByteArrayInputStream(json.toByteArray()), ReadOptions.of("v.json"))
            .readPlan();

    for (int i = 0; i < values.size(); i++) {
      PlanValue v = values.get(i);
      JsonNode typed = documentRows.get(i).get(RowField.TARGET.jsonName());
      JsonNode alone = PLAIN.readTree(MODULE.writeValueAsString(v));
      for (JsonNode written : List.of(typed, alone)) {
        assertThat(written.get("kind").asString()).isEqualTo(WireSpelling.of(v.kind()));
        assertThat(optionalText(written, "relation"))
            .isEqualTo(v.relation().map(WireSpelling::of).orElse(null));
        assertThat(optionalText(written, "change"))
            .isEqualTo(v.change().map(WireSpelling::of).orElse(null));
        assertThat(optionalText(written, "level"))
            .isEqualTo(v.level().map(WireSpelling::of).orElse(null));
      }
      assertThat(fromCsv.rows().get(i).target()).contains(v);
      assertThat(fromJson.rows().get(i).target()).contains(v);
      assertThat(MODULE.readValue(alone.toString(), PlanValue.class)).isEqualTo(v);
    }
  }

  @Test
  void observationStatus_isWrittenAsItsName_inCsvAndJson_andReadBack() throws IOException {
    List<Observation> series = new ArrayList<>();
    for (ObservationStatus status : ObservationStatus.values()) {
      series.add(
          Observation.of("gdp", 2021 + status.ordinal(), new BigDecimal("830.5"))
              .withStatus(status));
    }
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (ObservationWriter writer = ObservationWriter.csv(csv)) {
      series.forEach(writer::write);
    }
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (ObservationWriter writer = ObservationWriter.json(json)) {
      series.forEach(writer::write);
    }
    List<String[]> cells = csvCells(csv.toByteArray());
    JsonNode written = PLAIN.readTree(json.toByteArray()).get("observations");
    for (int i = 0; i < series.size(); i++) {
      String spelling = WireSpelling.of(series.get(i).status());
      assertThat(spelling).isEqualTo(series.get(i).status().name());
      assertThat(cells.get(i + 1)[3]).isEqualTo(spelling);
      assertThat(written.get(i).get("status").asString()).isEqualTo(spelling);
      assertThat(PLAIN.readTree(MODULE.writeValueAsString(series.get(i))).get("status").asString())
          .isEqualTo(spelling);
    }
    assertThat(
            ObservationReader.csv(new ByteArrayInputStream(csv.toByteArray()), ReadOptions.of("o"))
                .readAll())
        .isEqualTo(series);
    assertThat(
            ObservationReader.json(
                    new ByteArrayInputStream(json.toByteArray()), ReadOptions.of("o.json"))
                .readAll())
        .isEqualTo(series);
  }

  static Stream<Enum<?>> everyConstant() {
    return WireSpelling.types().stream()
        .flatMap(type -> Arrays.stream((Enum<?>[]) type.getEnumConstants()));
  }

  @ParameterizedTest
  @MethodSource("everyConstant")
  void everyConstant_throughTheModule_isItsName_andReadsBackFromEachPublishedSpelling(
      Enum<?> constant) {
    String json = MODULE.writeValueAsString(constant);
    assertThat(json).isEqualTo("\"" + WireSpelling.of(constant) + "\"");
    assertThat(MODULE.readValue(json, constant.getDeclaringClass())).isSameAs(constant);
    Labelled labelled = (Labelled) constant;
    for (String spelling : List.of(labelled.label(), labelled.englishName(), constant.name())) {
      assertThat(MODULE.readValue("\"" + spelling + "\"", constant.getDeclaringClass()))
          .as(spelling)
          .isSameAs(constant);
      assertThat(read(constant.getDeclaringClass(), spelling)).isSameAs(constant);
    }
  }

  @Test
  void aSpellingOfNoConstant_isAnErrorNamingTheAcceptedOnes() {
    assertThatThrownBy(() -> WireSpelling.read(Attribute.class, "必须"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'必须'")
        .hasMessageContaining("约束性 (binding)");
  }

  @Test
  void theSchemas_listTheWireSpelling_ofEachEnum() throws IOException {
    JsonNode plan = schema("planning-plan-1.schema.json");
    JsonNode row = plan.at("/$defs/row/properties");
    JsonNode value = plan.at("/$defs/value/oneOf/1/properties");
    assertThat(enumOf(row.get("direction"))).isEqualTo(names(Direction.values()));
    assertThat(enumOf(row.get("attribute"))).isEqualTo(names(Attribute.values()));
    assertThat(enumOf(row.get("assessment"))).isEqualTo(names(Assessment.values()));
    assertThat(enumOf(row.get("measure"))).isEqualTo(names(Measure.values()));
    assertThat(enumOf(value.get("kind"))).isEqualTo(names(ValueKind.values()));
    assertThat(enumOf(value.get("relation"))).isEqualTo(names(Relation.values()));
    assertThat(enumOf(value.get("change"))).isEqualTo(names(Change.values()));
    assertThat(enumOf(value.get("level"))).isEqualTo(names(AdministrativeLevel.values()));
    JsonNode observations = schema("planning-observations-1.schema.json");
    assertThat(enumOf(observations.findValue("status")))
        .isEqualTo(names(ObservationStatus.values()));
    Set<String> rowFields = new LinkedHashSet<>();
    row.propertyNames().forEach(rowFields::add);
    assertThat(rowFields)
        .containsAll(Arrays.stream(RowField.values()).map(RowField::jsonName).toList());
  }

  private static Plan planOfEveryRowConstant() {
    int n =
        Math.max(
            Direction.values().length,
            Math.max(Attribute.values().length, Assessment.values().length));
    List<PlanRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          PlanRow.builder()
              .indicator(
                  Indicator.builder()
                      .code("r" + i)
                      .name("指标" + i)
                      .direction(Direction.values()[i % Direction.values().length])
                      .attribute(Attribute.values()[i % Attribute.values().length])
                      .measure(Measure.values()[i % Measure.values().length])
                      .build())
              .assessment(Assessment.values()[i])
              .build());
    }
    Set<Enum<?>> seen = new LinkedHashSet<>();
    rows.forEach(r -> seen.addAll(rowConstants(r)));
    assertThat(seen)
        .containsAll(EnumSet.allOf(Direction.class))
        .containsAll(EnumSet.allOf(Attribute.class))
        .containsAll(EnumSet.allOf(Assessment.class))
        .containsAll(EnumSet.allOf(Measure.class));
    return plan(rows);
  }

  private static Plan plan(List<PlanRow> rows) {
    return Plan.builder()
        .title("wire")
        .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
        .rows(rows)
        .build();
  }

  private static List<Enum<?>> rowConstants(PlanRow row) {
    return List.of(
        row.indicator().direction().orElseThrow(),
        row.indicator().attribute().orElseThrow(),
        row.assessment().orElseThrow(),
        row.indicator().measure().orElseThrow());
  }

  private static Plan readCsv(byte[] csv) {
    return PlanCsvReader.open(
            new ByteArrayInputStream(csv),
            ReadOptions.builder()
                .source("w.csv")
                .title("wire")
                .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                .build())
        .readPlan();
  }

  /** The cells of a CSV without quoted cells, as written. */
  private static List<String[]> csvCells(byte[] csv) {
    return new String(csv, UTF_8).lines().map(line -> line.split(",", -1)).toList();
  }

  private static String optionalText(JsonNode node, String name) {
    return node.has(name) ? node.get(name).asString() : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object read(Class type, String text) {
    return WireSpelling.read(type, text);
  }

  private static JsonNode schema(String name) throws IOException {
    try (InputStream in = RowField.class.getResourceAsStream(name)) {
      return PLAIN.readTree(in);
    }
  }

  private static List<String> enumOf(JsonNode property) {
    List<String> spellings = new ArrayList<>();
    property.get("enum").forEach(e -> spellings.add(e.asString()));
    return spellings;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }
}

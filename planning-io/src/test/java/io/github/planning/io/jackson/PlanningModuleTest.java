package io.github.planning.io.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Attribute;
import io.github.planning.core.Indicator;
import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Relation;
import io.github.planning.core.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The module inside an application's own mapper and DTOs. */
class PlanningModuleTest {

  /** An application's report. */
  record DistrictReport(
      String district,
      PlanValue target,
      Unit unit,
      PlanPeriod period,
      Attribute attribute,
      List<Observation> observations,
      PlanRow row) {}

  private final JsonMapper mapper = JsonMapper.builder().addModule(new PlanningModule()).build();

  @Test
  void planningTypes_insideAnApplicationDto_roundTrip() {
    PlanRow row =
        PlanRow.builder()
            .indicator(Indicator.builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build())
            .baseYear(2020)
            .base(PlanValue.parse("752.8"))
            .targetYear(2025)
            .target(PlanValue.parse("1000"))
            .build();
    DistrictReport report =
        new DistrictReport(
            "吴兴区",
            PlanValue.parse("[9]以上"),
            Unit.YI_YUAN,
            PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN,
            Attribute.BINDING,
            List.of(
                Observation.of("gdp", 2021, new BigDecimal("830.50"))
                    .withStatus(ObservationStatus.ESTIMATED)),
            row);

    String json = mapper.writeValueAsString(report);

    assertThat(json)
        .contains(
            "\"target\":{\"text\":\"[9]以上\",\"kind\":\"FIGURE\","
                + "\"relation\":\"AT_LEAST\",\"amount\":9,\"cumulative\":true}");
    assertThat(json)
        .contains("\"unit\":\"亿元\"")
        .contains("\"period\":\"2021-2025\"")
        .contains("\"value\":830.50");
    assertThat(mapper.readValue(json, DistrictReport.class)).isEqualTo(report);
  }

  @Test
  void values_readFromTheBareText_andLabelsFromChinese() {
    DistrictReport report =
        mapper.readValue(
            "{\"district\":\"吴兴\",\"target\":\"9.5%左右\","
                + "\"unit\":\"万元/人\",\"period\":\"十四五\",\"attribute\":\"约束性\"}",
            DistrictReport.class);
    assertThat(report.target().relation()).contains(Relation.ABOUT);
    assertThat(report.unit()).isEqualTo(Unit.parse("万元/人"));
    assertThat(report.period()).isEqualTo(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
    assertThat(report.attribute()).isEqualTo(Attribute.BINDING);
  }

  @Test
  void typedFieldsThatDisagree_areRejectedWithTheLocation() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"target\":{\"text\":\"[9]以上\",\"amount\":10}}", DistrictReport.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith(
            "JSON:1:36: '[9]以上': the typed field amount (10) disagrees with "
                + "the text, which reads 9");
    assertThatThrownBy(() -> mapper.readValue("{\"target\":\"9.5%%\"}", DistrictReport.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("Text '9.5%%' could not be parsed at index 4: unexpected '%'");
  }

  @Test
  void typedFieldsBeforeTheText_areCheckedAgainstItAtTheirOwnPlace() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"target\":{\"amount\":10,\"text\":\"[9]以上\",\"cumulative\":false}}",
                    DistrictReport.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith(
            "JSON:1:21: '[9]以上': the typed field amount (10) disagrees with "
                + "the text, which reads 9");
    DistrictReport agreeing =
        mapper.readValue(
            "{\"target\":{\"amount\":9,\"cumulative\":true,\"text\":\"[9]以上\"}}",
            DistrictReport.class);
    assertThat(agreeing.target()).isEqualTo(PlanValue.parse("[9]以上"));
  }

  @Test
  void wrongJsonTypes_andBadTexts_areRejectedWithTheirReason() {
    assertThatThrownBy(() -> mapper.readValue("{\"unit\":5}", DistrictReport.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "Cannot deserialize value of type `io.github.planning.core.Unit` from Integer value");
    assertThatThrownBy(() -> mapper.readValue("{\"period\":\"someday\"}", DistrictReport.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("from String \"someday\": Text 'someday' is not a plan period");
    assertThatThrownBy(() -> mapper.readValue("{\"attribute\":\"必须性\"}", DistrictReport.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Unknown attribute '必须性'; expected one of 预期性 (expected)");
    assertThatThrownBy(() -> mapper.readValue("{\"row\":[1]}", DistrictReport.class))
        .hasMessageStartingWith(
            "Cannot deserialize value of type `io.github.planning.core.PlanRow` from Array value");
    assertThatThrownBy(() -> mapper.readValue("{\"row\":{\"code\":\"a\"}}", DistrictReport.class))
        .hasMessageContaining("a row needs a name");
    assertThatThrownBy(() -> mapper.readValue("{\"observations\":[\"x\"]}", DistrictReport.class))
        .hasMessageStartingWith(
            "Cannot deserialize value of type `io.github.planning.core.Observation` from String");
    assertThatThrownBy(
            () -> mapper.readValue("{\"observations\":[{\"code\":\"a\"}]}", DistrictReport.class))
        .hasMessageContaining("an observation needs a code, a year and a value");
    assertThatThrownBy(() -> mapper.readValue("{\"target\":{\"amount\":5}}", DistrictReport.class))
        .hasMessageContaining("a value object needs a text");
    assertThatThrownBy(() -> mapper.readValue("{\"target\":[5]}", DistrictReport.class))
        .hasMessageContaining("must be a string or an object with a text, not an array");
    Plan notAPlan = null;
    assertThatThrownBy(() -> mapper.readValue("{\"format\":\"planning-plan/9\"}", Plan.class))
        .hasMessageContaining("unknown format version");
    assertThat(notAPlan).isNull();
  }

  @Test
  void enums_readFromEveryName_andRowsRoundTrip() {
    assertThat(mapper.readValue("\"逆向\"", io.github.planning.core.Direction.class))
        .isEqualTo(io.github.planning.core.Direction.LOWER_IS_BETTER);
    assertThat(mapper.readValue("\"预计\"", ObservationStatus.class))
        .isEqualTo(ObservationStatus.ESTIMATED);
    assertThat(mapper.readValue("\"总量提前实现\"", io.github.planning.core.Assessment.class))
        .isEqualTo(io.github.planning.core.Assessment.TOTAL_REACHED_EARLY);
    assertThat(mapper.readValue("\"warning\"", io.github.planning.analysis.Severity.class))
        .isEqualTo(io.github.planning.analysis.Severity.WARNING);
    assertThat(
            mapper.readValue(
                "\"moderate_progress\"", io.github.planning.progress.ProgressStatus.class))
        .isEqualTo(io.github.planning.progress.ProgressStatus.MODERATE_PROGRESS);
    assertThat(mapper.readValue("\"左右\"", Relation.class)).isEqualTo(Relation.ABOUT);
    assertThat(mapper.readValue("\"市\"", io.github.planning.core.AdministrativeLevel.class))
        .isEqualTo(io.github.planning.core.AdministrativeLevel.CITY);
    assertThat(mapper.readValue("\"DECREASE\"", io.github.planning.core.Change.class))
        .isEqualTo(io.github.planning.core.Change.DECREASE);
    assertThat(mapper.readValue("\"figure\"", io.github.planning.core.ValueKind.class))
        .isEqualTo(io.github.planning.core.ValueKind.FIGURE);
    PlanRow row =
        PlanRow.builder()
            .indicator(
                Indicator.builder()
                    .code("r")
                    .name("人口")
                    .unit(Unit.WAN_PERSONS)
                    .featured(true)
                    .note("注")
                    .limit(new BigDecimal("100"))
                    .build())
            .baseYear(2020)
            .base(PlanValue.parse("85"))
            .build();
    String json = mapper.writeValueAsString(row);
    assertThat(json).contains("\"featured\":true").contains("\"limit\":100");
    assertThat(mapper.readValue(json, PlanRow.class)).isEqualTo(row);
    Observation o =
        Observation.builder()
            .code("r")
            .year(2021)
            .value(new BigDecimal("85.10"))
            .note("初步")
            .build();
    assertThat(mapper.readValue(mapper.writeValueAsString(o), Observation.class)).isEqualTo(o);
  }

  @Test
  void module_isFoundByServiceLoader_andPlansAreDocuments() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.readValue("\"[5]\"", PlanValue.class)).isEqualTo(PlanValue.parse("[5]"));
    Plan plan = Plan.builder().title("T").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
    String json = found.writeValueAsString(plan);
    assertThat(json).startsWith("{\"format\":\"planning-plan/1\"");
    assertThat(found.readValue(json, Plan.class)).isEqualTo(plan);
  }

  @org.junit.jupiter.api.Test
  void aSecondRowsArray_isAnError_evenInAMapperThatAllowsDuplicateNames() {
    tools.jackson.databind.json.JsonMapper lax =
        tools.jackson.databind.json.JsonMapper.builder().addModule(new PlanningModule()).build();
    String json =
        "{\"format\": \"planning-plan/1\", \"title\": \"T\", \"period\": \"2021-2025\", "
            + "\"rows\": [{\"code\": \"a\", \"name\": \"A\"}], \"rows\": [{\"code\": \"b\", \"name\": \"B\"}]}";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> lax.readValue(json, io.github.planning.core.Plan.class))
        .hasMessageContaining("a second rows array; a plan has one");
  }

  @org.junit.jupiter.api.Test
  void hugeExponents_areRefusedBeforeAnyNumberIsMade() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20),
        () -> {
          org.assertj.core.api.Assertions.assertThatThrownBy(
                  () ->
                      PlanningJson.mapper()
                          .readValue(
                              "{\"text\": \"1\", \"amount\": 1e999999999}",
                              io.github.planning.core.PlanValue.class))
              .hasMessageContaining("exponent notation is not accepted");
          org.assertj.core.api.Assertions.assertThatThrownBy(
                  () ->
                      PlanningJson.mapper()
                          .readValue(
                              "{\"code\": \"a\", \"name\": \"A\", \"limit\": 1e999999999}",
                              io.github.planning.core.PlanRow.class))
              .hasMessageContaining("exponent notation is not accepted");
          org.assertj.core.api.Assertions.assertThatThrownBy(
                  () ->
                      PlanningJson.mapper()
                          .readValue(
                              "{\"code\": \"a\", \"year\": 2025, \"value\": 1e100000000}",
                              io.github.planning.core.Observation.class))
              .hasMessageContaining("exponent notation is not accepted");
        });
  }

  /** An application's map of figures by period and unit. */
  record Figures(Map<PlanPeriod, PlanValue> targets, Map<Unit, BigDecimal> totals) {}

  @Test
  void mapsByPlanPeriodAndUnit_roundTripThroughAUsersMapper() {
    Map<PlanPeriod, PlanValue> targets =
        new TreeMap<>(java.util.Comparator.comparing(Object::toString));
    targets.put(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN, PlanValue.parse("6%左右"));
    targets.put(PlanPeriod.parse("十三五"), PlanValue.parse("[9]以上"));
    Map<Unit, BigDecimal> totals = new TreeMap<>(java.util.Comparator.comparing(Unit::symbol));
    totals.put(Unit.YI_YUAN, new BigDecimal("1180.50"));
    totals.put(Unit.WAN_PERSONS, new BigDecimal("340"));
    totals.put(Unit.parse("万吨标准煤"), new BigDecimal("12.3"));
    Figures figures = new Figures(targets, totals);

    String json = mapper.writeValueAsString(figures);

    assertThat(json)
        .contains("\"2021-2025\":{\"text\":\"6%左右\"")
        .contains("\"2016-2020\":{\"text\":\"[9]以上\"")
        .contains("\"亿元\":1180.50")
        .contains("\"万吨标准煤\":12.3");
    Figures back = mapper.readValue(json, Figures.class);
    assertThat(back.targets()).isEqualTo(targets);
    assertThat(back.totals()).isEqualTo(totals);
    assertThat(
            mapper.readValue(
                "{\"十四五\":1,\"2016-2020\":2}", new TypeReference<Map<PlanPeriod, Integer>>() {}))
        .containsEntry(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN, 1)
        .containsEntry(PlanPeriod.parse("十三五"), 2);
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"someday\":1}", new TypeReference<Map<PlanPeriod, Integer>>() {}))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining(
            "Cannot deserialize Map key of type `io.github.planning.core.PlanPeriod`")
        .hasMessageContaining("Text 'someday' is not a plan period");
  }

  @Test
  void errors_goThroughTheContext_soAMappersProblemHandlerSeesThem() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    JsonMapper handled =
        JsonMapper.builder()
            .addModule(new PlanningModule())
            .addHandler(
                new DeserializationProblemHandler() {
                  @Override
                  public Object handleWeirdStringValue(
                      DeserializationContext ctxt, Class<?> type, String text, String message) {
                    seen.add(type.getSimpleName() + ": " + text);
                    return type == Attribute.class ? Attribute.EXPECTED : NOT_HANDLED;
                  }

                  @Override
                  public Object handleWeirdKey(
                      DeserializationContext ctxt, Class<?> type, String key, String message) {
                    seen.add("key " + type.getSimpleName() + ": " + key);
                    return PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN;
                  }
                })
            .build();
    assertThat(handled.readValue("\"必须性\"", Attribute.class)).isEqualTo(Attribute.EXPECTED);
    assertThat(
            handled.readValue("{\"someday\":1}", new TypeReference<Map<PlanPeriod, Integer>>() {}))
        .containsEntry(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN, 1);
    assertThat(seen).containsExactly("Attribute: 必须性", "key PlanPeriod: someday");
  }

  @Test
  void aRowWithoutACode_isAnError_nothingIsMadeUp() {
    assertThatThrownBy(() -> mapper.readValue("{\"name\":\"甲\"}", PlanRow.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("a plan row needs a code");
    assertThatThrownBy(() -> mapper.readValue("{\"code\":\" \",\"name\":\"甲\"}", PlanRow.class))
        .hasMessageStartingWith("a plan row needs a code");
    assertThat(mapper.readValue("{\"code\":\"a\",\"name\":\"甲\"}", PlanRow.class).code())
        .isEqualTo("a");
  }

  @Test
  void theModulesVersion_isTheProjects() {
    tools.jackson.core.Version version = new PlanningModule().version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("io.github.planning");
    assertThat(version.getArtifactId()).isEqualTo("planning-io");
    assertThat(version.toString()).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?");
    assertThat(version).isEqualTo(PackageVersion.VERSION);
  }
}

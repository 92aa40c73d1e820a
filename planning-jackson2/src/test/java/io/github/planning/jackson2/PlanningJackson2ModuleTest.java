package io.github.planning.jackson2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.planning.core.Attribute;
import io.github.planning.core.Labelled;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Relation;
import io.github.planning.core.Unit;
import io.github.planning.io.WireSpelling;
import io.github.planning.io.jackson.PlanningModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The module inside a Jackson 2 application's own mapper and DTOs. */
class PlanningJackson2ModuleTest {

  /** A Jackson 2 application's DTO, as a Spring Boot application would have it. */
  public static final class Report {
    public String district;
    public PlanValue target;
    public Unit unit;
    public PlanPeriod period;
    public List<Observation> observations;
  }

  private static final Map<String, Class<?>> TYPES =
      Map.of(
          "PlanValue",
          PlanValue.class,
          "Unit",
          Unit.class,
          "PlanPeriod",
          PlanPeriod.class,
          "Observation",
          Observation.class,
          "PlanRow",
          PlanRow.class,
          "Plan",
          Plan.class);

  private final ObjectMapper jackson2 =
      new ObjectMapper().registerModule(new PlanningJackson2Module());
  private final JsonMapper jackson3 = JsonMapper.builder().addModule(new PlanningModule()).build();

  @Test
  void runsOnTheJackson2VersionOfTheBuild() {
    assertThat(PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("expected.jackson2.version"));
  }

  @Test
  void aDtoWithAPlanValue_writesAndReadsBack() throws IOException {
    Report report = new Report();
    report.district = "吴兴区";
    report.target = PlanValue.parse("[9]以上");
    report.unit = Unit.parse("万元/人");
    report.period = PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN;
    report.observations = List.of(Observation.of("gdp", 2021, new BigDecimal("830.50")));

    String json = jackson2.writeValueAsString(report);

    assertThat(json)
        .contains(
            "\"target\":{\"text\":\"[9]以上\",\"kind\":\"FIGURE\","
                + "\"relation\":\"AT_LEAST\",\"amount\":9,\"cumulative\":true}")
        .contains("\"unit\":\"万元/人\"")
        .contains("\"period\":\"2021-2025\"")
        .contains("\"value\":830.50");
    Report back = jackson2.readValue(json, Report.class);
    assertThat(back.target).isEqualTo(report.target);
    assertThat(back.unit).isEqualTo(report.unit);
    assertThat(back.period).isEqualTo(report.period);
    assertThat(back.observations).isEqualTo(report.observations);
    assertThat(back.observations.get(0).value()).hasToString("830.50");
  }

  @Test
  void aDto_acceptsTheBareTextOfAValue() throws IOException {
    Report report = jackson2.readValue("{\"district\":\"吴兴\",\"target\":\"≤3.5\"}", Report.class);
    assertThat(report.target).isEqualTo(PlanValue.parse("≤3.5"));
    assertThat(report.target.relation()).contains(Relation.AT_MOST);
    assertThat(report.target.amount()).contains(new BigDecimal("3.5"));
  }

  @Test
  void aMalformedValue_isRefusedWithTheLibrarysMessage() {
    String message = messageOf(() -> PlanValue.parse("9.5%%"));
    assertThatThrownBy(() -> jackson2.readValue("{\"target\":\"9.5%%\"}", Report.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(message)
        .hasMessageContaining("line: 1, column: ");
    assertThatThrownBy(
            () ->
                jackson2.readValue("{\"target\":{\"text\":\"[9]以上\",\"amount\":10}}", Report.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("the typed field amount (10) disagrees with the text, which reads 9");
    assertThatThrownBy(() -> jackson2.readValue("{\"unit\":5}", Report.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "Cannot deserialize value of type `io.github.planning.core.Unit` from ");
  }

  @Test
  void module_isFoundByFindAndRegisterModules() throws IOException {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.readValue("\"[5]\"", PlanValue.class)).isEqualTo(PlanValue.parse("[5]"));
  }

  /** Each fixture reads to the same value through both modules, and both write the same JSON. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "PlanValue-object.json",
        "PlanValue-text.json",
        "PlanValue-points.json",
        "PlanValue-assigned.json",
        "Unit.json",
        "PlanPeriod.json",
        "Observation.json",
        "PlanRow.json",
        "PlanRow-yearly.json",
        "Plan.json"
      })
  void fixtures_passThroughBothModulesAlike(String name) throws IOException {
    Class<?> type = TYPES.get(name.split("[-.]", 2)[0]);
    String json = fixture(name);

    Object viaJackson3 = jackson3.readValue(json, type);
    Object viaJackson2 = jackson2.readValue(json, type);

    assertThat(viaJackson2).isInstanceOf(type).isEqualTo(viaJackson3);
    String written = jackson2.writeValueAsString(viaJackson2);
    assertThat(written).isEqualTo(jackson3.writeValueAsString(viaJackson3));
    assertThat(jackson2.readValue(written, type)).isEqualTo(viaJackson3);
  }

  @Test
  void aRowsYearlyTargets_passThroughBothModules() throws IOException {
    PlanRow row = jackson2.readValue(fixture("PlanRow-yearly.json"), PlanRow.class);
    assertThat(row.yearlyTargets())
        .containsExactly(
            Map.entry(2021, PlanValue.parse("6.5%左右")), Map.entry(2023, PlanValue.parse("[20]")));
    assertThat(jackson3.readValue(jackson2.writeValueAsString(row), PlanRow.class)).isEqualTo(row);
  }

  static Stream<Enum<?>> everyConstant() {
    return WireSpelling.types().stream()
        .flatMap(type -> Arrays.stream((Enum<?>[]) type.getEnumConstants()));
  }

  /** Each enum constant is written alike by both modules, as its wire spelling, and reads back. */
  @ParameterizedTest
  @MethodSource("everyConstant")
  void everyEnumConstant_isWrittenAlikeByBothModules_andReadsBack(Enum<?> constant)
      throws IOException {
    String viaJackson2 = jackson2.writeValueAsString(constant);
    assertThat(viaJackson2)
        .isEqualTo(jackson3.writeValueAsString(constant))
        .isEqualTo("\"" + WireSpelling.of(constant) + "\"");
    assertThat(jackson2.readValue(viaJackson2, constant.getDeclaringClass())).isSameAs(constant);
    Labelled labelled = (Labelled) constant;
    for (String spelling : List.of(labelled.label(), labelled.englishName())) {
      assertThat(jackson2.readValue("\"" + spelling + "\"", constant.getDeclaringClass()))
          .as(spelling)
          .isSameAs(constant);
    }
  }

  /** An application's map of figures by period and unit. */
  public static final class Figures {
    public Map<PlanPeriod, PlanValue> targets;
    public Map<Unit, BigDecimal> totals;
  }

  @Test
  void mapsByPlanPeriodAndUnit_roundTripThroughAUsersMapper_asInJackson3() throws IOException {
    Figures figures = new Figures();
    figures.targets = new TreeMap<>(Comparator.comparing(Object::toString));
    figures.targets.put(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN, PlanValue.parse("6%左右"));
    figures.targets.put(PlanPeriod.parse("十三五"), PlanValue.parse("[9]以上"));
    figures.totals = new TreeMap<>(Comparator.comparing(Unit::symbol));
    figures.totals.put(Unit.YI_YUAN, new BigDecimal("1180.50"));
    figures.totals.put(Unit.parse("万吨标准煤"), new BigDecimal("12.3"));

    String json = jackson2.writeValueAsString(figures);

    assertThat(json)
        .contains("\"2021-2025\":{\"text\":\"6%左右\"")
        .contains("\"亿元\":1180.50")
        .isEqualTo(
            jackson3.writeValueAsString(
                Map.of("targets", figures.targets, "totals", figures.totals).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .collect(
                        java.util.stream.Collectors.toMap(
                            Map.Entry::getKey,
                            Map.Entry::getValue,
                            (a, b) -> a,
                            java.util.LinkedHashMap::new))));
    Figures back = jackson2.readValue(json, Figures.class);
    assertThat(back.targets).isEqualTo(figures.targets);
    assertThat(back.totals).isEqualTo(figures.totals);
    assertThat(jackson2.readValue("{\"十四五\":\"%\"}", new TypeReference<Map<PlanPeriod, Unit>>() {}))
        .containsEntry(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN, Unit.PERCENT);
    assertThatThrownBy(
            () ->
                jackson2.readValue(
                    "{\"someday\":1}", new TypeReference<Map<PlanPeriod, Integer>>() {}))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Text 'someday' is not a plan period");
  }

  @Test
  void errors_goThroughTheContext_soAMappersProblemHandlerSeesThem() throws IOException {
    List<String> seen = new ArrayList<>();
    ObjectMapper handled =
        new ObjectMapper()
            .registerModule(new PlanningJackson2Module())
            .addHandler(
                new DeserializationProblemHandler() {
                  @Override
                  public Object handleWeirdStringValue(
                      DeserializationContext ctxt, Class<?> type, String text, String message) {
                    seen.add(type.getSimpleName() + ": " + text);
                    return type == Attribute.class ? Attribute.EXPECTED : NOT_HANDLED;
                  }
                });
    assertThat(handled.readValue("\"必须性\"", Attribute.class)).isEqualTo(Attribute.EXPECTED);
    assertThat(seen).containsExactly("Attribute: 必须性");
  }

  @Test
  void aRowWithoutACode_isAnError_nothingIsMadeUp() {
    assertThatThrownBy(() -> jackson2.readValue("{\"name\":\"甲\"}", PlanRow.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("a plan row needs a code");
  }

  @Test
  void theModulesVersion_isTheProjects() {
    com.fasterxml.jackson.core.Version version = new PlanningJackson2Module().version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("io.github.planning");
    assertThat(version.getArtifactId()).isEqualTo("planning-jackson2");
    assertThat(version.toString()).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?");
    assertThat(version).isEqualTo(io.github.planning.jackson2.PackageVersion.VERSION);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        PlanningJackson2ModuleTest.class.getResourceAsStream("fixtures/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), UTF_8).strip();
    }
  }

  private static String messageOf(Runnable failing) {
    try {
      failing.run();
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    throw new AssertionError("did not fail");
  }
}

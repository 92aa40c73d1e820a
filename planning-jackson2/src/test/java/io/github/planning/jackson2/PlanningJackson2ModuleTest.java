package io.github.planning.jackson2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PlanValueParseException;
import io.github.planning.core.Relation;
import io.github.planning.core.Unit;
import io.github.planning.io.jackson.PlanningModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
        .hasMessageContaining("line: 1, column: ")
        .hasCauseInstanceOf(PlanValueParseException.class);
    assertThatThrownBy(
            () ->
                jackson2.readValue("{\"target\":{\"text\":\"[9]以上\",\"amount\":10}}", Report.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("the typed field amount (10) disagrees with the text, which reads 9");
    assertThatThrownBy(() -> jackson2.readValue("{\"unit\":5}", Report.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("a Unit is written as a string");
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

package io.github.planning.io;

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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The module inside an application's own mapper and DTOs. */
class PlanningModuleTest {

  /** An application's report. */
  record DistrictReport(String district, PlanValue target, Unit unit, PlanPeriod period,
      Attribute attribute, List<Observation> observations, PlanRow row) {}

  private final JsonMapper mapper = JsonMapper.builder().addModule(new PlanningModule()).build();

  @Test
  void planningTypes_insideAnApplicationDto_roundTrip() {
    PlanRow row = PlanRow.builder()
        .indicator(Indicator.builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build())
        .baseYear(2020).base(PlanValue.parse("752.8")).targetYear(2025)
        .target(PlanValue.parse("1000")).build();
    DistrictReport report = new DistrictReport("吴兴区", PlanValue.parse("[9]以上"), Unit.YI_YUAN,
        PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN, Attribute.BINDING,
        List.of(Observation.of("gdp", 2021, new BigDecimal("830.50"))
            .withStatus(ObservationStatus.ESTIMATED)), row);

    String json = mapper.writeValueAsString(report);

    assertThat(json).contains("\"target\":{\"text\":\"[9]以上\",\"kind\":\"FIGURE\","
        + "\"relation\":\"AT_LEAST\",\"amount\":9,\"cumulative\":true}");
    assertThat(json).contains("\"unit\":\"亿元\"").contains("\"period\":\"2021-2025\"")
        .contains("\"value\":830.50");
    assertThat(mapper.readValue(json, DistrictReport.class)).isEqualTo(report);
  }

  @Test
  void values_readFromTheBareText_andLabelsFromChinese() {
    DistrictReport report = mapper.readValue("{\"district\":\"吴兴\",\"target\":\"9.5%左右\","
        + "\"unit\":\"万元/人\",\"period\":\"十四五\",\"attribute\":\"约束性\"}", DistrictReport.class);
    assertThat(report.target().relation()).contains(Relation.ABOUT);
    assertThat(report.unit()).isEqualTo(Unit.parse("万元/人"));
    assertThat(report.period()).isEqualTo(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
    assertThat(report.attribute()).isEqualTo(Attribute.BINDING);
  }

  @Test
  void typedFieldsThatDisagree_areRejectedWithTheLocation() {
    assertThatThrownBy(() -> mapper.readValue(
        "{\"target\":{\"text\":\"[9]以上\",\"amount\":10}}", DistrictReport.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("JSON:1:36: '[9]以上': the typed field amount (10) disagrees with "
            + "the text, which reads 9");
    assertThatThrownBy(() -> mapper.readValue("{\"target\":\"9.5%%\"}", DistrictReport.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("Text '9.5%%' could not be parsed at index 4: unexpected '%'")
        .hasCauseInstanceOf(io.github.planning.core.PlanValueParseException.class);
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
}

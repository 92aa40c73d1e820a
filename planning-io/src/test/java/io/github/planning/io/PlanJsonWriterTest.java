package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.io.jackson.PlanningJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan fields a writer leaves to the end, after the rows. */
class PlanJsonWriterTest {

  private static final PlanRow ROW =
      PlanRow.builder().indicator(Indicator.builder().code("a").name("甲").build()).build();

  @Test
  void fieldsLeftToTheEnd_areWrittenOnceAfterTheRows_fromTheTrailer() {
    Plan header =
        Plan.builder().title("placeholder").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
    Plan trailer =
        Plan.builder()
            .title("主要指标")
            .region("吴兴区")
            .period(PlanPeriod.parse("2016-2020"))
            .addNotes("注一")
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PlanJsonWriter writer = PlanJsonWriter.open(out, header, Set.of("title", "period", "notes"));
    writer.write(ROW);
    writer.close(trailer);

    String json = out.toString(UTF_8);
    assertThat(json)
        .doesNotContain("placeholder", "吴兴区", "2021-2025")
        .containsOnlyOnce("\"title\"");
    assertThat(json.indexOf("\"period\"")).isGreaterThan(json.indexOf("\"rows\""));
    Plan back =
        PlanJsonReader.open(new ByteArrayInputStream(out.toByteArray()), ReadOptions.of("p.json"))
            .readPlan();
    assertThat(back.title()).isEqualTo("主要指标");
    assertThat(back.period()).isEqualTo(PlanPeriod.parse("2016-2020"));
    assertThat(back.notes()).containsExactly("注一");
    assertThat(back.region()).isEmpty();
    assertThat(back.rows()).containsExactly(ROW);
  }

  @Test
  void aFieldThatIsNoPlanField_isRefused() {
    Plan header = Plan.builder().title("T").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
    assertThatThrownBy(
            () -> PlanJsonWriter.open(new ByteArrayOutputStream(), header, Set.of("rows")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rows' is not a plan field");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A\uFEFFB", "A\u0007B", "A\u0000B"})
  void theWriterAndTheModule_refuseACharacterTheirReaderRefuses(String name) {
    PlanRow row =
        PlanRow.builder()
            .indicator(Indicator.builder().code("a").publishedName(name).build())
            .build();
    Plan plan =
        Plan.builder().title("t").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).addRows(row).build();

    assertThatThrownBy(() -> PlanJsonWriter.write(plan, new ByteArrayOutputStream()))
        .hasMessageContaining("Cannot write the name of row 'a'")
        .hasMessageContaining("U+");
    assertThatThrownBy(() -> PlanningJson.mapper().writeValueAsString(row))
        .hasMessageContaining("Cannot write the name of row 'a'");
  }
}

package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationMatchingTest {

  private static final Plan PLAN =
      PlanCsvReader.open(
              new StringReader(
                  "指标,2020年,2025年\n地区生产总值(GDP),752.8,1000\n城镇化率*,73,78\n人口,80,85\n人口,1,2\n"),
              ReadOptions.of("p.csv"))
          .readPlan();

  @Test
  void anObservation_namesItsRowByCodeOrByPublishedName() {
    List<Observation> matched =
        ObservationMatching.match(
            PLAN,
            List.of(
                Observation.of("r1", 2021, new BigDecimal("800")),
                Observation.of("地区生产总值(GDP)", 2022, new BigDecimal("850")),
                Observation.of("城镇化率*", 2022, new BigDecimal("74")),
                Observation.of("城镇化率", 2023, new BigDecimal("75"))),
            "o.csv");
    assertThat(matched).extracting(Observation::code).containsExactly("r1", "r1", "r2", "r2");
    assertThat(matched.get(1).value()).isEqualByComparingTo("850");
    assertThat(PLAN.period()).isEqualTo(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
  }

  @Test
  void anObservationOfNoRow_orOfAnAmbiguousName_isAnErrorNamingIt() {
    assertThatThrownBy(
            () ->
                ObservationMatching.match(
                    PLAN,
                    List.of(
                        Observation.of("财政收入", 2021, BigDecimal.ONE),
                        Observation.of("人口", 2021, BigDecimal.ONE)),
                    "o.csv"))
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e -> {
              assertThat(e.problems()).extracting(Problem::text).containsExactly("财政收入", "人口");
              assertThat(e.problems().get(0).reason()).contains("no row of the plan");
              assertThat(e.problems().get(1).reason()).contains("r3, r4");
            });
  }

  @Test
  void observationsReadWithTheirPlaces_areErrorsAtTheirCodes_inCsvAndJson() {
    List<ObservationRecord> csv =
        ObservationReader.csv(
                new StringReader("year,code,value\n2021,r1,800\n2021,财政收入,1\n"),
                ReadOptions.of("o.csv"))
            .readAllRecords();
    assertThat(csv)
        .extracting(ObservationRecord::line, ObservationRecord::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 2L),
            org.assertj.core.groups.Tuple.tuple(3L, 2L));
    assertThatThrownBy(() -> ObservationMatching.matchRecords(List.of(PLAN), csv, "o.csv"))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining("o.csv:3:2: '财政收入': no row of the plan has this code or name");

    String json =
        "{\"format\": \"planning-observations/1\", \"observations\": [\n"
            + "  {\"code\": \"r1\", \"year\": 2021, \"value\": 800},\n"
            + "  {\"code\": \"人口\", \"year\": 2021, \"value\": 1}\n]}";
    List<ObservationRecord> read =
        ObservationReader.json(
                new java.io.ByteArrayInputStream(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ReadOptions.of("o.json"))
            .readAllRecords();
    assertThat(read).extracting(ObservationRecord::line).containsExactly(2L, 3L);
    assertThatThrownBy(() -> ObservationMatching.matchRecords(List.of(PLAN), read, "o.json"))
        .hasMessageContaining("o.json:3:3: '人口': more than one row has this name (r3, r4)");
  }

  @Test
  void observationsOfSeveralPlans_goToEachPlanThatHasTheirRow() {
    Plan county =
        PlanCsvReader.open(
                new StringReader("指标,2020年,2025年\n财政收入,10,15\n地区生产总值(GDP),100,150\n"),
                ReadOptions.of("county.csv"))
            .readPlan();
    List<List<Observation>> each =
        ObservationMatching.matchEach(
            List.of(PLAN, county),
            List.of(
                Observation.of("地区生产总值(GDP)", 2021, new BigDecimal("800")),
                Observation.of("财政收入", 2021, new BigDecimal("11"))),
            "o.csv");
    assertThat(each.get(0)).extracting(Observation::code).containsExactly("r1");
    assertThat(each.get(1)).extracting(Observation::code).containsExactly("r2", "r1");
    assertThat(each.get(1).get(1).value()).isEqualByComparingTo("11");
    assertThatThrownBy(
            () ->
                ObservationMatching.matchEach(
                    List.of(PLAN, county),
                    List.of(Observation.of("人口总量", 2022, BigDecimal.ONE)),
                    "o.csv"))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining(
            "'人口总量': no row of any of the 2 plans has this code or name (observation of 2022)");
  }

  @Test
  void aNameWrittenWithSpaces_isMatchedByItsNormalisedName() {
    Plan spaced =
        PlanCsvReader.open(
                new StringReader("指标,2020年,2025年\n 地区生产总值 ,752.8,1000\n\u3000城镇化率*\u3000,73,78\n"),
                ReadOptions.of("p.csv"))
            .readPlan();
    assertThat(spaced.rows().get(0).indicator().name()).isEqualTo(" 地区生产总值 ");

    List<Observation> matched =
        ObservationMatching.match(
            spaced,
            List.of(
                Observation.of("地区生产总值", 2021, new BigDecimal("800")),
                Observation.of("城镇化率*", 2021, new BigDecimal("74")),
                Observation.of(" 城镇化率 ", 2022, new BigDecimal("75"))),
            "o.csv");
    assertThat(matched).extracting(Observation::code).containsExactly("r1", "r2", "r2");
  }
}

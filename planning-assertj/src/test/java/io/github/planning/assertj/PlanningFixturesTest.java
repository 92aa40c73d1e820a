package io.github.planning.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Plan;
import io.github.planning.io.PlanReadResult;
import org.junit.jupiter.api.Test;

class PlanningFixturesTest {

  @Test
  void everyPublishedTable_readsIntoAPlan_withItsSource() {
    for (String name : PlanningFixtures.publishedTables()) {
      PlanReadResult result = PlanningFixtures.publishedTable(name);
      assertThat(result.plan()).as(name).isPresent();
      assertThat(result.records()).as(name).allSatisfy(r -> assertThat(r.row()).isPresent());
      assertThat(PlanningFixtures.publishedTableSource(name)).as(name).isNotBlank();
    }
    Plan national = PlanningFixtures.publishedTable("national-14th-main").plan().orElseThrow();
    assertThat(national.rows()).hasSize(20);
    assertThat(
            PlanningFixtures.publishedTable("wuxing-14th-main")
                .plan()
                .orElseThrow()
                .row("3a")
                .orElseThrow()
                .indicator()
                .parent())
        .contains("3");
  }

  @Test
  void theTablesWithoutABaseYear_areReadWithTheirDocumentsPeriods() {
    Plan health =
        PlanningFixtures.publishedTable("national-healthy-china-action").plan().orElseThrow();
    assertThat(health.period()).isEqualTo(io.github.planning.core.PlanPeriod.of(2019, 2030));
    assertThat(health.row("1").orElseThrow().yearlyTargets()).containsOnlyKeys(2022);
    Plan shaoxing =
        PlanningFixtures.publishedTable("shaoxing-2018-plan-completion").plan().orElseThrow();
    assertThat(shaoxing.row("r10a").orElseThrow().indicator().parent()).contains("r10");
    assertThat(PlanningFixtures.publishedTableSource("shaoxing-2018-plan-completion"))
        .contains("sxrd.sx.gov.cn");
  }

  @Test
  void anUnknownTable_saysWhichThereAre() {
    assertThatThrownBy(() -> PlanningFixtures.publishedTable("nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("national-14th-main");
  }
}

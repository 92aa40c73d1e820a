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
  void anUnknownTable_saysWhichThereAre() {
    assertThatThrownBy(() -> PlanningFixtures.publishedTable("nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("national-14th-main");
  }
}

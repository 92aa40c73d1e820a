package io.github.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Indicator;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.SeedPlans;
import io.github.planning.progress.Progress;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssignedTargetsTest {

  @Test
  void resolve_fromACityPlan_byCodeOrName_andReportsTheRest() {
    Plan district = SeedPlans.table12();
    Plan city =
        Plan.builder()
            .title("湖州市主要指标")
            .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
            .addRows(
                PlanRow.builder()
                    .indicator(Indicator.builder().code("1-2-39").name("粮食综合生产能力").build())
                    .target(PlanValue.parse("1.35"))
                    .build(),
                PlanRow.builder()
                    .indicator(Indicator.builder().code("city-7").name("单位GDP能耗降低").build())
                    .targetGrowth(PlanValue.parse("[14]"))
                    .build())
            .build();

    AssignedTargets.Resolution r =
        AssignedTargets.resolve(district, AssignedTargets.fromPlan(city));

    assertThat(r.plan().row("1-2-39").orElseThrow().target()).contains(PlanValue.parse("1.35"));
    assertThat(r.plan().row("1-2-17").orElseThrow().targetGrowth())
        .contains(PlanValue.parse("[14]"));
    assertThat(district.row("1-2-39").orElseThrow().target()).contains(PlanValue.parse("完成市下达目标"));
    assertThat(r.unresolved())
        .extracting(f -> f.rowCode().orElseThrow())
        .containsExactly("1-2-18", "1-2-18", "1-2-19", "1-2-38");
    assertThat(r.unresolved())
        .allSatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(PlanChecks.ASSIGNED_VALUE_NEEDED);
              assertThat(f.messageEn()).contains("no value assigned by the city");
            });

    Progress progress =
        Progress.assess(
            r.plan().row("1-2-39").orElseThrow(),
            district.period(),
            List.of(Observation.of("1-2-39", 2022, new BigDecimal("1.32"))),
            2022);
    assertThat(progress.valueShare()).hasValueSatisfying(v -> assertThat(v).isPositive());
    assertThat(PlanChecks.check(r.plan()))
        .extracting(Finding::rowCode)
        .doesNotContain(Optional.of("1-2-39"));
  }

  @Test
  void resolve_withAnApplicationLookup() {
    Plan district = SeedPlans.table12();
    AssignedTargets.Resolution r =
        AssignedTargets.resolve(
            district,
            (row, level, cell) ->
                level == AdministrativeLevel.CITY && cell == AssignedTargets.Cell.BASE
                    ? Optional.of(PlanValue.parse("-3.1"))
                    : Optional.empty());
    assertThat(r.plan().row("1-2-18").orElseThrow().base()).contains(PlanValue.parse("-3.1"));
    assertThat(r.unresolved()).hasSize(5);
  }
}

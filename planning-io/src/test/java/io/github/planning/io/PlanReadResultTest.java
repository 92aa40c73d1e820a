package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanReadResultTest {

  @Test
  void aLenientRead_whoseRowsHangFromAnOrphanOrACycle_stillGivesThePlanOfTheOthers() {
    String csv =
        "code,parent,name\nroot,,Root\nkid,root,Kid\n"
            + "orphan,zz,Orphan\nunder,orphan,Under\nlow,under,Low\n"
            + "c1,c2,Cycle one\nc2,c1,Cycle two\n";
    ReadOptions lenient =
        ReadOptions.builder()
            .source("o.csv")
            .mode(ReadMode.LENIENT)
            .period(io.github.planning.core.PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
            .build();

    PlanReadResult result = PlanCsvReader.open(new StringReader(csv), lenient).readAll();

    assertThat(result.plan())
        .get()
        .satisfies(
            plan ->
                assertThat(plan.rows()).extracting(PlanRow::code).containsExactly("root", "kid"));
    assertThat(result.records()).hasSize(7);
    assertThat(result.problems()).extracting(Problem::text).contains("zz");
  }

  @Test
  void periodDecidedBy_theStatedPeriodOrTheFirstRowWithBaseAndTargetYears() {
    ReadOptions options = ReadOptions.of("p.csv");
    RowRecord noYears = RowRecord.of(row("code,name,base\na,A,80\n"));
    RowRecord years =
        RowRecord.of(row("code,name,base_year,base,target_year,target\nb,B,2020,1,2025,2\n"));
    PlanPeriod fourteenth = PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN;

    assertThat(PlanReadResult.periodDecidedBy(noYears, Optional.empty(), options)).isEmpty();
    assertThat(PlanReadResult.periodDecidedBy(noYears, Optional.of(fourteenth), options))
        .contains(fourteenth);
    assertThat(PlanReadResult.periodDecidedBy(years, Optional.empty(), options))
        .contains(fourteenth)
        .contains(PlanReadResult.period(List.of(noYears, years), Optional.empty(), options));
    assertThatThrownBy(
            () ->
                PlanReadResult.periodDecidedBy(
                    years,
                    Optional.empty(),
                    ReadOptions.builder()
                        .source("p.csv")
                        .period(PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN)
                        .build()))
        .hasMessageContaining("contradicts");
  }

  private static PlanRow row(String csv) {
    ReadOptions options =
        ReadOptions.builder().source("r.csv").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
    return PlanCsvReader.open(new StringReader(csv), options).readPlan().rows().get(0);
  }
}

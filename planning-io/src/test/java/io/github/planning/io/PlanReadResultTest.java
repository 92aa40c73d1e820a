package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.PlanRow;
import java.io.StringReader;
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
}

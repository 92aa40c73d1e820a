package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanCsvWriterTest {

  private static final PlanRow GDP =
      PlanRow.builder()
          .indicator(Indicator.builder().code("gdp").name("地区生产总值").build())
          .baseYear(2020)
          .base(PlanValue.parse("100"))
          .targetYear(2025)
          .target(PlanValue.parse("150"))
          .putYearlyTarget(2023, PlanValue.parse("=120"))
          .putYearlyTarget(2021, PlanValue.parse("6%左右"))
          .build();

  private static final PlanRow POPULATION =
      PlanRow.builder()
          .indicator(Indicator.builder().code("pop").name("常住人口").build())
          .putYearlyTarget(2022, PlanValue.parse("[3]"))
          .build();

  private static final Plan PLAN =
      Plan.builder()
          .title("分年度")
          .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
          .addRows(GDP, POPULATION)
          .build();

  private static String csv(Plan plan, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, out, options);
    return out.toString(UTF_8);
  }

  private static Plan read(String csv) {
    return PlanCsvReader.open(
            new ByteArrayInputStream(csv.getBytes(UTF_8)),
            ReadOptions.builder()
                .source("back.csv")
                .title("分年度")
                .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                .build())
        .readPlan();
  }

  @Test
  void yearlyTargets_goInAColumnPerYear_inOrder_andReadBack() {
    String canonical = csv(PLAN, WriteOptions.canonical());
    String header = canonical.lines().findFirst().orElseThrow();
    assertThat(header).endsWith(",note,target_2021,target_2022,target_2023");
    assertThat(canonical.lines().skip(1))
        .containsExactly(
            "gdp,,,,地区生产总值,——,,,,2020,100,2025,150,,,,,,,,,\"6%左右\",,=120",
            "pop,,,,常住人口,——,,,,,,,,,,,,,,,,,[3],");
    assertThat(read(canonical)).isEqualTo(PLAN);
  }

  @Test
  void yearlyTargets_underChineseHeadings_readBack() {
    String excel = csv(PLAN, WriteOptions.excel());
    assertThat(excel.lines().findFirst().orElseThrow()).endsWith(",备注,2021年目标,2022年目标,2023年目标");
    assertThat(read(excel)).isEqualTo(PLAN);
  }

  @Test
  void aYearlyTargetOfAYearWithoutAColumn_isRefused_notDropped() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter writer =
        PlanCsvWriter.open(out, WriteOptions.canonical(), Set.of(2021), List.of());
    assertThatThrownBy(() -> writer.write(GDP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot write the yearly target of 2023 of row 'gdp': this writer has columns for the"
                + " yearly targets of [2021]; open it with the years of every row's yearly targets"
                + " (PlanCsvWriter.yearlyTargetYears)");
    PlanCsvWriter without = PlanCsvWriter.open(out, WriteOptions.canonical(), List.of());
    assertThatThrownBy(() -> without.write(POPULATION))
        .hasMessageContaining("of 2022 of row 'pop'")
        .hasMessageContaining("columns for the yearly targets of no year");
  }

  @Test
  void yearlyTargetYears_areTheUnionOfTheRows_inOrder() {
    assertThat(PlanCsvWriter.yearlyTargetYears(PLAN.rows())).containsExactly(2021, 2022, 2023);
    assertThat(PlanCsvWriter.yearlyTargetYears(List.of())).isEmpty();
  }

  @Test
  void extraColumns_followTheYearlyTargets() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PlanCsvWriter writer =
        PlanCsvWriter.open(out, WriteOptions.canonical(), Set.of(2022), List.of("资料来源"))) {
      writer.write(RowRecord.builder().row(POPULATION).putExtra("资料来源", "统计局").build());
    }
    List<String> lines = out.toString(UTF_8).lines().toList();
    assertThat(lines.get(0)).endsWith(",note,target_2022,资料来源");
    assertThat(lines.get(1)).endsWith(",[3],统计局");
    RowRecord back =
        PlanCsvReader.open(
                new ByteArrayInputStream(out.toByteArray()),
                ReadOptions.builder()
                    .source("back.csv")
                    .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                    .build())
            .next();
    assertThat(back.row()).contains(POPULATION);
    assertThat(back.extra()).containsExactly(java.util.Map.entry("资料来源", "统计局"));
  }
}

package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.analysis.ImpliedFigures;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Real tables as offices publish them, read as typed: values, parents, units, figures. */
class PublishedTablesTest {

  private static final Set<String> VALUE_FIELDS =
      Set.of("base", "target", "target_growth", "actual", "actual_growth", "yearly_target");

  /** The periods of the tables whose headings give no base year, as their documents state them. */
  private static final java.util.Map<String, PlanPeriod> PERIODS =
      java.util.Map.of(
          "national-healthy-china-action.csv", PlanPeriod.of(2019, 2030),
          "shaoxing-2018-plan-completion.csv", PlanPeriod.of(2018, 2018));

  /** Every real table of the fixtures, as typed. */
  static List<String> tables() {
    return List.of(
        "wuxing-13th-completion.csv",
        "wuxing-14th-main.csv",
        "national-14th-main.csv",
        "dazhou-14th-forestry.csv",
        "jiangsu-xiaokang-2020.csv",
        "yijiang-13th-completion.csv",
        "yuecheng-13th-completion.csv",
        "national-healthy-china-action.csv",
        "shaoxing-2018-plan-completion.csv");
  }

  record Read(PlanReadResult result, CsvLayout layout, String[][] cells) {
    Plan plan() {
      return result.plan().orElseThrow();
    }

    PlanRow row(String code) {
      return plan().row(code).orElseThrow(() -> new AssertionError("no row " + code));
    }
  }

  static Read read(String table) throws IOException {
    String path = "/io/github/planning/io/tables/" + table;
    PlanCsvReader reader;
    try (InputStream in = PublishedTablesTest.class.getResourceAsStream(path)) {
      ReadOptions.Builder options = ReadOptions.builder().source(table).mode(ReadMode.LENIENT);
      if (PERIODS.containsKey(table)) {
        options.period(PERIODS.get(table));
      }
      reader = PlanCsvReader.open(in, options.build());
      PlanReadResult result = reader.readAll();
      String[][] cells;
      try (InputStream again = PublishedTablesTest.class.getResourceAsStream(path)) {
        cells =
            CsvMapper.builder()
                .enable(CsvReadFeature.WRAP_AS_ARRAY)
                .build()
                .readerFor(String[][].class)
                .with(CsvSchema.emptySchema())
                .readValue(again);
      }
      return new Read(result, reader.layout(), cells);
    }
  }

  @ParameterizedTest
  @MethodSource("tables")
  void everyValueCellsText_comesBackExactly_andEveryRowComesBack(String table) throws IOException {
    Read read = read(table);
    List<String> published = new ArrayList<>();
    for (CsvLayout.Column column : read.layout().columns()) {
      if (VALUE_FIELDS.contains(column.field())) {
        int headerRows =
            (int)
                read.layout().rows().stream()
                    .filter(r -> r.role().contains("header"))
                    .mapToLong(CsvLayout.Row::line)
                    .max()
                    .orElseThrow();
        for (int line = headerRows; line < read.cells().length; line++) {
          String[] row = read.cells()[line];
          if (column.column() <= row.length && !row[column.column() - 1].isEmpty()) {
            published.add(row[column.column() - 1]);
          }
        }
      }
    }
    List<String> back = new ArrayList<>();
    for (RowRecord record : read.result().records()) {
      record
          .row()
          .ifPresent(
              r -> {
                r.base().map(PlanValue::text).ifPresent(back::add);
                r.target().map(PlanValue::text).ifPresent(back::add);
                r.targetGrowth().map(PlanValue::text).ifPresent(back::add);
                r.actual().map(PlanValue::text).ifPresent(back::add);
                r.actualGrowth().map(PlanValue::text).ifPresent(back::add);
                r.yearlyTargets().values().forEach(v -> back.add(v.text()));
              });
      record
          .invalidCells()
          .forEach(
              (field, text) -> {
                if (VALUE_FIELDS.contains(field.csvHeading())) {
                  back.add(text);
                }
              });
    }
    assertThat(published).isNotEmpty();
    assertThat(back).containsExactlyInAnyOrderElementsOf(published);
    assertThat(read.result().records()).allSatisfy(r -> assertThat(r.row()).isPresent());
  }

  @ParameterizedTest
  @MethodSource("tables")
  void everyTable_writtenAsCsvExcelCsvAndJson_readsBackToTheSamePlan(String table)
      throws IOException {
    Plan plan = read(table).plan();
    ReadOptions options =
        ReadOptions.builder().source("back").title(plan.title()).period(plan.period()).build();
    for (WriteOptions written : List.of(WriteOptions.canonical(), WriteOptions.excel())) {
      java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
      PlanCsvWriter.write(plan, csv, written);
      Plan back =
          PlanCsvReader.open(new java.io.ByteArrayInputStream(csv.toByteArray()), options)
              .readPlan();
      assertThat(back.rows()).as("%s through CSV", table).isEqualTo(plan.rows());
    }
    java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
    PlanJsonWriter.write(plan, json);
    Plan back =
        PlanJsonReader.open(new java.io.ByteArrayInputStream(json.toByteArray()), options)
            .readPlan();
    assertThat(back).as("%s through JSON", table).isEqualTo(plan);
  }

  @org.junit.jupiter.api.Test
  void wuxingTable12_asPublished() throws IOException {
    Read read = read("wuxing-14th-main.csv");
    assertThat(read.result().problems()).isEmpty();
    Plan plan = read.plan();
    assertThat(plan.title()).isEqualTo("表1-2 “十四五”时期经济和社会发展主要指标");
    assertThat(plan.period()).isEqualTo(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
    assertThat(plan.notes()).singleElement().asString().startsWith("注:1.标“*”为吴兴特色指标");
    assertThat(plan.rows()).hasSize(42);
    PlanRow urban = read.row("3");
    assertThat(urban.indicator().name()).isEqualTo("城镇化率");
    assertThat(urban.indicator().featured()).isTrue();
    assertThat(read.row("3a").indicator().parent()).contains("3");
    assertThat(read.row("3b").indicator().name()).isEqualTo("户籍人口城镇化率");
    assertThat(read.row("3b").indicator().parent()).contains("3");
    assertThat(read.row("3b").indicator().unit().symbol()).isEqualTo("%");
    assertThat(read.row("11a").indicator().parent()).contains("11");
    assertThat(read.row("36").indicator().category()).contains("社 会 民 生");
    // GDP 752.8 → 1000 in five years: (1000 / 752.8)^(1/5) − 1
    BigDecimal expected = BigDecimal.valueOf(Math.pow(1000 / 752.8, 0.2) - 1);
    assertThat(
            ImpliedFigures.annualGrowth(read.row("1"), plan.period())
                .orElseThrow()
                .subtract(expected)
                .abs())
        .isLessThan(new BigDecimal("1e-12"));
  }

  @org.junit.jupiter.api.Test
  void wuxingTable11_asPublished_withTwoHeaderRows() throws IOException {
    Read read = read("wuxing-13th-completion.csv");
    assertThat(read.result().problems()).isEmpty();
    Plan plan = read.plan();
    assertThat(plan.period()).isEqualTo(PlanPeriod.of(2016, 2020));
    assertThat(read.layout().columns())
        .extracting(CsvLayout.Column::field)
        .containsExactly(
            "category",
            "seq",
            "name",
            "name",
            "unit",
            "base",
            "target",
            "target_growth",
            "actual",
            "actual_growth",
            "assessment");
    assertThat(read.row("3-4").indicator().parent()).contains("3");
    assertThat(read.row("24a").indicator().parent()).contains("24");
    assertThat(read.row("24b").indicator().name()).isEqualTo("林木蓄积量");
    assertThat(read.row("25a").indicator().name()).isEqualTo("居民人均可支配收入(城镇、农村)");
    assertThat(read.row("25a").indicator().parent()).contains("25");
    assertThat(read.row("2a").indicator().parent()).isEmpty();
    assertThat(read.row("1").actualYear()).hasValue(2020);
    // 财政收入 39.0 → 82.81 over 2015-2020 is 16.25 % a year; published 16.2, within 0.1
    BigDecimal rate = BigDecimal.valueOf(Math.pow(82.81 / 39.0, 0.2) - 1).movePointRight(2);
    assertThat(
            read.row("3")
                .actualGrowth()
                .orElseThrow()
                .plainAmount()
                .orElseThrow()
                .subtract(rate)
                .abs())
        .isLessThan(new BigDecimal("0.1"));
  }

  @org.junit.jupiter.api.Test
  void dazhou_unitsFromNames_giveThePointChange() throws IOException {
    Read read = read("dazhou-14th-forestry.csv");
    PlanRow forest = read.row("1");
    assertThat(forest.indicator().unit().symbol()).isEqualTo("%");
    assertThat(forest.indicator().name()).isEqualTo("森林覆盖率(%)");
    assertThat(read.row("2").indicator().unit().symbol()).isEqualTo("万立方米");
    assertThat(read.row("2").indicator().category()).contains("生态建设");
    assertThat(ImpliedFigures.pointChange(forest))
        .contains(new BigDecimal("46.3").subtract(new BigDecimal("45.31")));
  }

  @org.junit.jupiter.api.Test
  void national_twoBareYears_areBaseAndTarget() throws IOException {
    Read read = read("national-14th-main.csv");
    Plan plan = read.plan();
    assertThat(plan.period()).isEqualTo(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
    assertThat(plan.rows()).hasSize(20);
    PlanRow doctors = read.row("10");
    assertThat(doctors.baseYear()).hasValue(2020);
    assertThat(doctors.targetYear()).hasValue(2025);
    BigDecimal expected = new BigDecimal(Math.pow(3.2 / 2.9, 0.2) - 1, MathContext.DECIMAL64);
    assertThat(
            ImpliedFigures.annualGrowth(doctors, plan.period())
                .orElseThrow()
                .subtract(expected)
                .abs())
        .isLessThan(new BigDecimal("1e-12"));
  }

  @org.junit.jupiter.api.Test
  void jiangsu_numbersUnderTheNameHeading_groupsAndSubItems() throws IOException {
    Read read = read("jiangsu-xiaokang-2020.csv");
    assertThat(read.plan().period()).isEqualTo(PlanPeriod.of(2016, 2020));
    assertThat(read.row("一").indicator().name()).isEqualTo("经济发展");
    assertThat(read.row("一-1").indicator().parent()).contains("一");
    assertThat(read.row("三-17c").indicator().parent()).contains("三-17");
    assertThat(read.row("三-17").indicator().parent()).contains("三");
    assertThat(
            read.result().records().stream()
                .filter(r -> r.row().orElseThrow().code().equals("三-18"))
                .findFirst()
                .orElseThrow()
                .extra())
        .containsEntry("资料来源", "省人社厅 /统计局");
  }

  @org.junit.jupiter.api.Test
  void yijiang_twoYearsOfActuals_areBaseAndActual_andTheGrowthIsActual() throws IOException {
    Read read = read("yijiang-13th-completion.csv");
    PlanRow gdp = read.row("一a");
    assertThat(gdp.indicator().unit().symbol()).isEqualTo("亿元");
    assertThat(gdp.indicator().parent()).contains("一");
    assertThat(read.row("四b").indicator().parent()).contains("四");
    assertThat(read.row("四ab").indicator().parent()).contains("四a");
    // 300.41 → 469.5 over 2015-2020: the published 9.3 (%)
    BigDecimal rate =
        BigDecimal.valueOf(Math.pow(469.5 / 300.41, 0.2) - 1)
            .movePointRight(2)
            .setScale(1, RoundingMode.HALF_UP);
    assertThat(gdp.actualGrowth().orElseThrow().plainAmount()).contains(rate);
  }

  @org.junit.jupiter.api.Test
  void yuecheng_anEstimateColumn_andTheCompletionWordsAsTheAssessment() throws IOException {
    Read read = read("yuecheng-13th-completion.csv");
    assertThat(read.plan().title()).isEqualTo("“十三五”规划主要指标完成情况 表1");
    PlanRow gdp = read.row("1");
    assertThat(gdp.targetYear()).hasValue(2020);
    assertThat(gdp.actual().orElseThrow().text()).isEqualTo("1008.5");
    assertThat(gdp.assessment()).isPresent();
    assertThat(read.layout().columns().get(3).how()).contains("an estimate");
  }

  @org.junit.jupiter.api.Test
  void healthyChina_twoTargetYears_theLatestIsTheTarget_theEarlierAYearlyTarget()
      throws IOException {
    Read read = read("national-healthy-china-action.csv");
    assertThat(read.layout().columns())
        .extracting(CsvLayout.Column::field)
        .containsExactly(
            "category",
            "extra '领域 2'",
            "seq",
            "name",
            "base",
            "yearly_target",
            "target",
            "attribute");
    assertThat(read.plan().title()).isEqualTo("健康中国行动主要指标");
    assertThat(read.plan().rows()).hasSize(9);
    PlanRow literacy = read.row("1");
    assertThat(literacy.indicator().unit().symbol()).isEqualTo("%");
    assertThat(literacy.indicator().category()).contains("(一)\n健康知识普及行动");
    assertThat(literacy.base().orElseThrow().text()).isEqualTo("14.18");
    assertThat(literacy.target().orElseThrow().text()).isEqualTo("≥30");
    assertThat(literacy.targetYear()).hasValue(2030);
    assertThat(literacy.yearlyTargets()).containsOnlyKeys(2022);
    assertThat(literacy.yearlyTargets().get(2022).text()).isEqualTo("≥22");
    // the floors rise by 22 − 14.18 points to 2022 and by 30 − 22 more to 2030
    BigDecimal floor2022 = literacy.yearlyTargets().get(2022).amount().orElseThrow();
    BigDecimal floor2030 = literacy.target().orElseThrow().amount().orElseThrow();
    assertThat(floor2022.subtract(literacy.base().orElseThrow().amount().orElseThrow()))
        .isEqualByComparingTo(new BigDecimal("22").subtract(new BigDecimal("14.18")));
    assertThat(floor2030.subtract(floor2022)).isEqualByComparingTo("8");
    // 2022's observed 25.4 % meets the 2022 floor, so progress as of 2022 is on track, though
    // it is short of the 2030 floor
    io.github.planning.core.Observation in2022 =
        io.github.planning.core.Observation.builder()
            .code("1")
            .year(2022)
            .value(new BigDecimal("25.4"))
            .build();
    io.github.planning.progress.Progress progress =
        io.github.planning.progress.Progress.assess(
            literacy, read.plan().period(), List.of(in2022), 2022);
    assertThat(progress.onTrack()).contains(true);
    assertThat(new BigDecimal("25.4").compareTo(floor2030)).isNegative();
    // indicators without figures (倡导性) are rows, not groups: nothing is under them
    for (String code : List.of("2", "3", "4", "5")) {
      assertThat(read.row(code).indicator().parent()).as(code).isEmpty();
      assertThat(read.row(code).target()).as(code).isEmpty();
      assertThat(read.row(code).indicator().attribute())
          .as(code)
          .contains(io.github.planning.core.Attribute.ADVOCATED);
    }
    assertThat(read.result().problems()).noneMatch(p -> p.text().equals("倡导性"));
    assertThat(read.layout().rows()).noneMatch(r -> r.role().startsWith("group"));
    assertThat(record(read, "2").extra()).containsEntry("领域 2", "个人和社会倡导性指标");
    // the 说明 rows inside the table are the plan's notes
    assertThat(read.plan().notes()).hasSize(3).allMatch(n -> n.startsWith("说明:"));
    PlanRow clinics = read.row("8");
    assertThat(clinics.base()).isEmpty();
    assertThat(clinics.yearlyTargets().get(2022).text()).isEqualTo("90");
    // 90 % in 2022 to 100 % in 2030: 10 points in 8 years, 1.25 a year
    BigDecimal perYear =
        clinics
            .target()
            .orElseThrow()
            .plainAmount()
            .orElseThrow()
            .subtract(clinics.yearlyTargets().get(2022).plainAmount().orElseThrow())
            .divide(BigDecimal.valueOf(2030 - 2022), MathContext.DECIMAL64);
    assertThat(perYear).isEqualByComparingTo("1.25");
    assertThat(read.row("9").indicator().category()).contains("(二)\n合理膳食行动");
  }

  @org.junit.jupiter.api.Test
  void shaoxing_aCitysAnnualPlan_targetsAndWhatWasAchieved() throws IOException {
    Read read = read("shaoxing-2018-plan-completion.csv");
    assertThat(read.layout().columns())
        .extracting(CsvLayout.Column::field)
        .containsExactly("category", "name", "name", "target", "actual");
    Plan plan = read.plan();
    assertThat(plan.title()).isEqualTo("表1:2018年全市国民经济和社会发展目标完成情况");
    assertThat(plan.rows()).hasSize(15);
    assertThat(read.row("r2").indicator().category()).contains("规模");
    assertThat(read.row("r8").indicator().category()).contains("效率");
    PlanRow investment = read.row("r10");
    assertThat(investment.indicator().name()).isEqualTo("固定资产投资");
    assertThat(investment.target()).isEmpty();
    for (String code : List.of("r10a", "r10b", "r10c", "r10d")) {
      assertThat(read.row(code).indicator().parent()).as(code).contains("r10");
    }
    assertThat(read.row("r10b").indicator().name()).isEqualTo("生态环境和公共设施投资");
    assertThat(read.row("r15").indicator().parent()).isEmpty();
    // 一般公共预算收入: 9 % planned, 16.2 % reached, 7.2 points above the target
    PlanRow revenue = read.row("r4");
    BigDecimal above =
        revenue
            .actual()
            .orElseThrow()
            .plainAmount()
            .orElseThrow()
            .subtract(revenue.target().orElseThrow().plainAmount().orElseThrow());
    assertThat(above).isEqualByComparingTo(new BigDecimal("16.2").subtract(new BigDecimal("9")));
    assertThat(
            io.github.planning.analysis.Completion.assess(revenue, plan.period(), List.of())
                .recomputed())
        .contains(io.github.planning.core.Assessment.ACHIEVED);
    // 外贸出口总额's target is words, its outcome an estimated share
    assertThat(read.row("r6").target().orElseThrow().text()).isEqualTo("保持全国份额基本稳定");
    assertThat(record(read, "r6").invalidCells()).containsEntry(RowField.ACTUAL, "预计占比12.4‰");
  }

  private static RowRecord record(Read read, String code) {
    return read.result().records().stream()
        .filter(r -> r.row().orElseThrow().code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}

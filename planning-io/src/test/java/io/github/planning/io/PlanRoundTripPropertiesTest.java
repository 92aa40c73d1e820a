package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Measure;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whole plans with hostile texts round-trip exactly through CSV and JSON; a lenient read keeps
 * every cell; a strict read of a corrupted file reports the corrupted place. 1,000 tries per
 * property; {@code mvn -Pthorough verify} runs 100,000.
 */
class PlanRoundTripPropertiesTest {

  private static final ReadOptions OPTIONS =
      ReadOptions.builder()
          .source("generated.csv")
          .title("生成的规划")
          .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
          .build();

  @Test
  void csv_roundTripsExactly() {
    qt().forAll(plans())
        .checkAssert(
            plan -> {
              byte[] first = csv(plan);
              Plan back = readCsv(first, ReadMode.STRICT);
              assertThat(back).isEqualTo(plan);
              assertThat(csv(back)).isEqualTo(first);
            });
  }

  @Test
  void json_roundTripsExactly() {
    qt().forAll(plans())
        .checkAssert(
            plan -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              PlanJsonWriter.write(plan, out);
              Plan back =
                  PlanJsonReader.open(
                          new ByteArrayInputStream(out.toByteArray()),
                          ReadOptions.of("generated.json"))
                      .readPlan();
              assertThat(back).isEqualTo(plan);
            });
  }

  @Test
  void sdmxCsv_roundTripsExactly() {
    qt().forAll(plans())
        .checkAssert(
            plan -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              io.github.planning.io.sdmx.SdmxCsvWriter.write(
                  plan, List.of(), io.github.planning.io.sdmx.SdmxOptions.defaults(), out);
              Plan back =
                  io.github.planning.io.sdmx.SdmxCsvReader.read(
                          new ByteArrayInputStream(out.toByteArray()),
                          ReadOptions.of("generated.sdmx.csv"))
                      .plan()
                      .orElseThrow();
              assertThat(back).isEqualTo(plan);
            });
  }

  @Test
  void lenientRead_keepsEveryCell_andStrictReadReportsThePlace() {
    qt().forAll(plans(), corruptions(), indices())
        .checkAssert(PlanRoundTripPropertiesTest::lenientReadKeepsEveryCell);
  }

  private static void lenientReadKeepsEveryCell(Plan plan, String corruption, int which) {
    byte[] clean = csv(plan);
    List<RowRecord> cleanRecords = records(clean);
    int row = which % plan.rows().size();
    List<PlanRow> rows = new ArrayList<>(plan.rows());
    String code = rows.get(row).code();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PlanCsvWriter writer =
        PlanCsvWriter.open(
            out, WriteOptions.canonical(), PlanCsvWriter.yearlyTargetYears(rows), List.of())) {
      for (int i = 0; i < rows.size(); i++) {
        RowRecord record = RowRecord.of(rows.get(i));
        if (i == row) {
          PlanRow without =
              PlanRow.builder().from(rows.get(i)).base(java.util.Optional.empty()).build();
          record =
              RowRecord.builder().row(without).putInvalidCell(RowField.BASE, corruption).build();
        }
        writer.write(record);
      }
    }
    List<RowRecord> lenient = new ArrayList<>();
    PlanCsvReader.open(
            new ByteArrayInputStream(out.toByteArray()),
            ReadOptions.builder().from(OPTIONS).mode(ReadMode.LENIENT).build())
        .forEachRemaining(lenient::add);
    assertThat(lenient).hasSize(rows.size());
    RowRecord bad = lenient.get(row);
    assertThat(bad.invalidCells()).containsEntry(RowField.BASE, corruption);
    assertThat(bad.row().orElseThrow().code()).isEqualTo(code);
    assertThat(bad.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(cleanRecords.get(row).line());
              assertThat(p.column()).isEqualTo(RowField.BASE.ordinal() + 1);
              assertThat(p.text()).isEqualTo(corruption);
            });
    for (int i = 0; i < rows.size(); i++) {
      if (i != row) {
        assertThat(lenient.get(i).row()).contains(rows.get(i));
      }
    }
  }

  private static byte[] csv(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, out, WriteOptions.canonical());
    return out.toByteArray();
  }

  private static Plan readCsv(byte[] bytes, ReadMode mode) {
    return PlanCsvReader.open(
            new ByteArrayInputStream(bytes), ReadOptions.builder().from(OPTIONS).mode(mode).build())
        .readPlan();
  }

  private static List<RowRecord> records(byte[] bytes) {
    List<RowRecord> records = new ArrayList<>();
    PlanCsvReader.open(new ByteArrayInputStream(bytes), OPTIONS).forEachRemaining(records::add);
    return records;
  }

  static Gen<String> corruptions() {
    return arbitrary()
        .pick(
            "9.5%%",
            "[5", "1e999999999", "≤≤4", "1.2.3", "--3", "[]", "5 6", "1" + "0".repeat(150));
  }

  static Gen<Integer> indices() {
    return integers().between(0, 1000);
  }

  /** Strings of whole code points (emoji and CJK Extension B included) from a pool. */
  static Gen<String> codePoints(String pool, int min, int max) {
    List<String> points = pool.codePoints().mapToObj(Character::toString).toList();
    return lists()
        .of(arbitrary().pick(points))
        .ofSizeBetween(min, max)
        .map(list -> String.join("", list));
  }

  /**
   * Strings of {@code min} to {@code max} code points from {@code pool} whose first and last code
   * points are from {@code ends}.
   */
  static Gen<String> framed(String ends, String pool, int min, int max) {
    List<String> endPoints = ends.codePoints().mapToObj(Character::toString).toList();
    Gen<String> end = arbitrary().pick(endPoints);
    return integers()
        .between(min, max)
        .flatMap(
            length ->
                length == 1
                    ? end
                    : end.zip(
                        codePoints(pool, length - 2, length - 2), end, (a, b, c) -> a + b + c));
  }

  /**
   * Texts with the characters that break naive CSV and JSON code; not blank, without spaces around
   * them and not ending with '*', as a name or a note.
   */
  static Gen<String> texts() {
    String pool = "吴兴区经济发展,\"'\n=+-@ \t😀𠀀𪚥（）、“”;:abc123*%";
    Gen<String> nasty = framed(pool.replaceAll("[\\s*]", ""), pool, 1, 40);
    Gen<String> leading =
        arbitrary()
            .pick(
                "=HYPERLINK(\"http://x\",\"y\")",
                "+1",
                "-13",
                "@SUM(A1)",
                "'=x",
                "\"引号\"",
                "a,b",
                "多\n行");
    Gen<String> longText = framed("数据说明ABC,", "数据说明ABC ,", 3000, 3000);
    return Generate.frequency(
        List.of(Pair.of(8, nasty), Pair.of(3, leading), Pair.of(1, longText)));
  }

  static Gen<PlanValue> values() {
    Gen<String> notation =
        arbitrary()
            .pick(
                "752.8",
                "51.20",
                "-13",
                "[9]以上",
                "9.5%左右",
                "≤3.5",
                "[1.7]个百分点",
                "[0.5] 个百分点",
                "下降2.5",
                "累计11.36",
                "1万人",
                "完成市下达指标",
                "高于全省平均",
                "与经济增长同步",
                "稳定保持",
                "——",
                "—",
                "6-7",
                "1.65:1",
                "12.5*",
                "突破2000",
                "增加1万元以上");
    // -10^12 to 10^12 with 4 decimals
    Gen<String> figures =
        longs()
            .between(-10_000_000_000_000_000L, 10_000_000_000_000_000L)
            .map(unscaled -> java.math.BigDecimal.valueOf(unscaled, 4).toPlainString());
    // a letter first, so that it reads as a description
    Gen<String> descriptive =
        arbitrary()
            .pick("全", "面", "建", "成", "示", "范", "区", "达", "标", "𠀀")
            .zip(codePoints("全面建成示范区完成达标😀𠀀", 0, 19), String::concat);
    return Generate.oneOf(notation, figures, descriptive).map(PlanValue::parse);
  }

  static Gen<Plan> plans() {
    Gen<Unit> units =
        arbitrary()
            .pick("亿元", "%", "万人", "万元/人", "人/亿元", "微克/立方米", "——", "", "吨公里", "个")
            .map(Unit::parse);
    Gen<Indicator> indicators =
        texts()
            .zip(
                texts().toOptionals(5),
                units,
                arbitrary().enumValues(Attribute.class).toOptionals(5),
                arbitrary().enumValues(Direction.class).toOptionals(5),
                (name, note, unit, attribute, direction) -> {
                  Indicator.Builder indicator = Indicator.builder().code("x").name(name).unit(unit);
                  note.ifPresent(indicator::note);
                  attribute.ifPresent(indicator::attribute);
                  direction.ifPresent(indicator::direction);
                  return indicator.build();
                })
            .zip(
                arbitrary().enumValues(Measure.class).toOptionals(5),
                (indicator, measure) ->
                    measure
                        .map(m -> Indicator.builder().from(indicator).measure(m).build())
                        .orElse(indicator));
    Gen<Optional<PlanValue>> values = values().toOptionals(5);
    Gen<PlanRow> rows =
        indicators
            .zip(
                values,
                values,
                values,
                (indicator, base, target, growth) -> {
                  PlanRow.Builder row =
                      PlanRow.builder().indicator(indicator).baseYear(2020).targetYear(2025);
                  base.ifPresent(row::base);
                  target.ifPresent(row::target);
                  growth.ifPresent(row::targetGrowth);
                  return row.build();
                })
            // yearly targets (分年度目标) of some rows, of years that other rows may lack
            .zip(
                values,
                values,
                (row, in2021, in2023) -> {
                  PlanRow.Builder withYearly = PlanRow.builder().from(row);
                  in2021.ifPresent(v -> withYearly.putYearlyTarget(2021, v));
                  in2023.ifPresent(v -> withYearly.putYearlyTarget(2023, v));
                  return withYearly.build();
                });
    return lists()
        .of(rows)
        .ofSizeBetween(1, 12)
        .map(
            list -> {
              Plan.Builder plan =
                  Plan.builder().title("生成的规划").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
              for (int i = 0; i < list.size(); i++) {
                PlanRow row = list.get(i);
                plan.addRows(
                    PlanRow.builder()
                        .from(row)
                        .indicator(
                            Indicator.builder()
                                .from(row.indicator())
                                .code("c" + i)
                                .category(i % 3 == 0 ? "经济发展" : "社会民生")
                                .build())
                        .build());
              }
              return plan.build();
            });
  }
}

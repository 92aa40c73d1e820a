package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whole plans with hostile texts round-trip exactly through CSV and JSON; a lenient read keeps
 * every cell; a strict read of a corrupted file reports the corrupted place. 1,000 tries per
 * property; {@code mvn -Pthorough verify} runs 100,000.
 */
class PlanRoundTripPropertiesTest {

  private static final ReadOptions OPTIONS = ReadOptions.builder().source("generated.csv")
      .title("生成的规划").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();

  @Property
  void csv_roundTripsExactly(@ForAll("plans") Plan plan) {
    byte[] first = csv(plan);
    Plan back = readCsv(first, ReadMode.STRICT);
    assertThat(back).isEqualTo(plan);
    assertThat(csv(back)).isEqualTo(first);
  }

  @Property
  void json_roundTripsExactly(@ForAll("plans") Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJsonWriter.write(plan, out);
    Plan back = PlanJsonReader.open(new ByteArrayInputStream(out.toByteArray()),
        ReadOptions.of("generated.json")).readPlan();
    assertThat(back).isEqualTo(plan);
  }

  @Property
  void lenientRead_keepsEveryCell_andStrictReadReportsThePlace(@ForAll("plans") Plan plan,
      @ForAll("corruptions") String corruption, @ForAll("indices") int which) {
    byte[] clean = csv(plan);
    List<RowRecord> cleanRecords = records(clean);
    int row = which % plan.rows().size();
    List<PlanRow> rows = new ArrayList<>(plan.rows());
    String code = rows.get(row).code();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PlanCsvWriter writer = PlanCsvWriter.open(out, WriteOptions.canonical(), List.of())) {
      for (int i = 0; i < rows.size(); i++) {
        RowRecord record = RowRecord.of(rows.get(i));
        if (i == row) {
          PlanRow without = PlanRow.builder().from(rows.get(i)).base(java.util.Optional.empty())
              .build();
          record = RowRecord.builder().row(without).putInvalidCell("base", corruption).build();
        }
        writer.write(record);
      }
    }
    List<RowRecord> lenient = new ArrayList<>();
    PlanCsvReader.open(new ByteArrayInputStream(out.toByteArray()),
        ReadOptions.builder().from(OPTIONS).mode(ReadMode.LENIENT).build())
        .forEachRemaining(lenient::add);
    assertThat(lenient).hasSize(rows.size());
    RowRecord bad = lenient.get(row);
    assertThat(bad.invalidCells()).containsEntry("base", corruption);
    assertThat(bad.row().orElseThrow().code()).isEqualTo(code);
    assertThat(bad.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(cleanRecords.get(row).line());
      assertThat(p.column()).isEqualTo(CsvColumn.BASE.ordinal() + 1);
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
    return PlanCsvReader.open(new ByteArrayInputStream(bytes),
        ReadOptions.builder().from(OPTIONS).mode(mode).build()).readPlan();
  }

  private static List<RowRecord> records(byte[] bytes) {
    List<RowRecord> records = new ArrayList<>();
    PlanCsvReader.open(new ByteArrayInputStream(bytes), OPTIONS).forEachRemaining(records::add);
    return records;
  }

  @Provide
  Arbitrary<String> corruptions() {
    return Arbitraries.of("9.5%%", "[5", "1e999999999", "≤≤4", "1.2.3", "--3", "[]", "5 6",
        "1" + "0".repeat(150));
  }

  @Provide
  Arbitrary<Integer> indices() {
    return Arbitraries.integers().between(0, 1000);
  }

  /** Strings of whole code points (emoji and CJK Extension B included) from a pool. */
  static Arbitrary<String> codePoints(String pool, int min, int max) {
    List<String> points = pool.codePoints().mapToObj(Character::toString).toList();
    return Arbitraries.of(points).list().ofMinSize(min).ofMaxSize(max)
        .map(list -> String.join("", list));
  }

  /** Texts with the characters that break naive CSV and JSON code. */
  static Arbitrary<String> texts() {
    Arbitrary<String> nasty = codePoints("吴兴区经济发展,\"'\n=+-@ \t😀𠀀𪚥（）、“”;:abc123*%", 1, 40);
    Arbitrary<String> leading = Arbitraries.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-13",
        "@SUM(A1)", "'=x", "\t缩进", "\"引号\"", "a,b", "多\n行");
    Arbitrary<String> longText = Arbitraries.strings().withChars("数据说明ABC ,").ofLength(3000);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, nasty), net.jqwik.api.Tuple.of(3, leading),
        net.jqwik.api.Tuple.of(1, longText))
        .filter(t -> !t.isBlank() && t.strip().equals(t) && !t.endsWith("*"));
  }

  static Arbitrary<PlanValue> values() {
    Arbitrary<String> notation = Arbitraries.of("752.8", "51.20", "-13", "[9]以上", "9.5%左右", "≤3.5",
        "[1.7]个百分点", "[0.5] 个百分点", "下降2.5", "累计11.36", "1万人", "完成市下达指标", "高于全省平均",
        "与经济增长同步", "稳定保持", "——", "—", "6-7", "1.65:1", "12.5*", "突破2000", "增加1万元以上");
    Arbitrary<String> figures = Arbitraries.bigDecimals()
        .between(new java.math.BigDecimal("-1e12"), new java.math.BigDecimal("1e12")).ofScale(4)
        .map(java.math.BigDecimal::toPlainString);
    Arbitrary<String> descriptive = codePoints("全面建成示范区完成达标😀𠀀", 1, 20)
        .filter(t -> t.codePoints().anyMatch(Character::isLetter));
    return Arbitraries.oneOf(notation, figures, descriptive).map(PlanValue::parse);
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Unit> units = Arbitraries.of("亿元", "%", "万人", "万元/人", "人/亿元", "微克/立方米", "——", "",
        "吨公里", "个").map(Unit::parse);
    Arbitrary<PlanRow> rows = Combinators.combine(texts(), texts().optional(), units,
            values().optional(), values().optional(), values().optional(),
            Arbitraries.of(Attribute.class).optional(), Arbitraries.of(Direction.class).optional())
        .as((name, note, unit, base, target, growth, attribute, direction) -> {
          Indicator.Builder indicator = Indicator.builder().code("x").name(name).unit(unit);
          note.ifPresent(indicator::note);
          attribute.ifPresent(indicator::attribute);
          direction.ifPresent(indicator::direction);
          PlanRow.Builder row = PlanRow.builder().indicator(indicator.build())
              .baseYear(2020).targetYear(2025);
          base.ifPresent(row::base);
          target.ifPresent(row::target);
          growth.ifPresent(row::targetGrowth);
          return row.build();
        });
    return rows.list().ofMinSize(1).ofMaxSize(12).map(list -> {
      Plan.Builder plan = Plan.builder().title("生成的规划").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
      for (int i = 0; i < list.size(); i++) {
        PlanRow row = list.get(i);
        plan.addRows(PlanRow.builder().from(row).indicator(Indicator.builder()
            .from(row.indicator()).code("c" + i).category(i % 3 == 0 ? "经济发展" : "社会民生")
            .build()).build());
      }
      return plan.build();
    });
  }
}

package io.github.planning.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.io.PlanCsvWriter;
import io.github.planning.io.PlanJsonWriter;
import io.github.planning.io.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated plan rows: a realistic mix of the seed tables' notations and units, every canonical
 * column filled where it applies, as the model, as CSV bytes and as JSON bytes.
 */
final class Rows {

  static final String[] CATEGORIES = {"经济发展", "科技创新", "生态环境", "社会民生", "安全保障"};
  static final String[] UNITS = {"亿元", "%", "万人", "万元/人", "人/亿元", "微克/立方米", "件", "万吨标煤"};
  static final String[] BASES = {
    "752.8", "16.2", "73", "-13", "0.0197", "51.20", "[9.2]", "下降2.5", "——", "88.5", "1.52", "4.21"
  };
  static final String[] TARGETS = {
    "1000", "[9]以上", "≤3.5", "78", "完成市下达目标", "高于全省平均", "[10]", "——", "38.21", "121.66", "5.43"
  };
  static final String[] GROWTHS = {
    "——", "8", "9.5%左右", "[1.7]个百分点", "[0.5] 个百分点", "与经济增长同步", "1万人", "[5]", "6", "12%左右"
  };

  private Rows() {}

  static Plan plan(int count) {
    List<PlanRow> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(
          PlanRow.builder()
              .indicator(
                  Indicator.builder()
                      .code(String.format("r%08d", i))
                      .category(CATEGORIES[i % CATEGORIES.length])
                      .sequence(String.valueOf(i % 40 + 1))
                      .name("指标" + i)
                      .unit(Unit.parse(UNITS[i % UNITS.length]))
                      .note("说明 " + i)
                      .build())
              .baseYear(2020)
              .base(PlanValue.parse(BASES[i % BASES.length]))
              .targetYear(2025)
              .target(PlanValue.parse(TARGETS[i % TARGETS.length]))
              .targetGrowth(PlanValue.parse(GROWTHS[i % GROWTHS.length]))
              .build());
    }
    return Plan.builder()
        .title("benchmark")
        .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
        .rows(rows)
        .build();
  }

  static byte[] csv(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, out, WriteOptions.canonical());
    return out.toByteArray();
  }

  static byte[] json(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJsonWriter.write(plan, out);
    return out.toByteArray();
  }

  static String text(byte[] bytes) {
    return new String(bytes, UTF_8);
  }
}

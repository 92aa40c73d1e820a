package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;

/**
 * A plan CSV of any number of rows, generated as it is read: a realistic mix of the seed tables'
 * notations and units, with notes that need quoting. Used by tests of streaming in a small heap.
 */
final class GeneratedPlanCsv extends InputStream {

  static final String HEADER =
      "code,category,seq,name,unit,base_year,base,target_year,target,"
          + "target_growth,attribute,note\n";
  private static final String[] CATEGORIES = {"经济发展", "科技创新", "生态环境", "社会民生"};
  private static final String[] UNITS = {"亿元", "%", "万人", "万元/人", "人/亿元", "微克/立方米", "件"};
  private static final String[] BASES = {
    "752.8", "16.2", "73", "-13", "0.0197", "51.20", "[9.2]", "下降2.5", "——"
  };
  private static final String[] TARGETS = {
    "1000", "[9]以上", "≤3.5", "78", "完成市下达目标", "高于全省平均", "[10]", "——", "38.21"
  };
  private static final String[] GROWTHS = {
    "——", "8", "9.5%左右", "[1.7]个百分点", "[0.5] 个百分点", "与经济增长同步", "1万人", "[5]"
  };

  private final int rows;
  private int next;
  private byte[] line = HEADER.getBytes(UTF_8);
  private int position;

  GeneratedPlanCsv(int rows) {
    this.rows = rows;
  }

  static String row(int i) {
    return String.format(
        "r%07d,%s,%d,指标%d,%s,2020,%s,2025,%s,%s,%s,\"说明 %d, \"\"备注\"\"\"%n",
        i,
        CATEGORIES[i % CATEGORIES.length],
        i,
        i,
        UNITS[i % UNITS.length],
        BASES[i % BASES.length],
        TARGETS[i % TARGETS.length],
        GROWTHS[i % GROWTHS.length],
        i % 3 == 0 ? "约束性" : "预期性",
        i);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (position == line.length) {
      if (next >= rows) {
        return -1;
      }
      line = row(next++).getBytes(UTF_8);
      position = 0;
    }
    int n = Math.min(length, line.length - position);
    System.arraycopy(line, position, buffer, offset, n);
    position += n;
    return n;
  }
}

package io.github.planning.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.planning.core.PlanPeriod;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanCsvWriter;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.WriteOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Streams generated rows CSV → model → CSV and reports the peak heap used, outside JMH:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.planning.benchmarks.StreamMemoryCheck 10000000
 * </pre>
 *
 * The rows are read with {@link ReadOptions#crossRowChecks()} off: finding duplicate codes keeps
 * every code (about 25 bytes each), which 10 million codes cannot fit in 64 MB.
 */
public final class StreamMemoryCheck {

  private StreamMemoryCheck() {}

  /** Streams the number of rows given (10,000,000 by default). */
  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    boolean checks = args.length > 1 && args[1].equals("--cross-row-checks");
    long start = System.nanoTime();
    long written = 0;
    Counting out = new Counting();
    try (PlanCsvReader reader =
            PlanCsvReader.open(
                new Generated(rows),
                ReadOptions.builder()
                    .source("generated.csv")
                    .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                    .crossRowChecks(checks)
                    .build());
        PlanCsvWriter writer = PlanCsvWriter.open(out, WriteOptions.canonical(), List.of())) {
      while (reader.hasNext()) {
        writer.write(reader.next());
        written++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "rows %,d  seconds %.1f  rows/s %,.0f  bytes out %,d  peak heap %.1f MB  "
            + "(sum of the heap pools' peaks, an upper bound)  max heap %d MB  cross-row checks %s%n",
        written,
        seconds,
        written / seconds,
        out.bytes,
        peak / 1048576.0,
        Runtime.getRuntime().maxMemory() >> 20,
        checks);
  }

  /** Counts what is written and keeps nothing. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /** A plan CSV generated as it is read. */
  private static final class Generated extends InputStream {
    private final int rows;
    private int next;
    private byte[] line =
        ("code,category,seq,name,unit,base_year,base,target_year,target," + "target_growth,note\n")
            .getBytes(UTF_8);
    private int position;

    Generated(int rows) {
      this.rows = rows;
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
        int i = next++;
        line =
            (String.format(
                    "r%08d,%s,%d,指标%d,%s,2020,%s,2025,%s,%s,\"说明 %d, \"\"备注\"\"\"%n",
                    i,
                    Rows.CATEGORIES[i % Rows.CATEGORIES.length],
                    i % 40 + 1,
                    i,
                    Rows.UNITS[i % Rows.UNITS.length],
                    Rows.BASES[i % Rows.BASES.length],
                    Rows.TARGETS[i % Rows.TARGETS.length],
                    Rows.GROWTHS[i % Rows.GROWTHS.length],
                    i))
                .getBytes(UTF_8);
        position = 0;
      }
      int n = Math.min(length, line.length - position);
      System.arraycopy(line, position, buffer, offset, n);
      position += n;
      return n;
    }
  }
}

package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.PlanPeriod;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A million rows streamed CSV → model → CSV. Run by its own surefire execution with {@code
 * -Xmx64m}: an OutOfMemoryError fails it.
 */
class StreamingSmallHeapTest {

  private static final int ROWS = 1_000_000;

  /** Counts bytes and lines written, keeping nothing. */
  private static final class Counting extends OutputStream {
    long bytes;
    long lines;

    @Override
    public void write(int b) {
      bytes++;
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      bytes += length;
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
    }
  }

  @Test
  void aMillionRows_streamThroughASmallHeap() {
    Runtime runtime = Runtime.getRuntime();
    assertThat(runtime.maxMemory()).as("run with -Xmx64m").isLessThanOrEqualTo(80L << 20);
    Counting out = new Counting();
    long rows = 0;
    try (PlanCsvReader reader =
            PlanCsvReader.open(
                new GeneratedPlanCsv(ROWS),
                ReadOptions.builder()
                    .source("generated.csv")
                    .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                    .build());
        PlanCsvWriter writer = PlanCsvWriter.open(out, WriteOptions.canonical(), List.of())) {
      while (reader.hasNext()) {
        RowRecord record = reader.next();
        writer.write(record);
        rows++;
      }
    }
    assertThat(rows).isEqualTo(ROWS);
    assertThat(out.lines).isGreaterThanOrEqualTo(ROWS + 1);
    System.out.printf(
        "streamed %,d rows, wrote %,d bytes, max heap %,d MB%n",
        rows, out.bytes, runtime.maxMemory() >> 20);
  }
}

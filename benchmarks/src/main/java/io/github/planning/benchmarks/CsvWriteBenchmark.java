package io.github.planning.benchmarks;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.io.PlanCsvWriter;
import io.github.planning.io.WriteOptions;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writing N rows of the model ({@code typed}) against writing the same String[] rows ({@code raw}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvWriteBenchmark {

  @Param({"1000"})
  public int rows;

  private Plan plan;
  private List<String[]> cells;
  private final CsvMapper raw = CsvMapper.builder().build();

  @Setup
  public void setUp() {
    plan = Rows.plan(rows);
    cells = new ArrayList<>();
    for (PlanRow row : plan.rows()) {
      cells.add(
          new String[] {
            row.code(),
            "",
            row.indicator().category().orElse(""),
            row.indicator().sequence().orElse(""),
            row.indicator().name(),
            row.indicator().unit().symbol(),
            "",
            "",
            "2020",
            row.base().orElseThrow().text(),
            "2025",
            row.target().orElseThrow().text(),
            row.targetGrowth().orElseThrow().text(),
            "",
            "",
            "",
            "",
            "",
            "",
            row.indicator().note().orElse("")
          });
    }
  }

  /** The library. */
  @Benchmark
  public byte[] typed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try (PlanCsvWriter writer = PlanCsvWriter.open(out, WriteOptions.canonical(), List.of())) {
      plan.rows().forEach(writer::write);
    }
    return out.toByteArray();
  }

  /** The floor: the same cells as String[] rows through Jackson CSV. */
  @Benchmark
  public byte[] raw() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try (SequenceWriter writer =
        raw.writer()
            .with(CsvSchema.emptySchema().withLineSeparator("\n"))
            .writeValues(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16))) {
      for (String[] row : cells) {
        writer.write(row);
      }
    }
    return out.toByteArray();
  }
}

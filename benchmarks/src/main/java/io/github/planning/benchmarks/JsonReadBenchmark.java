package io.github.planning.benchmarks;

import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.ReadOptions;
import java.io.ByteArrayInputStream;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the JSON document of N rows into the model ({@code typed}) against a tree ({@code tree}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonReadBenchmark {

  @Param({"1000"})
  public int rows;

  private byte[] json;
  private final JsonMapper tree = JsonMapper.builder().build();

  @Setup
  public void setUp() {
    json = Rows.json(Rows.plan(rows));
  }

  /** The library. */
  @Benchmark
  public void typed(Blackhole hole) {
    try (PlanJsonReader reader = PlanJsonReader.open(new ByteArrayInputStream(json),
        ReadOptions.of("bench.json"))) {
      reader.forEachRemaining(hole::consume);
    }
  }

  /** The floor: the same bytes into a Jackson tree. */
  @Benchmark
  public JsonNode tree() {
    return tree.readTree(json);
  }

}

package io.github.planning.benchmarks;

import io.github.planning.core.PlanValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code PlanValue.parse} over a mix of the seed's cells ({@code parse}) against {@code new
 * BigDecimal} over the figures of the same cells ({@code bigDecimal}), the floor, and against
 * {@code regex}, the peer: a regular expression finding the first figure of each cell for {@code
 * new BigDecimal}. One operation is the whole mix of cells.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NotationBenchmark {

  private String[] cells;
  private String[] figures;

  @Setup
  public void setUp() {
    List<String> all = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (String[] column : new String[][] {Rows.BASES, Rows.TARGETS, Rows.GROWTHS}) {
      for (String cell : column) {
        all.add(cell);
        String figure = cell.replaceAll("[^0-9.\\-]", "");
        if (!figure.isEmpty() && !figure.equals("-") && !figure.equals(".")) {
          numbers.add(figure);
        } else {
          numbers.add("0");
        }
      }
    }
    cells = all.toArray(new String[0]);
    figures = numbers.toArray(new String[0]);
  }

  /** The library's notation parser. */
  @Benchmark
  public void parse(Blackhole hole) {
    for (String cell : cells) {
      hole.consume(PlanValue.parse(cell));
    }
  }

  /** The peer: the first figure of each cell found by a regular expression, or none. */
  @Benchmark
  public void regex(Blackhole hole) {
    for (String cell : cells) {
      hole.consume(Peer.figure(cell));
    }
  }

  /** The floor: BigDecimal of the figures alone. */
  @Benchmark
  public void bigDecimal(Blackhole hole) {
    for (String figure : figures) {
      hole.consume(new BigDecimal(figure));
    }
  }
}

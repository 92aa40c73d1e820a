package io.github.planning.benchmarks;

import io.github.planning.core.Direction;
import io.github.planning.core.Growth;
import io.github.planning.progress.OpenSdgProgress;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Growth arithmetic per evaluation: CAGR, required growth and Open SDG progress. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GrowthBenchmark {

  private static final int N = 1000;
  private final BigDecimal[] bases = new BigDecimal[N];
  private final BigDecimal[] targets = new BigDecimal[N];

  @Setup
  public void setUp() {
    for (int i = 0; i < N; i++) {
      bases[i] = new BigDecimal(500 + i).movePointLeft(1);
      targets[i] = new BigDecimal(900 + 3 * i).movePointLeft(1);
    }
  }

  /** Annual average growth (CAGR) over five years. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void cagr(Blackhole hole) {
    for (int i = 0; i < N; i++) {
      hole.consume(Growth.annualRate(bases[i], targets[i], 5));
    }
  }

  /** Growth still needed over three years. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void requiredGrowth(Blackhole hole) {
    for (int i = 0; i < N; i++) {
      hole.consume(Growth.requiredRate(bases[i], 2022, targets[i], 2025));
    }
  }

  /** Open SDG's measure with a target. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void openSdgProgress(Blackhole hole) {
    for (int i = 0; i < N; i++) {
      hole.consume(
          OpenSdgProgress.withTarget(
              bases[i],
              2020,
              bases[i].add(BigDecimal.TEN),
              2022,
              targets[i],
              2025,
              Direction.HIGHER_IS_BETTER));
    }
  }
}

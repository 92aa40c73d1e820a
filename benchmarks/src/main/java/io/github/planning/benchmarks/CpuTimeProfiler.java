package io.github.planning.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The processor time the benchmark's JVM spends per operation, beside JMH's wall-clock score:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -prof io.github.planning.benchmarks.CpuTimeProfiler
 * </pre>
 *
 * <p>On a machine whose cores are shared with other work, the wall-clock score of a benchmark falls
 * with the load at the time it runs, and two benchmarks of one run may see different loads; the
 * processor time an operation takes (its own thread, the collector's and the compiler's) moves much
 * less. {@code cpu.us/op} is the JVM's processor time in an iteration divided by the iteration's
 * operations; {@code jit.ms} is the time the compiler spent in it, which should be near zero once
 * warmed up.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
  private long cpuBefore;
  private long jitBefore;

  @Override
  public String getDescription() {
    return "processor time of the JVM per operation, and compilation time per iteration";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    jitBefore = jit.getTotalCompilationTime();
    cpuBefore = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuBefore;
    long compiling = jit.getTotalCompilationTime() - jitBefore;
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    return List.of(
        new ScalarResult("cpu.us/op", cpu / 1e3 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult("jit.ms", compiling, "ms", AggregationPolicy.AVG));
  }
}

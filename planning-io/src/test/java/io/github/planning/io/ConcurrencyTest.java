package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.analysis.PlanChecks;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.progress.Progress;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The values are immutable and thread-safe; readers and writers are per use. Many threads parsing
 * and reading the same plan at once get the same results as one thread.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 50;

  @Test
  void parallelReadsOfTheSamePlan_agree() throws Exception {
    byte[] csv = PlanCsvReaderTest.resource("table-1-1.csv").readAllBytes();
    ReadOptions options = ReadOptions.builder().source("table-1-1.csv").title("T").build();
    Plan expected = PlanCsvReader.open(new ByteArrayInputStream(csv), options).readPlan();
    List<String> findings = PlanChecks.check(expected).stream().map(Object::toString).toList();

    List<Plan> plans =
        runInParallel(
            () -> {
              Plan plan = null;
              for (int i = 0; i < ROUNDS; i++) {
                plan = PlanCsvReader.open(new ByteArrayInputStream(csv), options).readPlan();
                assertThat(PlanChecks.check(plan).stream().map(Object::toString).toList())
                    .isEqualTo(findings);
                Progress.assess(plan.row("1-1-01").orElseThrow(), plan.period(), List.of(), 2020);
              }
              return plan;
            });
    assertThat(plans).allSatisfy(plan -> assertThat(plan).isEqualTo(expected));
  }

  @Test
  void parallelParsing_givesTheSameValues() throws Exception {
    List<String> cells =
        List.of(
            "[9]以上",
            "9.5%左右",
            "≤3.5",
            "[1.7]个百分点",
            "下降2.5",
            "完成市下达指标",
            "51.20",
            "1.65:1",
            "与经济增长同步",
            "1万人");
    List<PlanValue> expected = cells.stream().map(PlanValue::parse).toList();
    List<List<PlanValue>> results =
        runInParallel(
            () -> {
              List<PlanValue> last = null;
              for (int i = 0; i < ROUNDS * 100; i++) {
                last = cells.stream().map(PlanValue::parse).toList();
              }
              return last;
            });
    assertThat(results).allSatisfy(values -> assertThat(values).isEqualTo(expected));
  }

  private static <T> List<T> runInParallel(Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.github.planning.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planning check} on a generated CSV of a million valid rows and one bad one, run as a user
 * runs it, in a JVM of its own with a 64 MB heap: it reads and checks the rows as they come, so it
 * completes with the one problem and exit status 1.
 */
class CheckCommandSmallHeapTest {

  private static final int ROWS = 1_000_000;

  /** The guard against a hang, not a benchmark: the run takes about a minute on two cores. */
  private static final long TIMEOUT_SECONDS = 300;

  @Test
  void checkOfAMillionRows_inA64MbHeap_completesWithTheOneProblem(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path csv = dir.resolve("million.csv");
    try (BufferedWriter out = Files.newBufferedWriter(csv, UTF_8)) {
      out.write("code,name,unit,base_year,base,target_year,target\n");
      for (int i = 0; i < ROWS; i++) {
        out.write("r" + i + ",指标" + i + ",亿元,2020," + (100 + i) + ",2025," + (200 + i) + "\n");
      }
      out.write("bad,坏,亿元,2020,9.5%%,2025,1\n");
    }
    Path stdout = dir.resolve("out.txt");
    Path stderr = dir.resolve("err.txt");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process check =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-Xshare:off",
                "-cp",
                classPath,
                PlanningCli.class.getName(),
                "check",
                csv.toString())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    long start = System.nanoTime();
    boolean ended = check.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      check.destroyForcibly();
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    System.out.println("planning check of " + ROWS + " rows in -Xmx64m: " + seconds + " s");

    assertThat(ended).as("check ended within %d s", TIMEOUT_SECONDS).isTrue();
    String err = Files.readString(stderr, UTF_8);
    assertThat(err).doesNotContain("OutOfMemoryError", "Exception").isEmpty();
    assertThat(check.exitValue()).isEqualTo(1);
    List<String> lines = Files.readAllLines(stdout, UTF_8);
    assertThat(lines)
        .containsExactly(
            csv + ":" + (ROWS + 2) + ":5: '9.5%%': not a valid value: at index 4, unexpected '%'");
  }
}

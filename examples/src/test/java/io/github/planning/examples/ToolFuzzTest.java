package io.github.planning.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fuzz test of the whole tool, in process: any bytes, as a CSV and as a JSON file, through {@code
 * check}, {@code convert} (onto an existing output) and {@code report}. Oracle: no exception
 * escapes (the status is 0 or 1, no stack trace), no run takes over a few seconds, every problem is
 * placed inside the input, and the output is either complete and reads back to the same rows or is
 * the previous one, byte for byte. In a normal build it replays its inputs
 * (src/test/resources/io/github/planning/examples/ToolFuzzTestInputs); with {@code JAZZER_FUZZ=1}
 * it fuzzes (see TESTING.md).
 */
class ToolFuzzTest {

  private static final Pattern PLACE =
      Pattern.compile("^(?:stdin|\\S+?\\.(?:csv|json)):(\\d+):(\\d+): ", Pattern.MULTILINE);
  private static final byte[] PREVIOUS = "previous output\n".getBytes(UTF_8);

  @FuzzTest(maxDuration = "10m")
  void tool(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("tool-fuzz");
    try {
      for (String extension : new String[] {"csv", "json"}) {
        Path file = dir.resolve("in." + extension);
        Files.write(file, input);
        long lines = input.length == 0 ? 1 : countLines(input);

        PlanningCliTest.Run check = timed("check", "--period", "十四五", file.toString());
        assertThat(check.status()).isIn(0, 1);
        Matcher place = PLACE.matcher(check.out());
        while (place.find()) {
          assertThat(Long.parseLong(place.group(1))).as(check.out()).isBetween(0L, lines + 1);
        }

        for (String target : new String[] {"out.csv", "out.json"}) {
          Path out = dir.resolve(target);
          Files.write(out, PREVIOUS);
          PlanningCliTest.Run convert =
              timed("convert", "--period", "十四五", file.toString(), out.toString());
          assertThat(convert.status()).isIn(0, 1);
          byte[] written = Files.readAllBytes(out);
          if (convert.status() == 1) {
            assertThat(written)
                .as("a failed convert leaves the previous output")
                .isEqualTo(PREVIOUS);
          } else {
            assertThat(
                    PlanFiles.readAll(
                            out,
                            ReadOptions.builder()
                                .source(target)
                                .mode(io.github.planning.io.ReadMode.LENIENT)
                                .period(
                                    io.github.planning.core.PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
                                .build())
                        .problems())
                .as("a converted file reads back")
                .isEmpty();
          }
          try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
          }
        }

        for (String format : new String[] {"text", "csv", "json", "html"}) {
          PlanningCliTest.Run report =
              timed("report", "--period", "十四五", "--format", format, file.toString());
          assertThat(report.status()).isIn(0, 1);
          assertThat(report.out()).doesNotContain("\u001B");
        }
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long countLines(byte[] input) {
    long lines = 1;
    for (byte b : input) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    return lines;
  }

  private static PlanningCliTest.Run timed(String... args) {
    long start = System.nanoTime();
    PlanningCliTest.Run run = PlanningCliTest.run(args);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("%s took %d ms", Arrays.toString(args), millis).isLessThan(10_000);
    assertThat(run.err()).as(run.err()).doesNotContain("\tat ", "Exception:", "Error:");
    return run;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-1", "1-2", "1-2-gb18030"})
  void seedInputs_areCopiesOfTheSeedTables(String table) throws IOException {
    assertThat(resource("/io/github/planning/examples/ToolFuzzTestInputs/tool/seed-table-" + table))
        .as("the fuzz input made from seed/table-%s.csv", table)
        .isEqualTo(resource("/seed/table-" + table + ".csv"));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ToolFuzzTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}

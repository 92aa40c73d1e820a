package io.github.planning.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.primitives.Bytes;
import io.github.planning.core.PlanPeriod;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.ReadMode;
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
 * check}, {@code convert} (onto an existing output) and {@code report}, half of them with {@code
 * --period} and half without. Oracle: no exception escapes (the status is 0 or 1, no stack trace),
 * no run takes over a few seconds, every place printed on either stream is inside the input (its
 * line, and a column within that line), and the output is either complete (it reads back to the
 * rows of its input) or is the previous one, byte for byte. In a normal build it replays its inputs
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
    // half of the inputs give the period, half leave it to the input (or to an error)
    boolean withPeriod = input.length % 2 == 0;
    String[] period = withPeriod ? new String[] {"--period", "十四五"} : new String[0];
    try {
      for (String extension : new String[] {"csv", "json"}) {
        Path file = dir.resolve("in." + extension);
        Files.write(file, input);

        PlanningCliTest.Run check = timed(args("check", period, file.toString()));
        assertThat(check.status()).isIn(0, 1);
        checkPlaces(check, input);

        for (String target : new String[] {"out.csv", "out.json"}) {
          Path out = dir.resolve(target);
          Files.write(out, PREVIOUS);
          PlanningCliTest.Run convert =
              timed(args("convert", period, file.toString(), out.toString()));
          assertThat(convert.status()).isIn(0, 1);
          checkPlaces(convert, input);
          byte[] written = Files.readAllBytes(out);
          if (convert.status() == 1) {
            assertThat(written)
                .as("a failed convert leaves the previous output")
                .isEqualTo(PREVIOUS);
          } else {
            PlanReadResult back = PlanFiles.readAll(out, lenient(target, withPeriod));
            PlanReadResult read = PlanFiles.readAll(file, lenient(file.toString(), withPeriod));
            if (read.plan().isPresent()) {
              assertThat(back.problems()).as("a converted file reads back").isEmpty();
            }
            assertThat(rows(back))
                .as("a converted file is complete: the rows of its input")
                .isEqualTo(rows(read));
          }
          try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
          }
        }

        for (String format : new String[] {"text", "csv", "json", "html"}) {
          PlanningCliTest.Run report =
              timed(args("report", period, "--format", format, file.toString()));
          assertThat(report.status()).isIn(0, 1);
          assertThat(report.out()).doesNotContain("\u001B");
          checkPlaces(report, input);
        }
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static java.util.List<io.github.planning.core.PlanRow> rows(PlanReadResult result) {
    return result.records().stream().flatMap(r -> r.row().stream()).toList();
  }

  private static String[] args(String command, String[] period, String... rest) {
    String[] all = new String[1 + period.length + rest.length];
    all[0] = command;
    System.arraycopy(period, 0, all, 1, period.length);
    System.arraycopy(rest, 0, all, 1 + period.length, rest.length);
    return all;
  }

  private static ReadOptions lenient(String source, boolean withPeriod) {
    ReadOptions.Builder options = ReadOptions.builder().source(source).mode(ReadMode.LENIENT);
    if (withPeriod) {
      options.period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
    }
    return options.build();
  }

  /**
   * Every place printed, on either stream, is inside the input: line 0 (the file) or one of its
   * lines, and a column no further than one past the end of that line (a character column is at
   * most the line's byte count; in UTF-16, at most the input's).
   */
  private static void checkPlaces(PlanningCliTest.Run run, byte[] input) {
    int[] lineLengths = lineLengths(input);
    int totalLength = input.length;
    // in UTF-16 (a zero byte, or its BOM) a line break byte may be half of another character
    boolean bytesAreLines =
        !Bytes.contains(input, (byte) 0)
            && !(input.length >= 2 && (input[0] & 0xFF) + (input[1] & 0xFF) == 0xFE + 0xFF);
    for (String printed : new String[] {run.out(), run.err()}) {
      Matcher place = PLACE.matcher(printed);
      while (place.find()) {
        long line = Long.parseLong(place.group(1));
        long column = Long.parseLong(place.group(2));
        assertThat(line).as(printed).isBetween(0L, (long) lineLengths.length);
        assertThat(column).as(printed).isBetween(0L, totalLength + 1L);
        if (line > 0 && bytesAreLines) {
          assertThat(column).as(printed).isBetween(0L, lineLengths[(int) line - 1] + 1L);
        }
      }
    }
  }

  /** The byte length of each line, lines ended by LF, CR or CRLF; one line for no bytes. */
  private static int[] lineLengths(byte[] input) {
    java.util.List<Integer> lengths = new java.util.ArrayList<>();
    int length = 0;
    for (int i = 0; i < input.length; i++) {
      byte b = input[i];
      if (b == '\n' || b == '\r') {
        lengths.add(length);
        length = 0;
        if (b == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
          i++;
        }
      } else {
        length++;
      }
    }
    lengths.add(length);
    return lengths.stream().mapToInt(Integer::intValue).toArray();
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

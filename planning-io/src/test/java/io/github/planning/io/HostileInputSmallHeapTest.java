package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.planning.core.PlanPeriod;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs, each rejected with a located, clear error, quickly and within the 64 MB heap of
 * the small-heap surefire execution.
 */
class HostileInputSmallHeapTest {

  /** An input stream of {@code count} copies of {@code unit}, made as it is read. */
  static InputStream repeat(String prefix, String unit, int count, String suffix) {
    byte[] unitBytes = unit.getBytes(UTF_8);
    InputStream body = new InputStream() {
      private long remaining = (long) unitBytes.length * count;

      @Override
      public int read() {
        if (remaining == 0) {
          return -1;
        }
        return unitBytes[(int) (--remaining % unitBytes.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (remaining == 0) {
          return -1;
        }
        int n = (int) Math.min(len, remaining);
        for (int i = 0; i < n; i++) {
          b[off + i] = unitBytes[(int) (--remaining % unitBytes.length)];
        }
        return n;
      }
    };
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(prefix.getBytes(UTF_8)), body,
        new ByteArrayInputStream(suffix.getBytes(UTF_8)))));
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("huge exponent", "csv", bytes("name,base\nGDP,1e999999999\n"), 2L, 2L,
            "exponent notation is not accepted"),
        Arguments.of("10,000-digit figure", "csv",
            bytes("name,base\nGDP,1" + "0".repeat(10_000) + "\n"), 2L, 2L, "at most 100 digits"),
        Arguments.of("30 MB cell", "csv", repeat("name,note\nGDP,", "说明", 5_000_000, "\n"), 2L, 2L,
            "String value length"),
        Arguments.of("JSON nested 200,000 deep", "json",
            repeat("{\"format\":\"planning-plan/1\",\"title\":\"T\",\"period\":\"2021-2025\","
                + "\"rows\":[{\"code\":\"a\",\"name\":\"A\",\"extra\":", "[", 200_000, ""), 1L, 0L,
            "nesting depth"),
        Arguments.of("1,000,000 columns", "csv", repeat("name", ",x", 1_000_000, "\nGDP\n"), 1L,
            1001L, "the header has more than 1000 columns"),
        Arguments.of("a row of 1,000,000 cells", "csv", repeat("name,base\nGDP,1", ",x", 1_000_000,
            "\n"), 2L, 3L, "the row has 1000002 cells, the header 2"),
        Arguments.of("invalid UTF-8", "csv",
            new SequenceInputStream(bytes("name,base\nGDP,"), new ByteArrayInputStream(
                new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'})), 2L, 2L,
            "byte 14 is neither UTF-8 nor GB18030"),
        Arguments.of("BOM in the middle", "csv", bytes("name,base\nGDP,752.8\n\uFEFF人口,85\n"), 3L,
            1L, "U+FEFF"),
        Arguments.of("NUL byte", "csv", bytes("name,note\nGDP,a\u0000b\n"), 2L, 2L, "U+0000"),
        Arguments.of("a unit of 150,000 characters", "csv",
            repeat("name,unit\nGDP,", "万", 150_000, "\n"), 2L, 2L,
            "a unit may have at most 32 characters"),
        Arguments.of("a JSON unit of 150,000 characters", "json",
            repeat("{\"format\":\"planning-plan/1\",\"title\":\"T\",\"period\":\"2021-2025\","
                + "\"rows\":[{\"code\":\"a\",\"name\":\"A\",\"unit\":\"", "万", 150_000, "\"}]}"),
            1L, 0L, "a unit may have at most 32 characters"),
        Arguments.of("a value cell 1xxx… of 200 KB", "csv",
            repeat("name,base\nGDP,1", "x", 200_000, "\n"), 2L, 2L,
            "a unit may have at most 32 characters"),
        Arguments.of("ends inside a quoted cell", "csv", bytes("name,base\nGDP,\"752.8\n"), 2L, 2L,
            "closing quote is missing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void isRejectedWithALocatedError(String name, String format, InputStream input, long line,
      long column, String reason) {
    ReadOptions options = ReadOptions.builder().source(name)
        .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        assertThatThrownBy(() -> {
          if (format.equals("csv")) {
            PlanCsvReader.open(input, options).readPlan();
          } else {
            PlanJsonReader.open(input, options).readPlan();
          }
        }).isInstanceOfSatisfying(PlanningReadException.class, e -> {
          Problem problem = e.problems().stream().filter(p -> p.reason().contains(reason))
              .findFirst().orElseThrow(() -> new AssertionError("no problem with '" + reason
                  + "' in " + e.problems()));
          assertThat(problem.line()).isEqualTo(line);
          if (column > 0) {
            assertThat(problem.column()).isEqualTo(column);
          }
          assertThat(e.getMessage().length()).isLessThan(20_000);
        }));
  }
}

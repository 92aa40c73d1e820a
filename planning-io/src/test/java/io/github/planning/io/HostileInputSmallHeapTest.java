package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.planning.core.PlanPeriod;
import io.github.planning.io.internal.Encodings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
    InputStream body =
        new InputStream() {
          private final long total = (long) unitBytes.length * count;
          private long next;

          @Override
          public int read() {
            if (next == total) {
              return -1;
            }
            return unitBytes[(int) (next++ % unitBytes.length)] & 0xFF;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (next == total) {
              return -1;
            }
            int n = (int) Math.min(len, total - next);
            for (int i = 0; i < n; i++) {
              b[off + i] = unitBytes[(int) (next++ % unitBytes.length)];
            }
            return n;
          }
        };
    return new SequenceInputStream(
        Collections.enumeration(
            List.of(
                new ByteArrayInputStream(prefix.getBytes(UTF_8)),
                body,
                new ByteArrayInputStream(suffix.getBytes(UTF_8)))));
  }

  /**
   * {@code prefix}, then {@code count} strings of {@code length} characters separated by commas,
   * each named {@code "k<i>":} when {@code named}, then {@code suffix}; made as it is read.
   */
  static InputStream manyStrings(
      String prefix, int count, int length, boolean named, String suffix) {
    List<InputStream> parts = new java.util.ArrayList<>();
    parts.add(bytes(prefix));
    for (int i = 0; i < count; i++) {
      parts.add(
          repeat((i > 0 ? "," : "") + (named ? "\"k" + i + "\":" : "") + "\"", "x", length, "\""));
    }
    parts.add(bytes(suffix));
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  /** {@code prefix}, the lines {@code line(0)} to {@code line(count - 1)}, then {@code suffix}. */
  static InputStream lines(
      String prefix, int count, java.util.function.IntFunction<String> line, String suffix) {
    java.util.Iterator<InputStream> parts =
        new java.util.Iterator<>() {
          private int next = -1;

          @Override
          public boolean hasNext() {
            return next <= count;
          }

          @Override
          public InputStream next() {
            int at = next++;
            return bytes(at < 0 ? prefix : at < count ? line.apply(at) : suffix);
          }
        };
    return new SequenceInputStream(
        new java.util.Enumeration<>() {
          @Override
          public boolean hasMoreElements() {
            return parts.hasNext();
          }

          @Override
          public InputStream nextElement() {
            return parts.next();
          }
        });
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  private static final String PLAN =
      "{\"format\":\"planning-plan/1\",\"title\":\"T\",\"period\":\"2021-2025\",\"rows\":[";

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of(
            "huge exponent",
            "csv",
            bytes("name,base\nGDP,1e999999999\n"),
            2L,
            2L,
            "exponent notation is not accepted"),
        Arguments.of(
            "10,000-digit figure",
            "csv",
            bytes("name,base\nGDP,1" + "0".repeat(10_000) + "\n"),
            2L,
            2L,
            "at most 100 digits"),
        Arguments.of(
            "30 MB cell",
            "csv",
            repeat("name,note\nGDP,", "说明", 5_000_000, "\n"),
            2L,
            2L,
            "String value length"),
        Arguments.of(
            "JSON nested 200,000 deep",
            "json",
            repeat(
                "{\"format\":\"planning-plan/1\",\"title\":\"T\",\"period\":\"2021-2025\","
                    + "\"rows\":[{\"code\":\"a\",\"name\":\"A\",\"extra\":",
                "[",
                200_000,
                ""),
            1L,
            0L,
            "nesting depth"),
        Arguments.of(
            "1,000,000 columns",
            "csv",
            repeat("name", ",x", 1_000_000, "\nGDP\n"),
            1L,
            1001L,
            "the header has more than 1000 columns"),
        Arguments.of(
            "a row of 1,000,000 cells",
            "csv",
            repeat("name,base\nGDP,1", ",x", 1_000_000, "\n"),
            2L,
            3L,
            "the row has 1000002 cells, the header 2"),
        Arguments.of(
            "invalid UTF-8",
            "csv",
            new SequenceInputStream(
                bytes("name,base\nGDP,"),
                new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'})),
            2L,
            2L,
            "byte 14 (0xFF) is neither UTF-8 nor GB18030"),
        Arguments.of(
            "BOM in the middle",
            "csv",
            bytes("name,base\nGDP,752.8\n\uFEFF人口,85\n"),
            3L,
            1L,
            "U+FEFF"),
        Arguments.of("NUL byte", "csv", bytes("name,note\nGDP,a\u0000b\n"), 2L, 2L, "U+0000"),
        Arguments.of(
            "a unit of 150,000 characters",
            "csv",
            repeat("name,unit\nGDP,", "万", 150_000, "\n"),
            2L,
            2L,
            "a unit may have at most 32 characters"),
        Arguments.of(
            "a JSON unit of 150,000 characters",
            "json",
            repeat(
                "{\"format\":\"planning-plan/1\",\"title\":\"T\",\"period\":\"2021-2025\","
                    + "\"rows\":[{\"code\":\"a\",\"name\":\"A\",\"unit\":\"",
                "万",
                150_000,
                "\"}]}"),
            1L,
            0L,
            "a unit may have at most 32 characters"),
        Arguments.of(
            "a value cell 1xxx… of 200 KB",
            "csv",
            repeat("name,base\nGDP,1", "x", 200_000, "\n"),
            2L,
            2L,
            "a unit may have at most 32 characters"),
        Arguments.of(
            "ends inside a quoted cell",
            "csv",
            bytes("name,base\nGDP,\"752.8\n"),
            2L,
            2L,
            "closing quote is missing"),
        Arguments.of(
            "JSON limit 1e999999999",
            "json",
            bytes(PLAN + "{\"code\":\"a\",\"name\":\"A\",\"limit\":1e999999999}]}"),
            1L,
            0L,
            "exponent notation is not accepted"),
        Arguments.of(
            "JSON amount 1e999999999",
            "json",
            bytes(
                PLAN
                    + "{\"code\":\"a\",\"name\":\"A\","
                    + "\"base\":{\"text\":\"1\",\"amount\":1e999999999}}]}"),
            1L,
            0L,
            "exponent notation is not accepted"),
        Arguments.of(
            "an unknown field of 100 strings of 999,000 characters",
            "json",
            manyStrings(
                PLAN + "{\"code\":\"a\",\"name\":\"A\",\"bogus\":[", 100, 999_000, false, "]}]}"),
            1L,
            0L,
            "unknown field 'bogus'"),
        Arguments.of(
            "extra fields of 100 strings of 999,000 characters",
            "json",
            manyStrings(
                PLAN + "{\"code\":\"a\",\"name\":\"A\",\"extra\":{", 100, 999_000, true, "}}]}"),
            1L,
            0L,
            "the extra fields of a row hold more than 1000000 characters"),
        Arguments.of(
            "a UTF-8 file with one GB18030 row",
            "csv",
            new SequenceInputStream(
                bytes("name,base\n地区生产总值,752.8\n"),
                new ByteArrayInputStream("GDP,常住人口\n".getBytes(Encodings.GB18030))),
            3L,
            2L,
            "is not valid UTF-8"),
        Arguments.of(
            "a bad byte after the first megabyte",
            "csv",
            new SequenceInputStream(
                lines("name,note\n", 50_000, i -> "指标" + i + ",\"a, bcdefghijkl\"\n", "GDP,"),
                new ByteArrayInputStream(new byte[] {(byte) 0xC0, '\n'})),
            50_002L,
            2L,
            "is not valid UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void isRejectedWithALocatedError(
      String name, String format, InputStream input, long line, long column, String reason) {
    ReadOptions options =
        ReadOptions.builder().source(name).period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(
                    () -> {
                      if (format.equals("csv")) {
                        PlanCsvReader.open(input, options).readPlan();
                      } else {
                        PlanJsonReader.open(input, options).readPlan();
                      }
                    })
                .isInstanceOfSatisfying(
                    PlanningReadException.class,
                    e -> {
                      Problem problem =
                          e.problems().stream()
                              .filter(p -> p.reason().contains(reason))
                              .findFirst()
                              .orElseThrow(
                                  () ->
                                      new AssertionError(
                                          "no problem with '" + reason + "' in " + e.problems()));
                      assertThat(problem.line()).isEqualTo(line);
                      if (column > 0) {
                        assertThat(problem.column()).isEqualTo(column);
                      }
                      assertThat(e.getMessage().length()).isLessThan(20_000);
                    }));
  }

  static Stream<String> corpus() throws java.io.IOException {
    return MalformedCorpusTest.corpus().map(arguments -> (String) arguments.get()[0]);
  }

  /** Each file of the malformed corpus, read strictly and leniently in the small heap. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachMalformedFile_isReportedQuickly_strictOrLenient(String file) {
    java.nio.file.Path path = MalformedCorpusTest.CORPUS.resolve(file);
    ReadOptions options =
        ReadOptions.builder().source(file).period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          assertThatThrownBy(() -> PlanFiles.readPlan(path, options))
              .isInstanceOf(PlanningReadException.class);
          PlanReadResult lenient = PlanFiles.readAll(path, options.withMode(ReadMode.LENIENT));
          assertThat(lenient.problems())
              .isNotEmpty()
              .allSatisfy(p -> assertThat(p.toString()).doesNotContainPattern("\\p{Cc}"));
        });
  }

  @org.junit.jupiter.api.Test
  void observationsWithAHugeExponent_areRefusedQuickly() {
    String json =
        "{\"format\":\"planning-observations/1\",\"observations\":["
            + "{\"code\":\"a\",\"year\":2025,\"value\":1e100000000},"
            + "{\"code\":\"a\",\"year\":2024,\"value\":1.5}]}";
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          ObservationReader reader =
              ObservationReader.json(
                  bytes(json), ReadOptions.of("o.json").withMode(ReadMode.LENIENT));
          assertThat(reader.readAll())
              .singleElement()
              .satisfies(o -> assertThat(o.year()).isEqualTo(2024));
          assertThat(reader.problems())
              .extracting(Problem::reason)
              .anySatisfy(
                  reason -> assertThat(reason).contains("exponent notation is not accepted"));
        });
  }

  /**
   * {@code prefix}, then {@code count} copies of {@code unit} (texts in UTF-8 and single bytes),
   * made as it is read.
   */
  static InputStream repeatBytes(String prefix, int count, Object... unit) {
    java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
    for (Object part : unit) {
      if (part instanceof String text) {
        one.writeBytes(text.getBytes(UTF_8));
      } else {
        one.write((Integer) part);
      }
    }
    byte[] unitBytes = one.toByteArray();
    InputStream body =
        new InputStream() {
          private final long total = (long) unitBytes.length * count;
          private long next;

          @Override
          public int read() {
            return next == total ? -1 : unitBytes[(int) (next++ % unitBytes.length)] & 0xFF;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (next == total) {
              return -1;
            }
            int n = (int) Math.min(len, total - next);
            for (int i = 0; i < n; i++) {
              b[off + i] = unitBytes[(int) (next++ % unitBytes.length)];
            }
            return n;
          }
        };
    return new SequenceInputStream(bytes(prefix), body);
  }

  /**
   * A lenient read of 100,000 rows that each hold bytes that do not decode, then a cell of 400,000
   * such bytes and a row of 5,000 such cells: every row comes back, each bad cell invalid with its
   * text kept, the problem list capped and said so, quickly in the small heap.
   */
  @org.junit.jupiter.api.Test
  void aLenientRead_ofRowsFullOfBadBytes_readsEveryRow_inTheSmallHeap() {
    int rows = 100_000;
    InputStream csv =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    repeatBytes("name,base,note\n", rows, "GDP,1", 0xFF, ",x", 0xFF, 0xFF, "\n"),
                    repeatBytes("人口,2,\"", 400_000, 0xFF, "a"),
                    repeatBytes("\"\n收入,3", 5_000, ",", 0xC0),
                    bytes("\n就业,4,\n"))));
    ReadOptions lenient =
        ReadOptions.builder()
            .source("bad.csv")
            .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
            .mode(ReadMode.LENIENT)
            .build();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (PlanCsvReader reader = PlanCsvReader.open(csv, lenient)) {
            long read = 0;
            RowRecord last = null;
            Map<RowField, String> badCells =
                Map.of(RowField.BASE, "1\uFFFD", RowField.NOTE, "x\uFFFD\uFFFD");
            while (reader.hasNext()) {
              RowRecord record = reader.next();
              if (read < rows) {
                // compared without AssertJ: it would take most of the time
                if (!record.invalidCells().equals(badCells) || record.problems().size() != 2) {
                  assertThat(record).as("record %d", read).isNull();
                }
              } else if (read == rows) {
                assertThat(record.invalidCells().get(RowField.NOTE))
                    .hasSize(800_000)
                    .startsWith("\uFFFDa\uFFFDa");
                assertThat(record.problems()).singleElement();
              } else if (read == rows + 1) {
                assertThat(record.invalidCells()).containsExactly(entry(RowField.NOTE, "\uFFFD"));
                assertThat(record.problems())
                    .extracting(Problem::reason)
                    .anySatisfy(r -> assertThat(r).startsWith("the row has 5002 cells"));
              }
              last = record;
              read++;
            }
            assertThat(read).isEqualTo(rows + 3);
            assertThat(last.row().orElseThrow().indicator().name()).isEqualTo("就业");
            assertThat(last.problems()).isEmpty();
            assertThat(reader.problems())
                .hasSize(101)
                .last()
                .satisfies(
                    p -> assertThat(p.reason()).startsWith("the list of problems stops at 100"));
          }
        });
  }
}

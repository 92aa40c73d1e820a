package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.planning.core.PlanPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzz tests of the CSV and JSON readers: any bytes give rows or located problems, never another
 * exception; what reads without problems writes and reads back to the same records. In a normal
 * build they replay their inputs (src/test/resources/io/github/planning/io/ReaderFuzzTestInputs);
 * with {@code JAZZER_FUZZ=1} they fuzz (see TESTING.md).
 */
class ReaderFuzzTest {

  private static final ReadOptions LENIENT =
      ReadOptions.builder()
          .source("fuzz")
          .mode(ReadMode.LENIENT)
          .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
          .build();

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] input) {
    List<RowRecord> records = new ArrayList<>();
    try (PlanCsvReader reader = PlanCsvReader.open(new ByteArrayInputStream(input), LENIENT)) {
      reader.forEachRemaining(records::add);
      checkProblems(reader.problems());
    } catch (PlanningReadException e) {
      checkProblems(e.problems());
      return;
    }
    if (records.stream().allMatch(r -> r.problems().isEmpty() && r.row().isPresent())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PlanCsvWriter writer = PlanCsvWriter.open(out, WriteOptions.canonical(), List.of())) {
        records.forEach(writer::write);
      }
      List<RowRecord> again = new ArrayList<>();
      try (PlanCsvReader reader =
          PlanCsvReader.open(new ByteArrayInputStream(out.toByteArray()), LENIENT)) {
        reader.forEachRemaining(again::add);
      }
      assertThat(again.stream().map(RowRecord::row).toList())
          .isEqualTo(records.stream().map(RowRecord::row).toList());
    }
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] input) {
    List<RowRecord> records = new ArrayList<>();
    List<Problem> problems;
    try (PlanJsonReader reader = PlanJsonReader.open(new ByteArrayInputStream(input), LENIENT)) {
      reader.forEachRemaining(records::add);
      problems = reader.problems();
    } catch (PlanningReadException e) {
      problems = e.problems();
    }
    checkProblems(problems);
    String text = utf8(input);
    if (text != null) {
      // read from bytes, UTF-8 gives what its characters give
      List<RowRecord> fromChars = new ArrayList<>();
      List<Problem> charProblems;
      try (PlanJsonReader reader = PlanJsonReader.open(new java.io.StringReader(text), LENIENT)) {
        reader.forEachRemaining(fromChars::add);
        charProblems = reader.problems();
      } catch (PlanningReadException e) {
        charProblems = e.problems();
      }
      // the records, with their problems and places, are the same, and so are the lines and
      // texts of all problems; Jackson's two parsers word some of their own errors differently
      // and place some apart on the line (a malformed number), so the columns of those (the
      // problems with no text) are not compared
      assertThat(records).isEqualTo(fromChars);
      assertThat(problems).hasSameSizeAs(charProblems);
      for (int i = 0; i < problems.size(); i++) {
        Problem fromBytes = problems.get(i);
        Problem fromText = charProblems.get(i);
        assertThat(fromBytes.line()).isEqualTo(fromText.line());
        assertThat(fromBytes.text()).isEqualTo(fromText.text());
        if (!fromText.text().isEmpty()) {
          assertThat(fromBytes.column()).isEqualTo(fromText.column());
        }
      }
    }
  }

  /** The text of strict UTF-8 bytes, without a BOM, or null if they are not UTF-8. */
  private static String utf8(byte[] input) {
    try {
      String text =
          java.nio.charset.StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(input))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private static void checkProblems(List<Problem> problems) {
    for (Problem problem : problems) {
      assertThat(problem.line()).isGreaterThanOrEqualTo(0);
      assertThat(problem.column()).isGreaterThanOrEqualTo(0);
      assertThat(problem.reason()).isNotBlank();
      problem.toString();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-1", "1-2", "1-2-gb18030"})
  void seedInputs_areCopiesOfTheSeedTables(String table) throws IOException {
    assertThat(resource("/io/github/planning/io/ReaderFuzzTestInputs/csv/seed-table-" + table))
        .as("the fuzz input made from seed/table-%s.csv", table)
        .isEqualTo(resource("/seed/table-" + table + ".csv"));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}

package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.planning.core.PlanPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the CSV and JSON readers: any bytes give rows or located problems, never another
 * exception; what reads without problems writes and reads back to the same records. In a normal
 * build they replay their inputs (src/test/resources/io/github/planning/io/ReaderFuzzTestInputs);
 * with {@code JAZZER_FUZZ=1} they fuzz (see TESTING.md).
 */
class ReaderFuzzTest {

  private static final ReadOptions LENIENT = ReadOptions.builder().source("fuzz")
      .mode(ReadMode.LENIENT).period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();

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
      try (PlanCsvReader reader = PlanCsvReader.open(new ByteArrayInputStream(out.toByteArray()),
          LENIENT)) {
        reader.forEachRemaining(again::add);
      }
      assertThat(again.stream().map(RowRecord::row).toList())
          .isEqualTo(records.stream().map(RowRecord::row).toList());
    }
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] input) {
    List<RowRecord> records = new ArrayList<>();
    try (PlanJsonReader reader = PlanJsonReader.open(new ByteArrayInputStream(input), LENIENT)) {
      reader.forEachRemaining(records::add);
      checkProblems(reader.problems());
    } catch (PlanningReadException e) {
      checkProblems(e.problems());
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
}

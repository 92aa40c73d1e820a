package io.github.planning.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.Severity;
import io.github.planning.core.Plan;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbook tests' reading: {@link Workbooks#read} and {@link Workbooks#open}, each compared
 * with the whole-sheet reading they replace ({@link WholeSheetReading}): the same records,
 * problems, notes, tables and places, or the same error.
 */
final class Compared {

  private Compared() {}

  /** {@link Workbooks#read}, once it is found to read as the whole-sheet reading does. */
  static WorkbookRead read(Path path, ReadOptions options, SheetChoice sheet) {
    WholeSheetReading.Read expected;
    try {
      expected = WholeSheetReading.read(path, options, sheet);
    } catch (PlanningReadException e) {
      PlanningReadException streamed = thrown(() -> Workbooks.read(path, options, sheet));
      assertThat(streamed.problems()).as("the problems of %s", path).isEqualTo(e.problems());
      assertThat(thrown(() -> iterate(path, options, sheet)).problems()).isEqualTo(e.problems());
      throw streamed;
    } catch (Exception e) {
      throw new AssertionError("the whole-sheet reading of " + path + " failed", e);
    }
    WorkbookRead read = Workbooks.read(path, options, sheet);
    assertThat(read.source()).isEqualTo(expected.source());
    assertThat(read.result().records()).isEqualTo(expected.result().records());
    assertThat(read.result().plan()).isEqualTo(expected.result().plan());
    assertThat(read.result().problems()).isEqualTo(expected.result().problems());
    assertThat(read.problems()).isEqualTo(expected.problems());
    assertThat(read.notes()).isEqualTo(expected.notes());
    assertThat(read.tables()).isEqualTo(expected.tables());
    for (RowRecord record : read.result().records()) {
      record
          .row()
          .ifPresent(
              row -> {
                var at = expected.rowPlaces().get(row.code());
                assertThat(read.place(Finding.of(Severity.INFO, "x", row.code(), "", "")))
                    .isEqualTo(at.source() + ":" + at.line() + ":" + at.column());
              });
    }
    var table = expected.tablePlace();
    assertThat(read.place(Finding.of(Severity.INFO, "x", "无此行", "", "")))
        .isEqualTo(table.source() + ":" + table.line() + ":" + table.column());

    assertThat(iterate(path, options, sheet)).isEqualTo(expected.placed());
    return read;
  }

  /** {@link Workbooks#readPlan}, compared. */
  static Plan readPlan(Path path, ReadOptions options, SheetChoice sheet) {
    WorkbookRead read = read(path, options, sheet);
    Plan plan = Workbooks.readPlan(path, options, sheet);
    assertThat(read.result().plan()).contains(plan);
    return plan;
  }

  private static List<RowRecord> iterate(Path path, ReadOptions options, SheetChoice sheet) {
    List<RowRecord> records = new ArrayList<>();
    try (WorkbookReader reader = Workbooks.open(path, options, sheet)) {
      reader.forEachRemaining(records::add);
    }
    return records;
  }

  private static PlanningReadException thrown(Runnable reading) {
    try {
      reading.run();
    } catch (PlanningReadException e) {
      return e;
    }
    throw new AssertionError("the streaming reading read what the whole-sheet reading refused");
  }
}

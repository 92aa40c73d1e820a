package io.github.planning.io;

import io.github.planning.core.Plan;
import io.github.planning.io.internal.RowAssembler;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reader of a plan table row by row, from CSV ({@link PlanCsvReader}) or JSON ({@link
 * PlanJsonReader}): iteration over records that keeps bad rows out in strict mode, the problems,
 * and reading the rest into a plan.
 *
 * <pre>{@code
 * try (PlanRecordReader reader = csv ? PlanCsvReader.open(in, options)
 *     : PlanJsonReader.open(in, options)) {
 *   reader.forEachRemaining(record -> record.row().ifPresent(checker::check));
 * }
 * }</pre>
 */
public abstract sealed class PlanRecordReader extends RecordReader<RowRecord>
    implements Iterator<RowRecord> permits PlanCsvReader, PlanJsonReader {

  final RowAssembler assembler;

  PlanRecordReader(ReadOptions options, boolean repeatCategory) {
    super(options);
    this.assembler = new RowAssembler(problems, repeatCategory, options.crossRowChecks());
  }

  /** The next record, or null once the input is done (then {@link #finish()} has run). */
  abstract @Nullable RowRecord readRecord();

  /** The plan of the records, with the title, region, period and notes this input gives. */
  abstract PlanReadResult result(List<RowRecord> records);

  @Override
  final @Nullable RowRecord readNext() {
    RowRecord record = readRecord();
    return record != null && options.mode() == ReadMode.STRICT && !record.problems().isEmpty()
        ? null
        : record;
  }

  @Override
  public boolean hasNext() {
    return super.hasNext();
  }

  @Override
  public RowRecord next() {
    return take();
  }

  /**
   * Reads the remaining rows into a plan.
   *
   * @throws PlanningReadException in strict mode if any row was bad, or in either mode if the plan
   *     cannot be built (its period is not known)
   */
  public Plan readPlan() {
    PlanReadResult result = readAll();
    return result
        .plan()
        .orElseThrow(() -> new PlanningReadException(options.source(), result.problems(), false));
  }

  /**
   * Reads the remaining rows: the plan of the good rows and every record, with its problems in
   * lenient mode.
   */
  public PlanReadResult readAll() {
    List<RowRecord> records = new ArrayList<>();
    forEachRemaining(records::add);
    return result(records);
  }
}

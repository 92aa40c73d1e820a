package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Plan;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowAssembler;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
public abstract sealed class PlanRecordReader implements Iterator<RowRecord>, Closeable
    permits PlanCsvReader, PlanJsonReader {

  final ReadOptions options;
  final Problems problems;
  final RowAssembler assembler;
  boolean finished;
  private @Nullable RowRecord next;

  PlanRecordReader(ReadOptions options, boolean repeatCategory) {
    this.options = options;
    this.problems = new Problems(options.source(), options.maxProblems());
    this.assembler = new RowAssembler(problems, repeatCategory, options.crossRowChecks());
  }

  /** The next record, or null once the input is done (then {@link #finish()} has run). */
  abstract @Nullable RowRecord readRecord();

  /** Ends the reading: checks parents, closes, and in strict mode throws the problems. */
  abstract void finish();

  /** The plan of the records, with the title, region, period and notes this input gives. */
  abstract PlanReadResult result(List<RowRecord> records);

  /** The problems found so far, up to the cap of {@link ReadOptions#maxProblems()}. */
  public List<Problem> problems() {
    return problems.all();
  }

  /** How many problems were found past the cap and are not in {@link #problems()}. */
  public long omittedProblems() {
    return problems.omitted();
  }

  @Override
  public boolean hasNext() {
    while (next == null && !finished) {
      next = readRecord();
      if (next != null && options.mode() == ReadMode.STRICT && !next.problems().isEmpty()) {
        next = null;
        if (problems.isFull()) {
          problems.stopAtCap();
          finish();
        }
      }
    }
    return next != null;
  }

  @Override
  public RowRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RowRecord record = requireNonNull(next); // hasNext() read it
    next = null;
    return record;
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

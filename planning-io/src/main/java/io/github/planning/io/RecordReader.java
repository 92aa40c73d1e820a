package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.io.internal.Problems;
import java.io.Closeable;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A reader of records one at a time, with the problems found on the way: the rows of a plan ({@link
 * PlanRecordReader}) or observations ({@link ObservationReader}).
 *
 * <pre>{@code
 * try (PlanRecordReader reader = PlanCsvReader.open(in, ReadOptions.of("plan.csv").withMode(ReadMode.LENIENT))) {
 *   while (reader.hasNext()) {
 *     RowRecord record = reader.next();
 *   }
 *   reader.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>A strict reading holds back every record that has a problem and throws {@link
 * PlanningReadException} at the end, or as soon as {@link ReadOptions#maxProblems()} are found; a
 * lenient one returns what it can and keeps the problems.
 *
 * @param <R> the record this reader returns
 */
public abstract sealed class RecordReader<R> implements Closeable
    permits PlanRecordReader, ObservationReader {

  final ReadOptions options;
  final Problems problems;

  /** Whether the input is done: {@link #finish()} has run or the reader is closed. */
  boolean finished;

  private @Nullable R next;

  RecordReader(ReadOptions options) {
    this.options = options;
    this.problems = new Problems(options.source(), options.maxProblems());
  }

  /**
   * Reads on to the next record to return; null when the one read is held back (its problems
   * recorded) or the input is done (then {@link #finish()} has run).
   */
  abstract @Nullable R readNext();

  /** Ends the reading: the checks of the end, closing, and in strict mode throwing the problems. */
  abstract void finish();

  /** The problems found so far, up to the cap of {@link ReadOptions#maxProblems()}. */
  public List<Problem> problems() {
    return problems.all();
  }

  /** How many problems were found past the cap and are not in {@link #problems()}. */
  public long omittedProblems() {
    return problems.omitted();
  }

  /**
   * Whether there is another record.
   *
   * @throws PlanningReadException in strict mode, once the input is done and had problems
   */
  public boolean hasNext() {
    while (next == null && !finished) {
      next = readNext();
      if (problems.isFull() && options.mode() == ReadMode.STRICT) {
        problems.stopAtCap();
        finish();
      }
    }
    return next != null;
  }

  /**
   * The next record, taken from this reader.
   *
   * @throws NoSuchElementException if there is none
   */
  final R take() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    R record = requireNonNull(next); // hasNext() read it
    next = null;
    return record;
  }
}

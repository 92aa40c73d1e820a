package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.io.internal.Encodings;
import io.github.planning.io.jackson.PlanningJson;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads observation series, one observation at a time, from CSV ({@code
 * code,year,value,status,note}; also 指标代码/代码, 年份, 数值, 状态, 备注) or JSON ({@value
 * PlanningJson#OBSERVATIONS_FORMAT}).
 *
 * <pre>{@code
 * List<Observation> series = ObservationReader.csv(in, ReadOptions.of("obs.csv")).readAll();
 * }</pre>
 *
 * <p>An observation that cannot be built is a problem: strict mode throws at the end listing them
 * all; lenient mode skips it and keeps the problem in {@link #problems()}. A byte that does not
 * decode ends a strict reading there; a lenient one reports it at its place, skips the observation
 * holding it and reads on.
 *
 * <p>This class holds what both formats share (iteration, problems, the end of a reading); the
 * formats are read by {@code CsvObservationReader} and {@code JsonObservationReader}.
 */
public abstract sealed class ObservationReader extends RecordReader<ObservationRecord>
    implements Iterator<Observation> permits CsvObservationReader, JsonObservationReader {

  final JsonParser parser;

  /** The characters the parser reads. */
  final Reader input;

  ObservationReader(Reader input, JsonParser parser, ReadOptions options) {
    super(options);
    this.input = input;
    this.parser = parser;
  }

  /** Reads CSV bytes (UTF-8 with or without BOM, or GB18030; detected unless given). */
  public static ObservationReader csv(InputStream in, ReadOptions options) {
    return new CsvObservationReader(Encodings.open(in, options), options).start();
  }

  /** Reads CSV characters. */
  public static ObservationReader csv(Reader reader, ReadOptions options) {
    return new CsvObservationReader(
            requireNonNull(reader, "reader"), requireNonNull(options, "options"))
        .start();
  }

  /**
   * Reads a JSON observations document (UTF-8 with or without BOM, or GB18030; detected unless
   * given).
   */
  public static ObservationReader json(InputStream in, ReadOptions options) {
    return new JsonObservationReader(Encodings.openJson(in, options), options).start();
  }

  /** Reads the header (CSV) or the fields before the observations (JSON). */
  abstract void readHeader();

  /**
   * Reads the next observation with the place of its code; null when it could not be built (its
   * problems are recorded) or the input is done (then {@link #finish()} has run).
   */
  abstract @Nullable ObservationRecord readRecord();

  final ObservationReader start() {
    try {
      readHeader();
    } catch (JacksonException e) {
      fail(e);
    }
    if (!problems.isEmptySince(0)) {
      finish();
    }
    return this;
  }

  /** Reads every remaining observation. */
  public List<Observation> readAll() {
    List<Observation> all = new ArrayList<>();
    forEachRemaining(all::add);
    return all;
  }

  /**
   * Reads every remaining observation with the place of its code, for {@link
   * ObservationMatching#matchRecords}.
   */
  public List<ObservationRecord> readAllRecords() {
    List<ObservationRecord> all = new ArrayList<>();
    while (hasNext()) {
      all.add(nextRecord());
    }
    return all;
  }

  /**
   * The next observation with the place of its code.
   *
   * @throws NoSuchElementException if there is none
   */
  public ObservationRecord nextRecord() {
    return take();
  }

  @Override
  final @Nullable ObservationRecord readNext() {
    try {
      return readRecord();
    } catch (JacksonException e) {
      fail(e);
      return null;
    }
  }

  @Override
  public boolean hasNext() {
    return super.hasNext();
  }

  @Override
  public Observation next() {
    return nextRecord().observation();
  }

  private void fail(JacksonException e) {
    if (!Encodings.reportFailure(input, problems)) {
      TokenStreamLocation at = parser.currentLocation();
      problems.add(e, at.getLineNr(), problems.column(at));
    }
    finish();
  }

  /** Ends the reading: reports what did not decode, closes, and in strict mode throws. */
  @Override
  void finish() {
    if (finished) {
      return;
    }
    finished = true;
    Encodings.reportFailure(input, problems);
    for (Encodings.Undecoded bad : Encodings.takeUndecoded(input, u -> true)) {
      problems.add(bad.line(), bad.column(), "", bad.elsewhere());
    }
    close();
    if (options.mode() == ReadMode.STRICT) {
      problems.throwIfAny();
    }
  }

  @Override
  public void close() {
    finished = true;
    try {
      parser.close();
    } catch (JacksonException e) {
      // already reported
    }
  }
}

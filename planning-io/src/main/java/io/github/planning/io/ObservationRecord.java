package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;

/**
 * One observation as read, with the place of its code cell, so that a later finding about it (no
 * row of the plan has its code) can name that place.
 *
 * <pre>{@code
 * List<ObservationRecord> read = ObservationReader.csv(in, ReadOptions.of("obs.csv")).readAllRecords();
 * read.get(0);   // ObservationRecord[observation=Observation[code=gdp, year=2021, …], line=2, column=1]
 * }</pre>
 *
 * @param observation the observation
 * @param line the 1-based line of its code, 0 when it was not read from an input
 * @param column the 1-based column of its code: the field number in CSV, the character column of
 *     its object in JSON
 */
public record ObservationRecord(Observation observation, long line, long column) {

  /** Creates a record; the observation must not be null. */
  public ObservationRecord {
    requireNonNull(observation, "observation");
  }

  /** A record of an observation that was not read from an input: line and column 0. */
  public static ObservationRecord of(Observation observation) {
    return new ObservationRecord(observation, 0, 0);
  }
}

package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Plans and observations in files, the format chosen by the extension ({@code .csv} or {@code
 * .json}).
 *
 * <pre>{@code
 * Plan plan = PlanFiles.readPlan(Path.of("wuxing.csv"));
 * PlanFiles.writePlan(plan, Path.of("wuxing.json"));
 * }</pre>
 */
public final class PlanFiles {

  /** The file formats. */
  public enum Format {
    /** Comma-separated values. */
    CSV,
    /** A JSON document. */
    JSON;

    /**
     * The format of a file name.
     *
     * @throws IllegalArgumentException if it ends neither in .csv nor in .json
     */
    public static Format of(Path path) {
      String name =
          path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return CSV;
      }
      if (name.endsWith(".json")) {
        return JSON;
      }
      throw new IllegalArgumentException("'" + path + "' ends neither in .csv nor in .json");
    }
  }

  private PlanFiles() {}

  /** Reads a plan strictly; the source name is the file name. */
  public static Plan readPlan(Path path) {
    return readPlan(path, ReadOptions.of(path.toString()));
  }

  /** Reads a plan with options. */
  public static Plan readPlan(Path path, ReadOptions options) {
    PlanReadResult result = readAll(path, options);
    return result
        .plan()
        .orElseThrow(() -> new PlanningReadException(options.source(), result.problems(), false));
  }

  /** Reads a whole plan with every record and problem. */
  public static PlanReadResult readAll(Path path, ReadOptions options) {
    requireNonNull(path, "path");
    requireNonNull(options, "options");
    Format format = Format.of(path);
    try (InputStream in = open(path)) {
      return readAll(in, format, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a whole plan of the given format from a stream, such as standard input, and closes the
   * stream.
   */
  public static PlanReadResult readAll(InputStream in, Format format, ReadOptions options) {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    if (format == Format.CSV) {
      try (PlanCsvReader reader = PlanCsvReader.open(in, options)) {
        return reader.readAll();
      }
    }
    try (PlanJsonReader reader = PlanJsonReader.open(in, options)) {
      return reader.readAll();
    }
  }

  /** Writes a plan (CSV with the canonical header). */
  public static void writePlan(Plan plan, Path path) {
    writePlan(plan, path, WriteOptions.canonical());
  }

  /**
   * Writes a plan whole or not at all ({@link AtomicFile}); the options apply to CSV.
   *
   * @throws UncheckedIOException naming the path if it cannot be written; the file is then as it
   *     was
   */
  public static void writePlan(Plan plan, Path path, WriteOptions options) {
    requireNonNull(plan, "plan");
    requireNonNull(options, "options");
    Format format = Format.of(path);
    write(
        path,
        out -> {
          if (format == Format.CSV) {
            PlanCsvWriter.write(plan, out, options);
          } else {
            PlanJsonWriter.write(plan, out);
          }
        });
  }

  /** Reads observations strictly. */
  public static List<Observation> readObservations(Path path) {
    return readObservations(path, ReadOptions.of(path.toString()));
  }

  /** Reads observations with options. */
  public static List<Observation> readObservations(Path path, ReadOptions options) {
    return readObservationRecords(path, options).stream()
        .map(ObservationRecord::observation)
        .toList();
  }

  /**
   * Reads observations with options, each with the place of its code, for {@link
   * ObservationMatching#matchRecords}.
   */
  public static List<ObservationRecord> readObservationRecords(Path path, ReadOptions options) {
    try (InputStream in = open(path)) {
      try (ObservationReader reader =
          Format.of(path) == Format.CSV
              ? ObservationReader.csv(in, options)
              : ObservationReader.json(in, options)) {
        return reader.readAllRecords();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes observations whole or not at all ({@link AtomicFile}). */
  public static void writeObservations(List<Observation> observations, Path path) {
    requireNonNull(observations, "observations");
    Format format = Format.of(path);
    write(
        path,
        out -> {
          try (ObservationWriter writer =
              format == Format.CSV ? ObservationWriter.csv(out) : ObservationWriter.json(out)) {
            observations.forEach(writer::write);
          }
        });
  }

  /**
   * Opens a file to read.
   *
   * @throws UncheckedIOException naming the path if it does not exist, is a directory or cannot be
   *     read
   */
  public static InputStream open(Path path) {
    requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      throw new UncheckedIOException(
          new java.nio.file.FileSystemException(
              path.toString(), null, "it is a directory, not a file"));
    }
    try {
      return Files.newInputStream(path);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException(
          new java.nio.file.FileSystemException(path.toString(), null, "no such file"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path path, AtomicFile.Content content) {
    try {
      AtomicFile.write(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Plans and observations in files, the format chosen by the extension ({@code .csv} or
 * {@code .json}).
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
      String name = path.getFileName() == null ? "" : path.getFileName().toString()
          .toLowerCase(Locale.ROOT);
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
    return result.plan().orElseThrow(() ->
        new PlanningReadException(options.source(), result.problems(), false));
  }

  /** Reads a whole plan with every record and problem. */
  public static PlanReadResult readAll(Path path, ReadOptions options) {
    requireNonNull(path, "path");
    requireNonNull(options, "options");
    Format format = Format.of(path);
    try (InputStream in = Files.newInputStream(path)) {
      if (format == Format.CSV) {
        try (PlanCsvReader reader = PlanCsvReader.open(in, options)) {
          return reader.readAll();
        }
      }
      try (PlanJsonReader reader = PlanJsonReader.open(in, options)) {
        return reader.readAll();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a plan (CSV with the canonical header). */
  public static void writePlan(Plan plan, Path path) {
    writePlan(plan, path, WriteOptions.canonical());
  }

  /** Writes a plan; the options apply to CSV. */
  public static void writePlan(Plan plan, Path path, WriteOptions options) {
    requireNonNull(plan, "plan");
    Format format = Format.of(path);
    try (OutputStream out = Files.newOutputStream(path)) {
      if (format == Format.CSV) {
        PlanCsvWriter.write(plan, out, options);
      } else {
        PlanJsonWriter.write(plan, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads observations strictly. */
  public static List<Observation> readObservations(Path path) {
    return readObservations(path, ReadOptions.of(path.toString()));
  }

  /** Reads observations with options. */
  public static List<Observation> readObservations(Path path, ReadOptions options) {
    try (InputStream in = Files.newInputStream(path)) {
      try (ObservationReader reader = Format.of(path) == Format.CSV
          ? ObservationReader.csv(in, options) : ObservationReader.json(in, options)) {
        return reader.readAll();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes observations. */
  public static void writeObservations(List<Observation> observations, Path path) {
    try (OutputStream out = Files.newOutputStream(path);
        ObservationWriter writer = Format.of(path) == Format.CSV
            ? ObservationWriter.csv(out) : ObservationWriter.json(out)) {
      observations.forEach(writer::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.planning.assertj;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanCsvWriter;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.PlanJsonWriter;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a plan CSV file: it reads without errors, has an error at a place, or round-trips
 * exactly through the model and JSON.
 */
public final class CsvFileAssert extends AbstractAssert<CsvFileAssert, Path> {

  /** The period given for a file whose years state none; null when none is given. */
  private @Nullable PlanPeriod period;

  /** Creates the assertion. */
  public CsvFileAssert(Path actual) {
    super(actual, CsvFileAssert.class);
  }

  /**
   * Uses {@code period} for a file whose headings and columns state no years ({@link
   * ReadOptions.Builder#period}); without it, the period is the one the file's years state, and a
   * file that states none does not read.
   */
  public CsvFileAssert withPeriod(PlanPeriod period) {
    this.period = java.util.Objects.requireNonNull(period, "period");
    return myself;
  }

  /** Verifies that a strict read finds no problem. */
  public CsvFileAssert readsWithoutErrors() {
    List<Problem> problems = read(ReadMode.LENIENT).problems();
    if (!problems.isEmpty()) {
      failWithMessage(
          "%nExpecting %s to read without errors, but it has%n%s", actual, list(problems));
    }
    return myself;
  }

  /** Verifies that the file has a problem at {@code line} and {@code column} (the field number). */
  public CsvFileAssert hasError(long line, long column) {
    List<Problem> problems = read(ReadMode.LENIENT).problems();
    if (problems.stream().noneMatch(p -> p.line() == line && p.column() == column)) {
      failWithMessage(
          "%nExpecting %s to have an error at %s:%s, but its problems are%n%s",
          actual, line, column, problems.isEmpty() ? "  none" : list(problems));
    }
    return myself;
  }

  /**
   * Verifies that CSV → model → JSON → model → CSV gives the same model and that the canonical CSV
   * written twice is byte-identical.
   */
  public CsvFileAssert roundTripsExactly() {
    Plan plan = plan(read(ReadMode.STRICT));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    PlanJsonWriter.write(plan, json);
    Plan fromJson =
        PlanJsonReader.open(
                new ByteArrayInputStream(json.toByteArray()), ReadOptions.of(actual + " (JSON)"))
            .readPlan();
    if (!fromJson.equals(plan)) {
      failWithMessage(
          "%nExpecting %s to round-trip through JSON, but%n  %s%nbecame%n  %s",
          actual, plan, fromJson);
    }
    byte[] first = csv(fromJson);
    Plan again =
        PlanCsvReader.open(new ByteArrayInputStream(first), options(ReadMode.STRICT)).readPlan();
    byte[] second = csv(again);
    if (!again.equals(plan) || !java.util.Arrays.equals(first, second)) {
      failWithMessage(
          "%nExpecting %s to round-trip through CSV exactly, but the second pass "
              + "wrote%n%s%ninstead of%n%s",
          actual, new String(second, UTF_8), new String(first, UTF_8));
    }
    return myself;
  }

  private PlanReadResult read(ReadMode mode) {
    isNotNull();
    try (InputStream in = Files.newInputStream(actual)) {
      try (PlanCsvReader reader = PlanCsvReader.open(in, options(mode))) {
        return reader.readAll();
      }
    } catch (PlanningReadException e) {
      if (mode == ReadMode.STRICT) {
        failWithMessage("%nExpecting %s to read, but%n%s", actual, list(e.problems()));
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReadOptions options(ReadMode mode) {
    ReadOptions.Builder options = ReadOptions.builder().source(actual.toString()).mode(mode);
    if (period != null) {
      options.period(period);
    }
    return options.build();
  }

  private Plan plan(PlanReadResult result) {
    return result.plan().orElseThrow();
  }

  private static byte[] csv(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, out, WriteOptions.canonical());
    return out.toByteArray();
  }

  private static String list(List<Problem> problems) {
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}

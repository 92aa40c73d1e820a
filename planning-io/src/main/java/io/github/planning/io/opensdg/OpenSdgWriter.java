package io.github.planning.io.opensdg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.Direction;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.io.AtomicFile;
import io.github.planning.progress.Progress;
import io.github.planning.progress.ProgressInput;
import io.github.planning.progress.ProgressMeasure;
import io.github.planning.progress.ProgressMethod;
import io.github.planning.progress.ProgressResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan's indicators with their observations as the data and metadata files of an Open SDG
 * site, so that the site's progress calculation (sdg-build's {@code ProgressMeasure.py}) computes
 * the status the library's {@link ProgressMeasure#OPEN_SDG} computes.
 *
 * <pre>{@code
 * OpenSdgWriter.write(plan, observations, Path.of("site"));
 * // site/data/indicator_1-2-01.csv   Year,Value
 * //                                  2020,752.8
 * //                                  2022,901.2
 * // site/meta/1-2-01.yml             indicator_name, computation_units,
 * //                                  progress_calculation_options (base_year, target_year,
 * //                                  target, direction, progress_thresholds)
 * }</pre>
 *
 * <p>For each row the data are the series {@link Progress#input} gives: the stated base value in
 * the base year, then the observations of the row's code (an observation of the base year gives way
 * to a stated base). The data file has only {@code Year} and {@code Value}: sdg-build takes a
 * series' headline from the rows whose other columns are empty, so the unit goes into the metadata
 * ({@code computation_units}). The metadata state every option the library used: the base and
 * target years, the target level (none for a trend), the direction ({@code positive} or {@code
 * negative}; sdg-build's default is negative) and the thresholds, which carry a natural limit's
 * coefficient, since sdg-build has no option for a limit. A row whose target is cumulative or
 * assigned is written with {@code auto_progress_calculation: false}, because Open SDG's measure
 * compares levels. A row without any figure is not written. Each file is written to a temporary
 * file and moved into place, so a failure leaves the files before it as they were.
 */
public final class OpenSdgWriter {

  private static final Pattern FILE_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private OpenSdgWriter() {}

  /**
   * Writes the files of every row of {@code plan} under {@code site} ({@code data/} and {@code
   * meta/} are created).
   *
   * @throws IllegalArgumentException if a row's code cannot be a file name (letters, digits, {@code
   *     .}, {@code _} and {@code -}), naming the code
   * @throws UncheckedIOException if a file cannot be written
   */
  public static OpenSdgExport write(Plan plan, List<Observation> observations, Path site) {
    requireNonNull(plan, "plan");
    requireNonNull(observations, "observations");
    requireNonNull(site, "site");
    for (PlanRow row : plan.rows()) {
      if (!FILE_SAFE.matcher(row.code()).matches()) {
        throw new IllegalArgumentException(
            "row '"
                + row.code()
                + "' has a code that cannot name "
                + "an Open SDG indicator file; give it a code of letters, digits, '.', '_' and '-'");
      }
    }
    List<String> written = new ArrayList<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    Map<String, String> withoutProgress = new LinkedHashMap<>();
    try {
      Files.createDirectories(site.resolve("data"));
      Files.createDirectories(site.resolve("meta"));
      for (PlanRow row : plan.rows()) {
        ProgressInput input = Progress.input(row, plan.period(), observations, 9999).orElse(null);
        SortedMap<Integer, BigDecimal> series =
            input == null ? figures(row, plan, observations) : series(input);
        if (series.isEmpty()) {
          skipped.put(row.code(), "no figures: neither a base value nor observations");
          continue;
        }
        String reason =
            input == null
                ? "the target is assigned by a higher level"
                : input.scale() == ProgressMethod.SUM
                    ? "the target is cumulative over the period"
                    : null;
        if (reason != null) {
          withoutProgress.put(row.code(), reason);
        }
        write(site.resolve("data/indicator_" + row.code() + ".csv"), data(series));
        write(site.resolve("meta/" + row.code() + ".yml"), meta(row, input, reason));
        written.add(row.code());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OpenSdgExport(written, skipped, withoutProgress);
  }

  /** The base value in the base year and the observations, the base given precedence. */
  private static SortedMap<Integer, BigDecimal> series(ProgressInput input) {
    SortedMap<Integer, BigDecimal> series = new TreeMap<>(input.observations());
    input.baseValue().ifPresent(b -> series.put(input.baseYear(), b));
    return series;
  }

  /** The figures of a row whose target has no input: its stated base and its observations. */
  private static SortedMap<Integer, BigDecimal> figures(
      PlanRow row, Plan plan, List<Observation> observations) {
    SortedMap<Integer, BigDecimal> series = new TreeMap<>();
    observations.stream()
        .filter(o -> o.code().equals(row.code()))
        .forEach(o -> series.put(o.year(), o.value()));
    row.base()
        .flatMap(v -> v.plainAmount())
        .ifPresent(b -> series.put(row.years(plan.period()).base(), b));
    return series;
  }

  private static String data(SortedMap<Integer, BigDecimal> series) {
    StringBuilder csv = new StringBuilder("Year,Value\n");
    series.forEach(
        (year, value) -> csv.append(year).append(',').append(value.toPlainString()).append('\n'));
    return csv.toString();
  }

  private static String meta(
      PlanRow row, @Nullable ProgressInput input, @Nullable String withoutProgress) {
    StringBuilder yml = new StringBuilder();
    yml.append("indicator_number: ").append(quoted(row.code())).append('\n');
    yml.append("indicator_name: ").append(quoted(row.indicator().publishedName())).append('\n');
    if (!row.indicator().unit().isNone()) {
      yml.append("computation_units: ")
          .append(quoted(row.indicator().unit().symbol()))
          .append('\n');
    }
    if (withoutProgress != null || input == null) { // no input: the reason says why
      yml.append("auto_progress_calculation: false\n");
      return yml.toString();
    }
    ProgressResult result = ProgressMeasure.OPEN_SDG.assess(input);
    yml.append("auto_progress_calculation: true\n");
    yml.append("progress_calculation_options:\n");
    yml.append("  - base_year: ").append(result.baseYear().orElse(input.baseYear())).append('\n');
    yml.append("    target_year: ").append(input.targetYear()).append('\n');
    input
        .targetValue()
        .ifPresent(t -> yml.append("    target: ").append(t.toPlainString()).append('\n'));
    yml.append("    direction: ")
        .append(input.direction() == Direction.LOWER_IS_BETTER ? "negative" : "positive")
        .append('\n');
    List<BigDecimal> thresholds = result.thresholds();
    if (thresholds.size() == 3) {
      yml.append("    progress_thresholds:\n");
      yml.append("      high: ").append(thresholds.get(0).toPlainString()).append('\n');
      yml.append("      med: ").append(thresholds.get(1).toPlainString()).append('\n');
      yml.append("      low: ").append(thresholds.get(2).toPlainString()).append('\n');
    }
    return yml.toString();
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (Character.isISOControl(c)) {
                out.append(String.format("\\x%02X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }

  private static void write(Path file, String text) throws IOException {
    AtomicFile.write(file, out -> out.write(text.getBytes(UTF_8)));
  }
}

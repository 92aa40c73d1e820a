package io.github.planning.io.sdmx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.internal.Problems;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads SDMX-CSV: a plan written by {@link SdmxCsvWriter} back to the same plan and observations,
 * or another office's annual series as observations.
 *
 * <pre>{@code
 * SdmxData data = SdmxCsvReader.read(in, ReadOptions.of("gdp.csv"));              // strict
 * SdmxData mine = SdmxCsvReader.read(in, ReadOptions.builder().source("cn.csv")
 *     .region("湖州市吴兴区").mode(ReadMode.LENIENT).build());                     // one area
 * }</pre>
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>The header starts with {@code STRUCTURE} (with the sub-field separator in brackets when
 *       there are multi-valued columns), then {@code STRUCTURE_ID}; {@code ACTION}, {@code
 *       STRUCTURE_NAME}, {@code SERIES_KEY} and {@code OBS_KEY} may follow. Headings and coded
 *       cells may carry labels ({@code INDICATOR: 指标}, {@code A: Normal}); columns the library does
 *       not know are ignored.
 *   <li>The indicator is the {@code INDICATOR} column, or {@code SERIES} when there is none.
 *   <li>{@code TIME_PERIOD} of an observation is a year: {@code 2020}, {@code 2020-A1} or {@code
 *       2020-01-01/P1Y}; a line with {@code FREQ} other than {@code A} is a problem.
 *   <li>{@code OBS_VALUE} is read as written, as an exact decimal of at most 100 digits without
 *       exponent; {@code UNIT_MULT} is not applied. An empty or {@code NaN} value is no
 *       observation: the line is {@linkplain SdmxData#skipped() skipped} with that reason.
 *   <li>{@code OBS_STATUS} {@code A} (or none) is final, {@code E} estimated, {@code P}
 *       preliminary; other codes are problems.
 *   <li>With {@linkplain ReadOptions#region() a region} only lines of that {@code REF_AREA} (or
 *       {@code _Z}) are read, the others skipped; without one, a second area is a problem.
 *   <li>Two observations of one indicator and year are a problem; so is a delete action.
 * </ul>
 *
 * <p>In strict mode (the default) any problem ends the read with a {@link PlanningReadException}
 * listing them all; in lenient mode the problems are returned with what could be read.
 */
public final class SdmxCsvReader {

  private static final CsvMapper CSV = CsvMapper.builder().build();

  private final ReadOptions options;
  private final SdmxProblems problems;
  private final List<Problem> skipped = new ArrayList<>();

  private final Map<String, String> dataset = new HashMap<>();
  private long datasetLine;
  private final Map<String, SdmxIndicatorLines> rows = new LinkedHashMap<>();
  private final List<Observation> observations = new ArrayList<>();
  private final Map<String, Long> observed = new HashMap<>();
  private @Nullable String firstArea;

  private SdmxCsvReader(ReadOptions options) {
    this.options = options;
    this.problems = new SdmxProblems(options.source(), options.maxProblems());
  }

  /**
   * Reads UTF-8 SDMX-CSV (a BOM is skipped).
   *
   * @throws PlanningReadException in strict mode, if the input has problems
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SdmxData read(InputStream in, ReadOptions options) {
    requireNonNull(in, "in");
    InputStream bytes = new BufferedInputStream(in);
    try {
      bytes.mark(3);
      byte[] bom = bytes.readNBytes(3);
      if (!(bom.length == 3
          && (bom[0] & 0xFF) == 0xEF
          && (bom[1] & 0xFF) == 0xBB
          && (bom[2] & 0xFF) == 0xBF)) {
        bytes.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(
        new InputStreamReader(
            bytes,
            UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        options);
  }

  /**
   * Reads SDMX-CSV text.
   *
   * @throws PlanningReadException in strict mode, if the input has problems
   */
  public static SdmxData read(Reader text, ReadOptions options) {
    requireNonNull(text, "text");
    requireNonNull(options, "options");
    return new SdmxCsvReader(options).readAll(text);
  }

  private SdmxData readAll(Reader text) {
    long line = 1;
    SdmxHeader header = null;
    try (JsonParser parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(text)) {
      boolean empty = true;
      List<String> cells = new ArrayList<>();
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        cells.clear();
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          if (cells.isEmpty()) {
            // the place of a line is that of its first cell
            line = parser.currentTokenLocation().getLineNr();
          }
          cells.add(parser.getString());
        }
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue;
        }
        if (header == null) {
          empty = false;
          header = SdmxHeader.read(cells, line, problems).orElse(null);
          if (header == null) {
            break;
          }
        } else {
          line(header, cells, line);
        }
        if (problems.isFull()) {
          break;
        }
      }
      if (empty) {
        problems.add(1, 1, "", "the input is empty; SDMX-CSV starts with a header line");
      }
    } catch (JacksonException | UncheckedIOException e) {
      problems.add(line, 1, "", "the input could not be read as UTF-8 CSV: " + e.getMessage());
    }
    // with no header no line was read, so that there is no plan
    Optional<Plan> plan = header == null ? Optional.empty() : plan(header);
    if (options.mode() == ReadMode.STRICT && problems.size() > 0) {
      throw new PlanningReadException(options.source(), problems.list(), problems.isFull());
    }
    return new SdmxData(plan, observations, problems.list(), skipped);
  }

  private void line(SdmxHeader header, List<String> cells, long line) {
    int width = header.width();
    if (cells.size() != width) {
      problems.add(
          line,
          Math.min(cells.size(), width) + 1,
          "",
          "the line has " + cells.size() + " fields, the header " + width);
      return;
    }
    SdmxLine row = new SdmxLine(cells, line, header, problems);
    int actionColumn = header.actionColumn();
    String action = actionColumn < 0 ? "M" : row.id(actionColumn);
    if (action.equals("D")) {
      problems.add(line, actionColumn + 1, action, "a delete action holds no data to read");
      return;
    }
    int frequencyColumn = header.frequencyColumn();
    if (frequencyColumn >= 0
        && !row.id(frequencyColumn).equals("A")
        && !row.id(frequencyColumn).isEmpty()) {
      problems.add(
          line,
          frequencyColumn + 1,
          row.id(frequencyColumn),
          "only annual data (FREQ A) are observations of a plan");
      return;
    }
    int indicatorColumn = header.indicatorColumn();
    String indicator = indicatorColumn < 0 ? "" : row.id(indicatorColumn);
    if (!isOfArea(header, row)) {
      return;
    }
    String type = row.id(SdmxColumn.VALUE_TYPE);
    if (indicator.isEmpty()) {
      if (datasetLine == 0) {
        datasetLine = line;
        for (SdmxColumn c :
            List.of(SdmxColumn.TITLE, SdmxColumn.PLAN_PERIOD, SdmxColumn.PLAN_NOTES)) {
          dataset.put(c.name(), row.text(c));
        }
      } else {
        problems.add(line, 1, "", "a second data set line; the first is on line " + datasetLine);
      }
    } else if (type.isEmpty() && header.has(SdmxColumn.VALUE_TYPE)) {
      SdmxIndicatorLines lines = rows.get(indicator);
      SdmxLine series = lines == null ? null : lines.series();
      if (series != null) {
        problems.add(
            line,
            indicatorColumn + 1,
            indicator,
            "the series line of '"
                + indicator
                + "' is given twice; the first is on line "
                + series.line());
      } else {
        rows.computeIfAbsent(indicator, k -> new SdmxIndicatorLines()).series(row);
      }
    } else if (type.isEmpty() || type.equals(ValueType.OBSERVATION.name())) {
      observation(indicator, row);
    } else {
      Optional<ValueType> valueType = valueType(type);
      if (valueType.isEmpty()) {
        problems.add(
            line,
            header.columnOf(SdmxColumn.VALUE_TYPE), // a type was read from it
            type,
            "not a VALUE_TYPE; expected " + List.of(ValueType.values()));
        return;
      }
      SdmxIndicatorLines lines = rows.computeIfAbsent(indicator, k -> new SdmxIndicatorLines());
      if (valueType.get() == ValueType.YEARLY_TARGET) {
        OptionalInt year = row.year();
        if (year.isPresent()) {
          SdmxLine earlierYear = lines.putYearlyTarget(year.getAsInt(), row);
          if (earlierYear != null) {
            row.report(
                SdmxColumn.TIME_PERIOD,
                row.text(SdmxColumn.TIME_PERIOD),
                "'"
                    + indicator
                    + "' has a yearly target for "
                    + year.getAsInt()
                    + " already on line "
                    + earlierYear.line());
          }
        }
        return;
      }
      SdmxLine earlier = lines.putValue(valueType.get(), row);
      if (earlier != null) {
        problems.add(
            line,
            header.columnOf(SdmxColumn.VALUE_TYPE), // a type was read from it
            type,
            "'" + indicator + "' has a " + type + " already on line " + earlier.line());
      }
    }
  }

  private boolean isOfArea(SdmxHeader header, SdmxLine row) {
    if (!header.has(SdmxColumn.REF_AREA)) {
      return true;
    }
    String area = row.id(SdmxColumn.REF_AREA);
    if (area.isEmpty() || area.equals(SdmxCsvWriter.NO_AREA)) {
      return true;
    }
    if (options.region().isPresent()) {
      if (!options.region().get().equals(area)) {
        skipped.add(
            new Problem(
                options.source(),
                row.line(),
                header.columnOf(SdmxColumn.REF_AREA),
                area,
                "another area than " + options.region().get()));
        return false;
      }
      return true;
    }
    if (firstArea == null) {
      firstArea = area;
    } else if (!firstArea.equals(area)) {
      problems.add(
          row.line(),
          header.columnOf(SdmxColumn.REF_AREA),
          area,
          "a second area besides '"
              + firstArea
              + "'; read one area at a time by giving its region");
      return false;
    }
    return true;
  }

  private void observation(String code, SdmxLine row) {
    String value = row.text(SdmxColumn.OBS_VALUE);
    if (value.isEmpty() || value.equals("NaN")) {
      skipped.add(row.problem(SdmxColumn.OBS_VALUE, value, "no value (OBS_VALUE is empty or NaN)"));
      return;
    }
    Optional<BigDecimal> amount = row.decimal(SdmxColumn.OBS_VALUE);
    OptionalInt year = row.year();
    String status = row.id(SdmxColumn.OBS_STATUS);
    Optional<io.github.planning.core.ObservationStatus> known = SdmxStatus.of(status);
    if (known.isEmpty()) {
      row.report(
          SdmxColumn.OBS_STATUS,
          status,
          "an OBS_STATUS the library has no status for; "
              + "expected A (final), E (estimated) or P (preliminary)");
    }
    if (amount.isEmpty() || year.isEmpty() || known.isEmpty()) {
      return;
    }
    String key = code + '\u0000' + year.getAsInt();
    Long earlier = observed.putIfAbsent(key, row.line());
    if (earlier != null) {
      row.report(
          SdmxColumn.TIME_PERIOD,
          row.text(SdmxColumn.TIME_PERIOD),
          "a second value of '"
              + code
              + "' for "
              + year.getAsInt()
              + "; the first is on line "
              + earlier);
      return;
    }
    try {
      Observation.Builder o =
          Observation.builder()
              .code(code)
              .year(year.getAsInt())
              .value(amount.get())
              .status(known.get());
      row.optional(SdmxColumn.OBS_COMMENT).ifPresent(o::note);
      observations.add(o.build());
    } catch (IllegalStateException e) {
      row.report(SdmxColumn.TIME_PERIOD, row.text(SdmxColumn.TIME_PERIOD), Problems.reason(e));
    }
  }

  private Optional<Plan> plan(SdmxHeader header) {
    if (datasetLine == 0 && rows.values().stream().allMatch(r -> r.series() == null)) {
      return Optional.empty();
    }
    Optional<PlanPeriod> period =
        nonEmpty(dataset.getOrDefault(SdmxColumn.PLAN_PERIOD.name(), ""))
            .map(
                text -> {
                  try {
                    return PlanPeriod.parse(text);
                  } catch (IllegalArgumentException e) {
                    problems.add(
                        datasetLine,
                        header.columnOf(SdmxColumn.PLAN_PERIOD),
                        text,
                        Problems.reason(e));
                    return null;
                  }
                })
            .or(options::period);
    if (period.isEmpty()) {
      problems.add(
          datasetLine,
          header.columnOf(SdmxColumn.PLAN_PERIOD),
          "",
          "the plan period is not known: give PLAN_PERIOD or the period option");
      return Optional.empty();
    }
    Plan.Builder plan =
        Plan.builder()
            .title(
                nonEmpty(dataset.getOrDefault(SdmxColumn.TITLE.name(), ""))
                    .or(options::title)
                    .orElse(options.source()))
            .period(period.get());
    nonEmpty(firstArea == null ? "" : firstArea).or(options::region).ifPresent(plan::region);
    String notes = dataset.getOrDefault(SdmxColumn.PLAN_NOTES.name(), "");
    if (!notes.isEmpty()) {
      plan.addNotes(notes.split(Pattern.quote(header.separator()), -1));
    }
    int before = problems.size();
    rows.forEach((code, lines) -> lines.row(code, header, problems).ifPresent(plan::addRows));
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(plan.build());
    } catch (IllegalStateException e) {
      problems.add(datasetLine, 1, "", Problems.reason(e));
      return Optional.empty();
    }
  }

  private static Optional<ValueType> valueType(String code) {
    for (ValueType type : ValueType.values()) {
      if (type.name().equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}

package io.github.planning.io.sdmx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Measure;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PlanValueParseException;
import io.github.planning.core.Unit;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
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
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final int MAX_DIGITS = 100;

  private final ReadOptions options;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> skipped = new ArrayList<>();
  private final Map<SdmxColumn, Integer> columns = new EnumMap<>(SdmxColumn.class);
  private int actionColumn = -1;
  private int frequencyColumn = -1;
  private int indicatorColumn = -1;
  private int width;
  private String separator = ";";
  private boolean labelled;

  private final Map<String, String> dataset = new HashMap<>();
  private long datasetLine;
  private final Map<String, RowLines> rows = new LinkedHashMap<>();
  private final List<Observation> observations = new ArrayList<>();
  private final Map<String, Long> observed = new HashMap<>();
  private @Nullable String firstArea;

  private SdmxCsvReader(ReadOptions options) {
    this.options = options;
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
    try (JsonParser parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(text)) {
      boolean header = true;
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
        if (header) {
          header = false;
          if (!header(cells, line)) {
            break;
          }
        } else {
          line(cells, line);
        }
        if (problems.size() >= options.maxProblems()) {
          break;
        }
      }
      if (header) {
        problem(1, 1, "", "the input is empty; SDMX-CSV starts with a header line");
      }
    } catch (JacksonException | UncheckedIOException e) {
      problem(line, 1, "", "the input could not be read as UTF-8 CSV: " + e.getMessage());
    }
    Optional<Plan> plan = plan();
    if (options.mode() == ReadMode.STRICT && !problems.isEmpty()) {
      throw new PlanningReadException(
          options.source(), problems, problems.size() >= options.maxProblems());
    }
    return new SdmxData(plan, observations, problems, skipped);
  }

  private boolean header(List<String> headings, long line) {
    width = headings.size();
    String first = headings.isEmpty() ? "" : headings.get(0).strip();
    if (!SdmxIds.idOf(first).equals("STRUCTURE")) {
      problem(line, 1, first, "not SDMX-CSV: the first heading must be STRUCTURE");
      return false;
    }
    if (first.length() > "STRUCTURE[]".length() && first.charAt(9) == '[') {
      separator = first.substring(10, first.length() - 1);
    }
    for (int i = 1; i < headings.size(); i++) {
      String heading = headings.get(i);
      labelled |= heading.contains(": ");
      String id = SdmxIds.idOf(heading);
      switch (id) {
        case "ACTION" -> actionColumn = i;
        case "FREQ" -> frequencyColumn = i;
        case "SERIES" -> indicatorColumn = indicatorColumn < 0 ? i : indicatorColumn;
        default -> {
          int column = i;
          SdmxColumn.ofHeading(heading).ifPresent(c -> columns.putIfAbsent(c, column));
        }
      }
    }
    if (columns.containsKey(SdmxColumn.INDICATOR)) {
      indicatorColumn = columns.get(SdmxColumn.INDICATOR);
    }
    List<String> missing = new ArrayList<>();
    if (indicatorColumn < 0) {
      missing.add("INDICATOR (or SERIES)");
    }
    for (SdmxColumn needed : List.of(SdmxColumn.TIME_PERIOD, SdmxColumn.OBS_VALUE)) {
      if (!columns.containsKey(needed)) {
        missing.add(needed.name());
      }
    }
    if (!missing.isEmpty() && !columns.containsKey(SdmxColumn.VALUE_TYPE)) {
      problem(line, 1, String.join(",", headings), "the header has no column " + missing);
      return false;
    }
    return true;
  }

  private void line(List<String> cells, long line) {
    if (cells.size() != width) {
      problem(
          line,
          Math.min(cells.size(), width) + 1,
          "",
          "the line has " + cells.size() + " fields, the header " + width);
      return;
    }
    Cells row = new Cells(cells, line);
    String action = actionColumn < 0 ? "M" : row.id(actionColumn);
    if (action.equals("D")) {
      problem(line, actionColumn + 1, action, "a delete action holds no data to read");
      return;
    }
    if (frequencyColumn >= 0
        && !row.id(frequencyColumn).equals("A")
        && !row.id(frequencyColumn).isEmpty()) {
      problem(
          line,
          frequencyColumn + 1,
          row.id(frequencyColumn),
          "only annual data (FREQ A) are observations of a plan");
      return;
    }
    String indicator = indicatorColumn < 0 ? "" : row.id(indicatorColumn);
    if (!isOfArea(row)) {
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
        problem(line, 1, "", "a second data set line; the first is on line " + datasetLine);
      }
    } else if (type.isEmpty() && columns.containsKey(SdmxColumn.VALUE_TYPE)) {
      RowLines lines = rows.get(indicator);
      if (lines != null && lines.series != null) {
        problem(
            line,
            indicatorColumn + 1,
            indicator,
            "the series line of '"
                + indicator
                + "' is given twice; the first is on line "
                + lines.series.line);
      } else {
        rows.computeIfAbsent(indicator, k -> new RowLines()).series = row;
      }
    } else if (type.isEmpty() || type.equals(ValueType.OBSERVATION.name())) {
      observation(indicator, row);
    } else {
      Optional<ValueType> valueType = valueType(type);
      if (valueType.isEmpty()) {
        problem(
            line,
            requireNonNull(columns.get(SdmxColumn.VALUE_TYPE)) + 1, // a type was read from it
            type,
            "not a VALUE_TYPE; expected " + List.of(ValueType.values()));
        return;
      }
      RowLines lines = rows.computeIfAbsent(indicator, k -> new RowLines());
      if (valueType.get() == ValueType.YEARLY_TARGET) {
        OptionalInt year = year(row);
        if (year.isPresent()) {
          Cells earlierYear = lines.yearly.putIfAbsent(year.getAsInt(), row);
          if (earlierYear != null) {
            row.report(
                SdmxColumn.TIME_PERIOD,
                row.text(SdmxColumn.TIME_PERIOD),
                "'"
                    + indicator
                    + "' has a yearly target for "
                    + year.getAsInt()
                    + " already on line "
                    + earlierYear.line);
          }
        }
        return;
      }
      Cells earlier = lines.cells.putIfAbsent(valueType.get(), row);
      if (earlier != null) {
        problem(
            line,
            requireNonNull(columns.get(SdmxColumn.VALUE_TYPE)) + 1, // a type was read from it
            type,
            "'" + indicator + "' has a " + type + " already on line " + earlier.line);
      }
    }
  }

  private boolean isOfArea(Cells row) {
    if (!columns.containsKey(SdmxColumn.REF_AREA)) {
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
                row.line,
                columns.get(SdmxColumn.REF_AREA) + 1,
                area,
                "another area than " + options.region().get()));
        return false;
      }
      return true;
    }
    if (firstArea == null) {
      firstArea = area;
    } else if (!firstArea.equals(area)) {
      problem(
          row.line,
          columns.get(SdmxColumn.REF_AREA) + 1,
          area,
          "a second area besides '"
              + firstArea
              + "'; read one area at a time by giving its region");
      return false;
    }
    return true;
  }

  private void observation(String code, Cells row) {
    String value = row.text(SdmxColumn.OBS_VALUE);
    if (value.isEmpty() || value.equals("NaN")) {
      skipped.add(row.problem(SdmxColumn.OBS_VALUE, value, "no value (OBS_VALUE is empty or NaN)"));
      return;
    }
    Optional<BigDecimal> amount = decimal(row, value);
    OptionalInt year = year(row);
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
    Long earlier = observed.putIfAbsent(key, row.line);
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
      nonEmpty(row.text(SdmxColumn.OBS_COMMENT)).ifPresent(o::note);
      observations.add(o.build());
    } catch (IllegalStateException e) {
      row.report(SdmxColumn.TIME_PERIOD, row.text(SdmxColumn.TIME_PERIOD), Problems.reason(e));
    }
  }

  private OptionalInt year(Cells row) {
    String period = row.id(SdmxColumn.TIME_PERIOD);
    OptionalInt year = SdmxTime.year(period);
    if (year.isEmpty()) {
      row.report(
          SdmxColumn.TIME_PERIOD, period, "not a year; expected 2020, 2020-A1 or 2020-01-01/P1Y");
    }
    return year;
  }

  private Optional<BigDecimal> decimal(Cells row, String text) {
    if (!DECIMAL.matcher(text).matches()) {
      row.report(
          SdmxColumn.OBS_VALUE,
          text,
          "not a decimal; expected digits with an optional sign and point, without exponent");
      return Optional.empty();
    }
    if (text.length() > MAX_DIGITS + 2) {
      row.report(SdmxColumn.OBS_VALUE, text, "more than " + MAX_DIGITS + " digits");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }

  private Optional<Plan> plan() {
    if (datasetLine == 0 && rows.values().stream().allMatch(r -> r.series == null)) {
      return Optional.empty();
    }
    Optional<PlanPeriod> period =
        nonEmpty(dataset.getOrDefault(SdmxColumn.PLAN_PERIOD.name(), ""))
            .map(
                text -> {
                  try {
                    return PlanPeriod.parse(text);
                  } catch (IllegalArgumentException e) {
                    problem(
                        datasetLine, columnOf(SdmxColumn.PLAN_PERIOD), text, Problems.reason(e));
                    return null;
                  }
                })
            .or(options::period);
    if (period.isEmpty()) {
      problem(
          datasetLine,
          columnOf(SdmxColumn.PLAN_PERIOD),
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
      plan.addNotes(notes.split(Pattern.quote(separator), -1));
    }
    int before = problems.size();
    rows.forEach((code, lines) -> row(code, lines).ifPresent(plan::addRows));
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(plan.build());
    } catch (IllegalStateException e) {
      problem(datasetLine, 1, "", Problems.reason(e));
      return Optional.empty();
    }
  }

  private Optional<PlanRow> row(String code, RowLines lines) {
    Cells series = lines.series;
    if (series == null) {
      Cells any =
          lines.cells.isEmpty()
              ? lines.yearly.values().iterator().next()
              : lines.cells.values().iterator().next();
      any.report(
          SdmxColumn.INDICATOR,
          code,
          "'" + code + "' has figures but no series line " + "with its name");
      return Optional.empty();
    }
    int before = problems.size();
    Indicator.Builder indicator =
        Indicator.builder().code(code).name(series.text(SdmxColumn.INDICATOR_NAME));
    series.optional(SdmxColumn.CATEGORY).ifPresent(indicator::category);
    series.optional(SdmxColumn.SEQUENCE).ifPresent(indicator::sequence);
    series.optional(SdmxColumn.PARENT).ifPresent(indicator::parent);
    series.optional(SdmxColumn.COMMENT).ifPresent(indicator::note);
    if (columns.containsKey(SdmxColumn.UNIT)) {
      indicator.unit(Unit.parse(series.text(SdmxColumn.UNIT)));
    }
    series.parsed(SdmxColumn.DIRECTION, Direction::valueOf).ifPresent(indicator::direction);
    series.parsed(SdmxColumn.BINDING_STATUS, Attribute::valueOf).ifPresent(indicator::attribute);
    series.parsed(SdmxColumn.LIMIT, BigDecimal::new).ifPresent(indicator::limit);
    series.parsed(SdmxColumn.STOCK_FLOW, Measure::valueOf).ifPresent(indicator::measure);
    indicator.featured(series.text(SdmxColumn.FEATURED).equals("true"));
    PlanRow.Builder row = PlanRow.builder();
    series.parsed(SdmxColumn.ASSESSMENT, Assessment::valueOf).ifPresent(row::assessment);
    series.parsed(SdmxColumn.BASE_YEAR, Integer::valueOf).ifPresent(row::baseYear);
    series.parsed(SdmxColumn.TARGET_YEAR, Integer::valueOf).ifPresent(row::targetYear);
    series.parsed(SdmxColumn.ACTUAL_YEAR, Integer::valueOf).ifPresent(row::actualYear);
    for (Map.Entry<ValueType, Cells> cell : lines.cells.entrySet()) {
      Cells at = cell.getValue();
      Optional<PlanValue> value = value(at);
      if (value.isEmpty()) {
        continue;
      }
      switch (cell.getKey()) {
        case BASE -> row.base(value.get());
        case TARGET -> row.target(value.get());
        case ACTUAL -> row.actual(value.get());
        case TARGET_GROWTH -> row.targetGrowth(value.get());
        case ACTUAL_GROWTH -> row.actualGrowth(value.get());
        case YEARLY_TARGET, OBSERVATION -> throw new AssertionError("not a cell of its own");
      }
    }
    lines.yearly.forEach((year, at) -> value(at).ifPresent(v -> row.putYearlyTarget(year, v)));
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(row.indicator(indicator.build()).build());
    } catch (IllegalStateException e) {
      series.report(SdmxColumn.INDICATOR, code, Problems.reason(e));
      return Optional.empty();
    }
  }

  private Optional<PlanValue> value(Cells at) {
    String published = at.text(SdmxColumn.PUBLISHED_TEXT);
    String amount = at.text(SdmxColumn.OBS_VALUE);
    String text = columns.containsKey(SdmxColumn.PUBLISHED_TEXT) ? published : amount;
    PlanValue value;
    try {
      value = PlanValue.parse(text);
    } catch (PlanValueParseException e) {
      at.report(SdmxColumn.PUBLISHED_TEXT, text, Problems.reason(e));
      return Optional.empty();
    }
    String parsed = value.amount().map(BigDecimal::toPlainString).orElse("");
    if (!parsed.equals(amount)) {
      at.report(
          SdmxColumn.OBS_VALUE,
          amount,
          "OBS_VALUE differs from the amount '"
              + parsed
              + "' of the published text '"
              + text
              + "'");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Optional<ValueType> valueType(String code) {
    for (ValueType type : ValueType.values()) {
      if (type.name().equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private long columnOf(SdmxColumn column) {
    return columns.getOrDefault(column, 0) + 1L;
  }

  private void problem(long line, long column, String text, String reason) {
    if (problems.size() < options.maxProblems()) {
      problems.add(new Problem(options.source(), line, column, text, reason));
    }
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The lines of one indicator: its series line and one line per value type. */
  private static final class RowLines {
    @Nullable Cells series;
    final Map<ValueType, Cells> cells = new EnumMap<>(ValueType.class);
    final Map<Integer, Cells> yearly = new java.util.TreeMap<>();
  }

  /** The cells of one line, by column. */
  private final class Cells {
    private final String[] cells;
    private final long line;

    Cells(List<String> cells, long line) {
      this.cells = cells.toArray(new String[0]);
      this.line = line;
    }

    String text(SdmxColumn column) {
      Integer at = columns.get(column);
      return at == null ? "" : cells[at];
    }

    Optional<String> optional(SdmxColumn column) {
      return nonEmpty(text(column));
    }

    /** The id of a coded cell, without a label ({@code A} of {@code A: Normal}). */
    String id(SdmxColumn column) {
      Integer at = columns.get(column);
      return at == null ? "" : id(at);
    }

    String id(int at) {
      return labelled ? SdmxIds.idOf(cells[at]) : cells[at].strip();
    }

    <T> Optional<T> parsed(SdmxColumn column, Function<String, T> parse) {
      String text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(text));
      } catch (IllegalArgumentException e) {
        report(column, text, "not a " + column.name() + " of the structure");
        return Optional.empty();
      }
    }

    Problem problem(SdmxColumn column, String text, String reason) {
      return new Problem(options.source(), line, columnOf(column), text, reason);
    }

    void report(SdmxColumn column, String text, String reason) {
      SdmxCsvReader.this.problem(line, columnOf(column), text, reason);
    }
  }
}

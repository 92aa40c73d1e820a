package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.io.internal.Encodings;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowAssembler;
import io.github.planning.io.jackson.PlanningJson;
import java.io.Closeable;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

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
 */
public final class ObservationReader implements Iterator<Observation>, Closeable {

  private static final CsvMapper CSV =
      CsvMapper.builder(CsvFactory.builder().streamReadConstraints(PlanningJson.LIMITS).build())
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .build();
  private static final String[] COLUMNS = {"code", "year", "value", "status", "note"};

  private final ReadOptions options;
  private final Problems problems;
  private final JsonParser parser;

  /** The characters the parser reads. */
  private final Reader input;

  private final boolean csv;
  private final int[] index = {-1, -1, -1, -1, -1};
  private @Nullable Observation next;

  /** The line and column of {@link #next}'s code. */
  private long nextLine;

  private long nextColumn;

  private boolean finished;

  private ObservationReader(Reader input, ReadOptions options, boolean csv) {
    this.input = input;
    this.parser =
        csv
            ? CSV.reader().with(CsvSchema.emptySchema()).createParser(input)
            : PlanningJson.mapper().createParser(input);
    this.options = options;
    this.csv = csv;
    this.problems = new Problems(options.source(), options.maxProblems());
    try {
      if (csv) {
        readCsvHeader();
      } else {
        readJsonHeader();
      }
    } catch (JacksonException e) {
      fail(e);
    }
    if (!problems.isEmptySince(0)) {
      finish();
    }
  }

  /** Reads CSV bytes (UTF-8 with or without BOM, or GB18030; detected unless given). */
  public static ObservationReader csv(InputStream in, ReadOptions options) {
    return new ObservationReader(Encodings.open(in, options), options, true);
  }

  /**
   * Reads a JSON observations document (UTF-8 with or without BOM, or GB18030; detected unless
   * given).
   */
  public static ObservationReader json(InputStream in, ReadOptions options) {
    return new ObservationReader(Encodings.openJson(in, options), options, false);
  }

  /** Reads CSV characters. */
  public static ObservationReader csv(Reader reader, ReadOptions options) {
    return new ObservationReader(
        requireNonNull(reader, "reader"), requireNonNull(options, "options"), true);
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
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ObservationRecord record =
        new ObservationRecord(requireNonNull(next), nextLine, nextColumn); // hasNext() read it
    next = null;
    return record;
  }

  /** The problems found so far. */
  public List<Problem> problems() {
    return problems.all();
  }

  @Override
  public boolean hasNext() {
    while (next == null && !finished) {
      try {
        next = csv ? readCsvRow() : readJsonObservation();
      } catch (JacksonException e) {
        fail(e);
      }
      if (problems.isFull() && options.mode() == ReadMode.STRICT) {
        problems.stopAtCap();
        finish();
      }
    }
    return next != null;
  }

  @Override
  public Observation next() {
    return nextRecord().observation();
  }

  private void readCsvHeader() {
    parser.nextToken();
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      problems.add(1, 1, "", "the input has no header; expected code,year,value,status,note");
      return;
    }
    int i = 0;
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      if (i == PlanCsvReader.MAX_COLUMNS) {
        problems.add(
            1,
            i + 1,
            parser.getString(),
            "the header has more than " + PlanCsvReader.MAX_COLUMNS + " columns");
        return;
      }
      String heading = parser.getString().strip().replace("\uFEFF", "");
      int column = column(heading);
      if (column < 0) {
        problems.add(1, i + 1, heading, "unknown column; expected code, year, value, status, note");
      } else if (index[column] >= 0) {
        problems.add(1, i + 1, heading, "the column " + COLUMNS[column] + " is already given");
      } else {
        index[column] = i;
      }
      i++;
    }
    for (int c = 0; c < 3; c++) {
      if (index[c] < 0) {
        problems.add(1, 1, "", "the header has no " + COLUMNS[c] + " column");
      }
    }
  }

  private static int column(String heading) {
    switch (heading.toLowerCase(java.util.Locale.ROOT)) {
      case "code":
      case "代码":
      case "指标代码":
        return 0;
      case "year":
      case "年份":
        return 1;
      case "value":
      case "数值":
      case "值":
        return 2;
      case "status":
      case "状态":
        return 3;
      case "note":
      case "备注":
        return 4;
      default:
        return -1;
    }
  }

  private @Nullable Observation readCsvRow() {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      finish();
      return null;
    }
    List<String> cells = new ArrayList<>();
    long line = -1;
    int count = 0;
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      if (line < 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      if (count++ <= COLUMNS.length) {
        cells.add(parser.getString());
      }
    }
    if (cells.size() == 1 && cells.get(0).isEmpty()) {
      return null;
    }
    int mark = problems.startRecord();
    final long rowLine = line;
    for (Encodings.Undecoded bad : Encodings.takeUndecoded(input, u -> u.record() <= rowLine)) {
      int i = (int) bad.column() - 1;
      boolean here = bad.record() == rowLine && i >= 0 && i < cells.size();
      problems.add(
          bad.line(),
          bad.column(),
          here ? cells.get(i) : "",
          here ? bad.inCell() : bad.elsewhere());
    }
    Observation.Builder o = Observation.builder();
    String code = cell(cells, 0);
    if (code.isBlank()) {
      problems.add(line, index[0] + 1, code, "an observation needs a code");
    }
    o.code(FormulaEscaping.unescape(code));
    try {
      o.year(RowAssembler.year(cell(cells, 1)));
    } catch (IllegalArgumentException e) {
      problems.add(line, index[1] + 1, cell(cells, 1), Problems.reason(e));
    }
    try {
      o.value(RowAssembler.figure(cell(cells, 2)));
    } catch (IllegalArgumentException e) {
      problems.add(line, index[2] + 1, cell(cells, 2), Problems.reason(e));
    }
    if (!cell(cells, 3).isBlank()) {
      try {
        o.status(ObservationStatus.parse(cell(cells, 3)));
      } catch (IllegalArgumentException e) {
        problems.add(line, index[3] + 1, cell(cells, 3), Problems.reason(e));
      }
    }
    if (!cell(cells, 4).isEmpty()) {
      o.note(FormulaEscaping.unescape(cell(cells, 4)));
    }
    int width = (int) java.util.Arrays.stream(index).filter(i -> i >= 0).count();
    if (count > width) {
      problems.add(
          line,
          width + 1,
          cells.get(width),
          "the row has " + count + " cells, the header " + width);
    }
    if (problems.size() > mark) {
      return null;
    }
    nextLine = line;
    nextColumn = index[0] + 1;
    return o.build();
  }

  private String cell(List<String> cells, int column) {
    int i = index[column];
    return i >= 0 && i < cells.size() ? cells.get(i) : "";
  }

  private void readJsonHeader() {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      problems.add(1, 1, "", "an observations document is a JSON object");
      return;
    }
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      TokenStreamLocation at = parser.currentTokenLocation();
      if (field.equals("format")) {
        if (value != JsonToken.VALUE_STRING
            || !parser.getString().equals(PlanningJson.OBSERVATIONS_FORMAT)) {
          problems.add(
              at.getLineNr(),
              problems.column(at),
              parser.getString(),
              "unknown format; this reader reads " + PlanningJson.OBSERVATIONS_FORMAT);
          return;
        }
      } else if (field.equals("observations") && value == JsonToken.START_ARRAY) {
        return;
      } else {
        problems.add(
            at.getLineNr(),
            problems.column(at),
            field,
            "unknown field '" + field + "'; expected format and observations");
        parser.skipChildren();
      }
    }
    problems.add(1, 1, "", "the document has no observations array");
  }

  private @Nullable Observation readJsonObservation() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.START_OBJECT) {
      TokenStreamLocation at = parser.currentTokenLocation();
      nextLine = at.getLineNr();
      nextColumn = problems.column(at);
      int mark = problems.startRecord();
      Optional<Observation> o = JsonCodec.readObservation(parser, problems);
      reportUndecoded(parser.currentLocation());
      return problems.isEmptySince(mark) ? o.orElse(null) : null;
    }
    if (token == JsonToken.END_ARRAY) {
      JsonToken end = parser.nextToken();
      if (end != JsonToken.END_OBJECT) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(at.getLineNr(), problems.column(at), "", "expected the end of the document");
      }
      finish();
      return null;
    }
    JsonCodec.wrongType(parser, problems, "observations[]", "an object");
    return null;
  }

  /**
   * Reports each place of bytes that did not decode (a lenient reading) before {@code end}; an
   * observation holding one is not built.
   */
  private void reportUndecoded(TokenStreamLocation end) {
    for (Encodings.Undecoded bad :
        Encodings.takeUndecoded(input, u -> u.isBefore(end.getLineNr(), end.getColumnNr()))) {
      problems.add(bad.line(), bad.column(), "", bad.elsewhere());
    }
  }

  private void fail(JacksonException e) {
    if (!Encodings.reportFailure(input, problems)) {
      TokenStreamLocation at = parser.currentLocation();
      problems.add(e, at.getLineNr(), problems.column(at));
    }
    finish();
  }

  private void finish() {
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

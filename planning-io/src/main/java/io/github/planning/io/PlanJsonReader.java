package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.PlanPeriod;
import io.github.planning.io.internal.Encodings;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowCells;
import io.github.planning.io.jackson.PlanningJson;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a plan document ({@value PlanningJson#PLAN_FORMAT}) row by row.
 *
 * <pre>{@code
 * {
 *   "format": "planning-plan/1",
 *   "title": "“十四五”时期经济和社会发展主要指标",
 *   "region": "湖州市吴兴区",
 *   "period": "2021-2025",
 *   "notes": ["标“*”为吴兴特色指标"],
 *   "rows": [
 *     {"code": "1-2-01", "name": "地区生产总值(GDP)", "unit": "亿元", "baseYear": 2020,
 *      "base": {"text": "752.8", "kind": "FIGURE", "relation": "EXACT", "amount": 752.8}, …}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code format} comes first. A value is an object with its {@code text} and typed fields, or
 * the bare text; typed fields that disagree with the text are an error. Fields before {@code rows}
 * are known when the rows start ({@link #title()} …); fields after them when the rows end. Strict
 * and lenient modes work as in {@link PlanCsvReader}; a malformed or truncated document stops the
 * reading with a problem at its place.
 *
 * <p>A byte that does not decode stops a strict reading at its line and character column. A lenient
 * reading reads it as U+FFFD and goes on: inside a string, which cannot end before its closing
 * quote, the string is read to that quote as decoded, the cell holding it is invalid (its text
 * kept, with U+FFFD for the bytes) with a problem at the byte, and every later row is read; a bad
 * byte outside any string (between tokens) breaks the JSON there, and the reading stops with both
 * problems, as at any malformed document.
 */
public final class PlanJsonReader extends PlanRecordReader {

  private final JsonParser parser;

  /** The characters the parser reads, when the reader opened them; else null. */
  private final @Nullable Reader input;

  private final boolean ownsParser;
  private final RowCells rowCells = new RowCells();
  private @Nullable String title;
  private @Nullable String region;
  private @Nullable PlanPeriod period;
  private final List<String> notes = new ArrayList<>();
  private boolean inRows;
  private boolean rowsSeen;
  private boolean formatSeen;

  private PlanJsonReader(JsonParser parser, ReadOptions options, boolean ownsParser) {
    this(parser, null, options, ownsParser);
  }

  private PlanJsonReader(
      JsonParser parser, @Nullable Reader input, ReadOptions options, boolean ownsParser) {
    super(options, false);
    this.parser = parser;
    this.input = input;
    this.ownsParser = ownsParser;
    try {
      JsonToken first = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        TokenStreamLocation at = parser.currentTokenLocation();
        long column = problems.column(at);
        problems.add(
            Math.max(at.getLineNr(), 1),
            Math.max(column, 1),
            "",
            "a plan document is a JSON object starting with \"format\": \""
                + PlanningJson.PLAN_FORMAT
                + "\"");
        finish();
      } else {
        readFields();
        reportUndecoded(before(parser.currentLocation()));
      }
    } catch (JacksonException e) {
      fail(e);
    }
    if (options.mode() == ReadMode.STRICT && !problems.isEmptySince(0)) {
      finish();
    }
  }

  /**
   * Opens a document from bytes: UTF-8 (a BOM allowed) or GB18030, given in the options or detected
   * as {@link PlanCsvReader#open(InputStream, ReadOptions)} detects them.
   */
  public static PlanJsonReader open(InputStream in, ReadOptions options) {
    return open(Encodings.openJson(in, options), options);
  }

  /**
   * Reads a plan document from a parser positioned at its start object, as a Jackson deserializer
   * does; the caller owns the parser, which closing this reader leaves open.
   *
   * <pre>{@code
   * Plan plan = PlanJsonReader.open(parser, ReadOptions.of("request body")).readPlan();
   * }</pre>
   */
  public static PlanJsonReader open(JsonParser parser, ReadOptions options) {
    requireNonNull(parser, "parser");
    requireNonNull(options, "options");
    return new PlanJsonReader(parser, options, false);
  }

  /** Opens a document from characters. */
  public static PlanJsonReader open(Reader reader, ReadOptions options) {
    requireNonNull(reader, "reader");
    requireNonNull(options, "options");
    return new PlanJsonReader(PlanningJson.mapper().createParser(reader), reader, options, true);
  }

  /** The title, once read. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The region, once read. */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /** The notes read so far: all of them once the rows are read, wherever they stand. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** The period, once read. */
  public Optional<PlanPeriod> period() {
    return Optional.ofNullable(period);
  }

  @Override
  PlanReadResult result(List<RowRecord> records) {
    return PlanReadResult.of(
        records,
        problems,
        options,
        title != null ? title : options.title().orElse(options.source()),
        region().or(options::region),
        period(),
        notes);
  }

  @Override
  @Nullable RowRecord readRecord() {
    try {
      if (!inRows) {
        finish();
        return null;
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        return JsonCodec.readRow(parser, problems, assembler, rowCells, this::rejectUndecoded);
      }
      if (token == JsonToken.END_ARRAY) {
        inRows = false;
        readFields();
        reportUndecoded(before(parser.currentLocation()));
        finish();
        return null;
      }
      JsonCodec.wrongType(parser, problems, "rows[]", "an object");
      return null;
    } catch (JacksonException e) {
      fail(e);
      return null;
    }
  }

  /** Reads top-level fields until the rows start or the object ends. */
  private void readFields() {
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      TokenStreamLocation at = parser.currentTokenLocation();
      if (!formatSeen && !field.equals("format")) {
        problems.add(
            at.getLineNr(),
            problems.column(at),
            field,
            "the format field must come first: \"format\": \"" + PlanningJson.PLAN_FORMAT + "\"");
        formatSeen = true;
      }
      switch (field) {
        case "format" -> {
          formatSeen = true;
          if (value != JsonToken.VALUE_STRING) {
            JsonCodec.wrongType(parser, problems, "format", "a string");
          } else if (!parser.getString().equals(PlanningJson.PLAN_FORMAT)) {
            problems.add(
                at.getLineNr(),
                problems.column(at),
                parser.getString(),
                "unknown format version; this reader reads " + PlanningJson.PLAN_FORMAT);
            finish();
            return;
          }
        }
        case "title" -> title = string(value, field);
        case "region" -> region = string(value, field);
        case "period" -> {
          String text = string(value, field);
          if (text != null) {
            try {
              period = PlanPeriod.parse(text);
            } catch (IllegalArgumentException e) {
              problems.add(at.getLineNr(), problems.column(at), text, Problems.reason(e));
            }
          }
        }
        case "notes" -> {
          if (value != JsonToken.START_ARRAY) {
            JsonCodec.wrongType(parser, problems, "notes", "an array of strings");
            break;
          }
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            String note = string(parser.currentToken(), "notes[]");
            if (note != null) {
              notes.add(note);
            }
          }
        }
        case "rows" -> {
          if (rowsSeen) {
            problems.add(
                at.getLineNr(), problems.column(at), field, "a second rows array; a plan has one");
            parser.skipChildren();
            break;
          }
          rowsSeen = true;
          if (value != JsonToken.START_ARRAY) {
            JsonCodec.wrongType(parser, problems, "rows", "an array of rows");
            break;
          }
          inRows = true;
          return;
        }
        default -> {
          problems.add(
              at.getLineNr(),
              problems.column(at),
              field,
              "unknown field '"
                  + field
                  + "'; a plan has format, title, region, period, notes and rows");
          parser.skipChildren();
        }
      }
    }
    if (token != JsonToken.END_OBJECT) {
      TokenStreamLocation at = parser.currentTokenLocation();
      problems.add(at.getLineNr(), problems.column(at), "", "the document ends before its object");
    } else if (parser.nextToken() != null) {
      TokenStreamLocation at = parser.currentTokenLocation();
      problems.add(
          at.getLineNr(),
          problems.column(at),
          parser.getString(),
          "unexpected content after the document");
    }
    if (!formatSeen) {
      problems.add(1, 1, "", "the document has no format field");
    }
  }

  private @Nullable String string(JsonToken token, String field) {
    if (token == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    JsonCodec.wrongType(parser, problems, field, "a string");
    return null;
  }

  /**
   * Reports each place of bytes that did not decode (a lenient reading) that {@code taken} takes.
   */
  private void reportUndecoded(Predicate<Encodings.Undecoded> taken) {
    for (Encodings.Undecoded bad : Encodings.takeUndecoded(input, taken)) {
      problems.add(bad.line(), bad.column(), "", bad.elsewhere());
    }
  }

  private static Predicate<Encodings.Undecoded> before(TokenStreamLocation end) {
    return bad -> bad.isBefore(end.getLineNr(), end.getColumnNr());
  }

  /**
   * Marks each cell of the row just read that holds bytes that did not decode (a lenient reading)
   * invalid, its text kept as decoded: the cell starting last before the bytes, if its text holds
   * U+FFFD. Bytes elsewhere in the row (a field name, an extra field) are reported at their place.
   */
  private void rejectUndecoded(RowCells cells) {
    for (Encodings.Undecoded bad :
        Encodings.takeUndecoded(input, before(parser.currentLocation()))) {
      RowField holding = null;
      for (RowField column : RowField.values()) {
        if (cells.has(column)
            && !bad.isBefore(cells.line(column), cells.place(column))
            && (holding == null
                || cells.line(column) > cells.line(holding)
                || cells.line(column) == cells.line(holding)
                    && cells.place(column) > cells.place(holding))) {
          holding = column;
        }
      }
      if (holding != null && bad.column() > 0 && cells.textOf(holding).indexOf('\uFFFD') >= 0) {
        if (cells.rejection(holding) == null) {
          cells.reject(holding, bad.line(), bad.column(), bad.inCell());
        }
      } else {
        problems.add(bad.line(), bad.column(), "", bad.elsewhere());
      }
    }
  }

  private void fail(JacksonException e) {
    if (!Encodings.reportFailure(input, problems)) {
      TokenStreamLocation at = parser.currentLocation();
      problems.add(e, at.getLineNr(), problems.column(at));
    }
    inRows = false;
    finish();
  }

  @Override
  void finish() {
    if (finished) {
      return;
    }
    finished = true;
    Encodings.reportFailure(input, problems);
    reportUndecoded(all -> true);
    assembler.checkParents();
    if (ownsParser) {
      close();
    }
    if (options.mode() == ReadMode.STRICT) {
      problems.throwIfAny();
    }
  }

  @Override
  public void close() {
    finished = true;
    if (ownsParser) {
      try {
        parser.close();
      } catch (JacksonException e) {
        // already reported
      }
    }
  }
}

package io.github.planning.io.internal;

import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.io.RowField;
import io.github.planning.io.RowRecord;
import io.github.planning.io.WireSpelling;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** Token-level JSON of values, rows and observations, shared by the documents and the module. */
public final class JsonCodec {

  private JsonCodec() {}

  // ------------------------------------------------------------------ writing

  /** Writes a value object: its text, its kind and the typed fields it has. */
  public static void writeValue(JsonGenerator g, PlanValue v) {
    JsonRowWriter.writeValue(g, v);
  }

  /**
   * Writes a row object, its {@code extra} fields last and each of its {@code invalid} cells as the
   * text it was read from.
   */
  public static void writeRow(
      JsonGenerator g, PlanRow row, Map<String, String> extra, Map<RowField, String> invalid) {
    JsonRowWriter.writeRow(g, row, extra, invalid);
  }

  public static void writeObservation(JsonGenerator g, Observation o) {
    g.writeStartObject();
    g.writeStringProperty("code", o.code());
    g.writeNumberProperty("year", o.year());
    g.writeNumberProperty("value", o.value());
    g.writeStringProperty("status", WireSpelling.of(o.status()));
    o.note().ifPresent(n -> g.writeStringProperty("note", n));
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ reading

  /**
   * The field of a row's yearly targets (分年度目标): an object of values by year, {@code
   * "yearlyTargets": {"2021": "6%左右", "2022": {"text": "6.5%", …}}}.
   */
  public static final String YEARLY_TARGETS = "yearlyTargets";

  /** The most characters the extra fields of one row hold, names and texts: one cell's worth. */
  public static final int MAX_EXTRA_CHARS = 1_000_000;

  /** The names of a row's fields, for the message about an unknown one. */
  private static final String JSON_NAMES =
      java.util.Arrays.stream(RowField.values())
              .map(RowField::jsonName)
              .collect(java.util.stream.Collectors.joining(", "))
          + ", "
          + YEARLY_TARGETS;

  /**
   * Reads a row object (the parser is on its START_OBJECT) into cells, reporting type problems; the
   * caller's {@link RowAssembler} builds the row.
   */
  public static RowRecord readRow(
      JsonParser p, Problems problems, RowAssembler assembler, RowCells cells) {
    return readRow(p, problems, assembler, cells, read -> {});
  }

  /**
   * As {@link #readRow(JsonParser, Problems, RowAssembler, RowCells)}, handing the cells to {@code
   * beforeAssembly} once the row object is read, before the row is built.
   */
  public static RowRecord readRow(
      JsonParser p,
      Problems problems,
      RowAssembler assembler,
      RowCells cells,
      java.util.function.Consumer<RowCells> beforeAssembly) {
    TokenStreamLocation start = location(p);
    long line = start.getLineNr();
    int mark = problems.startRecord();
    cells.clear();
    Map<String, String> extra = new LinkedHashMap<>();
    Map<RowField, String> typeInvalid = new EnumMap<>(RowField.class);
    List<RowAssembler.YearlyCell> yearly = new ArrayList<>(0);
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      TokenStreamLocation at = location(p);
      if (field.equals("extra")) {
        readExtra(p, problems, extra);
        continue;
      }
      if (field.equals(YEARLY_TARGETS)) {
        readYearlyTargets(p, problems, yearly, extra);
        continue;
      }
      RowField column = RowField.ofJsonName(field).orElse(null);
      if (column == null) {
        problems.add(
            at.getLineNr(),
            problems.column(at),
            field,
            "unknown field '" + field + "' in a row; expected one of " + JSON_NAMES + ", extra");
        p.skipChildren();
        continue;
      }
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      String invalidText;
      if (column.isValue()) {
        invalidText = readValue(p, problems, field, at, cells, column);
      } else {
        // a scalar leaves the parser on its token
        invalidText =
            readScalar(p, problems, field, at, cells, column)
                ? null
                : token.isScalarValue() ? p.getString() : "";
      }
      if (invalidText != null) {
        typeInvalid.put(column, invalidText);
      }
    }
    beforeAssembly.accept(cells);
    RowRecord record = assembler.withYearlyTargets(assembler.assemble(line, cells, extra), yearly);
    if (problems.size() - mark != record.problems().size() || !typeInvalid.isEmpty()) {
      problems.sortSince(mark);
      Map<RowField, String> invalid = new EnumMap<>(RowField.class);
      invalid.putAll(record.invalidCells());
      typeInvalid.forEach(invalid::putIfAbsent);
      return RowRecord.builder()
          .from(record)
          .invalidCells(invalid)
          .problems(problems.since(mark))
          .build();
    }
    return record;
  }

  /**
   * Reads a row's yearly targets, an object of values by year, into {@code yearly}; a value whose
   * typed fields disagree with its text is reported and its text kept in {@code extra} under {@code
   * 2023年目标}, as a CSV reader keeps a yearly target's cell that is not a value.
   */
  private static void readYearlyTargets(
      JsonParser p,
      Problems problems,
      List<RowAssembler.YearlyCell> yearly,
      Map<String, String> extra) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(p, problems, YEARLY_TARGETS, "an object of values by year");
      return;
    }
    RowCells scratch = new RowCells();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken token = p.nextToken();
      TokenStreamLocation at = location(p);
      java.util.OptionalInt year = PlanPeriod.yearOf(name);
      if (year.isEmpty()) {
        problems.add(
            at.getLineNr(),
            problems.column(at),
            name,
            "a yearly target's year: " + RowAssembler.NOT_A_YEAR);
        p.skipChildren();
        continue;
      }
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      String keptAs = year.getAsInt() + "年目标";
      scratch.clear();
      String invalid =
          readValue(p, problems, YEARLY_TARGETS + "." + name, at, scratch, RowField.TARGET);
      if (invalid != null) {
        extra.putIfAbsent(keptAs, invalid);
      } else {
        yearly.add(
            new RowAssembler.YearlyCell(
                year.getAsInt(),
                scratch.textOf(RowField.TARGET),
                at.getLineNr(),
                problems.column(at),
                keptAs,
                scratch.reading(RowField.TARGET)));
      }
    }
  }

  /**
   * Reads the extra fields of a row, at most {@link #MAX_EXTRA_CHARS} characters of them in all;
   * the first field past that is a problem and the rest is skipped.
   */
  private static void readExtra(JsonParser p, Problems problems, Map<String, String> extra) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      TokenStreamLocation at = location(p);
      problems.add(
          at.getLineNr(), problems.column(at), p.getString(), "extra must be an object of strings");
      p.skipChildren();
      return;
    }
    long chars = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken token = p.nextToken();
      if (token == JsonToken.VALUE_STRING) {
        chars += name.length() + p.getStringLength();
        if (chars > MAX_EXTRA_CHARS) {
          TokenStreamLocation at = location(p);
          problems.add(
              at.getLineNr(),
              problems.column(at),
              name,
              "the extra fields of a row "
                  + "hold more than "
                  + MAX_EXTRA_CHARS
                  + " characters; the rest are not read");
          p.skipChildren();
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            p.nextToken();
            p.skipChildren();
          }
          return;
        }
        extra.put(name, p.getString());
      } else {
        TokenStreamLocation at = location(p);
        problems.add(
            at.getLineNr(), problems.column(at), name, "extra '" + name + "' must be a string");
        p.skipChildren();
      }
    }
  }

  /** A scalar field as text: strings as they are, numbers plain, booleans true/false. */
  private static @Nullable String scalarText(
      JsonParser p, Problems problems, String field, RowField column) {
    JsonToken token = p.currentToken();
    boolean number = column.isYear() || column == RowField.LIMIT;
    if (number && token == JsonToken.VALUE_NUMBER_INT
        || column == RowField.LIMIT && token == JsonToken.VALUE_NUMBER_FLOAT) {
      // as written: the row's reading applies the rule of a figure before any number is made
      return p.getString();
    }
    if (column == RowField.FEATURED
        && (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)) {
      return String.valueOf(token == JsonToken.VALUE_TRUE);
    }
    if (!number && column != RowField.FEATURED && token == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    String expected =
        number
            ? (column == RowField.LIMIT ? "a number" : "an integer year")
            : column == RowField.FEATURED ? "true or false" : "a string";
    wrongType(p, problems, field, expected);
    return null;
  }

  /**
   * A value field read into the row's cells, placed at {@code at}: the bare text, or an object
   * whose typed fields must agree with its text, whose reading the cell keeps. Null when read;
   * else, with the problems reported, the raw text the invalid cell keeps: the object's text, the
   * scalar as written, or empty.
   */
  public static @Nullable String readValue(
      JsonParser p,
      Problems problems,
      String field,
      TokenStreamLocation at,
      RowCells cells,
      RowField column) {
    return TypedValue.read(p, problems, field, at, cells, column);
  }

  /**
   * The number the parser is on, read by the rule of a figure in a cell (at most 100 digits, no
   * exponent) from its text before any {@link BigDecimal} is made; null, with the problem reported,
   * when it breaks the rule.
   */
  static @Nullable BigDecimal number(JsonParser p, Problems problems, String field) {
    String text = p.getString();
    try {
      return RowAssembler.figure(text);
    } catch (IllegalArgumentException e) {
      TokenStreamLocation at = location(p);
      problems.add(
          at.getLineNr(), problems.column(at), text, "the field " + field + ": " + e.getMessage());
      return null;
    }
  }

  /** A scalar field into the row's cells; false, with the problem reported, for a wrong type. */
  private static boolean readScalar(
      JsonParser p,
      Problems problems,
      String field,
      TokenStreamLocation at,
      RowCells cells,
      RowField column) {
    String text = scalarText(p, problems, field, column);
    if (text != null) {
      cells.put(column, text, at.getLineNr(), problems.column(at));
    }
    return text != null;
  }

  /** Reads an observation object (the parser is on its START_OBJECT). */
  public static Optional<Observation> readObservation(JsonParser p, Problems problems) {
    TokenStreamLocation start = location(p);
    int mark = problems.startRecord();
    Observation.Builder o = Observation.builder();
    boolean code = false;
    boolean year = false;
    boolean value = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      TokenStreamLocation at = location(p);
      switch (name) {
        case "code" -> {
          if (t == JsonToken.VALUE_STRING) {
            o.code(p.getString());
            code = true;
          } else {
            wrongType(p, problems, name, "a string");
          }
        }
        case "year" -> {
          if (t == JsonToken.VALUE_NUMBER_INT) {
            try {
              o.year(RowAssembler.year(p.getString()));
              year = true;
            } catch (IllegalArgumentException e) {
              problems.add(at.getLineNr(), problems.column(at), p.getString(), Problems.reason(e));
            }
          } else {
            wrongType(p, problems, name, "an integer year");
          }
        }
        case "value" -> {
          if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal number = number(p, problems, name);
            if (number != null) {
              o.value(number);
              value = true;
            }
          } else {
            wrongType(p, problems, name, "a number");
          }
        }
        case "status" -> {
          if (t == JsonToken.VALUE_STRING) {
            try {
              o.status(ObservationStatus.parse(p.getString()));
            } catch (IllegalArgumentException e) {
              problems.add(at.getLineNr(), problems.column(at), p.getString(), Problems.reason(e));
            }
          } else {
            wrongType(p, problems, name, "a string");
          }
        }
        case "note" -> {
          if (t == JsonToken.VALUE_STRING) {
            o.note(p.getString());
          } else {
            wrongType(p, problems, name, "a string");
          }
        }
        default -> {
          problems.add(
              at.getLineNr(),
              problems.column(at),
              name,
              "unknown field '"
                  + name
                  + "' in an observation; expected code, year, value, status, note");
          p.skipChildren();
        }
      }
    }
    if (!code || !year || !value) {
      problems.add(
          start.getLineNr(),
          problems.column(start),
          "",
          "an observation needs a code, a year and a value");
    }
    if (problems.size() > mark) {
      return Optional.empty();
    }
    try {
      return Optional.of(o.build());
    } catch (IllegalStateException e) {
      problems.add(start.getLineNr(), problems.column(start), "", Problems.reason(e));
      return Optional.empty();
    }
  }

  public static void wrongType(JsonParser p, Problems problems, String field, String expected) {
    TokenStreamLocation at = location(p);
    String found = p.currentToken() == null ? "nothing" : describe(p.currentToken());
    String text = p.currentToken() != null && p.currentToken().isScalarValue() ? p.getString() : "";
    problems.add(
        at.getLineNr(),
        problems.column(at),
        text,
        "the field " + field + " must be " + expected + ", not " + found);
    p.skipChildren();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  public static TokenStreamLocation location(JsonParser p) {
    return p.currentTokenLocation();
  }
}

package io.github.planning.io.internal;

import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Change;
import io.github.planning.core.Indicator;
import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PlanValueParseException;
import io.github.planning.core.Relation;
import io.github.planning.io.RowField;
import io.github.planning.io.RowRecord;
import io.github.planning.io.WireSpelling;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  public static void writeValue(JsonGenerator g, PlanValue v) {
    g.writeStartObject();
    g.writeStringProperty("text", v.text());
    g.writeStringProperty("kind", WireSpelling.of(v.kind()));
    v.relation().ifPresent(r -> g.writeStringProperty("relation", WireSpelling.of(r)));
    v.amount().ifPresent(a -> g.writeNumberProperty("amount", a));
    v.secondAmount().ifPresent(a -> g.writeNumberProperty("secondAmount", a));
    if (v.isCumulative()) {
      g.writeBooleanProperty("cumulative", true);
    }
    v.change().ifPresent(c -> g.writeStringProperty("change", WireSpelling.of(c)));
    v.unit().ifPresent(u -> g.writeStringProperty("unit", u.symbol()));
    v.level().ifPresent(l -> g.writeStringProperty("level", WireSpelling.of(l)));
    v.subject().ifPresent(s -> g.writeStringProperty("subject", s));
    v.footnote().ifPresent(f -> g.writeStringProperty("footnote", f));
    g.writeEndObject();
  }

  public static void writeRow(
      JsonGenerator g, PlanRow row, Map<String, String> extra, Map<RowField, String> invalid) {
    Indicator i = row.indicator();
    g.writeStartObject();
    g.writeStringProperty("code", i.code());
    i.parent().ifPresent(p -> g.writeStringProperty("parent", p));
    i.category().ifPresent(c -> g.writeStringProperty("category", c));
    i.sequence().ifPresent(s -> g.writeStringProperty("seq", s));
    g.writeStringProperty("name", i.name());
    if (i.featured()) {
      g.writeBooleanProperty("featured", true);
    }
    if (!(i.unit().isNone() && i.unit().symbol().isEmpty())) {
      g.writeStringProperty("unit", i.unit().symbol());
    }
    i.direction().ifPresent(d -> g.writeStringProperty("direction", WireSpelling.of(d)));
    i.limit().ifPresent(l -> g.writeNumberProperty("limit", l));
    i.measure().ifPresent(m -> g.writeStringProperty("measure", WireSpelling.of(m)));
    i.attribute().ifPresent(a -> g.writeStringProperty("attribute", WireSpelling.of(a)));
    i.note().ifPresent(n -> g.writeStringProperty("note", n));
    year(g, RowField.BASE_YEAR, row.baseYear());
    value(g, RowField.BASE, row.base(), invalid);
    year(g, RowField.TARGET_YEAR, row.targetYear());
    value(g, RowField.TARGET, row.target(), invalid);
    value(g, RowField.TARGET_GROWTH, row.targetGrowth(), invalid);
    if (!row.yearlyTargets().isEmpty()) {
      g.writeName(YEARLY_TARGETS);
      g.writeStartObject();
      new java.util.TreeMap<>(row.yearlyTargets())
          .forEach(
              (year, target) -> {
                g.writeName(String.valueOf(year));
                writeValue(g, target);
              });
      g.writeEndObject();
    }
    year(g, RowField.ACTUAL_YEAR, row.actualYear());
    value(g, RowField.ACTUAL, row.actual(), invalid);
    value(g, RowField.ACTUAL_GROWTH, row.actualGrowth(), invalid);
    row.assessment().ifPresent(a -> g.writeStringProperty("assessment", WireSpelling.of(a)));
    invalid.forEach(
        (field, text) -> {
          if (!field.isValue() && field != RowField.CODE && field != RowField.NAME) {
            g.writeStringProperty(field.jsonName(), text);
          }
        });
    if (!extra.isEmpty()) {
      g.writeName("extra");
      g.writeStartObject();
      extra.forEach(g::writeStringProperty);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void year(JsonGenerator g, RowField field, java.util.OptionalInt year) {
    if (year.isPresent()) {
      g.writeNumberProperty(field.jsonName(), year.getAsInt());
    }
  }

  private static void value(
      JsonGenerator g, RowField field, Optional<PlanValue> value, Map<RowField, String> invalid) {
    if (value.isPresent()) {
      g.writeName(field.jsonName());
      writeValue(g, value.get());
    } else if (invalid.containsKey(field)) {
      g.writeStringProperty(field.jsonName(), invalid.get(field));
    }
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
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      cells.put(column, p.getString(), at.getLineNr(), problems.column(at));
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      String raw = token.isScalarValue() ? p.getString() : "";
      wrongType(p, problems, field, "a string or an object with a text");
      return raw;
    }
    TypedValue value = new TypedValue(problems);
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "text" -> {
          if (t == JsonToken.VALUE_STRING) {
            value.text(p.getString());
          } else {
            wrongType(p, problems, field + ".text", "a string");
          }
        }
        case "amount", "secondAmount" -> {
          if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal amount = number(p, problems, field + "." + name);
            if (amount == null) {
              value.agrees = false;
            } else {
              value.stated(name, amount, p);
            }
          } else {
            wrongType(p, problems, field + "." + name, "a number");
          }
        }
        case "cumulative" -> {
          if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            value.stated(name, t == JsonToken.VALUE_TRUE, p);
          } else {
            wrongType(p, problems, field + "." + name, "true or false");
          }
        }
        case "kind", "relation", "change", "unit", "level", "subject", "footnote" -> {
          if (t == JsonToken.VALUE_STRING) {
            value.stated(name, p.getString(), p);
          } else {
            wrongType(p, problems, field + "." + name, "a string");
          }
        }
        default -> {
          problems.add(
              location(p).getLineNr(),
              problems.column(location(p)),
              name,
              "unknown field '" + name + "' in a value");
          p.skipChildren();
        }
      }
    }
    if (value.text == null) {
      problems.add(at.getLineNr(), problems.column(at), field, "a value object needs a text");
      return "";
    }
    if (value.agrees) {
      cells.put(column, value.text, at.getLineNr(), problems.column(at), value.reading);
      return null;
    }
    return value.text;
  }

  /**
   * The number the parser is on, read by the rule of a figure in a cell (at most 100 digits, no
   * exponent) from its text before any {@link BigDecimal} is made; null, with the problem reported,
   * when it breaks the rule.
   */
  private static @Nullable BigDecimal number(JsonParser p, Problems problems, String field) {
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

  /**
   * The text of a value object and the check of its typed fields against the text's reading: at
   * once for the fields after the text, at the text for those before it.
   */
  private static final class TypedValue {
    private final Problems problems;
    private @Nullable String text;
    private @Nullable PlanValue reading;
    private boolean agrees = true;
    private @Nullable List<Stated> beforeText;

    TypedValue(Problems problems) {
      this.problems = problems;
    }

    void text(String text) {
      this.text = text;
      reading = null;
      PlanValue read;
      try {
        read = PlanValue.parse(text);
      } catch (PlanValueParseException e) {
        return; // the row's reading reports it
      }
      reading = read;
      if (beforeText != null) {
        for (Stated field : beforeText) {
          check(read, text, field.name, field.value, field.at);
        }
        beforeText = null;
      }
    }

    void stated(String name, Object stated, JsonParser p) {
      if (text == null) {
        if (beforeText == null) {
          beforeText = new ArrayList<>();
        }
        beforeText.add(new Stated(name, stated, location(p)));
      } else if (reading != null && !agree(stated, typedField(reading, name))) {
        check(reading, text, name, stated, location(p));
      }
    }

    private void check(
        PlanValue reading, String text, String name, Object stated, TokenStreamLocation at) {
      Object actual = typedField(reading, name);
      if (!agree(stated, actual)) {
        problems.add(
            at.getLineNr(),
            problems.column(at),
            text,
            "the typed field "
                + name
                + " ("
                + show(stated)
                + ") disagrees with the text, which reads "
                + show(actual));
        agrees = false;
      }
    }

    private static boolean agree(Object stated, @Nullable Object actual) {
      return stated instanceof BigDecimal s && actual instanceof BigDecimal a
          ? s.compareTo(a) == 0
          : Objects.equals(stated, actual);
    }

    /** A typed field met before the text, and where it was. */
    private record Stated(String name, Object value, TokenStreamLocation at) {}
  }

  private static @Nullable Object typedField(PlanValue v, String name) {
    return switch (name) {
      case "kind" -> v.kind().name();
      case "relation" -> v.relation().map(Relation::name).orElse(null);
      case "amount" -> v.amount().orElse(null);
      case "secondAmount" -> v.secondAmount().orElse(null);
      case "cumulative" -> v.isCumulative();
      case "change" -> v.change().map(Change::name).orElse(null);
      case "unit" -> v.unit().map(u -> u.symbol()).orElse(null);
      case "level" -> v.level().map(AdministrativeLevel::name).orElse(null);
      case "subject" -> v.subject().orElse(null);
      default -> v.footnote().orElse(null);
    };
  }

  private static String show(@Nullable Object value) {
    if (value == null) {
      return "nothing";
    }
    return value instanceof BigDecimal bigDecimal ? bigDecimal.toPlainString() : value.toString();
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

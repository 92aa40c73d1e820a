package io.github.planning.io.internal;

import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Change;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PlanValueParseException;
import io.github.planning.core.Relation;
import io.github.planning.io.RowField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A value of a row in JSON: its text, bare or in an object with typed fields, which must agree with
 * the text's reading; the check is made at once for the fields after the text, at the text for
 * those before it.
 *
 * <pre>{@code
 * "target": "[9]以上"                                  // the text alone
 * "target": {"text": "[9]以上", "amount": 9, "cumulative": true}
 * "target": {"amount": 10, "text": "[9]以上"}           // the typed field amount (10) disagrees
 *                                                    // with the text, which reads 9
 * }</pre>
 */
final class TypedValue {
  private final Problems problems;
  private @Nullable String text;
  private @Nullable PlanValue reading;
  private boolean agrees = true;
  private @Nullable List<Stated> beforeText;

  private TypedValue(Problems problems) {
    this.problems = problems;
  }

  /**
   * A value field read into the row's cells, placed at {@code at}: the bare text, or an object
   * whose typed fields must agree with its text, whose reading the cell keeps. Null when read;
   * else, with the problems reported, the raw text the invalid cell keeps: the object's text, the
   * scalar as written, or empty.
   */
  static @Nullable String read(
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
      JsonCodec.wrongType(p, problems, field, "a string or an object with a text");
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
            JsonCodec.wrongType(p, problems, field + ".text", "a string");
          }
        }
        case "amount", "secondAmount" -> {
          if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal amount = JsonCodec.number(p, problems, field + "." + name);
            if (amount == null) {
              value.agrees = false;
            } else {
              value.stated(name, amount, p);
            }
          } else {
            JsonCodec.wrongType(p, problems, field + "." + name, "a number");
          }
        }
        case "cumulative" -> {
          if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            value.stated(name, t == JsonToken.VALUE_TRUE, p);
          } else {
            JsonCodec.wrongType(p, problems, field + "." + name, "true or false");
          }
        }
        case "kind", "relation", "change", "unit", "level", "subject", "footnote" -> {
          if (t == JsonToken.VALUE_STRING) {
            value.stated(name, p.getString(), p);
          } else {
            JsonCodec.wrongType(p, problems, field + "." + name, "a string");
          }
        }
        default -> {
          problems.add(
              JsonCodec.location(p).getLineNr(),
              problems.column(JsonCodec.location(p)),
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

  private void text(String text) {
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

  private void stated(String name, Object stated, JsonParser p) {
    if (text == null) {
      if (beforeText == null) {
        beforeText = new ArrayList<>();
      }
      beforeText.add(new Stated(name, stated, JsonCodec.location(p)));
    } else if (reading != null && !agree(stated, typedField(reading, name))) {
      check(reading, text, name, stated, JsonCodec.location(p));
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
}

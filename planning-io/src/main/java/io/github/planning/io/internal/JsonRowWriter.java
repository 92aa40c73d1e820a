package io.github.planning.io.internal;

import io.github.planning.core.Indicator;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.io.RowField;
import io.github.planning.io.WireSpelling;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a row as a JSON object: its indicator's fields, then its years and values, each value an
 * object of its text and typed fields, the fields it has and no others.
 *
 * <pre>{@code
 * JsonRowWriter.writeRow(g, row, Map.of(), Map.of());
 * // {"code":"1-2-01","name":"地区生产总值","unit":"亿元","baseYear":2020,
 * //  "base":{"text":"752.8","kind":"FIGURE","amount":752.8},…}
 * }</pre>
 */
final class JsonRowWriter {

  private JsonRowWriter() {}

  static void writeValue(JsonGenerator g, PlanValue v) {
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

  static void writeRow(
      JsonGenerator g, PlanRow row, Map<String, String> extra, Map<RowField, String> invalid) {
    Indicator i = row.indicator();
    g.writeStartObject();
    text(g, RowField.CODE, i.code(), i.code());
    i.parent().ifPresent(p -> text(g, RowField.PARENT, p, i.code()));
    i.category().ifPresent(c -> text(g, RowField.CATEGORY, c, i.code()));
    i.sequence().ifPresent(s -> text(g, RowField.SEQ, s, i.code()));
    text(g, RowField.NAME, i.name(), i.code());
    if (i.featured()) {
      g.writeBooleanProperty("featured", true);
    }
    if (!(i.unit().isNone() && i.unit().symbol().isEmpty())) {
      text(g, RowField.UNIT, i.unit().symbol(), i.code());
    }
    i.direction().ifPresent(d -> g.writeStringProperty("direction", WireSpelling.of(d)));
    i.limit().ifPresent(l -> g.writeNumberProperty("limit", l));
    i.measure().ifPresent(m -> g.writeStringProperty("measure", WireSpelling.of(m)));
    i.attribute().ifPresent(a -> g.writeStringProperty("attribute", WireSpelling.of(a)));
    i.note().ifPresent(n -> text(g, RowField.NOTE, n, i.code()));
    year(g, RowField.BASE_YEAR, row.baseYear());
    value(g, RowField.BASE, row.base(), invalid);
    year(g, RowField.TARGET_YEAR, row.targetYear());
    value(g, RowField.TARGET, row.target(), invalid);
    value(g, RowField.TARGET_GROWTH, row.targetGrowth(), invalid);
    if (!row.yearlyTargets().isEmpty()) {
      g.writeName(JsonCodec.YEARLY_TARGETS);
      g.writeStartObject();
      new TreeMap<>(row.yearlyTargets())
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
            text(g, field, text, i.code());
          }
        });
    if (!extra.isEmpty()) {
      g.writeName("extra");
      g.writeStartObject();
      extra.forEach(
          (name, text) -> {
            RowAssembler.checkWritable(text, "extra field '" + name + "'", i.code());
            g.writeStringProperty(name, text);
          });
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes a text field, refusing a text its reader would refuse. */
  private static void text(JsonGenerator g, RowField field, String text, String code) {
    RowAssembler.checkWritable(text, field.jsonName(), code);
    g.writeStringProperty(field.jsonName(), text);
  }

  private static void year(JsonGenerator g, RowField field, OptionalInt year) {
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
}

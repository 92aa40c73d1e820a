package io.github.planning.examples;

import io.github.planning.analysis.Finding;
import io.github.planning.core.PlanValue;
import io.github.planning.io.jackson.PlanningJson;
import io.github.planning.progress.Progress;
import io.github.planning.progress.ProgressResult;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * The report as one JSON object {@code {"rows": [...]}}: the published texts (null when absent) and
 * a {@code computed} object with full-precision numbers (null where a figure does not apply).
 */
final class JsonReport {

  /** Computed figures are written with 20 significant digits. */
  private static final MathContext DIGITS = new MathContext(20);

  private JsonReport() {}

  static void write(List<ReportRow> rows, Writer writer) {
    try (JsonGenerator g =
        PlanningJson.mapper().writerWithDefaultPrettyPrinter().createGenerator(writer)) {
      g.writeStartObject();
      g.writeName("rows");
      g.writeStartArray();
      for (ReportRow r : rows) {
        g.writeStartObject();
        g.writeStringProperty("source", r.source());
        g.writeStringProperty("code", r.row().code());
        g.writeStringProperty("name", r.row().indicator().publishedName());
        g.writeStringProperty("unit", r.row().indicator().unit().symbol());
        year(g, "baseYear", r.row().baseYear());
        text(g, "base", r.row().base());
        year(g, "targetYear", r.row().targetYear());
        text(g, "target", r.row().target());
        text(g, "targetGrowth", r.row().targetGrowth());
        if (r.isCompletion()) {
          text(g, "actual", r.row().actual());
          text(g, "actualGrowth", r.row().actualGrowth());
          g.writeStringProperty(
              "publishedAssessment", r.row().assessment().map(Enum::name).orElse(null));
        }
        g.writeName("computed");
        g.writeStartObject();
        number(g, "impliedGrowthPercent", r.impliedGrowthPercent());
        number(g, "impliedTarget", r.impliedTarget());
        number(g, "pointChange", r.pointChange());
        g.writeStringProperty(
            "assessment", r.completion().flatMap(c -> c.recomputed()).map(Enum::name).orElse(null));
        g.writeStringProperty(
            "assessmentBasis",
            r.completion()
                .flatMap(c -> c.basis())
                .or(() -> r.completion().flatMap(c -> c.note()))
                .orElse(null));
        g.writeName("findings");
        g.writeStartArray();
        for (Finding f : r.findings()) {
          g.writeStartObject();
          g.writeStringProperty("severity", f.severity().englishName());
          g.writeStringProperty("code", f.code());
          g.writeStringProperty("message", f.messageZh());
          g.writeStringProperty("messageEn", f.messageEn());
          g.writeEndObject();
        }
        g.writeEndArray();
        if (r.progress().isPresent()) {
          Progress p = r.progress().get();
          g.writeName("progress");
          g.writeStartObject();
          g.writeNumberProperty("year", p.year());
          number(g, "timeShare", p.timeShare());
          number(g, "valueShare", p.valueShare());
          if (p.onTrack().isPresent()) {
            g.writeBooleanProperty("onTrack", p.onTrack().get());
          } else {
            g.writeNullProperty("onTrack");
          }
          g.writeStringProperty("status", p.status().openSdgName());
          number(g, "score", p.score());
          number(g, "projectedValue", p.projectedValue());
          number(
              g, "requiredAnnualRatePercent", p.requiredAnnualRate().map(x -> x.movePointRight(2)));
          number(g, "requiredAnnualChange", p.requiredAnnualChange());
          g.writeStringProperty("note", p.note().orElse(null));
          measures(g, p.measures());
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Each progress method's status and the figures it was computed from. */
  private static void measures(JsonGenerator g, List<ProgressResult> measures) {
    g.writeName("measures");
    g.writeStartArray();
    for (ProgressResult m : measures) {
      g.writeStartObject();
      g.writeStringProperty("measure", m.measure().englishName());
      g.writeStringProperty("status", m.status().englishName());
      g.writeStringProperty("statusZh", m.status().label());
      year(g, "baseYear", m.baseYear());
      number(g, "baseValue", m.baseValue());
      year(g, "latestYear", m.latestYear());
      number(g, "latestValue", m.latestValue());
      year(g, "targetYear", m.targetYear());
      number(g, "targetValue", m.targetValue());
      number(g, "observedGrowth", m.observedGrowth());
      number(g, "requiredGrowth", m.requiredGrowth());
      number(g, "ratio", m.ratio());
      g.writeName("thresholds");
      g.writeStartArray();
      m.thresholds().forEach(t -> g.writeNumber(t.stripTrailingZeros()));
      g.writeEndArray();
      number(g, "limitCoefficient", m.limitCoefficient());
      number(g, "projectedValue", m.projectedValue());
      number(g, "score", m.score());
      g.writeBooleanProperty("targetMet", m.targetMet());
      g.writeStringProperty("note", m.note().orElse(null));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void year(JsonGenerator g, String name, OptionalInt year) {
    if (year.isPresent()) {
      g.writeNumberProperty(name, year.getAsInt());
    } else {
      g.writeNullProperty(name);
    }
  }

  private static void text(JsonGenerator g, String name, Optional<PlanValue> value) {
    g.writeStringProperty(name, value.map(PlanValue::text).orElse(null));
  }

  private static void number(JsonGenerator g, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.get().round(DIGITS).stripTrailingZeros());
    } else {
      g.writeNullProperty(name);
    }
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.jackson.PlanningJson;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes observations one at a time as CSV ({@code code,year,value,status,note}) or as a JSON
 * document ({@value PlanningJson#OBSERVATIONS_FORMAT}); values keep their scale.
 *
 * <pre>{@code
 * try (ObservationWriter writer = ObservationWriter.csv(out)) {
 *   series.forEach(writer::write);
 * }
 * }</pre>
 */
public final class ObservationWriter implements Closeable {

  private static final CsvMapper CSV = CsvMapper.builder().build();

  private final @Nullable SequenceWriter csv;
  private final @Nullable JsonGenerator json;

  private ObservationWriter(@Nullable SequenceWriter csv, @Nullable JsonGenerator json) {
    this.csv = csv;
    this.json = json;
  }

  /** A CSV writer of UTF-8 bytes, header first. */
  public static ObservationWriter csv(OutputStream out) {
    requireNonNull(out, "out");
    SequenceWriter writer =
        CSV.writer()
            .with(CsvSchema.emptySchema().withLineSeparator("\n"))
            .writeValues(new BufferedWriter(new OutputStreamWriter(out, UTF_8)));
    writer.write(new String[] {"code", "year", "value", "status", "note"});
    return new ObservationWriter(writer, null);
  }

  /** A JSON document writer of UTF-8 bytes. */
  public static ObservationWriter json(OutputStream out) {
    requireNonNull(out, "out");
    JsonGenerator g =
        PlanningJson.mapper()
            .writerWithDefaultPrettyPrinter()
            .createGenerator(out, JsonEncoding.UTF8);
    g.writeStartObject();
    g.writeStringProperty("format", PlanningJson.OBSERVATIONS_FORMAT);
    g.writeName("observations");
    g.writeStartArray();
    return new ObservationWriter(null, g);
  }

  /** Writes one observation. */
  public void write(Observation o) {
    requireNonNull(o, "observation");
    if (csv != null) {
      csv.write(
          new String[] {
            FormulaEscaping.escape(o.code()),
            String.valueOf(o.year()),
            o.value().toPlainString(),
            WireSpelling.of(o.status()),
            FormulaEscaping.escape(o.note().orElse(""))
          });
    } else if (json != null) {
      JsonCodec.writeObservation(json, o);
    }
  }

  @Override
  public void close() {
    if (csv != null) {
      csv.close();
    } else if (json != null && !json.isClosed()) {
      json.writeEndArray();
      json.writeEndObject();
      json.close();
    }
  }
}

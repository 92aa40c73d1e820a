package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.jackson.PlanningJson;
import java.io.Closeable;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a plan document ({@value PlanningJson#PLAN_FORMAT}) row by row: the header from a plan
 * (its rows are not written), then each row, then the closing brackets on {@link #close()}.
 *
 * <pre>{@code
 * try (PlanJsonWriter writer = PlanJsonWriter.open(out, header)) {
 *   rows.forEach(writer::write);
 * }
 * PlanJsonWriter.write(plan, out);   // the whole plan
 * }</pre>
 *
 * <p>UTF-8, indented, decimals plain and with their scale ({@code 51.20}).
 */
public final class PlanJsonWriter implements Closeable {

  /** The plan fields a header may leave to the end, in the order they are written. */
  private static final List<String> FIELDS = List.of("title", "region", "period", "notes");

  private final JsonGenerator g;

  /** The fields written after the rows, by {@link #close(Plan)}. */
  private final Set<String> after;

  private PlanJsonWriter(JsonGenerator g, Plan header, Set<String> after) {
    this.g = g;
    this.after = Set.copyOf(after);
    for (String field : after) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "'" + field + "' is not a plan field a header may leave to the end " + FIELDS);
      }
    }
    g.writeStartObject();
    g.writeStringProperty("format", PlanningJson.PLAN_FORMAT);
    writeFields(header, field -> !this.after.contains(field));
    g.writeName("rows");
    g.writeStartArray();
  }

  /** Writes the plan fields of {@code plan} that {@code chosen} names, as they are present. */
  private void writeFields(Plan plan, java.util.function.Predicate<String> chosen) {
    if (chosen.test("title")) {
      g.writeStringProperty("title", plan.title());
    }
    if (chosen.test("region")) {
      plan.region().ifPresent(r -> g.writeStringProperty("region", r));
    }
    if (chosen.test("period")) {
      g.writeStringProperty("period", plan.period().toString());
    }
    if (chosen.test("notes") && !plan.notes().isEmpty()) {
      g.writeName("notes");
      g.writeStartArray();
      plan.notes().forEach(g::writeString);
      g.writeEndArray();
    }
  }

  /** Opens a writer of UTF-8 bytes; {@code header} gives title, region, period and notes. */
  public static PlanJsonWriter open(OutputStream out, Plan header) {
    requireNonNull(out, "out");
    requireNonNull(header, "header");
    return new PlanJsonWriter(
        PlanningJson.mapper()
            .writerWithDefaultPrettyPrinter()
            .createGenerator(out, JsonEncoding.UTF8),
        header,
        Set.of());
  }

  /**
   * Opens a writer of UTF-8 bytes whose header leaves the plan fields named in {@code after}
   * (title, region, period, notes) to {@link #close(Plan)}, which writes them after the rows: for a
   * document converted row by row whose input gives them only after its rows.
   *
   * <pre>{@code
   * PlanJsonWriter writer = PlanJsonWriter.open(out, header, Set.of("title", "period"));
   * rows.forEach(writer::write);
   * writer.close(trailer);   // "rows": […], "title": "…", "period": "2021-2025"
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code after} names another field
   */
  public static PlanJsonWriter open(OutputStream out, Plan header, Set<String> after) {
    requireNonNull(out, "out");
    requireNonNull(header, "header");
    requireNonNull(after, "after");
    return new PlanJsonWriter(
        PlanningJson.mapper()
            .writerWithDefaultPrettyPrinter()
            .createGenerator(out, JsonEncoding.UTF8),
        header,
        after);
  }

  /** Opens a writer of characters. */
  public static PlanJsonWriter open(Writer writer, Plan header) {
    requireNonNull(writer, "writer");
    requireNonNull(header, "header");
    return new PlanJsonWriter(
        PlanningJson.mapper().writerWithDefaultPrettyPrinter().createGenerator(writer),
        header,
        Set.of());
  }

  /** Writes a whole plan. */
  public static void write(Plan plan, OutputStream out) {
    try (PlanJsonWriter writer = open(out, plan)) {
      plan.rows().forEach(writer::write);
    }
  }

  /** Writes one row. */
  public void write(PlanRow row) {
    JsonCodec.writeRow(g, requireNonNull(row, "row"), Map.of(), Map.of());
  }

  /**
   * Writes a record: its row with its extra columns, and the raw text of invalid cells as bare
   * strings. A record without a row is written with only its invalid cells.
   */
  public void write(RowRecord record) {
    requireNonNull(record, "record");
    if (record.row().isPresent()) {
      JsonCodec.writeRow(g, record.row().get(), record.extra(), record.invalidCells());
    } else {
      g.writeStartObject();
      record.invalidCells().forEach((field, text) -> g.writeStringProperty(field.jsonName(), text));
      g.writeEndObject();
    }
  }

  /**
   * Ends the rows, writes a region and notes after them (for those learnt only once the rows were
   * read, as when a document being converted has them last; the readers take the fields in any
   * order), ends the document and closes the output.
   */
  public void close(Optional<String> region, List<String> notes) {
    requireNonNull(region, "region");
    requireNonNull(notes, "notes");
    if (!g.isClosed()) {
      g.writeEndArray();
      region.ifPresent(r -> g.writeStringProperty("region", r));
      if (!notes.isEmpty()) {
        g.writeName("notes");
        g.writeStartArray();
        notes.forEach(g::writeString);
        g.writeEndArray();
      }
      g.writeEndObject();
      g.close();
    }
  }

  /**
   * Ends the rows, writes the fields the writer was {@linkplain #open(OutputStream, Plan, Set)
   * opened} to leave to the end from {@code trailer} (a region and notes only when it has them),
   * ends the document and closes the output.
   */
  public void close(Plan trailer) {
    requireNonNull(trailer, "trailer");
    if (!g.isClosed()) {
      g.writeEndArray();
      writeFields(trailer, after::contains);
      g.writeEndObject();
      g.close();
    }
  }

  /** Ends the rows and the document, and closes the output. */
  @Override
  public void close() {
    if (!g.isClosed()) {
      g.writeEndArray();
      g.writeEndObject();
      g.close();
    }
  }
}

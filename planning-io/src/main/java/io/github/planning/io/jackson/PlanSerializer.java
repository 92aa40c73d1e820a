package io.github.planning.io.jackson;

import io.github.planning.core.Plan;
import io.github.planning.io.internal.JsonCodec;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Plan} as a {@value PlanningJson#PLAN_FORMAT} document: its format, title, region,
 * period, notes and rows.
 *
 * <pre>{@code
 * mapper.writeValueAsString(plan);
 * // {"format":"planning-plan/1","title":"…","period":"十四五","rows":[…]}
 * }</pre>
 */
public final class PlanSerializer extends StdSerializer<Plan> {

  /** Creates the serializer. */
  public PlanSerializer() {
    super(Plan.class);
  }

  @Override
  public void serialize(Plan plan, JsonGenerator g, SerializationContext ctxt) {
    g.writeStartObject();
    g.writeStringProperty("format", PlanningJson.PLAN_FORMAT);
    g.writeStringProperty("title", plan.title());
    plan.region().ifPresent(r -> g.writeStringProperty("region", r));
    g.writeStringProperty("period", plan.period().toString());
    if (!plan.notes().isEmpty()) {
      g.writeName("notes");
      g.writeStartArray();
      plan.notes().forEach(g::writeString);
      g.writeEndArray();
    }
    g.writeName("rows");
    g.writeStartArray();
    plan.rows().forEach(row -> JsonCodec.writeRow(g, row, Map.of(), Map.of()));
    g.writeEndArray();
    g.writeEndObject();
  }
}

package io.github.planning.io.jackson;

import io.github.planning.core.PlanPeriod;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link PlanPeriod} as its text, a JSON string.
 *
 * <pre>{@code
 * mapper.writeValueAsString(PlanPeriod.parse("十四五"));   // "十四五"
 * }</pre>
 */
public final class PlanPeriodSerializer extends StdSerializer<PlanPeriod> {

  /** Creates the serializer. */
  public PlanPeriodSerializer() {
    super(PlanPeriod.class);
  }

  @Override
  public void serialize(PlanPeriod p, JsonGenerator g, SerializationContext ctxt) {
    g.writeString(p.toString());
  }
}

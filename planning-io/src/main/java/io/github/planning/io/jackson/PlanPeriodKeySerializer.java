package io.github.planning.io.jackson;

import io.github.planning.core.PlanPeriod;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link PlanPeriod} as a JSON property name, its text, so that a {@code Map<PlanPeriod,
 * …>} is an object that {@link PlanPeriodKeyDeserializer} reads back.
 *
 * <pre>{@code
 * mapper.writeValueAsString(Map.of(PlanPeriod.parse("十四五"), 3));   // {"十四五":3}
 * }</pre>
 */
public final class PlanPeriodKeySerializer extends StdSerializer<PlanPeriod> {

  /** Creates the key serializer. */
  public PlanPeriodKeySerializer() {
    super(PlanPeriod.class);
  }

  @Override
  public void serialize(PlanPeriod p, JsonGenerator g, SerializationContext ctxt) {
    g.writeName(p.toString());
  }
}

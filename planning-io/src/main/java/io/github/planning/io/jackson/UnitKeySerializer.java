package io.github.planning.io.jackson;

import io.github.planning.core.Unit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Unit} as a JSON property name, its symbol, so that a {@code Map<Unit, …>} is an
 * object that {@link UnitKeyDeserializer} reads back.
 *
 * <pre>{@code
 * mapper.writeValueAsString(Map.of(Unit.parse("万吨标准煤"), 3));   // {"万吨标准煤":3}
 * }</pre>
 */
public final class UnitKeySerializer extends StdSerializer<Unit> {

  /** Creates the key serializer. */
  public UnitKeySerializer() {
    super(Unit.class);
  }

  @Override
  public void serialize(Unit u, JsonGenerator g, SerializationContext ctxt) {
    g.writeName(u.symbol());
  }
}

package io.github.planning.io.jackson;

import io.github.planning.core.Unit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Unit} as its symbol, a JSON string.
 *
 * <pre>{@code
 * mapper.writeValueAsString(Unit.parse("万吨标准煤"));   // "万吨标准煤"
 * }</pre>
 */
public final class UnitSerializer extends StdSerializer<Unit> {

  /** Creates the serializer. */
  public UnitSerializer() {
    super(Unit.class);
  }

  @Override
  public void serialize(Unit u, JsonGenerator g, SerializationContext ctxt) {
    g.writeString(u.symbol());
  }
}

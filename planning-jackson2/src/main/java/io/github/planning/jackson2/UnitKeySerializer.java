package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.planning.core.Unit;
import java.io.IOException;

/**
 * Writes a {@link Unit} as a JSON property name, its symbol, so that a {@code Map<Unit, …>} is an
 * object that {@link UnitKeyDeserializer} reads back.
 *
 * <pre>{@code
 * mapper.writeValueAsString(Map.of(Unit.parse("万吨标准煤"), 3));   // {"万吨标准煤":3}
 * }</pre>
 */
public final class UnitKeySerializer extends StdSerializer<Unit> {

  private static final long serialVersionUID = 1L;

  /** Creates the key serializer. */
  public UnitKeySerializer() {
    super(Unit.class);
  }

  @Override
  public void serialize(Unit u, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeFieldName(u.symbol());
  }
}

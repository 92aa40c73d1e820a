package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.planning.core.Unit;
import java.io.IOException;

/**
 * Writes a {@link Unit} as its symbol, a JSON string, as the Jackson 3 module does.
 *
 * <pre>{@code
 * mapper.writeValueAsString(Unit.parse("万吨标准煤"));   // "万吨标准煤"
 * }</pre>
 */
public final class UnitSerializer extends StdSerializer<Unit> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public UnitSerializer() {
    super(Unit.class);
  }

  @Override
  public void serialize(Unit u, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(u.symbol());
  }
}

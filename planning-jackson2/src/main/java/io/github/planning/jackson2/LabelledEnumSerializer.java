package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.planning.io.WireSpelling;
import java.io.IOException;

/**
 * Writes an enum of the model in its {@linkplain WireSpelling wire spelling}, the constant's name,
 * as the Jackson 3 module does, whatever the mapper's enum features say.
 *
 * <pre>{@code
 * mapper.writeValueAsString(Attribute.BINDING);   // "BINDING"
 * }</pre>
 */
public final class LabelledEnumSerializer extends StdSerializer<Enum<?>> {

  private static final long serialVersionUID = 1L;

  /** Creates a serializer of the constants of {@code type}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public LabelledEnumSerializer(Class<? extends Enum<?>> type) {
    super((Class) type);
  }

  @Override
  public void serialize(Enum<?> constant, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeString(WireSpelling.of(constant));
  }
}

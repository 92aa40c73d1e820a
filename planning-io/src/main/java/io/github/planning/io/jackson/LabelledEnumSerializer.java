package io.github.planning.io.jackson;

import io.github.planning.io.WireSpelling;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an enum of the model in its {@linkplain WireSpelling wire spelling}, the constant's name,
 * whatever the mapper's enum features say.
 *
 * <pre>{@code
 * mapper.writeValueAsString(Attribute.BINDING);   // "BINDING"
 * }</pre>
 */
public final class LabelledEnumSerializer extends StdSerializer<Enum<?>> {

  /** Creates a serializer of the constants of {@code type}. */
  public LabelledEnumSerializer(Class<? extends Enum<?>> type) {
    super(type);
  }

  @Override
  public void serialize(Enum<?> constant, JsonGenerator g, SerializationContext ctxt) {
    g.writeString(WireSpelling.of(constant));
  }
}

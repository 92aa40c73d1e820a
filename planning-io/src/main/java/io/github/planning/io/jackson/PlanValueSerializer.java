package io.github.planning.io.jackson;

import io.github.planning.core.PlanValue;
import io.github.planning.io.internal.JsonCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link PlanValue} as an object with its text and its typed reading, the enums in their
 * {@linkplain io.github.planning.io.WireSpelling wire spelling}.
 *
 * <pre>{@code
 * mapper.writeValueAsString(PlanValue.parse("[9]以上"));
 * // {"text":"[9]以上","kind":"FIGURE","relation":"AT_LEAST","amount":9,"cumulative":true}
 * }</pre>
 */
public final class PlanValueSerializer extends StdSerializer<PlanValue> {

  /** Creates the serializer. */
  public PlanValueSerializer() {
    super(PlanValue.class);
  }

  @Override
  public void serialize(PlanValue value, JsonGenerator g, SerializationContext ctxt) {
    JsonCodec.writeValue(g, value);
  }
}

package io.github.planning.io.jackson;

import io.github.planning.core.Unit;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link Unit} from its symbol, a JSON string, by {@code Unit.parse}.
 *
 * <pre>{@code
 * mapper.readValue("\"万吨标准煤\"", Unit.class);   // Unit.parse("万吨标准煤")
 * }</pre>
 *
 * <p>Any other token is reported through {@link DeserializationContext#handleUnexpectedToken}, a
 * text that is not a unit through {@link DeserializationContext#handleWeirdStringValue}.
 */
public final class UnitDeserializer extends StdDeserializer<Unit> {

  /** Creates the deserializer. */
  public UnitDeserializer() {
    super(Unit.class);
  }

  @Override
  public Unit deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (Unit) ctxt.handleUnexpectedToken(Unit.class, p);
    }
    String text = p.getString();
    try {
      return Unit.parse(text);
    } catch (IllegalArgumentException e) {
      return (Unit) ctxt.handleWeirdStringValue(Unit.class, text, "%s", e.getMessage());
    }
  }
}

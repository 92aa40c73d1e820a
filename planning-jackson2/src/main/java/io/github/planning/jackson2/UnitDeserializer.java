package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.planning.core.Unit;
import java.io.IOException;

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

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public UnitDeserializer() {
    super(Unit.class);
  }

  @Override
  public Unit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (Unit) ctxt.handleUnexpectedToken(Unit.class, p);
    }
    String text = p.getText();
    try {
      return Unit.parse(text);
    } catch (IllegalArgumentException e) {
      return (Unit) ctxt.handleWeirdStringValue(Unit.class, text, "%s", e.getMessage());
    }
  }
}

package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.planning.core.PlanPeriod;
import java.io.IOException;

/**
 * Reads a {@link PlanPeriod} from its text, a JSON string, by {@code PlanPeriod.parse}.
 *
 * <pre>{@code
 * mapper.readValue("\"十四五\"", PlanPeriod.class);   // PlanPeriod.parse("十四五")
 * }</pre>
 *
 * <p>Any other token is reported through {@link DeserializationContext#handleUnexpectedToken}, a
 * text that is not a plan period through {@link DeserializationContext#handleWeirdStringValue}.
 */
public final class PlanPeriodDeserializer extends StdDeserializer<PlanPeriod> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public PlanPeriodDeserializer() {
    super(PlanPeriod.class);
  }

  @Override
  public PlanPeriod deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (PlanPeriod) ctxt.handleUnexpectedToken(PlanPeriod.class, p);
    }
    String text = p.getText();
    try {
      return PlanPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      return (PlanPeriod) ctxt.handleWeirdStringValue(PlanPeriod.class, text, "%s", e.getMessage());
    }
  }
}

package io.github.planning.io.jackson;

import io.github.planning.core.PlanPeriod;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

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

  /** Creates the deserializer. */
  public PlanPeriodDeserializer() {
    super(PlanPeriod.class);
  }

  @Override
  public PlanPeriod deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (PlanPeriod) ctxt.handleUnexpectedToken(PlanPeriod.class, p);
    }
    String text = p.getString();
    try {
      return PlanPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      return (PlanPeriod) ctxt.handleWeirdStringValue(PlanPeriod.class, text, "%s", e.getMessage());
    }
  }
}

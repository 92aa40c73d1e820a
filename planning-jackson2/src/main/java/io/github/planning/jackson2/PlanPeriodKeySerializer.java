package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.planning.core.PlanPeriod;
import java.io.IOException;

/**
 * Writes a {@link PlanPeriod} as a JSON property name, its text, so that a {@code Map<PlanPeriod,
 * …>} is an object that {@link PlanPeriodKeyDeserializer} reads back.
 *
 * <pre>{@code
 * mapper.writeValueAsString(Map.of(PlanPeriod.parse("十四五"), 3));   // {"十四五":3}
 * }</pre>
 */
public final class PlanPeriodKeySerializer extends StdSerializer<PlanPeriod> {

  private static final long serialVersionUID = 1L;

  /** Creates the key serializer. */
  public PlanPeriodKeySerializer() {
    super(PlanPeriod.class);
  }

  @Override
  public void serialize(PlanPeriod p, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeFieldName(p.toString());
  }
}

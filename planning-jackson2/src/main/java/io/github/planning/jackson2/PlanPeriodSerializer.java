package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.planning.core.PlanPeriod;
import java.io.IOException;

/**
 * Writes a {@link PlanPeriod} as its text, a JSON string, as the Jackson 3 module does.
 *
 * <pre>{@code
 * mapper.writeValueAsString(PlanPeriod.parse("十四五"));   // "十四五"
 * }</pre>
 */
public final class PlanPeriodSerializer extends StdSerializer<PlanPeriod> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public PlanPeriodSerializer() {
    super(PlanPeriod.class);
  }

  @Override
  public void serialize(PlanPeriod p, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeString(p.toString());
  }
}

package io.github.planning.io.jackson;

import io.github.planning.core.PlanRow;
import io.github.planning.io.internal.JsonCodec;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link PlanRow} as a row of a plan document: its fields under their {@linkplain
 * io.github.planning.io.RowField#jsonName() JSON names}, the enums in their {@linkplain
 * io.github.planning.io.WireSpelling wire spelling}.
 *
 * <pre>{@code
 * mapper.writeValueAsString(row);
 * // {"code":"1","name":"地区生产总值","unit":"亿元","direction":"HIGHER_IS_BETTER",
 * //  "attribute":"EXPECTED","baseYear":2020,"base":{"text":"1000",…},…}
 * }</pre>
 */
public final class PlanRowSerializer extends StdSerializer<PlanRow> {

  /** Creates the serializer. */
  public PlanRowSerializer() {
    super(PlanRow.class);
  }

  @Override
  public void serialize(PlanRow row, JsonGenerator g, SerializationContext ctxt) {
    JsonCodec.writeRow(g, row, Map.of(), Map.of());
  }
}

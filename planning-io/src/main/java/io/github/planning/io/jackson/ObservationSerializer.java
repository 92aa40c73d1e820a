package io.github.planning.io.jackson;

import io.github.planning.core.Observation;
import io.github.planning.io.internal.JsonCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link Observation} as an observation of an observation series document.
 *
 * <pre>{@code
 * mapper.writeValueAsString(observation);
 * // {"code":"1","year":2023,"value":1180.5,"status":"FINAL"}
 * }</pre>
 */
public final class ObservationSerializer extends StdSerializer<Observation> {

  /** Creates the serializer. */
  public ObservationSerializer() {
    super(Observation.class);
  }

  @Override
  public void serialize(Observation observation, JsonGenerator g, SerializationContext ctxt) {
    JsonCodec.writeObservation(g, observation);
  }
}

package io.github.planning.jackson2;

import io.github.planning.core.Observation;

/**
 * Reads an {@link Observation}: an observation of a series document, exactly as the Jackson 3
 * module's {@link io.github.planning.io.jackson.ObservationDeserializer} does.
 *
 * <pre>{@code
 * mapper.readValue("{\"code\":\"1\",\"year\":2023,\"value\":1180.5}", Observation.class);
 * }</pre>
 *
 * <p>An error is reported through {@link
 * com.fasterxml.jackson.databind.DeserializationContext#reportInputMismatch} with the library's
 * message, placed at the value that failed.
 */
public final class ObservationDeserializer extends Jackson3Bridge.Reading<Observation> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public ObservationDeserializer() {
    super(Observation.class);
  }
}

package io.github.planning.jackson2;

import io.github.planning.core.Observation;

/**
 * Writes an {@link Observation}: an observation of a series document, exactly as the Jackson 3
 * module's {@link io.github.planning.io.jackson.ObservationSerializer} does.
 *
 * <pre>{@code
 * mapper.writeValueAsString(value);
 * }</pre>
 */
public final class ObservationSerializer extends Jackson3Bridge.Writing<Observation> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ObservationSerializer() {
    super(Observation.class);
  }
}

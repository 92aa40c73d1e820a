package io.github.planning.jackson2;

import io.github.planning.core.Plan;

/**
 * Reads a {@link Plan}: a plan document, exactly as the Jackson 3 module's {@link
 * io.github.planning.io.jackson.PlanDeserializer} does.
 *
 * <pre>{@code
 * mapper.readValue(json, Plan.class);
 * }</pre>
 *
 * <p>An error is reported through {@link
 * com.fasterxml.jackson.databind.DeserializationContext#reportInputMismatch} with the library's
 * message, placed at the value that failed.
 */
public final class PlanDeserializer extends Jackson3Bridge.Reading<Plan> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public PlanDeserializer() {
    super(Plan.class);
  }
}

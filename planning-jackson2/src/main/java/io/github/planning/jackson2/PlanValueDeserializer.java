package io.github.planning.jackson2;

import io.github.planning.core.PlanValue;

/**
 * Reads a {@link PlanValue}: an object with its text and typed reading, or its bare text, exactly
 * as the Jackson 3 module's {@link io.github.planning.io.jackson.PlanValueDeserializer} does.
 *
 * <pre>{@code
 * mapper.readValue("\"[9]以上\"", PlanValue.class);
 * }</pre>
 *
 * <p>An error is reported through {@link
 * com.fasterxml.jackson.databind.DeserializationContext#reportInputMismatch} with the library's
 * message, placed at the value that failed.
 */
public final class PlanValueDeserializer extends Jackson3Bridge.Reading<PlanValue> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public PlanValueDeserializer() {
    super(PlanValue.class);
  }
}

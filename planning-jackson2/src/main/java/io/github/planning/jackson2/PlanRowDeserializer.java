package io.github.planning.jackson2;

import io.github.planning.core.PlanRow;

/**
 * Reads a {@link PlanRow}: a row of a plan document; a row without a code is an error, exactly as
 * the Jackson 3 module's {@link io.github.planning.io.jackson.PlanRowDeserializer} does.
 *
 * <pre>{@code
 * mapper.readValue("{\"code\":\"1\",\"name\":\"地区生产总值\"}", PlanRow.class);
 * }</pre>
 *
 * <p>An error is reported through {@link
 * com.fasterxml.jackson.databind.DeserializationContext#reportInputMismatch} with the library's
 * message, placed at the value that failed.
 */
public final class PlanRowDeserializer extends Jackson3Bridge.Reading<PlanRow> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public PlanRowDeserializer() {
    super(PlanRow.class);
  }
}

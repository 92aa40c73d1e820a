package io.github.planning.jackson2;

import io.github.planning.core.PlanValue;

/**
 * Writes a {@link PlanValue}: an object with its text and typed reading, or its bare text, exactly
 * as the Jackson 3 module's {@link io.github.planning.io.jackson.PlanValueSerializer} does.
 *
 * <pre>{@code
 * mapper.writeValueAsString(value);
 * }</pre>
 */
public final class PlanValueSerializer extends Jackson3Bridge.Writing<PlanValue> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public PlanValueSerializer() {
    super(PlanValue.class);
  }
}

package io.github.planning.jackson2;

import io.github.planning.core.PlanRow;

/**
 * Writes a {@link PlanRow}: a row of a plan document; a row without a code is an error, exactly as
 * the Jackson 3 module's {@link io.github.planning.io.jackson.PlanRowSerializer} does.
 *
 * <pre>{@code
 * mapper.writeValueAsString(value);
 * }</pre>
 */
public final class PlanRowSerializer extends Jackson3Bridge.Writing<PlanRow> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public PlanRowSerializer() {
    super(PlanRow.class);
  }
}

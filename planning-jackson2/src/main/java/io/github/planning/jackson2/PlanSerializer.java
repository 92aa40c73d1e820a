package io.github.planning.jackson2;

import io.github.planning.core.Plan;

/**
 * Writes a {@link Plan}: a plan document, exactly as the Jackson 3 module's {@link
 * io.github.planning.io.jackson.PlanSerializer} does.
 *
 * <pre>{@code
 * mapper.writeValueAsString(value);
 * }</pre>
 */
public final class PlanSerializer extends Jackson3Bridge.Writing<Plan> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public PlanSerializer() {
    super(Plan.class);
  }
}

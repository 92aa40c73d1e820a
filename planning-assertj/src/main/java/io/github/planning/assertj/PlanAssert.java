package io.github.planning.assertj;

import io.github.planning.core.Plan;

/** Assertions on a {@link Plan}; see {@link PlanningAssertions#assertThat(Plan)}. */
public final class PlanAssert extends AbstractPlanAssert<PlanAssert> {

  /** Creates the assertion. */
  public PlanAssert(Plan actual) {
    super(actual, PlanAssert.class);
  }
}

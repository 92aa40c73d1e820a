package io.github.planning.assertj;

import io.github.planning.core.PlanValue;

/** Assertions on a {@link PlanValue}; see {@link PlanningAssertions#assertThat(PlanValue)}. */
public final class PlanValueAssert extends AbstractPlanValueAssert<PlanValueAssert> {

  /** Creates the assertion. */
  public PlanValueAssert(PlanValue actual) {
    super(actual, PlanValueAssert.class);
  }
}

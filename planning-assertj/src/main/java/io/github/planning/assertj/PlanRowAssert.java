package io.github.planning.assertj;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import org.jspecify.annotations.Nullable;

/** Assertions on a {@link PlanRow}; see {@link PlanningAssertions#assertThat(PlanRow)}. */
public final class PlanRowAssert extends AbstractPlanRowAssert<PlanRowAssert> {

  /** Creates the assertion of a row within its plan. */
  public PlanRowAssert(PlanRow actual, @Nullable Plan plan) {
    super(actual, plan, PlanRowAssert.class);
  }

  /** Creates the assertion of a row on its own. */
  public PlanRowAssert(PlanRow actual) {
    this(actual, null);
  }
}

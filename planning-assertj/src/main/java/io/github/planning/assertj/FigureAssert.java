package io.github.planning.assertj;

import java.math.BigDecimal;

/** Assertions on a computed figure; see {@link PlanningAssertions#assertThatFigure(BigDecimal)}. */
public final class FigureAssert extends AbstractFigureAssert<FigureAssert> {

  /** Creates the assertion. */
  public FigureAssert(BigDecimal actual) {
    super(actual, FigureAssert.class);
  }
}

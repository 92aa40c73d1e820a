package io.github.planning.assertj;

import io.github.planning.progress.ProgressResult;

/** Assertions on a progress measure's result; see {@link AbstractProgressResultAssert}. */
public final class ProgressResultAssert extends AbstractProgressResultAssert<ProgressResultAssert> {

  /** Creates the assertion. */
  public ProgressResultAssert(ProgressResult actual) {
    super(actual, ProgressResultAssert.class);
  }
}

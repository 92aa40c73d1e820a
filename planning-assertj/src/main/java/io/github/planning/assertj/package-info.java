/**
 * AssertJ assertions and fixtures for tests of statistics code that uses plan tables.
 *
 * <pre>{@code
 * import static io.github.planning.assertj.PlanningAssertions.*;
 *
 * assertThat(PlanValue.parse("[9]以上")).isCumulative().isAtLeast("9");
 * assertThatFigure(rate).isGrowthRateBetween("752.8", "1000", 5).roundsTo("0.0584", HALF_UP);
 * assertThat(PlanningFixtures.wuxing14thMainIndicators()).row("1-2-05").hasFinding("implied-target");
 * }</pre>
 */
@NullMarked
package io.github.planning.assertj;

import org.jspecify.annotations.NullMarked;

package io.github.planning.assertj;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.progress.ProgressResult;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Entry points of the planning assertions, in the AssertJ style.
 *
 * <pre>{@code
 * import static io.github.planning.assertj.PlanningAssertions.*;
 *
 * assertThat(PlanValue.parse("9.5%左右")).isAbout("9.5");
 * assertThatFigure(rate).isCloseTo("0.0584347", significantDigits(6));
 * assertThat(plan).row("1-2-01").isOnTrackIn(2023, observations);
 * assertThatCsv(Path.of("plan.csv")).readsWithoutErrors().roundTripsExactly();
 * }</pre>
 *
 * <p>Computed figures are asserted with {@link #assertThatFigure(BigDecimal)}, named apart from
 * AssertJ's {@code assertThat(BigDecimal)} so that both can be imported statically.
 */
public final class PlanningAssertions {

  private PlanningAssertions() {}

  /** Assertions on a published value. */
  public static PlanValueAssert assertThat(PlanValue actual) {
    return new PlanValueAssert(actual);
  }

  /** Assertions on a computed figure: a growth rate, a projection, a share. */
  public static FigureAssert assertThatFigure(BigDecimal actual) {
    return new FigureAssert(actual);
  }

  /** Assertions on a plan. */
  public static PlanAssert assertThat(Plan actual) {
    return new PlanAssert(actual);
  }

  /** Assertions on a row on its own. */
  public static PlanRowAssert assertThat(PlanRow actual) {
    return new PlanRowAssert(actual);
  }

  /** Assertions on a progress measure's result: its status and components. */
  public static ProgressResultAssert assertThat(ProgressResult actual) {
    return new ProgressResultAssert(actual);
  }

  /** Assertions on a plan CSV file. */
  public static CsvFileAssert assertThatCsv(Path csv) {
    return new CsvFileAssert(csv);
  }

  /** A tolerance of {@code digits} significant digits. */
  public static SignificantDigits significantDigits(int digits) {
    return SignificantDigits.of(digits);
  }
}

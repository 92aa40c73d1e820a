package io.github.planning.assertj;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.PlanChecks;
import io.github.planning.analysis.Severity;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Plan}: its rows and what {@link PlanChecks} finds in it.
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 */
public abstract class AbstractPlanAssert<SELF extends AbstractPlanAssert<SELF>>
    extends AbstractObjectAssert<SELF, Plan> {

  /** Creates the assertion. */
  protected AbstractPlanAssert(Plan actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Verifies that the plan has a row with the code. */
  public SELF hasRow(String code) {
    isNotNull();
    if (actual.row(code).isEmpty()) {
      failWithMessage(
          "%nExpecting plan '%s' to have a row '%s', but its codes are%n  %s",
          actual.title(),
          code,
          actual.rows().stream().map(PlanRow::code).collect(Collectors.joining(", ")));
    }
    return myself;
  }

  /** Navigates to the row with the code, which must exist. */
  public PlanRowAssert row(String code) {
    hasRow(code);
    return new PlanRowAssert(actual.row(code).orElseThrow(), actual);
  }

  /** Verifies that no finding of the plan is at least as severe as {@code severity}. */
  public SELF hasNoFindingsAtOrAbove(Severity severity) {
    isNotNull();
    List<Finding> found =
        PlanChecks.check(actual).stream().filter(f -> f.severity().isAtLeast(severity)).toList();
    if (!found.isEmpty()) {
      failWithMessage(
          "%nExpecting plan '%s' to have no findings at or above %s, but it has%n%s",
          actual.title(), severity, list(found));
    }
    return myself;
  }

  /** Verifies that some row has a finding with the code, such as {@code growth-mismatch}. */
  public SELF hasFinding(String findingCode) {
    isNotNull();
    List<Finding> all = PlanChecks.check(actual);
    if (all.stream().noneMatch(f -> f.code().equals(findingCode))) {
      failWithMessage(
          "%nExpecting plan '%s' to have a finding '%s', but its findings are%n%s",
          actual.title(), findingCode, all.isEmpty() ? "  none" : list(all));
    }
    return myself;
  }

  static String list(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                "  "
                    + f.severity()
                    + " "
                    + f.code()
                    + " "
                    + f.rowCode().orElse("")
                    + " "
                    + f.messageZh())
        .collect(Collectors.joining("\n"));
  }
}

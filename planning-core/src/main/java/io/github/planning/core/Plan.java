package io.github.planning.core;

import static com.google.common.base.Preconditions.checkState;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A plan's indicator table: its title, region, period, rows and notes.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .title("“十四五”时期经济和社会发展主要指标")
 *     .region("湖州市吴兴区")
 *     .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
 *     .addRows(gdpRow, populationRow)
 *     .addNotes("标“*”为吴兴特色指标")
 *     .build();
 * plan.row("gdp");   // Optional[gdpRow]
 * }</pre>
 *
 * <p>Row codes are unique and every {@linkplain Indicator#parent() parent} names a row of the plan;
 * building a plan that breaks this fails with a message naming the code. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Plan {

  Plan() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The title, such as {@code “十四五”时期经济和社会发展主要指标}. */
  public abstract String title();

  /** The region the plan is for, such as {@code 湖州市吴兴区}. */
  public abstract Optional<String> region();

  /** The years the plan covers. */
  public abstract PlanPeriod period();

  /** The rows in published order. */
  public abstract List<PlanRow> rows();

  /** The notes under the table (注), in order. */
  public abstract List<String> notes();

  /** The row of the indicator with the given code. */
  public Optional<PlanRow> row(String code) {
    for (PlanRow row : rows()) {
      if (row.code().equals(code)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    checkState(!title().isBlank(), "A plan needs a non-blank title");
    Set<String> codes = new HashSet<>();
    for (PlanRow row : rows()) {
      checkState(
          codes.add(row.code()),
          "Plan '%s': the code '%s' is used by more than one row",
          title(),
          row.code());
    }
    for (PlanRow row : rows()) {
      row.indicator()
          .parent()
          .ifPresent(
              parent ->
                  checkState(
                      codes.contains(parent),
                      "Plan '%s': row '%s' names a parent '%s' that is not a row of the plan",
                      title(),
                      row.code(),
                      parent));
    }
  }

  /** Builds a {@link Plan}; the title and period are required. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}

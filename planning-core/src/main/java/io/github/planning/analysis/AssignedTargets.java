package io.github.planning.analysis;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves targets assigned by a higher level ({@code 完成市下达指标}) with the values that level
 * published, so that the growth arithmetic and progress apply to them.
 *
 * <pre>{@code
 * AssignedTargets.Resolution r = AssignedTargets.resolve(districtPlan, AssignedTargets.fromPlan(cityPlan));
 * r.plan();        // the district plan with each assigned cell replaced by the city's value
 * r.unresolved();  // findings for the cells the city plan has no value for: never guessed
 * }</pre>
 *
 * <p>The plan given is not changed; its published text stays as it was.
 */
public final class AssignedTargets {

  private AssignedTargets() {}

  /** The cells of a row that may hold an assigned target. */
  public enum Cell {
    /** The base value column. */
    BASE,
    /** The target column. */
    TARGET,
    /** The expected growth column. */
    TARGET_GROWTH
  }

  /** Where assigned values come from: an application's lookup. */
  @FunctionalInterface
  public interface Source {
    /**
     * The value a level assigns to a row's cell, if known.
     *
     * @param row the row of the plan being resolved
     * @param level the level named in the cell ({@code 市} for {@code 完成市下达指标})
     * @param cell which cell of the row holds the assigned target
     */
    Optional<PlanValue> assignedValue(PlanRow row, AdministrativeLevel level, Cell cell);
  }

  /** The resolved plan and what could not be resolved. */
  public static final class Resolution {
    private final Plan plan;
    private final List<Finding> unresolved;

    private Resolution(Plan plan, List<Finding> unresolved) {
      this.plan = plan;
      this.unresolved = List.copyOf(unresolved);
    }

    /** The plan with every assigned cell that could be resolved replaced by its value. */
    public Plan plan() {
      return plan;
    }

    /** One {@link PlanChecks#ASSIGNED_VALUE_NEEDED} finding per cell left unresolved. */
    public List<Finding> unresolved() {
      return unresolved;
    }
  }

  /**
   * A source that reads a higher level's plan: the row with the same code, or else the same
   * indicator name, and in it the same cell. A cell of the higher plan that is itself assigned or
   * not applicable gives nothing. Any level is accepted; use one plan per level.
   */
  public static Source fromPlan(Plan higher) {
    requireNonNull(higher, "higher");
    return (row, level, cell) -> {
      Optional<PlanRow> match = higher.row(row.code());
      if (match.isEmpty()) {
        match =
            higher.rows().stream()
                .filter(
                    r -> r.indicator().normalisedName().equals(row.indicator().normalisedName()))
                .findFirst();
      }
      return match
          .flatMap(r -> cellOf(r, cell))
          .filter(v -> !v.isNotApplicable() && v.kind() != ValueKind.ASSIGNED);
    };
  }

  /** Replaces each assigned cell of {@code plan} with the value {@code source} gives. */
  public static Resolution resolve(Plan plan, Source source) {
    requireNonNull(plan, "plan");
    requireNonNull(source, "source");
    List<PlanRow> rows = new ArrayList<>();
    List<Finding> unresolved = new ArrayList<>();
    for (PlanRow row : plan.rows()) {
      PlanRow.Builder resolved = PlanRow.builder();
      resolved.from(row);
      for (Cell cell : Cell.values()) {
        Optional<PlanValue> value = cellOf(row, cell).filter(v -> v.kind() == ValueKind.ASSIGNED);
        if (value.isEmpty()) {
          continue;
        }
        AdministrativeLevel level = value.get().level().orElseThrow();
        Optional<PlanValue> assigned = source.assignedValue(row, level, cell);
        if (assigned.isPresent()) {
          set(resolved, cell, assigned.get());
        } else {
          unresolved.add(
              Finding.of(
                  Severity.INFO,
                  PlanChecks.ASSIGNED_VALUE_NEEDED,
                  row.code(),
                  row.indicator().name() + "：" + value.get() + "尚无上级下达的数值",
                  row.indicator().name()
                      + ": no value assigned by the "
                      + level.englishName()
                      + " for "
                      + value.get()));
        }
      }
      rows.add(resolved.build());
    }
    Plan.Builder out = Plan.builder();
    out.from(plan);
    return new Resolution(out.rows(rows).build(), unresolved);
  }

  private static Optional<PlanValue> cellOf(PlanRow row, Cell cell) {
    return switch (cell) {
      case BASE -> row.base();
      case TARGET -> row.target();
      case TARGET_GROWTH -> row.targetGrowth();
    };
  }

  private static void set(PlanRow.Builder row, Cell cell, PlanValue value) {
    switch (cell) {
      case BASE -> row.base(value);
      case TARGET -> row.target(value);
      case TARGET_GROWTH -> row.targetGrowth(value);
    }
  }
}

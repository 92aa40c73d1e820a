package io.github.planning.assertj;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.PlanChecks;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Target;
import io.github.planning.progress.Progress;
import io.github.planning.progress.ProgressGrade;
import io.github.planning.progress.ProgressMeasure;
import io.github.planning.progress.ProgressResult;
import io.github.planning.progress.ProgressStatus;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link PlanRow}: its cells, its findings and its progress against observations. A
 * row reached from a plan ({@code assertThat(plan).row("1-2-01")}) is checked within that plan; a
 * row on its own within a plan of the years it states ({@link PlanPeriod#ofRows}); an assertion on
 * the findings or progress of a row that states none fails, as no period is assumed.
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 */
public abstract class AbstractPlanRowAssert<SELF extends AbstractPlanRowAssert<SELF>>
    extends AbstractObjectAssert<SELF, PlanRow> {

  /** The plan of the row; null for a row on its own until an assertion needs its plan. */
  private @Nullable Plan plan;

  /**
   * Creates the assertion of a row within a plan, or on its own when {@code plan} is null (then
   * within a plan of the years the row states, made when an assertion needs it).
   */
  protected AbstractPlanRowAssert(PlanRow actual, @Nullable Plan plan, Class<?> selfType) {
    super(actual, selfType);
    this.plan = plan;
  }

  private Plan plan() {
    if (plan == null) {
      isNotNull();
      plan = planOf(actual);
    }
    return plan;
  }

  static Plan planOf(PlanRow row) {
    PlanPeriod period =
        PlanPeriod.ofRows(List.of(row))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Row '"
                            + row.code()
                            + "' states no period (no base and target year): assert on it"
                            + " within its plan, PlanningAssertions.assertThat(plan).row(code)"));
    PlanRow alone =
        row.indicator().parent().isPresent()
            ? PlanRow.builder()
                .from(row)
                .indicator(
                    io.github.planning.core.Indicator.builder()
                        .from(row.indicator())
                        .parent(Optional.empty())
                        .build())
                .build()
            : row;
    return Plan.builder().title(row.indicator().name()).period(period).addRows(alone).build();
  }

  /** Verifies the published text of the target: {@code hasTarget("[9]以上")}. */
  public SELF hasTarget(String text) {
    return hasCell("target", actual.target(), text);
  }

  /** Verifies the published text of the base value. */
  public SELF hasBase(String text) {
    return hasCell("base", actual.base(), text);
  }

  /** Verifies the published text of the expected growth. */
  public SELF hasTargetGrowth(String text) {
    return hasCell("target growth", actual.targetGrowth(), text);
  }

  private SELF hasCell(String cell, Optional<PlanValue> value, String text) {
    isNotNull();
    if (!value.map(PlanValue::text).orElse("").equals(text)) {
      failWithMessage(
          "%nExpecting row %s to have the %s '%s', but it has %s",
          describe(), cell, text, value.map(v -> "'" + v.text() + "'").orElse("none"));
    }
    return myself;
  }

  /** Verifies that the checks find {@code findingCode} in this row. */
  public SELF hasFinding(String findingCode) {
    isNotNull();
    List<Finding> findings = PlanChecks.check(actual, plan());
    if (findings.stream().noneMatch(f -> f.code().equals(findingCode))) {
      failWithMessage(
          "%nExpecting row %s to have a finding '%s', but its findings are%n%s",
          describe(),
          findingCode,
          findings.isEmpty() ? "  none" : AbstractPlanAssert.list(findings));
    }
    return myself;
  }

  /** Verifies that the row has no finding at all. */
  public SELF hasNoFindings() {
    isNotNull();
    List<Finding> findings = PlanChecks.check(actual, plan());
    if (!findings.isEmpty()) {
      failWithMessage(
          "%nExpecting row %s to have no findings, but it has%n%s",
          describe(), AbstractPlanAssert.list(findings));
    }
    return myself;
  }

  /** Verifies 时间过半、任务过半 in {@code year}: the share of the way at least the share of time. */
  public SELF isOnTrackIn(int year, List<Observation> observations) {
    isNotNull();
    Progress progress = Progress.assess(actual, plan().period(), observations, year);
    if (!progress.onTrack().orElse(false)) {
      failWithMessage(
          "%nExpecting row %s to be on track in %s, but %s", describe(), year, describe(progress));
    }
    return myself;
  }

  /** Verifies that the row is not on track in {@code year}. */
  public SELF isNotOnTrackIn(int year, List<Observation> observations) {
    isNotNull();
    Progress progress = Progress.assess(actual, plan().period(), observations, year);
    if (progress.onTrack().orElse(true)) {
      failWithMessage(
          "%nExpecting row %s not to be on track in %s, but %s",
          describe(), year, describe(progress));
    }
    return myself;
  }

  /**
   * Verifies the kind of the row's {@linkplain PlanRow#reading() target}: {@code
   * hasTargetKind(Target.Cumulative.class)}.
   */
  public SELF hasTargetKind(Class<? extends Target> kind) {
    isNotNull();
    Target target = actual.reading();
    if (!kind.isInstance(target)) {
      failWithMessage(
          "%nExpecting row %s to have a target of the kind %s, but %s is read as %s",
          describe(),
          kind.getSimpleName(),
          target.published().map(PlanValue::toString).orElse("no target"),
          target);
    }
    return myself;
  }

  /** Verifies that the row's bound (a ceiling or floor) is met in {@code year}. */
  public SELF meetsItsBoundIn(int year, List<Observation> observations) {
    return bound(year, observations, true);
  }

  /** Verifies that the row's bound (a ceiling or floor) is breached in {@code year}. */
  public SELF breachesItsBoundIn(int year, List<Observation> observations) {
    return bound(year, observations, false);
  }

  private SELF bound(int year, List<Observation> observations, boolean met) {
    isNotNull();
    if (!(actual.reading() instanceof Target.Level level) || !level.isBound()) {
      failWithMessage(
          "%nExpecting row %s to have a bound, but its target is read as %s",
          describe(), actual.reading());
      return myself;
    }
    Optional<Observation> value =
        observations.stream()
            .filter(o -> o.code().equals(actual.code()) && o.year() == year)
            .findFirst();
    if (value.isEmpty()) {
      failWithMessage(
          "%nExpecting row %s to %s its bound %s in %s, but %s has no observation",
          describe(), met ? "meet" : "breach", level.cell(), year, year);
      return myself;
    }
    boolean isMet = level.isMetBy(value.get().value(), actual.direction());
    if (isMet != met) {
      failWithMessage(
          "%nExpecting row %s to %s its bound %s in %s, but %s is %s it (distance %s)",
          describe(),
          met ? "meet" : "breach",
          level.cell(),
          year,
          value.get().value().toPlainString(),
          isMet ? "within" : "beyond",
          level.distance(value.get().value()).toPlainString());
    }
    return myself;
  }

  /** Verifies Open SDG's progress status in {@code year}. */
  public SELF hasProgressStatus(ProgressStatus status, int year, List<Observation> observations) {
    isNotNull();
    Progress progress = Progress.assess(actual, plan().period(), observations, year);
    if (progress.status() != status) {
      failWithMessage(
          "%nExpecting row %s to have the progress status %s in %s, but %s",
          describe(), status.openSdgName(), year, describe(progress));
    }
    return myself;
  }

  /**
   * Verifies a progress measure's status of the row in {@code year}: {@code
   * hasMeasureStatus(ProgressMeasure.DESTATIS, WeatherSymbol.SUN, 2023, observations)}. A failure
   * shows the measure's figures.
   */
  public SELF hasMeasureStatus(
      ProgressMeasure measure, ProgressGrade status, int year, List<Observation> observations) {
    isNotNull();
    Optional<ProgressResult> result =
        Progress.input(actual, plan().period(), observations, year).map(measure::assess);
    if (result.isEmpty()) {
      failWithMessage(
          "%nExpecting row %s to be %s by %s in %s, but its target is not a figure",
          describe(), status.englishName(), measure.name().englishName(), year);
    } else if (!result.get().status().equals(status)) {
      failWithMessage(
          "%nExpecting row %s to be %s by %s in %s, but it is%n  %s",
          describe(),
          status.englishName(),
          measure.name().englishName(),
          year,
          AbstractProgressResultAssert.describe(result.get()));
    }
    return myself;
  }

  private String describe() {
    return actual.code()
        + " "
        + actual.indicator().publishedName()
        + actual.base().map(b -> " base " + b).orElse("")
        + actual.target().map(t -> " target " + t).orElse("");
  }

  private static String describe(Progress p) {
    return "its status is "
        + p.status().openSdgName()
        + p.timeShare()
            .map(t -> ", time share " + t.stripTrailingZeros().toPlainString())
            .orElse("")
        + p.valueShare()
            .map(v -> ", value share " + v.round(new java.math.MathContext(6)).toPlainString())
            .orElse("")
        + p.note().map(n -> " (" + n + ")").orElse("");
  }
}

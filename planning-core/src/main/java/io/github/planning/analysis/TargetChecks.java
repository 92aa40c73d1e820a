package io.github.planning.analysis;

import static io.github.planning.analysis.PlanChecks.ASSESSMENT_DIFFERS;
import static io.github.planning.analysis.PlanChecks.ASSESSMENT_LABEL_DIFFERS;
import static io.github.planning.analysis.PlanChecks.ASSIGNED_VALUE_NEEDED;
import static io.github.planning.analysis.PlanChecks.BINDING_WITHOUT_TARGET;
import static io.github.planning.analysis.PlanChecks.DIRECTION_CONTRADICTS_TARGET;
import static io.github.planning.analysis.PlanChecks.MEASURE_INFERRED;

import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Target;
import io.github.planning.core.ValueKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The checks of what a row's target says: a binding indicator needs one, it moves the way the
 * indicator improves, an assigned one needs its value, an inferred measure is named, and the
 * published 实现度 agrees with the one recomputed from it.
 *
 * <pre>{@code
 * // 能耗, 约束性, with neither target nor growth
 * TargetChecks.bindingWithoutTarget(row, out);
 * // WARNING binding-without-target [b] 能耗: a binding (约束性) indicator without a target
 * // 失业率, lower is better, 1.52 → 2
 * TargetChecks.directionContradicted(row, out);
 * // WARNING direction-contradicts-target [u] 失业率: lower is better, but the target 2 is above
 * //     the base 1.52
 * }</pre>
 */
final class TargetChecks {

  private TargetChecks() {}

  /** A 约束性 indicator with neither target nor growth. */
  static void bindingWithoutTarget(PlanRow row, List<Finding> out) {
    boolean binding = row.indicator().attribute().filter(a -> a == Attribute.BINDING).isPresent();
    boolean target =
        row.target().filter(v -> !v.isNotApplicable()).isPresent()
            || row.targetGrowth().filter(v -> !v.isNotApplicable()).isPresent();
    if (binding && !target) {
      out.add(
          Finding.of(
              Severity.WARNING,
              BINDING_WITHOUT_TARGET,
              row.code(),
              row.indicator().name() + "：约束性指标没有目标值",
              row.indicator().name() + ": a binding (约束性) indicator without a target"));
    }
  }

  /** A target that moves against the indicator's stated direction. */
  static void directionContradicted(PlanRow row, List<Finding> out) {
    Optional<Direction> stated = row.indicator().direction();
    Optional<BigDecimal> base = row.base().flatMap(b -> b.plainAmountIn(row.indicator().unit()));
    Optional<BigDecimal> target =
        row.target().flatMap(t -> t.plainAmountIn(row.indicator().unit()));
    if (stated.isEmpty() || base.isEmpty() || target.isEmpty()) {
      return;
    }
    int move = target.get().compareTo(base.get());
    boolean contradicts = stated.get() == Direction.HIGHER_IS_BETTER ? move < 0 : move > 0;
    if (contradicts) {
      out.add(
          Finding.of(
              Severity.WARNING,
              DIRECTION_CONTRADICTS_TARGET,
              row.code(),
              row.indicator().name()
                  + "：指标为"
                  + stated.get().label()
                  + "，但目标值"
                  + target.get().toPlainString()
                  + (move < 0 ? "低于" : "高于")
                  + "基期值"
                  + base.get().toPlainString(),
              row.indicator().name()
                  + ": "
                  + stated.get().englishName()
                  + " is better, but the target "
                  + target.get().toPlainString()
                  + " is "
                  + (move < 0 ? "below" : "above")
                  + " the base "
                  + base.get().toPlainString()));
    }
  }

  /** A target assigned by a higher level, whose value the row does not have. */
  static void assigned(PlanRow row, List<Finding> out) {
    Optional<PlanValue> assigned =
        row.target()
            .filter(v -> v.kind() == ValueKind.ASSIGNED)
            .or(() -> row.targetGrowth().filter(v -> v.kind() == ValueKind.ASSIGNED));
    assigned.ifPresent(
        value ->
            out.add(
                Finding.of(
                    Severity.INFO,
                    ASSIGNED_VALUE_NEEDED,
                    row.code(),
                    row.indicator().name() + "：目标为" + value + "，需上级下达的数值",
                    row.indicator().name()
                        + ": the target "
                        + value
                        + " needs the value assigned by the "
                        + value.level().orElseThrow().englishName())));
  }

  /** A cumulative target read as a level or flow the row does not state: the rule used. */
  static void measureInferred(PlanRow row, List<Finding> out) {
    if (!(row.reading() instanceof Target.Cumulative cumulative) || !row.isMeasureInferred()) {
      return;
    }
    String rule = row.measureRule().orElseThrow();
    String ruleZh = row.measureRuleZh().orElseThrow();
    String meaningZh =
        switch (cumulative.meaning()) {
          case SUM -> "流量，累计目标按各年之和";
          case CHANGE -> "水平，累计目标按期间变化";
          case PERCENT_CHANGE -> "增减率，累计目标按各年增减率复合";
        };
    out.add(
        Finding.of(
            Severity.INFO,
            MEASURE_INFERRED,
            row.code(),
            row.indicator().name()
                + "："
                + cumulative.cell()
                + "视为"
                + meaningZh
                + "（"
                + ruleZh
                + "）；可在“计量方式”列注明水平或流量",
            row.indicator().name()
                + ": "
                + cumulative.cell()
                + " read as a "
                + cumulative.kindName()
                + " ("
                + row.measure().englishName()
                + ": "
                + rule
                + "); state the measure (level or flow) in the measure column to change it"));
  }

  /** The published 实现度 against the one recomputed from the row. */
  static void assessment(Completion completion, PlanRow row, List<Finding> out) {
    if (!completion.differs()) {
      return;
    }
    Assessment published = completion.published().orElseThrow();
    Assessment recomputed = completion.recomputed().orElseThrow();
    boolean contradicts = completion.contradicts();
    String basis = completion.basis().orElse("");
    out.add(
        Finding.of(
            contradicts ? Severity.WARNING : Severity.INFO,
            contradicts ? ASSESSMENT_DIFFERS : ASSESSMENT_LABEL_DIFFERS,
            row.code(),
            row.indicator().name()
                + "：按所列数据重算实现度为"
                + recomputed.label()
                + "（"
                + basis
                + "），所列为"
                + published.label()
                + "（所列实现度按预计值评估）",
            row.indicator().name()
                + ": recomputed "
                + recomputed.englishName()
                + " ("
                + basis
                + "), published "
                + published.englishName()
                + " (assessed with estimates)"));
  }
}

package io.github.planning.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's two tables as plans, built from {@link SeedTables}. Merged cells of the published
 * tables are filled as a reader does: a blank category, unit or attribute of a row with values
 * repeats the row above; a blank name is the parent's.
 */
public final class SeedPlans {

  private SeedPlans() {}

  /** Table 1-1: the 13th-plan completion table, 2015 → 2020. */
  public static Plan table11() {
    return plan("1-1", "“十三五”规划主要指标完成情况", PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN);
  }

  /** Table 1-2: the 14th-plan main indicators, 2020 → 2025. */
  public static Plan table12() {
    return plan("1-2", "“十四五”时期经济和社会发展主要指标", PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
  }

  private static Plan plan(String table, String title, PlanPeriod period) {
    Plan.Builder plan = Plan.builder().title(title).region("湖州市吴兴区").period(period);
    Map<String, String> names = new HashMap<>();
    String category = "";
    String unit = "";
    String attribute = "";
    for (Map<String, String> cells : SeedTables.rows(table)) {
      boolean hasValues =
          SeedTables.VALUE_COLUMNS.stream().anyMatch(c -> !cells.getOrDefault(c, "").isEmpty());
      category =
          cells.get("category").isEmpty() ? category : cells.get("category").replace(" ", "");
      unit = !cells.get("unit").isEmpty() || !hasValues ? cells.get("unit") : unit;
      attribute =
          !cells.getOrDefault("attribute", "").isEmpty() || !hasValues
              ? cells.getOrDefault("attribute", "")
              : attribute;
      String name =
          cells.get("name").isEmpty() ? names.get(cells.get("parent")) : cells.get("name");
      names.put(cells.get("code"), name);
      Indicator.Builder indicator =
          Indicator.builder()
              .code(cells.get("code"))
              .publishedName(name)
              .category(category)
              .unit(Unit.parse(unit));
      if (!cells.get("seq").isEmpty()) {
        indicator.sequence(cells.get("seq"));
      }
      if (!cells.get("parent").isEmpty()) {
        indicator.parent(cells.get("parent"));
      }
      if (!attribute.isEmpty()) {
        indicator.attribute(Attribute.parse(attribute));
      }
      PlanRow.Builder row =
          PlanRow.builder()
              .indicator(indicator.build())
              .baseYear(period.baseYear())
              .targetYear(period.targetYear());
      value(cells, "base").ifPresent(row::base);
      value(cells, "target").ifPresent(row::target);
      value(cells, "target_growth").ifPresent(row::targetGrowth);
      if (cells.containsKey("actual")) {
        row.actualYear(period.targetYear());
        value(cells, "actual").ifPresent(row::actual);
        value(cells, "actual_growth").ifPresent(row::actualGrowth);
        if (!cells.get("assessment").isEmpty()) {
          row.assessment(Assessment.parse(cells.get("assessment")));
        }
      }
      plan.addRows(row.build());
    }
    return plan.build();
  }

  private static java.util.Optional<PlanValue> value(Map<String, String> cells, String column) {
    String text = cells.getOrDefault(column, "");
    return text.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(PlanValue.parse(text));
  }

  public static List<String> codes(Plan plan) {
    return plan.rows().stream().map(PlanRow::code).toList();
  }
}

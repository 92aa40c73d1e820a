package io.github.planning.examples;

import io.github.planning.core.Finding;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report as aligned text: one table per plan (counting Chinese characters as two columns),
 * then the findings, then progress when there are observations. Computed figures are rounded
 * half-up for display: growth to two places, targets to two places.
 */
final class TextReport {

  private static final int NAME_WIDTH = 34;

  private TextReport() {}

  static void write(List<ReportRow> rows, PrintWriter out) {
    Map<Plan, List<ReportRow>> byPlan = new LinkedHashMap<>();
    rows.forEach(r -> byPlan.computeIfAbsent(r.plan(), p -> new ArrayList<>()).add(r));
    boolean first = true;
    for (Map.Entry<Plan, List<ReportRow>> entry : byPlan.entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      table(entry.getKey(), entry.getValue(), out);
    }
    List<ReportRow> findings = rows.stream().filter(r -> !r.findings().isEmpty()).toList();
    if (!findings.isEmpty()) {
      out.println();
      out.println("发现 Findings (! warning/error, i info):");
      for (ReportRow row : findings) {
        for (Finding f : row.findings()) {
          out.println("  " + marker(List.of(f)) + " " + DisplayWidth.pad(f.severity().name(), 7)
              + " " + f.rowCode().orElse("") + "  " + f.messageZh());
        }
      }
    }
    List<ReportRow> progress = rows.stream().filter(r -> r.progress().isPresent()).toList();
    if (!progress.isEmpty()) {
      out.println();
      out.println("进度 Progress:");
      List<Column> columns = List.of(
          new Column("代码", r -> r.row().code()),
          new Column("指标", r -> DisplayWidth.fit(r.row().indicator().publishedName(), NAME_WIDTH)),
          new Column("年份", r -> String.valueOf(r.progress().get().year())),
          new Column("时间进度", r -> percent(r.progress().get().timeShare())),
          new Column("目标进度", r -> percent(r.progress().get().valueShare())),
          new Column("时间过半任务过半", r -> r.progress().get().onTrack().map(b -> b ? "是" : "否")
              .orElse("——")),
          new Column("状态", r -> r.progress().get().status().openSdgName()),
          new Column("得分", r -> r.progress().get().score().map(s -> round(s, 2)).orElse("——")));
      print(columns, progress, out);
    }
    out.flush();
  }

  private static void table(Plan plan, List<ReportRow> rows, PrintWriter out) {
    out.println(plan.title() + "（" + plan.region().orElse("") + "，" + plan.period() + "）");
    int base = plan.period().baseYear();
    int target = plan.period().targetYear();
    boolean completion = rows.get(0).isCompletion();
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("分类", r -> r.row().indicator().category().orElse("")));
    columns.add(new Column("指标", r -> DisplayWidth.fit(r.row().indicator().publishedName(),
        NAME_WIDTH)));
    columns.add(new Column("单位", r -> r.row().indicator().unit().symbol()));
    columns.add(new Column(base + "年", r -> text(r.row().base())));
    columns.add(new Column(target + "年目标", r -> text(r.row().target())));
    columns.add(new Column("年均/累计增长", r -> text(r.row().targetGrowth())));
    if (completion) {
      columns.add(new Column("完成情况", r -> text(r.row().actual())));
      columns.add(new Column("完成增速", r -> text(r.row().actualGrowth())));
      columns.add(new Column("实现度", r -> r.row().assessment().map(a -> a.label()).orElse("")));
      columns.add(new Column("重算", r -> r.completion().flatMap(c -> c.recomputed())
          .map(a -> a.label()).orElse("")));
    }
    columns.add(new Column("推算年均增长", r -> r.impliedGrowthPercent()
        .map(g -> round(g, 2) + "%").orElse("")));
    columns.add(new Column("推算目标/百分点变化", r -> r.impliedTarget().map(t -> round(t, 2))
        .or(() -> r.pointChange().map(p -> signed(p) + "个百分点")).orElse("")));
    columns.add(new Column("", r -> marker(r.findings())));
    print(columns, rows, out);
  }

  private static void print(List<Column> columns, List<ReportRow> rows, PrintWriter out) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = DisplayWidth.of(columns.get(c).heading);
      for (ReportRow row : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(columns.get(c).cell.apply(row)));
      }
    }
    StringBuilder heading = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      heading.append(DisplayWidth.pad(columns.get(c).heading, widths[c])).append("  ");
    }
    out.println(heading.toString().stripTrailing());
    for (ReportRow row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns.size(); c++) {
        line.append(DisplayWidth.pad(columns.get(c).cell.apply(row), widths[c])).append("  ");
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static final class Column {
    final String heading;
    final Function<ReportRow, String> cell;

    Column(String heading, Function<ReportRow, String> cell) {
      this.heading = heading;
      this.cell = cell;
    }
  }

  static String marker(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.severity().isAtLeast(Severity.WARNING))) {
      return "!";
    }
    return findings.isEmpty() ? "" : "i";
  }

  private static String text(Optional<PlanValue> value) {
    return value.map(PlanValue::text).orElse("");
  }

  static String round(BigDecimal value, int places) {
    return value.setScale(places, RoundingMode.HALF_UP).toPlainString();
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }

  private static String percent(Optional<BigDecimal> share) {
    return share.map(s -> round(s.movePointRight(2), 1) + "%").orElse("——");
  }


}

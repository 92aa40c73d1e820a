package io.github.planning.examples;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.Severity;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Texts;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The report as aligned text: one table per plan (column widths by display width, a Chinese
 * character taking two columns; names wrapped, never cut; a code column when names repeat), then
 * the findings, then progress when there are observations. Computed figures are rounded half-up for
 * display: growth to two places, targets to two places. Every line is printed through {@link
 * Texts#printable}.
 */
final class TextReport {

  private static final int NAME_WIDTH = 34;

  private TextReport() {}

  static void write(List<ReportRow> rows, PrintWriter out, Lang lang) {
    Map<Plan, List<ReportRow>> byPlan = new LinkedHashMap<>();
    rows.forEach(r -> byPlan.computeIfAbsent(r.plan(), p -> new ArrayList<>()).add(r));
    boolean first = true;
    for (Map.Entry<Plan, List<ReportRow>> entry : byPlan.entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      table(entry.getKey(), entry.getValue(), out, lang);
    }
    List<ReportRow> findings = rows.stream().filter(r -> !r.findings().isEmpty()).toList();
    if (!findings.isEmpty()) {
      out.println();
      out.println(lang.of("发现（! 警告或错误，i 提示）：", "Findings (! warning or error, i info):"));
      for (ReportRow row : findings) {
        for (Finding f : row.findings()) {
          println(
              out,
              "  "
                  + marker(List.of(f))
                  + " "
                  + DisplayWidth.pad(lang.of(f.severity()), 7)
                  + " "
                  + f.rowCode().orElse("")
                  + "  "
                  + f.code()
                  + "  "
                  + lang.of(f.messageZh(), f.messageEn()));
        }
      }
    }
    List<ReportRow> progress = rows.stream().filter(r -> r.progress().isPresent()).toList();
    if (!progress.isEmpty()) {
      out.println();
      out.println(lang.of("进度：", "Progress:"));
      List<Column> columns =
          List.of(
              new Column(lang.of("代码", "code"), r -> r.row().code()),
              new Column(
                  lang.of("指标", "indicator"), r -> r.row().indicator().publishedName(), NAME_WIDTH),
              new Column(lang.of("年份", "year"), r -> String.valueOf(r.progress().get().year())),
              new Column(
                  lang.of("时间进度", "time share"), r -> percent(r.progress().get().timeShare())),
              new Column(
                  lang.of("目标进度", "value share"), r -> percent(r.progress().get().valueShare())),
              new Column(
                  lang.of("时间过半任务过半", "on track"),
                  r ->
                      r.progress()
                          .get()
                          .onTrack()
                          .map(b -> b ? lang.of("是", "yes") : lang.of("否", "no"))
                          .orElse("——")),
              new Column(lang.of("状态", "status"), r -> lang.of(r.progress().get().status())),
              new Column(
                  lang.of("得分", "score"),
                  r -> r.progress().get().score().map(s -> round(s, 2)).orElse("——")));
      print(columns, progress, out);
    }
    out.flush();
  }

  /** The title with the region and period that are known, never an empty slot. */
  static String title(Plan plan) {
    return plan.title() + "（" + plan.region().map(r -> r + "，").orElse("") + plan.period() + "）";
  }

  private static void table(Plan plan, List<ReportRow> rows, PrintWriter out, Lang lang) {
    println(out, title(plan));
    int base = plan.period().baseYear();
    int target = plan.period().targetYear();
    boolean completion = rows.get(0).isCompletion();
    Set<String> names = new HashSet<>();
    boolean repeated = !rows.stream().allMatch(r -> names.add(r.row().indicator().publishedName()));
    List<Column> columns = new ArrayList<>();
    if (repeated) {
      columns.add(new Column(lang.of("代码", "code"), r -> r.row().code()));
    }
    columns.add(
        new Column(lang.of("分类", "category"), r -> r.row().indicator().category().orElse("")));
    columns.add(
        new Column(
            lang.of("指标", "indicator"), r -> r.row().indicator().publishedName(), NAME_WIDTH));
    columns.add(new Column(lang.of("单位", "unit"), r -> r.row().indicator().unit().symbol()));
    columns.add(new Column(base + lang.of("年", ""), r -> text(r.row().base())));
    columns.add(
        new Column(lang.of(target + "年目标", target + " target"), r -> text(r.row().target())));
    columns.add(
        new Column(lang.of("年均/累计增长", "growth (annual/total)"), r -> text(r.row().targetGrowth())));
    if (completion) {
      columns.add(new Column(lang.of("完成情况", "actual"), r -> text(r.row().actual())));
      columns.add(new Column(lang.of("完成增速", "actual growth"), r -> text(r.row().actualGrowth())));
      columns.add(
          new Column(
              lang.of("实现度", "assessment"), r -> r.row().assessment().map(lang::of).orElse("")));
      columns.add(
          new Column(
              lang.of("重算", "recomputed"),
              r -> r.completion().flatMap(c -> c.recomputed()).map(lang::of).orElse("")));
    }
    columns.add(
        new Column(
            lang.of("推算年均增长", "implied annual growth"),
            r -> r.impliedGrowthPercent().map(g -> round(g, 2) + "%").orElse("")));
    columns.add(new Column(lang.of("推算目标/百分点变化", "implied target/change"), r -> change(r, lang)));
    columns.add(new Column("", r -> marker(r.findings())));
    print(columns, rows, out);
  }

  /** The implied target, or the change in points or in the unit of a level. */
  static String change(ReportRow r, Lang lang) {
    return r.impliedTarget()
        .map(t -> round(t, 2))
        .or(() -> r.pointChange().map(p -> signed(p) + lang.of("个百分点", " points")))
        .or(() -> r.changeInUnit().map(c -> signed(c) + r.row().indicator().unit().symbol()))
        .orElse("");
  }

  private static void print(List<Column> columns, List<ReportRow> rows, PrintWriter out) {
    int[] widths = new int[columns.size()];
    List<List<List<String>>> cells = new ArrayList<>();
    for (ReportRow row : rows) {
      List<List<String>> line = new ArrayList<>();
      for (Column column : columns) {
        String text = Texts.printable(column.cell.apply(row));
        line.add(column.wrap > 0 ? DisplayWidth.wrap(text, column.wrap) : List.of(text));
      }
      cells.add(line);
    }
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = DisplayWidth.of(columns.get(c).heading);
      for (List<List<String>> line : cells) {
        for (String part : line.get(c)) {
          widths[c] = Math.max(widths[c], DisplayWidth.of(part));
        }
      }
    }
    StringBuilder heading = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      heading.append(DisplayWidth.pad(columns.get(c).heading, widths[c])).append("  ");
    }
    out.println(heading.toString().stripTrailing());
    for (List<List<String>> line : cells) {
      int height = line.stream().mapToInt(List::size).max().orElse(1);
      for (int l = 0; l < height; l++) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
          List<String> parts = line.get(c);
          text.append(DisplayWidth.pad(l < parts.size() ? parts.get(l) : "", widths[c]))
              .append("  ");
        }
        out.println(text.toString().stripTrailing());
      }
    }
  }

  private static void println(PrintWriter out, String line) {
    out.println(Texts.printable(line));
  }

  /** A column: its heading, its cell, and the width its cells wrap at (0: none). */
  private record Column(String heading, Function<ReportRow, String> cell, int wrap) {
    Column(String heading, Function<ReportRow, String> cell) {
      this(heading, cell, 0);
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

  static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }

  private static String percent(Optional<BigDecimal> share) {
    return share.map(s -> round(s.movePointRight(2), 1) + "%").orElse("——");
  }
}

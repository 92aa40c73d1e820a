package io.github.planning.examples;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.Severity;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.progress.Progress;
import io.github.planning.progress.ProgressMeasureName;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as one self-contained HTML page: no scripts, fonts or styles from the network; per
 * table, the table and SVG charts (titled with the table's title) of the annual growth each target
 * needs and of published against recomputed assessments; with observations, a progress table, a
 * chart of the scores and a small chart per indicator of its path; a print stylesheet (A4
 * landscape).
 */
final class HtmlReport {

  private HtmlReport() {}

  static void write(List<ReportRow> rows, PrintWriter out, Lang lang) {
    Map<Plan, List<ReportRow>> byPlan = new LinkedHashMap<>();
    rows.forEach(r -> byPlan.computeIfAbsent(r.plan(), p -> new ArrayList<>()).add(r));
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"" + lang.of("zh-CN", "en") + "\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + lang.of("规划指标报告", "Plan indicator report") + "</title>");
    out.println("<style>");
    out.println(
        "body{font-family:\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\","
            + "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",sans-serif;"
            + "margin:2em auto;max-width:1200px;color:#212121;line-height:1.5;padding:0 1em}");
    out.println(
        "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:2px solid "
            + "#1565c0;padding-bottom:.2em}");
    out.println("table{border-collapse:collapse;width:100%;font-size:.9em;margin:1em 0}");
    out.println(
        "th,td{border-bottom:1px solid #e0e0e0;padding:.35em .5em;text-align:left;"
            + "vertical-align:top}th{background:#f5f5f5;position:sticky;top:0}");
    out.println(
        "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
            + "td.nowrap,th.nowrap{white-space:nowrap}td.name{min-width:16em}"
            + "td.label,th.label{white-space:nowrap;min-width:6em}");
    out.println(
        ".paths{display:flex;flex-wrap:wrap;gap:1em}.paths figure{margin:0;width:320px}"
            + ".paths figcaption{font-size:.85em}");
    out.println(
        "@media print{@page{size:A4 landscape;margin:12mm}body{max-width:none;margin:0;"
            + "font-size:10pt}th{position:static}tr,figure{break-inside:avoid}"
            + "h2{break-after:avoid}}");
    out.println(
        ".warn{color:" + HtmlCharts.RED + ";font-weight:bold}.info{color:" + HtmlCharts.BLUE + "}");
    out.println(
        ".legend span{display:inline-block;margin-right:1.5em}"
            + ".legend i{display:inline-block;width:1em;height:1em;margin-right:.3em;"
            + "vertical-align:middle}");
    out.println("figure{margin:1.5em 0}figcaption{font-weight:bold;margin-bottom:.5em}");
    out.println("</style></head><body>");
    out.println("<h1>" + lang.of("规划指标报告", "Plan indicator report") + "</h1>");
    for (Map.Entry<Plan, List<ReportRow>> entry : byPlan.entrySet()) {
      section(entry.getKey(), entry.getValue(), out, lang);
    }
    List<ReportRow> progress = rows.stream().filter(r -> r.progress().isPresent()).toList();
    if (!progress.isEmpty()) {
      progressTable(progress, out, lang);
      HtmlCharts.progressChart(progress, out, lang);
      HtmlCharts.paths(progress, out, lang);
    }
    out.println("</body></html>");
    out.flush();
  }

  private static void section(Plan plan, List<ReportRow> rows, PrintWriter out, Lang lang) {
    boolean completion = rows.get(0).isCompletion();
    int base = plan.period().baseYear();
    int target = plan.period().targetYear();
    out.println("<h2>" + esc(TextReport.title(plan)) + "</h2>");
    out.println(
        "<table><thead><tr><th class=\"nowrap\">"
            + lang.of("分类", "category")
            + "</th><th>"
            + lang.of("指标", "indicator")
            + "</th><th class=\"nowrap\">"
            + lang.of("单位", "unit")
            + "</th><th class=\"nowrap\">"
            + base
            + lang.of("年", "")
            + "</th><th class=\"nowrap\">"
            + lang.of(target + "年目标", target + " target")
            + "</th><th class=\"nowrap\">"
            + lang.of("年均/累计增长", "growth")
            + "</th>"
            + (completion
                ? "<th class=\"nowrap\">"
                    + lang.of("完成情况", "actual")
                    + "</th><th class=\"nowrap\">"
                    + lang.of("完成增速", "actual growth")
                    + "</th><th class=\"label\">"
                    + lang.of("实现度", "assessment")
                    + "</th><th class=\"label\">"
                    + lang.of("重算", "recomputed")
                    + "</th>"
                : "")
            + "<th class=\"nowrap\">"
            + lang.of("推算年均增长", "implied annual growth")
            + "</th><th class=\"nowrap\">"
            + lang.of("推算目标/变化", "implied target/change")
            + "</th><th>"
            + lang.of("发现", "findings")
            + "</th></tr></thead><tbody>");
    String category = null;
    for (ReportRow r : rows) {
      StringBuilder tr = new StringBuilder("<tr>");
      String current = r.row().indicator().category().orElse("");
      tr.append(cell(current.equals(category) ? "" : current, "nowrap"));
      category = current;
      tr.append(cell(r.row().indicator().publishedName(), "name"));
      tr.append(cell(r.row().indicator().unit().symbol(), "nowrap"));
      tr.append(td(text(r.row().base()), true)).append(td(text(r.row().target()), true));
      tr.append(td(text(r.row().targetGrowth()), true));
      if (completion) {
        tr.append(td(text(r.row().actual()), true)).append(td(text(r.row().actualGrowth()), true));
        tr.append(cell(r.row().assessment().map(lang::of).orElse(""), "label"));
        tr.append(
            cell(r.completion().flatMap(c -> c.recomputed()).map(lang::of).orElse(""), "label"));
      }
      tr.append(
          td(r.impliedGrowthPercent().map(g -> TextReport.round(g, 2) + "%").orElse(""), true));
      tr.append(td(TextReport.change(r, lang), true));
      StringBuilder findings = new StringBuilder();
      for (Finding f : r.findings()) {
        String css = f.severity().isAtLeast(Severity.WARNING) ? "warn" : "info";
        findings
            .append("<div class=\"")
            .append(css)
            .append("\">")
            .append(esc(lang.of(f.messageZh(), f.messageEn())))
            .append("</div>");
      }
      tr.append("<td>").append(findings).append("</td></tr>");
      out.println(tr);
    }
    out.println("</tbody></table>");
    HtmlCharts.growthChart(plan, rows, out, lang);
    if (completion) {
      HtmlCharts.assessmentChart(plan, rows, out, lang);
    }
  }

  /** A heading for each progress measure, side by side (Open SDG, 时间过半, Eurostat …). */
  private static String measureHeadings(Lang lang) {
    StringBuilder th = new StringBuilder();
    for (ProgressMeasureName name : ProgressMeasureName.values()) {
      th.append("<th class=\"label measure\">").append(esc(lang.of(name))).append("</th>");
    }
    return th.toString();
  }

  /** Each measure's status for a row, or —— when the row has no result of that measure. */
  private static String measureCells(Progress p, Lang lang) {
    StringBuilder cells = new StringBuilder();
    for (ProgressMeasureName name : ProgressMeasureName.values()) {
      cells.append(
          cell(
              p.measures().stream()
                  .filter(m -> m.measure() == name)
                  .findFirst()
                  .map(m -> lang.of(m.status()))
                  .orElse("——"),
              "label"));
    }
    return cells.toString();
  }

  private static void progressTable(List<ReportRow> rows, PrintWriter out, Lang lang) {
    out.println("<h2>" + lang.of("进度", "Progress") + "</h2>");
    out.println(
        "<table class=\"progress\"><thead><tr><th>"
            + lang.of("指标", "indicator")
            + "</th><th class=\"nowrap\">"
            + lang.of("年份", "year")
            + "</th><th class=\"label\">"
            + lang.of("状态", "status")
            + "</th><th class=\"nowrap\">"
            + lang.of("时间进度", "time share")
            + "</th><th class=\"nowrap\">"
            + lang.of("目标进度", "value share")
            + "</th><th class=\"nowrap\">"
            + lang.of("时间过半任务过半", "on track")
            + "</th><th class=\"nowrap\">"
            + lang.of("预计值", "projected value")
            + "</th><th class=\"nowrap\">"
            + lang.of("所需年均增长", "required annual growth")
            + "</th><th class=\"nowrap\">"
            + lang.of("得分", "score")
            + "</th>"
            + measureHeadings(lang)
            + "</tr></thead><tbody>");
    for (ReportRow r : rows) {
      Progress p = r.progress().get();
      out.println(
          "<tr>"
              + cell(r.row().indicator().publishedName(), "name")
              + td(String.valueOf(p.year()), true)
              + cell(lang.of(p.status()), "label")
              + td(share(p.timeShare()), true)
              + td(share(p.valueShare()), true)
              + td(
                  p.onTrack().map(b -> b ? lang.of("是", "yes") : lang.of("否", "no")).orElse("——"),
                  false)
              + td(p.projectedValue().map(v -> TextReport.round(v, 2)).orElse("——"), true)
              + td(
                  p.requiredAnnualRate()
                      .map(
                          v ->
                              TextReport.signed(
                                      v.movePointRight(2)
                                          .setScale(2, java.math.RoundingMode.HALF_UP))
                                  + "%")
                      .orElse("——"),
                  true)
              + td(p.score().map(s -> TextReport.round(s, 2)).orElse("——"), true)
              + measureCells(p, lang)
              + "</tr>");
    }
    out.println("</tbody></table>");
  }

  private static String share(Optional<BigDecimal> share) {
    return share.map(s -> TextReport.round(s.movePointRight(2), 1) + "%").orElse("——");
  }

  private static String cell(String text, String css) {
    return "<td class=\"" + css + "\">" + esc(text) + "</td>";
  }

  private static String td(String text, boolean number) {
    return "<td" + (number ? " class=\"num\"" : "") + ">" + esc(text) + "</td>";
  }

  private static String text(Optional<PlanValue> value) {
    return value.map(PlanValue::text).orElse("");
  }

  /** The text for HTML: {@link io.github.planning.core.Texts#printable}, then escaped. */
  static String esc(String raw) {
    String text = io.github.planning.core.Texts.printable(raw);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

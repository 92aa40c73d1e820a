package io.github.planning.examples;

import io.github.planning.core.Assessment;
import io.github.planning.core.Finding;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Progress;
import io.github.planning.core.ProgressStatus;
import io.github.planning.core.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as one self-contained HTML page: no scripts, fonts or styles from the network; the
 * tables, and SVG charts of the annual growth each target needs, of published against recomputed
 * assessments, and of progress scores, each with a legend.
 */
final class HtmlReport {

  private static final String GREEN = "#2e7d32";
  private static final String RED = "#c62828";
  private static final String BLUE = "#1565c0";
  private static final String GREY = "#9e9e9e";

  private HtmlReport() {}

  static void write(List<ReportRow> rows, PrintWriter out) {
    Map<Plan, List<ReportRow>> byPlan = new LinkedHashMap<>();
    rows.forEach(r -> byPlan.computeIfAbsent(r.plan(), p -> new ArrayList<>()).add(r));
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>规划指标报告 Plan indicator report</title>");
    out.println("<style>");
    out.println("body{font-family:\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\","
        + "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",sans-serif;"
        + "margin:2em auto;max-width:1200px;color:#212121;line-height:1.5;padding:0 1em}");
    out.println("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:2px solid "
        + "#1565c0;padding-bottom:.2em}");
    out.println("table{border-collapse:collapse;width:100%;font-size:.9em;margin:1em 0}");
    out.println("th,td{border-bottom:1px solid #e0e0e0;padding:.35em .5em;text-align:left;"
        + "vertical-align:top}th{background:#f5f5f5;position:sticky;top:0}");
    out.println("td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
        + "td.nowrap{white-space:nowrap}td.name{min-width:12em}");
    out.println(".warn{color:" + RED + ";font-weight:bold}.info{color:" + BLUE + "}");
    out.println(".legend span{display:inline-block;margin-right:1.5em}"
        + ".legend i{display:inline-block;width:1em;height:1em;margin-right:.3em;"
        + "vertical-align:middle}");
    out.println("figure{margin:1.5em 0}figcaption{font-weight:bold;margin-bottom:.5em}");
    out.println("</style></head><body>");
    out.println("<h1>规划指标报告 <small>Plan indicator report</small></h1>");
    for (Map.Entry<Plan, List<ReportRow>> entry : byPlan.entrySet()) {
      section(entry.getKey(), entry.getValue(), out);
    }
    growthChart(rows, out);
    List<ReportRow> progress = rows.stream().filter(r -> r.progress().isPresent()).toList();
    if (!progress.isEmpty()) {
      progressChart(progress, out);
    }
    out.println("</body></html>");
    out.flush();
  }

  private static void section(Plan plan, List<ReportRow> rows, PrintWriter out) {
    boolean completion = rows.get(0).isCompletion();
    out.println("<h2>" + esc(plan.title()) + " <small>" + esc(plan.region().orElse("")) + " "
        + plan.period() + "</small></h2>");
    out.println("<table><thead><tr><th>分类</th><th>指标</th><th>单位</th><th>"
        + plan.period().baseYear() + "年</th><th>" + plan.period().targetYear()
        + "年目标</th><th>年均/累计增长</th>"
        + (completion ? "<th>完成情况</th><th>完成增速</th><th>实现度</th><th>重算</th>" : "")
        + "<th>推算年均增长</th><th>推算目标/百分点变化</th><th>发现</th></tr></thead><tbody>");
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
        tr.append(td(r.row().assessment().map(Assessment::label).orElse(""), false));
        tr.append(td(r.completion().flatMap(c -> c.recomputed()).map(Assessment::label)
            .orElse(""), false));
      }
      tr.append(td(r.impliedGrowthPercent().map(g -> TextReport.round(g, 2) + "%").orElse(""),
          true));
      tr.append(td(r.impliedTarget().map(t -> TextReport.round(t, 2))
          .or(() -> r.pointChange().map(p -> p.toPlainString() + "个百分点")).orElse(""), true));
      StringBuilder findings = new StringBuilder();
      for (Finding f : r.findings()) {
        String css = f.severity().isAtLeast(Severity.WARNING) ? "warn" : "info";
        findings.append("<div class=\"").append(css).append("\">").append(esc(f.messageZh()))
            .append("</div>");
      }
      tr.append("<td>").append(findings).append("</td></tr>");
      out.println(tr);
    }
    out.println("</tbody></table>");
    if (completion) {
      assessmentChart(rows, out);
    }
  }

  private static void growthChart(List<ReportRow> rows, PrintWriter out) {
    List<ReportRow> bars = rows.stream().filter(r -> r.impliedGrowthPercent().isPresent()).toList();
    if (bars.isEmpty()) {
      return;
    }
    double max = bars.stream().mapToDouble(r -> Math.abs(r.impliedGrowthPercent().get()
        .doubleValue())).max().orElse(1);
    boolean negatives = bars.stream().anyMatch(r -> r.impliedGrowthPercent().get().signum() < 0);
    int label = 300;
    int plot = 560;
    int zero = label + (negatives ? plot / 2 : 0);
    double scale = (negatives ? plot / 2.0 : plot) / max;
    int height = 24 * bars.size() + 30;
    out.println("<figure><figcaption>各目标所需年均增长 Annual growth each target needs "
        + "（基期值→目标值）</figcaption>");
    out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + (label + plot
        + 80) + "\" height=\"" + height + "\" font-size=\"12\">");
    int y = 10;
    for (ReportRow r : bars) {
      double value = r.impliedGrowthPercent().get().doubleValue();
      int length = (int) Math.round(Math.abs(value) * scale);
      int x = value < 0 ? zero - length : zero;
      String color = value < 0 ? BLUE : GREEN;
      out.println("<text x=\"" + (label - 8) + "\" y=\"" + (y + 13) + "\" text-anchor=\"end\">"
          + esc(DisplayWidth.fit(r.row().indicator().publishedName() + "（" + r.source() + "）",
              44)) + "</text>");
      out.println("<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + Math.max(length, 1)
          + "\" height=\"16\" fill=\"" + color + "\"><title>" + esc(r.row().indicator().name())
          + " " + TextReport.round(r.impliedGrowthPercent().get(), 4) + "%</title></rect>");
      int textX = value < 0 ? zero + 4 : x + length + 4;
      out.println("<text x=\"" + textX + "\" y=\"" + (y + 13) + "\">"
          + TextReport.round(r.impliedGrowthPercent().get(), 2) + "%</text>");
      y += 24;
    }
    out.println("<line x1=\"" + zero + "\" y1=\"5\" x2=\"" + zero + "\" y2=\"" + (height - 15)
        + "\" stroke=\"#424242\"/>");
    out.println("</svg>");
    out.println("<div class=\"legend\"><span><i style=\"background:" + GREEN
        + "\"></i>需增长 growth needed</span><span><i style=\"background:" + BLUE
        + "\"></i>需下降 decrease needed（逆向指标）</span></div></figure>");
  }

  private static void assessmentChart(List<ReportRow> rows, PrintWriter out) {
    List<ReportRow> assessed = rows.stream().filter(r -> r.row().assessment().isPresent())
        .toList();
    int height = 22 * assessed.size() + 40;
    out.println("<figure><figcaption>实现度：所列与重算 Assessment: published and recomputed"
        + "</figcaption>");
    out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"760\" height=\""
        + height + "\" font-size=\"12\">");
    out.println("<text x=\"420\" y=\"14\" text-anchor=\"middle\">所列 published</text>");
    out.println("<text x=\"600\" y=\"14\" text-anchor=\"middle\">重算 recomputed</text>");
    int y = 24;
    for (ReportRow r : assessed) {
      Assessment published = r.row().assessment().get();
      Optional<Assessment> recomputed = r.completion().flatMap(c -> c.recomputed());
      out.println("<text x=\"330\" y=\"" + (y + 12) + "\" text-anchor=\"end\">"
          + esc(DisplayWidth.fit(r.row().indicator().publishedName(), 40)) + "</text>");
      chip(out, 350, y, published.label(), published.isFavourable() ? GREEN : RED);
      chip(out, 530, y, recomputed.map(Assessment::label).orElse("无法重算"),
          recomputed.map(a -> a.isFavourable() ? GREEN : RED).orElse(GREY));
      if (r.completion().map(c -> c.contradicts()).orElse(false)) {
        out.println("<text x=\"690\" y=\"" + (y + 12) + "\" fill=\"" + RED
            + "\" font-weight=\"bold\">≠</text>");
      }
      y += 22;
    }
    out.println("</svg>");
    out.println("<div class=\"legend\"><span><i style=\"background:" + GREEN
        + "\"></i>实现 reached / can be reached</span><span><i style=\"background:" + RED
        + "\"></i>未实现 not reached / hard to reach</span><span><i style=\"background:" + GREY
        + "\"></i>无法重算 not recomputed</span><span>≠ 所列与重算相反 contradicts</span></div>"
        + "</figure>");
  }

  private static void chip(PrintWriter out, int x, int y, String text, String color) {
    out.println("<rect x=\"" + x + "\" y=\"" + y + "\" width=\"140\" height=\"18\" rx=\"4\" "
        + "fill=\"" + color + "\"/><text x=\"" + (x + 70) + "\" y=\"" + (y + 13)
        + "\" fill=\"white\" text-anchor=\"middle\">" + esc(text) + "</text>");
  }

  private static void progressChart(List<ReportRow> rows, PrintWriter out) {
    int label = 300;
    int half = 250;
    int zero = label + half;
    int height = 24 * rows.size() + 40;
    out.println("<figure><figcaption>进度得分（Open SDG，−5 至 5）Progress score</figcaption>");
    out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + (zero + half
        + 200) + "\" height=\"" + height + "\" font-size=\"12\">");
    int y = 10;
    for (ReportRow r : rows) {
      Progress p = r.progress().get();
      double score = p.score().map(BigDecimal::doubleValue).orElse(0.0);
      int length = (int) Math.round(Math.abs(score) / 5 * half);
      int x = score < 0 ? zero - length : zero;
      out.println("<text x=\"" + (label - 8) + "\" y=\"" + (y + 13) + "\" text-anchor=\"end\">"
          + esc(DisplayWidth.fit(r.row().indicator().publishedName(), 40)) + "</text>");
      out.println("<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + Math.max(length, 1)
          + "\" height=\"16\" fill=\"" + statusColor(p.status()) + "\"/>");
      out.println("<text x=\"" + (zero + half + 8) + "\" y=\"" + (y + 13) + "\">"
          + p.status().label() + " " + p.score().map(s -> TextReport.round(s, 2)).orElse("")
          + "</text>");
      y += 24;
    }
    out.println("<line x1=\"" + zero + "\" y1=\"5\" x2=\"" + zero + "\" y2=\"" + (height - 15)
        + "\" stroke=\"#424242\"/></svg>");
    StringBuilder legend = new StringBuilder("<div class=\"legend\">");
    for (ProgressStatus status : ProgressStatus.values()) {
      legend.append("<span><i style=\"background:").append(statusColor(status)).append("\"></i>")
          .append(status.label()).append(' ').append(status.openSdgName()).append("</span>");
    }
    out.println(legend.append("</div></figure>"));
  }

  private static String statusColor(ProgressStatus status) {
    switch (status) {
      case TARGET_ACHIEVED:
        return "#1b5e20";
      case SUBSTANTIAL_PROGRESS:
        return GREEN;
      case MODERATE_PROGRESS:
        return "#f9a825";
      case LIMITED_PROGRESS:
        return "#ef6c00";
      case DETERIORATION:
        return RED;
      default:
        return GREY;
    }
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

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}

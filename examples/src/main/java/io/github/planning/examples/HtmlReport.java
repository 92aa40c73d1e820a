package io.github.planning.examples;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.Severity;
import io.github.planning.core.Assessment;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.progress.Progress;
import io.github.planning.progress.ProgressMeasureName;
import io.github.planning.progress.ProgressStatus;
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

  private static final String GREEN = "#2e7d32";
  private static final String RED = "#c62828";
  private static final String BLUE = "#1565c0";
  private static final String GREY = "#9e9e9e";

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
    out.println(".warn{color:" + RED + ";font-weight:bold}.info{color:" + BLUE + "}");
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
      progressChart(progress, out, lang);
      paths(progress, out, lang);
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
    growthChart(plan, rows, out, lang);
    if (completion) {
      assessmentChart(plan, rows, out, lang);
    }
  }

  private static void growthChart(Plan plan, List<ReportRow> rows, PrintWriter out, Lang lang) {
    List<ReportRow> bars = rows.stream().filter(r -> r.impliedGrowthPercent().isPresent()).toList();
    if (bars.isEmpty()) {
      return;
    }
    double max =
        bars.stream()
            .mapToDouble(r -> Math.abs(r.impliedGrowthPercent().get().doubleValue()))
            .max()
            .orElse(1);
    boolean negatives = bars.stream().anyMatch(r -> r.impliedGrowthPercent().get().signum() < 0);
    int label = 300;
    int plot = 560;
    int zero = label + (negatives ? plot / 2 : 0);
    double scale = (negatives ? plot / 2.0 : plot) / max;
    int height = 24 * bars.size() + 30;
    out.println(
        "<figure class=\"growth\"><figcaption>"
            + esc(plan.title())
            + lang.of("：各目标所需年均增长（基期值→目标值）", ": annual growth each target needs (base → target)")
            + "</figcaption>");
    out.println(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\""
            + (label + plot + 80)
            + "\" height=\""
            + height
            + "\" font-size=\"12\">");
    int y = 10;
    for (ReportRow r : bars) {
      double value = r.impliedGrowthPercent().get().doubleValue();
      int length = (int) Math.round(Math.abs(value) * scale);
      int x = value < 0 ? zero - length : zero;
      String color = value < 0 ? BLUE : GREEN;
      out.println(
          "<text x=\""
              + (label - 8)
              + "\" y=\""
              + (y + 13)
              + "\" text-anchor=\"end\">"
              + esc(DisplayWidth.fit(r.row().indicator().publishedName(), 44))
              + "</text>");
      out.println(
          "<rect x=\""
              + x
              + "\" y=\""
              + y
              + "\" width=\""
              + Math.max(length, 1)
              + "\" height=\"16\" fill=\""
              + color
              + "\"><title>"
              + esc(r.row().indicator().name())
              + " "
              + TextReport.round(r.impliedGrowthPercent().get(), 4)
              + "%</title></rect>");
      int textX = value < 0 ? zero + 4 : x + length + 4;
      out.println(
          "<text x=\""
              + textX
              + "\" y=\""
              + (y + 13)
              + "\">"
              + TextReport.round(r.impliedGrowthPercent().get(), 2)
              + "%</text>");
      y += 24;
    }
    out.println(
        "<line x1=\""
            + zero
            + "\" y1=\"5\" x2=\""
            + zero
            + "\" y2=\""
            + (height - 15)
            + "\" stroke=\"#424242\"/>");
    out.println("</svg>");
    out.println(
        "<div class=\"legend\"><span><i style=\"background:"
            + GREEN
            + "\"></i>"
            + lang.of("需增长", "growth needed")
            + "</span><span><i style=\"background:"
            + BLUE
            + "\"></i>"
            + lang.of("需下降（逆向指标）", "decrease needed")
            + "</span></div></figure>");
  }

  private static void assessmentChart(Plan plan, List<ReportRow> rows, PrintWriter out, Lang lang) {
    List<ReportRow> assessed = rows.stream().filter(r -> r.row().assessment().isPresent()).toList();
    int height = 22 * assessed.size() + 40;
    out.println(
        "<figure class=\"assessment\"><figcaption>"
            + esc(plan.title())
            + lang.of("：实现度，所列与重算", ": assessment, published and recomputed")
            + "</figcaption>");
    out.println(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"760\" height=\""
            + height
            + "\" font-size=\"12\">");
    out.println(
        "<text x=\"420\" y=\"14\" text-anchor=\"middle\">"
            + lang.of("所列", "published")
            + "</text>");
    out.println(
        "<text x=\"600\" y=\"14\" text-anchor=\"middle\">"
            + lang.of("重算", "recomputed")
            + "</text>");
    int y = 24;
    for (ReportRow r : assessed) {
      Assessment published = r.row().assessment().get();
      Optional<Assessment> recomputed = r.completion().flatMap(c -> c.recomputed());
      out.println(
          "<text x=\"330\" y=\""
              + (y + 12)
              + "\" text-anchor=\"end\">"
              + esc(DisplayWidth.fit(r.row().indicator().publishedName(), 40))
              + "</text>");
      chip(out, 350, y, lang.of(published), published.isFavourable() ? GREEN : RED);
      chip(
          out,
          530,
          y,
          recomputed.map(lang::of).orElse(lang.of("无法重算", "not recomputed")),
          recomputed.map(a -> a.isFavourable() ? GREEN : RED).orElse(GREY));
      if (r.completion().map(c -> c.contradicts()).orElse(false)) {
        out.println(
            "<text x=\"690\" y=\""
                + (y + 12)
                + "\" fill=\""
                + RED
                + "\" font-weight=\"bold\">≠</text>");
      }
      y += 22;
    }
    out.println("</svg>");
    out.println(
        "<div class=\"legend\"><span><i style=\"background:"
            + GREEN
            + "\"></i>"
            + lang.of("实现", "reached or can be reached")
            + "</span><span><i style=\"background:"
            + RED
            + "\"></i>"
            + lang.of("未实现", "not reached or hard to reach")
            + "</span><span><i style=\"background:"
            + GREY
            + "\"></i>"
            + lang.of("无法重算", "not recomputed")
            + "</span><span>≠ "
            + lang.of("所列与重算相反", "contradicts")
            + "</span></div></figure>");
  }

  private static void chip(PrintWriter out, int x, int y, String text, String color) {
    out.println(
        "<rect x=\""
            + x
            + "\" y=\""
            + y
            + "\" width=\"140\" height=\"18\" rx=\"4\" "
            + "fill=\""
            + color
            + "\"/><text x=\""
            + (x + 70)
            + "\" y=\""
            + (y + 13)
            + "\" fill=\"white\" text-anchor=\"middle\">"
            + esc(text)
            + "</text>");
  }

  private static void progressChart(List<ReportRow> rows, PrintWriter out, Lang lang) {
    int label = 300;
    int half = 250;
    int zero = label + half;
    int height = 24 * rows.size() + 40;
    out.println(
        "<figure class=\"score\"><figcaption>"
            + lang.of("进度得分（Open SDG，−5 至 5）", "progress score (Open SDG, −5 to 5)")
            + "</figcaption>");
    out.println(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\""
            + (zero + half + 200)
            + "\" height=\""
            + height
            + "\" font-size=\"12\">");
    int y = 10;
    for (ReportRow r : rows) {
      Progress p = r.progress().get();
      double score = p.score().map(BigDecimal::doubleValue).orElse(0.0);
      int length = (int) Math.round(Math.abs(score) / 5 * half);
      int x = score < 0 ? zero - length : zero;
      out.println(
          "<text x=\""
              + (label - 8)
              + "\" y=\""
              + (y + 13)
              + "\" text-anchor=\"end\">"
              + esc(DisplayWidth.fit(r.row().indicator().publishedName(), 40))
              + "</text>");
      out.println(
          "<rect x=\""
              + x
              + "\" y=\""
              + y
              + "\" width=\""
              + Math.max(length, 1)
              + "\" height=\"16\" fill=\""
              + statusColor(p.status())
              + "\"/>");
      out.println(
          "<text x=\""
              + (zero + half + 8)
              + "\" y=\""
              + (y + 13)
              + "\">"
              + lang.of(p.status())
              + " "
              + p.score().map(s -> TextReport.round(s, 2)).orElse("")
              + "</text>");
      y += 24;
    }
    out.println(
        "<line x1=\""
            + zero
            + "\" y1=\"5\" x2=\""
            + zero
            + "\" y2=\""
            + (height - 15)
            + "\" stroke=\"#424242\"/></svg>");
    StringBuilder legend = new StringBuilder("<div class=\"legend\">");
    for (ProgressStatus status : ProgressStatus.values()) {
      legend
          .append("<span><i style=\"background:")
          .append(statusColor(status))
          .append("\"></i>")
          .append(lang.of(status))
          .append("</span>");
    }
    out.println(legend.append("</div></figure>"));
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

  /**
   * A small chart per indicator of its path: the base, the straight path to the target (the 时间过半
   * line), the observations and the projection to the target year.
   */
  private static void paths(List<ReportRow> rows, PrintWriter out, Lang lang) {
    out.println("<div class=\"paths\">");
    for (ReportRow r : rows) {
      Optional<BigDecimal> base = r.row().base().flatMap(PlanValue::plainAmount);
      Optional<BigDecimal> target = r.row().target().flatMap(PlanValue::plainAmount);
      if (base.isEmpty()) {
        continue;
      }
      int from = r.plan().period().baseYear();
      int to = r.plan().period().targetYear();
      List<double[]> points = new ArrayList<>();
      r.observations().forEach(o -> points.add(new double[] {o.year(), o.value().doubleValue()}));
      Optional<BigDecimal> projected = r.progress().flatMap(Progress::projectedValue);
      double min = base.get().doubleValue();
      double max = min;
      for (double v :
          new double[] {
            target.map(BigDecimal::doubleValue).orElse(min),
            projected.map(BigDecimal::doubleValue).orElse(min)
          }) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      for (double[] p : points) {
        min = Math.min(min, p[1]);
        max = Math.max(max, p[1]);
      }
      double span = max > min ? max - min : Math.max(Math.abs(max), 1);
      double low = min - span * 0.1;
      double high = max + span * 0.1;
      java.util.function.DoubleUnaryOperator x = year -> 40 + (year - from) * 260.0 / (to - from);
      java.util.function.DoubleUnaryOperator y = v -> 150 - (v - low) * 130.0 / (high - low);
      StringBuilder svg =
          new StringBuilder("<figure><figcaption>")
              .append(esc(r.row().indicator().publishedName()))
              .append("（")
              .append(esc(r.row().indicator().unit().symbol()))
              .append("）</figcaption>")
              .append(
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"320\" "
                      + "height=\"170\" font-size=\"10\" class=\"path\">")
              .append("<line x1=\"40\" y1=\"150\" x2=\"300\" y2=\"150\" stroke=\"#9e9e9e\"/>")
              .append("<text x=\"40\" y=\"165\">")
              .append(from)
              .append("</text>")
              .append("<text x=\"300\" y=\"165\" text-anchor=\"end\">")
              .append(to)
              .append("</text>");
      if (target.isPresent()) {
        svg.append(
            line(
                x.applyAsDouble(from),
                y.applyAsDouble(base.get().doubleValue()),
                x.applyAsDouble(to),
                y.applyAsDouble(target.get().doubleValue()),
                GREY,
                "4 3",
                lang.of("时间过半线：基期到目标的直线", "straight path from base to target")));
      }
      double[] last = {from, base.get().doubleValue()};
      for (double[] p : points) {
        svg.append(
            line(
                x.applyAsDouble(last[0]),
                y.applyAsDouble(last[1]),
                x.applyAsDouble(p[0]),
                y.applyAsDouble(p[1]),
                BLUE,
                "",
                lang.of("观测值", "observed")));
        last = p;
      }
      if (projected.isPresent()) {
        svg.append(
            line(
                x.applyAsDouble(last[0]),
                y.applyAsDouble(last[1]),
                x.applyAsDouble(to),
                y.applyAsDouble(projected.get().doubleValue()),
                statusColor(r.progress().get().status()),
                "2 2",
                lang.of("预计", "projection")));
      }
      svg.append(
          dot(
              x.applyAsDouble(from),
              y.applyAsDouble(base.get().doubleValue()),
              "#424242",
              lang.of("基期 ", "base ") + base.get().toPlainString()));
      for (double[] p : points) {
        svg.append(
            dot(
                x.applyAsDouble(p[0]),
                y.applyAsDouble(p[1]),
                BLUE,
                (int) p[0] + ": " + BigDecimal.valueOf(p[1]).stripTrailingZeros().toPlainString()));
      }
      target.ifPresent(
          t ->
              svg.append(
                  dot(
                      x.applyAsDouble(to),
                      y.applyAsDouble(t.doubleValue()),
                      GREEN,
                      lang.of("目标 ", "target ") + t.toPlainString())));
      out.println(svg.append("</svg></figure>"));
    }
    out.println("</div>");
    out.println(
        "<div class=\"legend\"><span><i style=\"background:"
            + GREY
            + "\"></i>"
            + lang.of("时间过半线", "straight path to the target")
            + "</span><span><i style=\"background:"
            + BLUE
            + "\"></i>"
            + lang.of("观测值", "observed")
            + "</span><span><i style=\"background:"
            + GREEN
            + "\"></i>"
            + lang.of("目标", "target")
            + "</span><span>"
            + lang.of("虚线：按当前趋势预计", "dotted: projection of the trend")
            + "</span></div>");
  }

  private static String line(
      double x1, double y1, double x2, double y2, String color, String dash, String title) {
    return String.format(
        java.util.Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
            + "y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s><title>%s</title></line>",
        x1,
        y1,
        x2,
        y2,
        color,
        dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"",
        esc(title));
  }

  private static String dot(double cx, double cy, String color, String title) {
    return String.format(
        java.util.Locale.ROOT,
        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" " + "fill=\"%s\"><title>%s</title></circle>",
        cx,
        cy,
        color,
        esc(title));
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

  /** The text for HTML: {@link io.github.planning.core.Texts#printable}, then escaped. */
  static String esc(String raw) {
    String text = io.github.planning.core.Texts.printable(raw);
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

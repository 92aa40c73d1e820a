package io.github.planning.examples;

import static io.github.planning.examples.HtmlReport.esc;

import io.github.planning.core.Assessment;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanValue;
import io.github.planning.progress.Progress;
import io.github.planning.progress.ProgressStatus;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SVG charts of the HTML report: the annual growth each target needs, published against
 * recomputed assessments, progress scores, and a small chart per indicator of its path.
 */
final class HtmlCharts {

  static final String GREEN = "#2e7d32";
  static final String RED = "#c62828";
  static final String BLUE = "#1565c0";
  static final String GREY = "#9e9e9e";

  private HtmlCharts() {}

  static void growthChart(Plan plan, List<ReportRow> rows, PrintWriter out, Lang lang) {
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

  static void assessmentChart(Plan plan, List<ReportRow> rows, PrintWriter out, Lang lang) {
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

  static void chip(PrintWriter out, int x, int y, String text, String color) {
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

  static void progressChart(List<ReportRow> rows, PrintWriter out, Lang lang) {
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

  /**
   * A small chart per indicator of its path: the base, the straight path to the target (the 时间过半
   * line), the observations and the projection to the target year.
   */
  static void paths(List<ReportRow> rows, PrintWriter out, Lang lang) {
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

  static String line(
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

  static String dot(double cx, double cy, String color, String title) {
    return String.format(
        java.util.Locale.ROOT,
        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" " + "fill=\"%s\"><title>%s</title></circle>",
        cx,
        cy,
        color,
        esc(title));
  }

  static String statusColor(ProgressStatus status) {
    return switch (status) {
      case TARGET_ACHIEVED -> "#1b5e20";
      case SUBSTANTIAL_PROGRESS -> GREEN;
      case MODERATE_PROGRESS -> "#f9a825";
      case LIMITED_PROGRESS -> "#ef6c00";
      case DETERIORATION -> RED;
      default -> GREY;
    };
  }
}

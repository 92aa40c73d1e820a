package io.github.planning.examples;

import io.github.planning.analysis.Finding;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Texts;
import io.github.planning.io.FormulaEscaping;
import io.github.planning.progress.Progress;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The report flattened to CSV: the columns of the JSON report, one row per plan row. Every cell
 * goes through the plan writer's {@link FormulaEscaping} ({@code =HYPERLINK(…)} is written {@code
 * '=HYPERLINK(…)}) and {@link Texts#printable}.
 */
final class CsvReport {

  private static final MathContext DIGITS = new MathContext(20);
  private static final String[] HEADER = {
    "source",
    "code",
    "name",
    "unit",
    "baseYear",
    "base",
    "targetYear",
    "target",
    "targetGrowth",
    "actual",
    "actualGrowth",
    "publishedAssessment",
    "impliedGrowthPercent",
    "impliedTarget",
    "pointChange",
    "assessment",
    "findings",
    "progressYear",
    "timeShare",
    "valueShare",
    "onTrack",
    "status",
    "score"
  };

  private CsvReport() {}

  static void write(List<ReportRow> rows, Writer writer) {
    try (SequenceWriter out =
        CsvMapper.builder()
            .build()
            .writer()
            .with(CsvSchema.emptySchema().withLineSeparator("\n"))
            .writeValues(writer)) {
      out.write(HEADER);
      for (ReportRow r : rows) {
        Optional<Progress> p = r.progress();
        out.write(
            java.util.Arrays.stream(
                    new String[] {
                      r.source(),
                      r.row().code(),
                      r.row().indicator().publishedName(),
                      r.row().indicator().unit().symbol(),
                      year(r.row().baseYear()),
                      text(r.row().base()),
                      year(r.row().targetYear()),
                      text(r.row().target()),
                      text(r.row().targetGrowth()),
                      text(r.row().actual()),
                      text(r.row().actualGrowth()),
                      r.row().assessment().map(Enum::name).orElse(""),
                      number(r.impliedGrowthPercent()),
                      number(r.impliedTarget()),
                      number(r.pointChange()),
                      r.completion().flatMap(c -> c.recomputed()).map(Enum::name).orElse(""),
                      r.findings().stream().map(Finding::code).collect(Collectors.joining(" ")),
                      p.map(x -> String.valueOf(x.year())).orElse(""),
                      number(p.flatMap(Progress::timeShare)),
                      number(p.flatMap(Progress::valueShare)),
                      p.flatMap(Progress::onTrack).map(String::valueOf).orElse(""),
                      p.map(x -> x.status().openSdgName()).orElse(""),
                      number(p.flatMap(Progress::score))
                    })
                .map(CsvReport::cell)
                .toArray(String[]::new));
      }
    }
  }

  /** A cell as the plan writer writes text: formula-escaped, and printable on a terminal. */
  static String cell(String text) {
    return FormulaEscaping.escape(Texts.printable(text));
  }

  private static String year(java.util.OptionalInt year) {
    return year.isPresent() ? String.valueOf(year.getAsInt()) : "";
  }

  private static String text(Optional<PlanValue> value) {
    return value.map(PlanValue::text).orElse("");
  }

  private static String number(Optional<BigDecimal> value) {
    return value.map(v -> v.round(DIGITS).stripTrailingZeros().toPlainString()).orElse("");
  }
}

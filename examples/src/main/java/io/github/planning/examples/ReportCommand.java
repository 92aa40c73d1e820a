package io.github.planning.examples;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.datasets.WuxingDataset;
import io.github.planning.io.ObservationMatching;
import io.github.planning.io.ObservationRecord;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.ReadMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code planning report}: the implied figures, findings and progress of plans. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Reports the implied growth, targets, findings and progress of plans; "
            + "without a file, of the embedded plan of 湖州市吴兴区.",
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  fine",
      "  1  a file that cannot be read, or with --lenient a problem in one (printed on standard"
          + " error; the report has the rows that could be read)",
      "  2  a usage error"
    })
final class ReportCommand implements Callable<Integer> {

  /** The formats of the report. */
  enum Format {
    TEXT,
    CSV,
    JSON,
    HTML
  }

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "Plan files (.csv, .json, or workbooks: .xlsx, .xls), or - for standard input (with"
              + " --from).")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--observations",
      paramLabel = "FILE",
      description =
          "Observations (.csv or .json) for progress; each names its row by code or by its "
              + "published name (地区生产总值(GDP)); one of no row is an error.")
  @Nullable Path observations;

  @Option(
      names = "--year",
      description = "Assess progress as of this year (default: the " + "latest observed).")
  @Nullable Integer year;

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text, csv, json or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT; // set from the defaultValue

  @CommandLine.Mixin InputOptions inputs = new InputOptions();

  @CommandLine.ParentCommand PlanningCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<ObservationRecord> series =
        observations == null
            ? List.of()
            : PlanFiles.readObservationRecords(
                observations, inputs.options(observations.toString(), ReadMode.STRICT));
    OptionalInt asOf = year == null ? OptionalInt.empty() : OptionalInt.of(year);
    List<String> sources = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    List<PlanningReadException> problems = new ArrayList<>();
    if (files.isEmpty()) {
      for (WuxingDataset dataset : WuxingDataset.values()) {
        sources.add(dataset.fileName());
        plans.add(dataset.plan());
      }
    }
    for (String file : files) {
      sources.add(InputOptions.source(file));
      plans.add(inputs.readPlan(file, root, spec.commandLine(), problems));
    }
    List<List<Observation>> matched =
        series.isEmpty()
            ? plans.stream().map(p -> List.<Observation>of()).toList()
            : ObservationMatching.matchRecords(
                plans, series, requireNonNull(observations, "series are read from it").toString());
    List<ReportRow> rows = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      rows.addAll(ReportRow.of(sources.get(i), plans.get(i), matched.get(i), asOf));
    }
    PrintWriter out = root.out();
    switch (format) {
      case JSON -> {
        java.io.StringWriter json = new java.io.StringWriter();
        JsonReport.write(rows, json);
        out.println(json);
      }
      case CSV -> CsvReport.write(rows, out);
      case HTML -> HtmlReport.write(rows, out, root.lang);
      default -> TextReport.write(rows, out, root.lang);
    }
    out.flush();
    return root.problems(problems);
  }

  /** Reads {@code --format}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' (expected text, csv, json or html)");
      }
    }
  }
}

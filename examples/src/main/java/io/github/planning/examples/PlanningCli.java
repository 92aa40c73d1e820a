package io.github.planning.examples;

import io.github.planning.datasets.WuxingDataset;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.planning.core.Finding;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanChecks;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.Severity;
import io.github.planning.io.Problem;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanCsvWriter;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.PlanJsonWriter;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowRecord;
import io.github.planning.io.WriteOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code planning} command: {@code report}, {@code check} and {@code convert}.
 *
 * <pre>
 * java -jar examples/target/planning.jar report                 # the embedded Wuxing plan
 * java -jar examples/target/planning.jar report --format html my-plan.csv &gt; report.html
 * java -jar examples/target/planning.jar check my-plan.csv
 * java -jar examples/target/planning.jar convert my-plan.csv my-plan.json
 * </pre>
 */
@Command(name = "planning", mixinStandardHelpOptions = true, version = "planning 0.1.0",
    description = "Reads, checks, reports on and converts plan indicator tables (规划纲要指标表).",
    subcommands = {PlanningCli.Report.class, PlanningCli.Check.class, PlanningCli.Convert.class,
        CommandLine.HelpCommand.class})
public final class PlanningCli implements Callable<Integer> {

  static final long LARGE_INPUT = 10L << 20;

  @Option(names = "--debug", description = "Show stack traces of errors.", scope =
      CommandLine.ScopeType.INHERIT)
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command with the given streams (UTF-8) and returns its exit status. */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    PrintWriter stdout = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, UTF_8)),
        true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, UTF_8), true);
    CommandLine cli = new CommandLine(new PlanningCli());
    cli.setOut(stdout);
    cli.setErr(stderr);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      boolean debug = parsed.matchedOption("--debug") != null
          || parsed.subcommands().stream().anyMatch(s -> s.matchedOption("--debug") != null);
      if (debug) {
        e.printStackTrace(stderr);
      }
      stderr.println("planning: " + e.getMessage());
      return 1;
    });
    cli.setParameterExceptionHandler((e, arguments) -> {
      stderr.println("planning: " + e.getMessage());
      stderr.println("Try 'planning " + (e.getCommandLine().getCommandName().equals("planning")
          ? "" : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
      return CommandLine.ExitCode.USAGE;
    });
    int status = cli.execute(args);
    stdout.flush();
    stderr.flush();
    return status;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return CommandLine.ExitCode.USAGE;
  }

  /** Options for reading plan files. */
  static final class Inputs {
    @Option(names = "--period", description = "The plan period for CSV files without years, "
        + "such as 十四五 or 2021-2025.", converter = PeriodConverter.class)
    PlanPeriod period;

    @Option(names = "--encoding", description = "The encoding of CSV input (default: detected "
        + "UTF-8 or GB18030).")
    Charset encoding;

    @Option(names = "--columns", split = ",", paramLabel = "HEADING=FIELD",
        description = "Your own headings of CSV columns, such as 考核指标=name,2019年现状=base.")
    Map<String, String> columns = Map.of();

    ReadOptions options(String source, ReadMode mode) {
      ReadOptions.Builder options = ReadOptions.builder().source(source).mode(mode)
          .putAllColumns(columns);
      Optional.ofNullable(period).ifPresent(options::period);
      Optional.ofNullable(encoding).ifPresent(options::encoding);
      return options.build();
    }
  }

  /** Reads {@code --period}. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<PlanPeriod> {
    @Override
    public PlanPeriod convert(String value) {
      return PlanPeriod.parse(value);
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Reports the implied growth, targets, findings and progress of plans; "
          + "without a file, of the embedded plan of 湖州市吴兴区.")
  static final class Report implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Plan files (.csv or .json).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--observations", paramLabel = "FILE",
        description = "Observations (.csv or .json) for progress.")
    Path observations;

    @Option(names = "--year", description = "Assess progress as of this year (default: the "
        + "latest observed).")
    Integer year;

    @Option(names = "--format", defaultValue = "text",
        description = "text, csv, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Mixin
    Inputs inputs = new Inputs();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      String kind = format.toLowerCase(Locale.ROOT);
      if (!List.of("text", "csv", "json", "html").contains(kind)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Invalid value for option '--format': '" + format + "' (expected text, csv, json or "
                + "html)");
      }
      List<Observation> series = observations == null ? List.of()
          : PlanFiles.readObservations(large(observations, spec),
              inputs.options(observations.toString(), ReadMode.STRICT));
      OptionalInt asOf = year == null ? OptionalInt.empty() : OptionalInt.of(year);
      List<ReportRow> rows = new ArrayList<>();
      if (files.isEmpty()) {
        for (WuxingDataset dataset : WuxingDataset.values()) {
          rows.addAll(ReportRow.of(dataset.fileName(), dataset.plan(), series, asOf));
        }
      } else {
        for (Path file : files) {
          Plan plan = PlanFiles.readPlan(large(file, spec),
              inputs.options(file.toString(), ReadMode.STRICT));
          rows.addAll(ReportRow.of(file.toString(), plan, series, asOf));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      switch (kind) {
        case "json":
          JsonReport.write(rows, out);
          out.println();
          break;
        case "csv":
          CsvReport.write(rows, out);
          break;
        case "html":
          HtmlReport.write(rows, out);
          break;
        default:
          TextReport.write(rows, out);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Prints every problem of plan files as FILE:LINE:COLUMN: message, and the "
          + "findings of the checks; exits 1 when there is an error.")
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plan files (.csv or .json).")
    List<Path> files;

    @CommandLine.Mixin
    Inputs inputs = new Inputs();

    @Option(names = "--explain", description = "Also print how each column and each layout row "
        + "of a CSV table was understood (heading → field; title, group, sub-row, note).")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      boolean error = false;
      for (Path file : files) {
        String name = file.toString();
        ReadOptions options = inputs.options(name, ReadMode.LENIENT);
        if (explain && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
          LayoutExplanation.print(file, options, out);
        }
        if (inputs.period == null) {
          options = ReadOptions.builder().from(options)
              .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
        }
        try {
          error |= checkFile(large(file, spec), name, options, out);
        } catch (PlanningReadException e) {
          e.problems().forEach(p -> out.println(line(p)));
          error = true;
        }
      }
      out.flush();
      return error ? 1 : 0;
    }

    /**
     * Reads and checks a file row by row, printing each row's problems and findings as it is read,
     * so a file of any length is checked in bounded memory; true when there was an error.
     */
    private static boolean checkFile(Path file, String name, ReadOptions options,
        PrintWriter out) {
      boolean error;
      long[] line = {0};
      boolean[] errorFound = {false};
      PlanChecks.Checker checker = PlanChecks.checker(
          options.period().orElse(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN), finding -> {
            out.println(name + ":" + line[0] + ":1: " + finding.severity().englishName() + " "
                + finding.code() + ": " + finding.messageZh());
            errorFound[0] |= finding.severity() == Severity.ERROR;
          });
      try (InputStream in = Files.newInputStream(file)) {
        if (PlanFiles.Format.of(file) == PlanFiles.Format.CSV) {
          try (PlanCsvReader reader = PlanCsvReader.open(in, options)) {
            error = drain(reader, reader::problems, checker, line, out);
          }
        } else {
          try (PlanJsonReader reader = PlanJsonReader.open(in, options)) {
            error = drain(reader, reader::problems, checker, line, out);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      return error || errorFound[0];
    }

    /** Checks each record's row and prints every problem once (problems are capped, so few). */
    private static boolean drain(Iterator<RowRecord> reader,
        java.util.function.Supplier<List<Problem>> problems, PlanChecks.Checker checker,
        long[] line, PrintWriter out) {
      boolean error = false;
      java.util.Set<Problem> printed = new java.util.HashSet<>();
      while (reader.hasNext()) {
        RowRecord record = reader.next();
        for (Problem problem : record.problems()) {
          if (printed.add(problem)) {
            out.println(line(problem));
            error = true;
          }
        }
        line[0] = record.line();
        record.row().ifPresent(checker::check);
      }
      for (Problem problem : problems.get()) {
        if (printed.add(problem)) {
          out.println(line(problem));
          error = true;
        }
      }
      return error;
    }

    private static String line(Problem p) {
      return p.source() + ":" + p.line() + ":" + p.column() + ": "
          + (p.text().isEmpty() ? "" : "'" + p.text() + "': ") + p.reason();
    }
  }

  @Command(name = "convert", mixinStandardHelpOptions = true,
      description = "Converts a plan between CSV and JSON, row by row; '-' is standard input or "
          + "output.")
  static final class Convert implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "The input file, or - for stdin.")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The output file, or - for stdout.")
    String out;

    @Option(names = "--from", description = "csv or json, for - or a name without extension.")
    String from;

    @Option(names = "--to", description = "csv or json, for - or a name without extension.")
    String to;

    @Option(names = "--excel", description = "CSV for Excel: a BOM and the Chinese headings.")
    boolean excel;

    @Option(names = "--title", description = "The plan's title in JSON written from CSV "
        + "(default: the input's name).")
    String title;

    @CommandLine.Mixin
    Inputs inputs = new Inputs();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      String inFormat = format(in, from, "--from");
      String outFormat = format(out, to, "--to");
      boolean announce = !in.equals("-")
          && Files.size(large(Path.of(in), spec)) > LARGE_INPUT;
      ReadOptions options = inputs.options(in.equals("-") ? "stdin" : in, ReadMode.STRICT);
      try (InputStream input = in.equals("-") ? System.in : Files.newInputStream(Path.of(in));
          OutputStream output = out.equals("-") ? new NoClose(System.out)
              : Files.newOutputStream(Path.of(out))) {
        Iterator<RowRecord> rows;
        Plan header;
        if (inFormat.equals("csv")) {
          PlanCsvReader reader = PlanCsvReader.open(input, options);
          PeekingRows peeking = new PeekingRows(reader);
          PlanPeriod period = Optional.ofNullable(inputs.period).orElseGet(peeking::period);
          header = Plan.builder().title(title != null ? title : options.source())
              .period(period).build();
          rows = peeking;
        } else {
          PlanJsonReader reader = PlanJsonReader.open(input, options);
          rows = reader;
          header = Plan.builder().title(reader.title().orElse(options.source()))
              .period(reader.period().or(() -> Optional.ofNullable(inputs.period))
                  .orElse(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN))
              .build();
        }
        long count = 0;
        PrintWriter err = spec.commandLine().getErr();
        if (outFormat.equals("csv")) {
          try (PlanCsvWriter writer = PlanCsvWriter.open(output,
              excel ? WriteOptions.excel() : WriteOptions.canonical(), List.of())) {
            while (rows.hasNext()) {
              writer.write(rows.next());
              count = progress(++count, announce, err);
            }
          }
        } else {
          try (PlanJsonWriter writer = PlanJsonWriter.open(output, header)) {
            while (rows.hasNext()) {
              writer.write(rows.next());
              count = progress(++count, announce, err);
            }
          }
        }
        if (announce) {
          err.println("converted " + count + " rows");
        }
      }
      return 0;
    }

    private String format(String name, String given, String option) {
      if (given != null) {
        String f = given.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("json")) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "Invalid value for option '" + option + "': '" + given + "' (expected csv or json)");
        }
        return f;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".csv")) {
        return "csv";
      }
      if (lower.endsWith(".json")) {
        return "json";
      }
      throw new CommandLine.ParameterException(spec.commandLine(), "Cannot tell the format of '"
          + name + "': use a .csv or .json name, or " + option);
    }

    private static long progress(long count, boolean announce, PrintWriter err) {
      if (announce && count % 10_000 == 0) {
        err.println("… " + count + " rows");
      }
      return count;
    }
  }

  /** Rows of a CSV reader with the first one read ahead to learn the period. */
  static final class PeekingRows implements Iterator<RowRecord> {
    private final PlanCsvReader reader;
    private RowRecord first;

    PeekingRows(PlanCsvReader reader) {
      this.reader = reader;
      this.first = reader.hasNext() ? reader.next() : null;
    }

    PlanPeriod period() {
      if (first != null && first.row().isPresent() && first.row().get().baseYear().isPresent()
          && first.row().get().targetYear().isPresent()) {
        return PlanPeriod.of(first.row().get().baseYear().getAsInt() + 1,
            first.row().get().targetYear().getAsInt());
      }
      throw new IllegalArgumentException("the plan period is not known: give --period or "
          + "base_year and target_year in the first row");
    }

    @Override
    public boolean hasNext() {
      return first != null || reader.hasNext();
    }

    @Override
    public RowRecord next() {
      if (first != null) {
        RowRecord record = first;
        first = null;
        return record;
      }
      return reader.next();
    }
  }

  /** Standard output that the writer may close without closing it. */
  static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  static Path large(Path file, CommandLine.Model.CommandSpec spec) {
    try {
      long size = Files.size(file);
      if (size > LARGE_INPUT) {
        spec.commandLine().getErr().println("reading " + file + " (" + (size >> 20) + " MB) …");
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return file;
  }
}

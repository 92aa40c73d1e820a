package io.github.planning.examples;

import static java.util.Objects.requireNonNull;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.PlanChecks;
import io.github.planning.analysis.Severity;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.Texts;
import io.github.planning.excel.WorkbookReader;
import io.github.planning.excel.Workbooks;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanRecordReader;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code planning check}: every problem and finding of plan files, each with its place. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Prints every problem of plan files as FILE:LINE:COLUMN: message, and the "
            + "findings of the checks.",
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  no problem and no error among the findings",
      "  1  a problem, an error among the findings, or a file that cannot be read",
      "  2  a usage error"
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Plan files (.csv, .json, or workbooks: .xlsx, .xls), or - for standard input (with"
              + " --from).")
  List<String> files;

  @CommandLine.Mixin InputOptions inputs = new InputOptions();

  @Option(
      names = "--explain",
      description =
          "Also print how each column and each layout row "
              + "of a CSV table was understood (heading → field; title, group, sub-row, note).")
  boolean explain;

  @CommandLine.ParentCommand PlanningCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = root.out();
    boolean error = false;
    for (String file : files) {
      error |= check(file, out);
    }
    out.flush();
    return error ? 1 : 0;
  }

  /**
   * Reads and checks one file row by row, printing each row's problems and findings as it is read,
   * so that a file of any length is checked in bounded memory; whether there was an error.
   */
  private boolean check(String file, PrintWriter out) {
    String name = InputOptions.source(file);
    ReadOptions options = inputs.options(name, ReadMode.LENIENT);
    if (InputOptions.isWorkbook(file)) {
      return checkWorkbook(file, options, out);
    }
    PlanFiles.Format format = inputs.format(file, spec.commandLine());
    if (explain && format == PlanFiles.Format.CSV && !file.equals("-")) {
      try {
        LayoutExplanation.print(Path.of(file), options, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Checking checking = new Checking(name, options, out);
    try (InputStream in = InputOptions.open(file, root);
        PlanRecordReader reader =
            format == PlanFiles.Format.CSV
                ? PlanCsvReader.open(in, options)
                : PlanJsonReader.open(in, options)) {
      Supplier<Optional<PlanPeriod>> stated =
          reader instanceof PlanJsonReader json ? json::period : Optional::empty;
      while (reader.hasNext()) {
        checking.record(reader.next(), stated.get());
      }
      checking.end(stated.get());
      if (reader instanceof PlanCsvReader csv) {
        // a short row is read on, its missing cells empty: said, as a warning
        csv.layout()
            .warnings()
            .forEach(w -> checking.warning(w.source() + ":" + w.line() + ":" + w.column(), w));
      }
      checking.rest(reader.problems(), reader.omittedProblems());
    } catch (PlanningReadException e) {
      e.problems().forEach(checking::problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return checking.error;
  }

  /**
   * Checks a workbook row by row as a CSV is checked: its notes (hidden rows, links), then each
   * row's problems placed by cell and its findings placed at its name cell.
   */
  private boolean checkWorkbook(String file, ReadOptions options, PrintWriter out) {
    try (WorkbookReader reader =
        Workbooks.open(InputOptions.readable(file), options, inputs.sheet())) {
      reader.notes().forEach(note -> out.println(Texts.printable(note)));
      Checking checking = new Checking(reader.source(), options, out);
      checking.placer = reader::place;
      while (reader.hasNext()) {
        checking.record(reader.next(), Optional.empty());
      }
      checking.end(Optional.empty());
      checking.rest(reader.problems(), reader.omittedProblems());
      return checking.error;
    }
  }

  /** The state of checking one file: the problems printed, the checker once the period is known. */
  private final class Checking {
    private final String name;
    private final ReadOptions options;
    private final PrintWriter out;
    private final Set<Problem> printed = new HashSet<>();
    private PlanChecks.@Nullable Checker checker;
    private boolean periodUnknown;

    /** The records read while the period is not yet known. */
    private final List<RowRecord> pending = new ArrayList<>();

    private long line;

    /** Where a finding of a row is placed, for a workbook: its name cell; null for line:1. */
    private @Nullable Function<RowRecord, String> placer;

    /** Where a finding of the row being checked is placed, or null for its line. */
    private @Nullable String place;

    boolean error;

    Checking(String name, ReadOptions options, PrintWriter out) {
      this.name = name;
      this.options = options;
      this.out = out;
    }

    /**
     * Checks a record's row once the period is known; until then (no row so far has decided it)
     * keeps the record, to be checked when a later one decides it or at the end.
     */
    void record(RowRecord record, Optional<PlanPeriod> stated) {
      record.problems().forEach(this::problem);
      if (record.row().isEmpty() || periodUnknown) {
        return;
      }
      if (checker != null) {
        check(record);
        return;
      }
      pending.add(record);
      try {
        PlanReadResult.periodDecidedBy(record, stated, options).ifPresent(this::start);
      } catch (IllegalArgumentException e) {
        periodUnknown(record, e);
      }
    }

    /** At the end of the input: the rows kept while the period was not known. */
    void end(Optional<PlanPeriod> stated) {
      if (checker != null || periodUnknown || pending.isEmpty()) {
        return;
      }
      try {
        start(PlanReadResult.period(pending, stated, options));
      } catch (IllegalArgumentException e) {
        periodUnknown(pending.get(0), e);
      }
    }

    private void start(PlanPeriod period) {
      PlanChecks.Checker started = PlanChecks.checker(period, this::finding);
      checker = started;
      pending.forEach(this::check);
      pending.clear();
    }

    private void check(RowRecord record) {
      line = record.line();
      place = placer == null ? null : placer.apply(record);
      requireNonNull(checker).check(record.row().orElseThrow());
    }

    private void periodUnknown(RowRecord at, IllegalArgumentException e) {
      problem(new Problem(name, at.line(), 1, "", PlanningCli.reason(e)));
      periodUnknown = true;
      pending.clear();
    }

    void problem(Problem problem) {
      if (printed.add(problem)) {
        out.println(problem);
        error = true;
      }
    }

    private void finding(Finding finding) {
      finding(finding, place != null ? place : name + ":" + line + ":1");
    }

    /**
     * Prints the problems of the reader not printed with their rows; past the cap the reader's list
     * ends with a notice of how many more it found, which are then told apart from those shown.
     */
    void rest(List<Problem> listed, long omitted) {
      List<Problem> real = omitted > 0 ? listed.subList(0, listed.size() - 1) : listed;
      real.forEach(this::problem);
      long notShown = real.size() + omitted - printed.size();
      if (notShown > 0) {
        out.println(
            name
                + ": "
                + root.lang.of(
                    "问题过多，仅列出前 " + printed.size() + " 个，另有 " + notShown + " 个未列出",
                    "stopped at the cap: "
                        + printed.size()
                        + " problems shown, "
                        + notShown
                        + " more not shown"));
      }
    }

    /** Prints a warning of the reader at its place ({@code plan.csv:2:7}), not an error. */
    void warning(String place, Problem warning) {
      out.println(
          Texts.printable(place)
              + ": "
              + root.lang.of(Severity.WARNING)
              + " "
              + Texts.printable(warning.reason()));
    }

    /** Prints a finding at a place, {@code plan.csv:7:1} or {@code 规划.xlsx!主要指标!C7:7:3}. */
    void finding(Finding finding, String place) {
      out.println(
          Texts.printable(
              place
                  + ": "
                  + root.lang.of(finding.severity())
                  + " "
                  + finding.code()
                  + ": "
                  + root.lang.of(finding.messageZh(), finding.messageEn())));
      error |= finding.severity() == Severity.ERROR;
    }
  }
}

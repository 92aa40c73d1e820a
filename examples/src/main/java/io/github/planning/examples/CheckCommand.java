package io.github.planning.examples;

import io.github.planning.core.Finding;
import io.github.planning.core.PlanChecks;
import io.github.planning.core.Severity;
import io.github.planning.core.Texts;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.RowRecord;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code planning check}: every problem and finding of plan files, each with its place. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Prints every problem of plan files as FILE:LINE:COLUMN: message, and the "
        + "findings of the checks.",
    footerHeading = "%nExit status:%n",
    footer = {"  0  no problem and no error among the findings",
        "  1  a problem, an error among the findings, or a file that cannot be read",
        "  2  a usage error"})
final class CheckCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Plan files (.csv or .json), or - for standard input (with --from).")
  List<String> files;

  @CommandLine.Mixin
  InputOptions inputs = new InputOptions();

  @CommandLine.ParentCommand
  PlanningCli root;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

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

  /** Prints the problems and findings of one file; whether there was an error. */
  private boolean check(String file, PrintWriter out) {
    String name = InputOptions.source(file);
    PlanReadResult result;
    try {
      result = inputs.read(file, ReadMode.LENIENT, root, spec.commandLine());
    } catch (PlanningReadException e) {
      e.problems().forEach(p -> out.println(p));
      if (e.isTruncated()) {
        out.println(name + ": " + root.lang.of("问题过多，仅列出前 " + e.problems().size() + " 个",
            "stopped at the cap of " + e.problems().size() + " problems"));
      }
      return true;
    }
    boolean error = false;
    for (Problem problem : result.problems()) {
      out.println(problem);
      error = true;
    }
    if (result.isCapped()) {
      out.println(name + ": " + root.lang.of(
          "问题过多，仅列出前 " + result.problems().size() + " 个，另有 "
              + result.omittedProblems() + " 个未列出",
          "stopped at the cap: " + result.problems().size() + " problems shown, "
              + result.omittedProblems() + " more not shown"));
    }
    Map<String, Long> lines = new HashMap<>();
    for (RowRecord record : result.records()) {
      record.row().ifPresent(row -> lines.putIfAbsent(row.code(), record.line()));
    }
    if (result.plan().isPresent()) {
      for (Finding finding : PlanChecks.check(result.plan().get())) {
        long line = finding.rowCode().map(c -> lines.getOrDefault(c, 0L)).orElse(0L);
        out.println(Texts.printable(name + ":" + line + ":1: "
            + root.lang.of(finding.severity()) + " " + finding.code() + ": "
            + root.lang.of(finding.messageZh(), finding.messageEn())));
        error |= finding.severity() == Severity.ERROR;
      }
    }
    return error;
  }
}

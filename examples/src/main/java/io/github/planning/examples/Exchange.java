package io.github.planning.examples;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.excel.Workbooks;
import io.github.planning.io.AtomicFile;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.opensdg.OpenSdgExport;
import io.github.planning.io.opensdg.OpenSdgWriter;
import io.github.planning.io.sdmx.SdmxCsvReader;
import io.github.planning.io.sdmx.SdmxCsvWriter;
import io.github.planning.io.sdmx.SdmxData;
import io.github.planning.io.sdmx.SdmxOptions;
import io.github.planning.io.sdmx.SdmxStructureWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code planning convert} to and from the formats that need the whole plan: SDMX-CSV, Open SDG and
 * workbooks. The plan and its observations are read whole, then written.
 */
final class Exchange {

  private Exchange() {}

  static int convert(ConvertCommand command, String target) throws IOException {
    PlanningCli root = command.root;
    CommandLine commandLine = command.spec.commandLine();
    ReadOptions options =
        command.inputs.options(InputOptions.source(command.in), command.inputs.mode());
    List<Observation> observations = new ArrayList<>();
    List<PlanningReadException> problems = new ArrayList<>();
    Plan plan;
    if (command.inputs.isSdmx()) {
      SdmxData data;
      try (InputStream in = InputOptions.open(command.in, root)) {
        data = SdmxCsvReader.read(in, options);
      }
      plan =
          data.plan()
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          commandLine,
                          command.in
                              + " holds observations but no plan (no series lines with names)"));
      observations.addAll(data.observations());
      if (!data.problems().isEmpty()) {
        problems.add(new PlanningReadException(options.source(), data.problems(), false));
      }
    } else {
      plan = command.inputs.readPlan(command.in, root, commandLine, problems);
    }
    if (command.observations != null) {
      observations.addAll(
          PlanFiles.readObservations(
              command.observations,
              command.inputs.options(command.observations.toString(), ReadMode.STRICT)));
    }
    if (command.out.equals("-")) {
      throw new CommandLine.ParameterException(
          commandLine,
          "give a file or directory as OUT " + "for " + (target.isEmpty() ? "a workbook" : target));
    }
    Path out = Path.of(command.out);
    String kind = target.isEmpty() ? kindOf(command.out) : target;
    switch (kind) {
      case "sdmx-csv" -> {
        AtomicFile.write(
            out, o -> SdmxCsvWriter.write(plan, observations, SdmxOptions.defaults(), o));
        AtomicFile.write(
            structureBeside(out), o -> SdmxStructureWriter.write(SdmxOptions.defaults(), o));
      }
      case "open-sdg" -> {
        OpenSdgExport export = OpenSdgWriter.write(plan, observations, out);
        PrintWriter said = root.out();
        said.println(
            root.lang.of(
                "已写出 " + export.written().size() + " 个指标",
                export.written().size() + " indicators written"));
        export.skipped().forEach((code, why) -> said.println(code + ": " + why));
        export.withoutProgress().forEach((code, why) -> said.println(code + ": " + why));
        said.flush();
      }
      case "xlsx" -> Workbooks.writePlan(plan, observations, out, command.figures);
      default -> PlanFiles.writePlan(plan, out);
    }
    return root.problems(problems);
  }

  /** {@code plan.dsd.xml} beside {@code plan.csv} (or {@code plan.sdmx.csv}). */
  static Path structureBeside(Path data) {
    String name = data.getFileName().toString();
    String stem =
        name.toLowerCase(Locale.ROOT).endsWith(".csv")
            ? name.substring(0, name.length() - 4)
            : name;
    return data.resolveSibling(stem + ".dsd.xml");
  }

  private static String kindOf(String name) {
    return InputOptions.isWorkbook(name) ? "xlsx" : "plan";
  }
}

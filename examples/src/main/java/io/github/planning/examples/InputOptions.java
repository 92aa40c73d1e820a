package io.github.planning.examples;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.excel.SheetChoice;
import io.github.planning.excel.WorkbookRead;
import io.github.planning.excel.Workbooks;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowField;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options for reading plan files, and the reading of a file or of {@code -}. */
final class InputOptions {

  /** The name problems give to standard input. */
  static final String STDIN = "stdin";

  @Option(
      names = "--period",
      description =
          "The plan period for tables whose headings and "
              + "columns give no years, such as 十四五 or 2021-2025; an error if it contradicts them.",
      converter = PeriodConverter.class)
  @Nullable PlanPeriod period;

  @Option(
      names = "--input-encoding",
      description = "The encoding of CSV input (default: " + "detected UTF-8 or GB18030).")
  @Nullable Charset encoding;

  @Option(
      names = "--from",
      description =
          "csv or json: the format of - (standard input) or "
              + "of a name without .csv or .json; for convert also sdmx-csv.")
  @Nullable String fromText;

  @Option(
      names = "--sheet",
      paramLabel = "NAME|INDEX[!CELL]",
      description =
          "The sheet of a workbook (.xlsx, .xls) to read: its name or its number from 1 (default:"
              + " the first with a header); for a sheet holding several tables, then ! and the"
              + " first cell of the table, such as 主要指标!A12.")
  @Nullable String sheet;

  /** The format of {@code --from}: csv or json (sdmx-csv is convert's own, see isSdmx). */
  PlanFiles.@Nullable Format from() {
    return fromText == null || isSdmx() ? null : new FormatConverter().convert(fromText);
  }

  /** Whether {@code --from sdmx-csv} was given. */
  boolean isSdmx() {
    return "sdmx-csv".equalsIgnoreCase(fromText);
  }

  /** Whether a name is a workbook, by its extension: .xlsx, .xlsm or .xls. */
  static boolean isWorkbook(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
  }

  /** The sheet to read: {@code --sheet}, else the first with a recognisable header. */
  SheetChoice sheet() {
    return sheet == null ? SheetChoice.first() : SheetChoice.parse(sheet);
  }

  @Option(
      names = "--lenient",
      description =
          "Read what can be read: report and convert go on with the rows that could be read, print"
              + " every problem on standard error and exit 1 if there was one (check always reads"
              + " so). Without it a problem stops them and nothing is written.")
  boolean lenient;

  @Option(
      names = "--keep-unknown-columns",
      description =
          "Keep a CSV column whose heading names no field with each row (an extra field, written"
              + " back by convert) instead of refusing it.")
  boolean keepUnknownColumns;

  /** How report and convert read: {@code --lenient}, else strictly. */
  ReadMode mode() {
    return lenient ? ReadMode.LENIENT : ReadMode.STRICT;
  }

  /**
   * Reads a whole plan from a CSV or JSON file, a workbook, or {@code -}: strictly, or with {@code
   * --lenient} the rows that could be read, adding the problems found to {@code problems}.
   *
   * @throws PlanningReadException on a problem of a strict read, or if no plan can be built
   */
  Plan readPlan(
      String name,
      PlanningCli root,
      CommandLine commandLine,
      List<PlanningReadException> problems) {
    if (isWorkbook(name)) {
      WorkbookRead read = Workbooks.read(readable(name), options(name, mode()), sheet());
      return plan(read.source(), read.result(), read.problems(), problems);
    }
    PlanReadResult result = read(name, mode(), root, commandLine);
    return plan(source(name), result, result.problems(), problems);
  }

  private static Plan plan(
      String source,
      PlanReadResult result,
      List<Problem> found,
      List<PlanningReadException> problems) {
    Plan plan =
        result
            .plan()
            .orElseThrow(() -> new PlanningReadException(source, found, result.isCapped()));
    if (!found.isEmpty()) {
      problems.add(new PlanningReadException(source, found, result.isCapped()));
    }
    return plan;
  }

  @Option(
      names = "--columns",
      split = ",",
      paramLabel = "HEADING=FIELD",
      converter = {CommandLine.UseDefaultConverter.class, FieldConverter.class},
      description = "Your own headings of CSV columns, such as 考核指标=name,2019年现状=base.")
  Map<String, RowField> columns = Map.of();

  ReadOptions options(String source, ReadMode mode) {
    ReadOptions.Builder options =
        ReadOptions.builder().source(source).mode(mode).keepUnknownColumns(keepUnknownColumns);
    columns.forEach(options::putColumn);
    Optional.ofNullable(period).ifPresent(options::period);
    Optional.ofNullable(encoding).ifPresent(options::encoding);
    return options.build();
  }

  /** The name problems give to an input: the path, or stdin for {@code -}. */
  static String source(String name) {
    return name.equals("-") ? STDIN : name;
  }

  /** The format of an input: {@code --from}, else by {@link PlanFiles.Format#of}. */
  PlanFiles.Format format(String name, CommandLine commandLine) {
    return format(name, from(), "--from", commandLine);
  }

  static PlanFiles.Format format(
      String name, PlanFiles.@Nullable Format given, String option, CommandLine commandLine) {
    if (given != null) {
      return given;
    }
    if (name.equals("-")) {
      throw new CommandLine.ParameterException(
          commandLine,
          "give "
              + option
              + " csv or "
              + option
              + " json for - (standard "
              + (option.equals("--from") ? "input" : "output")
              + ")");
    }
    try {
      return PlanFiles.Format.of(Path.of(name));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          commandLine,
          "Cannot tell the format of '" + name + "': use a .csv or .json name, or " + option);
    }
  }

  /** Opens a file, or standard input for {@code -}; says so on a terminal when it is large. */
  static InputStream open(String name, PlanningCli root) {
    if (name.equals("-")) {
      return root.stdin;
    }
    Path path = Path.of(name);
    InputStream in = PlanFiles.open(path);
    if (root.terminal) {
      try {
        long size = Files.size(path);
        if (size > PlanningCli.LARGE_INPUT) {
          root.stderr.println("reading " + name + " (" + (size >> 20) + " MB) …");
        }
      } catch (java.io.IOException e) {
        // the size only decides the message
      }
    }
    return in;
  }

  /** Reads a whole plan from a file or {@code -}. */
  PlanReadResult read(String name, ReadMode mode, PlanningCli root, CommandLine commandLine) {
    PlanFiles.Format format = format(name, commandLine);
    return PlanFiles.readAll(open(name, root), format, options(source(name), mode));
  }

  /** The path of a file that can be read; the same errors as {@link PlanFiles#open} otherwise. */
  static Path readable(String name) {
    Path path = Path.of(name);
    try {
      PlanFiles.open(path).close();
      return path;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads {@code --period}. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<PlanPeriod> {
    @Override
    public PlanPeriod convert(String value) {
      try {
        return PlanPeriod.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads the field of a {@code --columns} heading: {@code name}, {@code base} …. */
  static final class FieldConverter implements CommandLine.ITypeConverter<RowField> {
    @Override
    public RowField convert(String value) {
      try {
        return RowField.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(PlanningCli.reason(e));
      }
    }
  }

  /** Reads {@code --from} and {@code --to}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<PlanFiles.Format> {
    @Override
    public PlanFiles.Format convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "csv" -> PlanFiles.Format.CSV;
        case "json" -> PlanFiles.Format.JSON;
        default ->
            throw new CommandLine.TypeConversionException("'" + value + "' (expected csv or json)");
      };
    }
  }
}

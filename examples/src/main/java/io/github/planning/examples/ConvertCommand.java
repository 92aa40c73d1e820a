package io.github.planning.examples;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.excel.FigureCells;
import io.github.planning.excel.WorkbookReader;
import io.github.planning.excel.Workbooks;
import io.github.planning.io.AtomicFile;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanCsvWriter;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.PlanJsonWriter;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanRecordReader;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowRecord;
import io.github.planning.io.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code planning convert}: a plan between CSV and JSON, and from a workbook to either, row by row
 * (to a workbook, SDMX-CSV or Open SDG through {@link Exchange}). A file is written whole or not at
 * all ({@link AtomicFile}); the input is never the output.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description =
        "Converts a plan between CSV, JSON and .xlsx workbooks (.xls is read, not written), row"
            + " by row from CSV, JSON or a workbook to CSV or JSON; '-' is standard input or"
            + " output. The output is written whole or not at all.",
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  converted",
      "  1  a problem in the input (the output is then untouched; with --lenient the output is"
          + " written, every row as read and a cell that could not be read as written, and the"
          + " problems are printed on standard error), or a file that cannot be read or written",
      "  2  a usage error"
    })
final class ConvertCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IN", description = "The input file, or - for stdin.")
  String in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The output file, or - for stdout.")
  String out;

  @Option(
      names = "--to",
      description =
          "csv or json, for - or a name without extension; "
              + "sdmx-csv (with its structure beside it as NAME.dsd.xml), open-sdg (OUT is a directory) "
              + "or xlsx. A .xlsx or .xls input or output is a workbook.")
  @Nullable String toText;

  @Option(
      names = "--observations",
      paramLabel = "FILE",
      description =
          "Observations (.csv or " + ".json) written with the plan to sdmx-csv, open-sdg or xlsx.")
  @Nullable Path observations;

  @Option(names = "--excel", description = "CSV for Excel: a BOM and the Chinese headings.")
  boolean excel;

  @Option(
      names = "--figures",
      paramLabel = "text|numbers",
      converter = FiguresConverter.class,
      description =
          "In an .xlsx output, plain figures (752.8, 51.20) as text (the default) or as numbers "
              + "shown with their written decimals (0.00); other values are always text.")
  FigureCells figures = FigureCells.TEXT;

  /** {@code text} or {@code numbers}, in any case. */
  static final class FiguresConverter implements CommandLine.ITypeConverter<FigureCells> {
    @Override
    public FigureCells convert(String value) {
      try {
        return FigureCells.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "': expected text or numbers");
      }
    }
  }

  @Option(
      names = "--title",
      description =
          "The plan's title in JSON written from CSV (default: the title lines above the table,"
              + " else the input's name).")
  @Nullable String title;

  @CommandLine.Mixin InputOptions inputs = new InputOptions();

  @CommandLine.ParentCommand PlanningCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    refuseSameFile();
    String target = toText == null ? "" : toText.toLowerCase(Locale.ROOT);
    refuseXlsOutput(target);
    if (inputs.isSdmx()
        || InputOptions.isWorkbook(out)
        || List.of("sdmx-csv", "open-sdg", "xlsx").contains(target)) {
      return Exchange.convert(this, target);
    }
    PlanFiles.Format to =
        toText == null ? null : new InputOptions.FormatConverter().convert(toText);
    ReadOptions options = inputs.options(InputOptions.source(in), inputs.mode());
    if (InputOptions.isWorkbook(in)) {
      return convertWorkbook(InputOptions.format(out, to, "--to", spec.commandLine()), options);
    }
    PlanFiles.Format inFormat = inputs.format(in, spec.commandLine());
    PlanFiles.Format outFormat = InputOptions.format(out, to, "--to", spec.commandLine());
    Path spooled = null;
    String input = in;
    try {
      CsvColumns columns = null;
      if (outFormat == PlanFiles.Format.CSV) {
        if (in.equals("-")) {
          // the columns of a CSV are known only once every row is read: standard input is kept
          spooled = Files.createTempFile("planning-convert-", ".input");
          Files.copy(root.stdin, spooled, StandardCopyOption.REPLACE_EXISTING);
          input = spooled.toString();
        }
        try (PlanRecordReader lenient =
            openReader(input, inFormat, options.withMode(ReadMode.LENIENT))) {
          columns = CsvColumns.of(lenient);
        }
      }
      try (PlanRecordReader reader = openReader(input, inFormat, options)) {
        write(reader, options, outFormat, columns);
        return problemsOf(options, reader.problems(), reader.omittedProblems());
      }
    } finally {
      if (spooled != null) {
        Files.deleteIfExists(spooled);
      }
    }
  }

  /** A workbook's table to CSV or JSON, row by row: the sheet is read as the rows are written. */
  private int convertWorkbook(PlanFiles.Format outFormat, ReadOptions options) throws IOException {
    Path path = InputOptions.readable(in);
    CsvColumns columns = null;
    if (outFormat == PlanFiles.Format.CSV) {
      try (WorkbookReader lenient =
          Workbooks.open(path, options.withMode(ReadMode.LENIENT), inputs.sheet())) {
        columns = CsvColumns.of(lenient);
      }
    }
    try (WorkbookReader reader = Workbooks.open(path, options, inputs.sheet())) {
      write(reader, options, outFormat, columns);
      return problemsOf(options, reader.problems(), reader.omittedProblems());
    }
  }

  /**
   * The exit status after writing: a strict reader has thrown at its first problems; a lenient one
   * has read past them, which are printed.
   */
  private int problemsOf(ReadOptions options, List<Problem> problems, long omitted) {
    return root.problems(
        problems.isEmpty()
            ? List.of()
            : List.of(new PlanningReadException(options.source(), problems, omitted > 0)));
  }

  /** Writes the records to OUT, a file written whole or standard output. */
  private void write(
      Iterator<RowRecord> reader,
      ReadOptions options,
      PlanFiles.Format outFormat,
      @Nullable CsvColumns columns)
      throws IOException {
    if (out.equals("-")) {
      convert(reader, options, outFormat, columns, new Unclosed(root.stdout));
      root.stdout.flush();
    } else {
      AtomicFile.write(Path.of(out), o -> convert(reader, options, outFormat, columns, o));
    }
  }

  /** Refuses an {@code .xls} output: a workbook is written as {@code .xlsx} only. */
  private void refuseXlsOutput(String target) {
    if (out.toLowerCase(Locale.ROOT).endsWith(".xls")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "cannot write "
              + out
              + ": workbooks are written as .xlsx (an .xls workbook is read, not written);"
              + " give a .xlsx name"
              + (target.isEmpty() ? "" : " with --to " + target));
    }
  }

  private PlanRecordReader openReader(String file, PlanFiles.Format format, ReadOptions options) {
    InputStream input = InputOptions.open(file, root);
    try {
      return format == PlanFiles.Format.CSV
          ? PlanCsvReader.open(input, options)
          : PlanJsonReader.open(input, options);
    } catch (RuntimeException e) {
      try {
        input.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The columns a CSV of every row of an input needs beyond the canonical ones: the years of the
   * rows' yearly targets and the headings of their extra fields, in the order first seen.
   */
  private record CsvColumns(Set<Integer> yearlyTargetYears, List<String> extraHeadings) {

    /** Reads every row of an input once, leniently. */
    static CsvColumns of(Iterator<RowRecord> reader) {
      Set<Integer> years = new java.util.TreeSet<>();
      Set<String> extra = new LinkedHashSet<>();
      reader.forEachRemaining(
          record -> {
            record.row().ifPresent(row -> years.addAll(row.yearlyTargets().keySet()));
            extra.addAll(record.extra().keySet());
          });
      return new CsvColumns(years, List.copyOf(extra));
    }
  }

  /** Refuses an output that is the input, however named (real paths, links). */
  private void refuseSameFile() throws IOException {
    if (in.equals("-") || out.equals("-")) {
      return;
    }
    Path input = Path.of(in);
    Path output = Path.of(out);
    if (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "the output "
              + out
              + " is the input "
              + in
              + " ("
              + input.toRealPath()
              + "): converting a file onto "
              + "itself would lose it; give another output");
    }
  }

  private void convert(
      Iterator<RowRecord> reader,
      ReadOptions options,
      PlanFiles.Format format,
      @Nullable CsvColumns columns,
      OutputStream output) {
    Progress progress = new Progress(root);
    Peeked peeked = new Peeked(reader);
    Optional<PlanPeriod> stated =
        reader instanceof PlanJsonReader json ? json.period() : Optional.empty();
    if (format == PlanFiles.Format.CSV) {
      if (options.period().isPresent()) {
        // CSV needs no period, but a given one must not contradict the table's
        PlanReadResult.period(peeked.first(), stated, options);
      }
      try (PlanCsvWriter writer =
          PlanCsvWriter.open(
              output,
              excel ? WriteOptions.excel() : WriteOptions.canonical(),
              requireNonNull(columns, "read for a CSV output").yearlyTargetYears(),
              columns.extraHeadings())) {
        peeked.forEachRemaining(
            r -> {
              writer.write(r);
              progress.row();
            });
      }
    } else {
      // a plan field the input gives only after its rows follows the rows in the output
      PlanJsonReader json = reader instanceof PlanJsonReader j ? j : null;
      PlanCsvReader csv = reader instanceof PlanCsvReader c ? c : null;
      Set<String> after = new LinkedHashSet<>();
      if (json != null) {
        if (title == null && json.title().isEmpty()) {
          after.add("title");
        }
        if (json.region().isEmpty()) {
          after.add("region");
        }
        if (json.period().isEmpty()) {
          after.add("period");
        }
        if (json.notes().isEmpty()) {
          after.add("notes");
        }
      } else if (csv != null) {
        after.add("notes"); // note rows (注：…) end a table as published
      }
      // the title lines above a CSV header are known once the header is read
      Optional<String> inputTitle =
          json != null ? json.title() : csv != null ? csv.layout().title() : Optional.empty();
      List<RowRecord> first = peeked.first();
      Plan.Builder header =
          Plan.builder()
              .period(
                  after.contains("period")
                      ? PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN // written after the rows
                      : PlanReadResult.period(first, stated, options))
              .title(Optional.ofNullable(title).or(() -> inputTitle).orElse(options.source()));
      if (json != null) {
        json.region().ifPresent(header::region);
        header.notes(json.notes());
      }
      PlanJsonWriter writer = PlanJsonWriter.open(output, header.build(), after);
      peeked.forEachRemaining(
          r -> {
            writer.write(r);
            progress.row();
          });
      if (json != null) {
        Plan.Builder trailer =
            Plan.builder()
                .title(json.title().orElse(options.source()))
                .period(PlanReadResult.period(first, json.period(), options))
                .notes(json.notes());
        json.region().ifPresent(trailer::region);
        writer.close(trailer.build());
      } else if (csv != null) {
        writer.close(Optional.empty(), csv.layout().notes());
      } else {
        writer.close();
      }
      try {
        output.write('\n');
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    progress.done();
  }

  /** Rows with the first read ahead, for the period of a JSON header. */
  private static final class Peeked implements Iterator<RowRecord> {
    private final Iterator<RowRecord> rows;
    private final List<RowRecord> first = new ArrayList<>(1);

    Peeked(Iterator<RowRecord> rows) {
      this.rows = rows;
      if (rows.hasNext()) {
        first.add(rows.next());
      }
    }

    List<RowRecord> first() {
      return List.copyOf(first);
    }

    @Override
    public boolean hasNext() {
      return !first.isEmpty() || rows.hasNext();
    }

    @Override
    public RowRecord next() {
      return first.isEmpty() ? rows.next() : first.remove(0);
    }
  }

  /** A count of rows on standard error, on a terminal only. */
  private static final class Progress {
    private final PlanningCli root;
    private long count;

    Progress(PlanningCli root) {
      this.root = root;
    }

    void row() {
      if (++count % 10_000 == 0 && root.terminal) {
        root.stderr.print("\r… " + count + " rows");
        root.stderr.flush();
      }
    }

    void done() {
      if (root.terminal && count >= 10_000) {
        root.stderr.println("\rconverted " + count + " rows");
      }
    }
  }

  /** Standard output that a writer may close without closing it. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
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
}

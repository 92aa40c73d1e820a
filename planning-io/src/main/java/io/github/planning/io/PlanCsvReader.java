package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.PlanRow;
import io.github.planning.io.internal.Encodings;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowAssembler;
import io.github.planning.io.internal.RowCells;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Reads a plan table from CSV, row by row.
 *
 * <pre>{@code
 * try (PlanCsvReader reader = PlanCsvReader.open(in, ReadOptions.of("plan.csv"))) {
 *   reader.forEachRemaining(record -> record.row().ifPresent(this::store));
 * }   // strict: throws PlanningReadException at the end if any row was bad
 * }</pre>
 *
 * <p>The first record is the header (see {@link RowField}; the published Chinese headings are
 * accepted). Blank lines are skipped. In strict mode only good rows are returned, and when the
 * input is exhausted (or the problem cap is reached) a {@link PlanningReadException} lists every
 * problem, so a consumer must not commit what it read before the iteration completes. In lenient
 * mode every row is returned with its problems.
 *
 * <p>Rows are not kept once returned. What grows with the input is what the {@linkplain
 * ReadOptions#crossRowChecks() checks across rows} keep, every code (about 20 bytes and its length
 * each) and the parents not yet seen, and the problems found, up to {@link
 * ReadOptions#maxProblems()}; with those checks off, the memory a read takes does not depend on the
 * number of rows.
 *
 * <p>A byte that does not decode (see {@link ReadOptions#encoding()}) is an error at its line and
 * field: a strict reading ends there. A lenient reading goes on: the cell holding it is invalid,
 * its text kept as decoded with U+FFFD for the bytes, the problem names the byte, its value and the
 * encoding expected, and every later row is read.
 */
public final class PlanCsvReader extends PlanRecordReader {

  /** The most columns a header may have; a plan table has about twenty. */
  static final int MAX_COLUMNS = 1_000;

  /** The most lines above the header read as title, unit or note lines. */
  static final int MAX_PREAMBLE = 20;

  private final CsvRows rows;
  private final CsvHeader header;
  private final CsvLayout layout = new CsvLayout();
  private final LayoutRows layoutRows = new LayoutRows(layout);
  private final @Nullable PublishedRows published;
  private final RowCells rowCells = new RowCells();

  private final java.util.ArrayDeque<RowRecord> queued = new java.util.ArrayDeque<>();
  private final Reader reader;

  /** Whether the input failed right after the header (the failure is a problem already). */
  private boolean brokenAfterHeader;

  /** The number of problems before the row being read. */
  private int rowMark;

  /** The line of the last record read and handled, row or not. */
  private long handled;

  private PlanCsvReader(Reader reader, ReadOptions options) {
    super(options, true);
    this.reader = reader;
    this.rows = new CsvRows(reader, problems, options.mode() == ReadMode.LENIENT);
    Map<String, RowField> user = userColumns(options);
    List<String> headings = new ArrayList<>();
    long headerLine = 1;
    List<String> second = null;
    boolean tooWide = false;
    try {
      rows.start();
      for (int preamble = 0; rows.next(MAX_COLUMNS); preamble++) {
        if (preamble < MAX_PREAMBLE && layoutRows.preamble(rows.line(), rows.cells(), user)) {
          continue;
        }
        headerLine = rows.line();
        layout.row(headerLine, "header", "");
        rows.cells().forEach(cell -> headings.add(FormulaEscaping.unescape(cell)));
        if (rows.count() > MAX_COLUMNS) {
          tooWide = true;
          String surplus = rows.surplus();
          problems.add(
              headerLine,
              MAX_COLUMNS + 1,
              surplus == null ? "" : surplus,
              "the header has more than " + MAX_COLUMNS + " columns");
        }
        break;
      }
      if (!headings.isEmpty() && !tooWide && rows.next(MAX_COLUMNS)) {
        List<String> cells = rows.cells();
        if (CsvHeader.isSecondRow(headings.toArray(new String[0]), cells, user)) {
          second = List.copyOf(cells);
          layout.row(rows.line(), "the second header row", String.join(" | ", cells).strip());
        } else {
          rows.pushBack();
        }
      }
    } catch (JacksonException e) {
      if (headings.isEmpty()) {
        fail(e, rows.lastLine(), headings.size() + 1);
      } else {
        fail(e, rows.failedLine(), rows.count() + 1);
        brokenAfterHeader = true;
      }
    }
    if (headings.isEmpty() && Encodings.reportFailure(reader, problems)) {
      // the first line holds a byte that does not decode
      finished = true;
      rows.close();
      if (options.mode() == ReadMode.STRICT) {
        problems.throwIfAny();
      }
    } else if (headings.isEmpty() || (headings.size() == 1 && headings.get(0).isBlank())) {
      problems.add(1, 1, "", "the input has no header; the first line must name the columns");
    }
    handled = second != null ? rows.line() : headerLine;
    reportUndecoded(handled);
    boolean lenient = options.mode() == ReadMode.LENIENT;
    this.header =
        CsvHeader.of(
            headings.toArray(new String[0]),
            second,
            problems,
            headerLine,
            options.keepUnknownColumns(),
            lenient,
            user);
    header.readings.forEach(layout::column);
    boolean publishedLayout = header.published() && hasPublishedHeading(headings);
    layout.published(publishedLayout);
    this.published = publishedLayout ? new PublishedRows(header, layout) : null;
    assembler.repeatCategory(header.published());
    if (!problems.isEmptySince(0)) {
      boolean fatal =
          headings.isEmpty() || tooWide || headings.size() == 1 && headings.get(0).isBlank();
      if (!lenient || fatal) {
        // a lenient read of an input without a usable header has no rows, only its problems
        finished = true;
        rows.close();
        if (!lenient) {
          problems.throwIfAny();
        }
      }
    }
  }

  private static boolean hasPublishedHeading(List<String> headings) {
    for (String heading : headings) {
      String h = heading.strip();
      if (!h.isEmpty()
          && RowField.ofCsvHeading(h.startsWith("\uFEFF") ? h.substring(1) : h).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The user's headings, normalised, by column. */
  private static Map<String, RowField> userColumns(ReadOptions options) {
    Map<String, RowField> user = new LinkedHashMap<>();
    options.columns().forEach((heading, field) -> user.put(CsvHeadings.normalise(heading), field));
    return user;
  }

  /**
   * Opens a CSV input, decoding it with the options' encoding or the detected one (UTF-8 with or
   * without BOM, or GB18030).
   *
   * @throws PlanningReadException in strict mode if the header is bad or the bytes do not decode
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static PlanCsvReader open(InputStream in, ReadOptions options) {
    return new PlanCsvReader(Encodings.open(in, options, true), options);
  }

  /** Opens CSV text that is already decoded. */
  public static PlanCsvReader open(Reader reader, ReadOptions options) {
    return new PlanCsvReader(requireNonNull(reader, "reader"), requireNonNull(options, "options"));
  }

  /** The headings of the input, as written. */
  public List<String> headings() {
    return List.of(header.headings);
  }

  /**
   * The years of the header's yearly-target columns (分年度目标), in order: {@code [2021, 2022]} for a
   * table with {@code target_2021} and {@code target_2022}, or {@code 2021年目标} and {@code 2022年目标},
   * beside its {@code target}; the columns a writer of its rows needs.
   */
  public java.util.SortedSet<Integer> yearlyTargetYears() {
    return java.util.Collections.unmodifiableSortedSet(
        new java.util.TreeSet<>(header.yearlyAt.values()));
  }

  /** How the table was understood so far: its columns and the rows the layout gave a role. */
  public CsvLayout layout() {
    return layout;
  }

  @Override
  PlanReadResult result(List<RowRecord> records) {
    String title = options.title().or(layout::title).orElse(options.source());
    return PlanReadResult.of(
        records, problems, options, title, options.region(), Optional.empty(), layout.notes());
  }

  @Override
  @Nullable RowRecord readRecord() {
    if (!queued.isEmpty()) {
      return queued.poll();
    }
    if (brokenAfterHeader) {
      finish();
      return null;
    }
    RowField[] columns = header.columnAt;
    while (true) {
      reportUndecoded(handled);
      rowMark = problems.startRecord();
      try {
        if (!rows.next(columns.length)) {
          finish();
          return null;
        }
        List<String> row = rows.cells();
        long line = rows.line();
        handled = line;
        if (layoutRows.skipped(line, row, rows.count(), header, published != null)) {
          continue;
        }
        RowCells byColumn = rowCells.clear();
        for (int i = 0; i < row.size(); i++) {
          RowField column = columns[i];
          if (column != null) {
            byColumn.put(column, FormulaEscaping.unescape(row.get(i)), line, i + 1);
          }
        }
        rejectUndecoded(byColumn, row);
        return record(line, byColumn, row, rows.count(), rows.surplus());
      } catch (JacksonException e) {
        fail(e, rows.failedLine(), rows.count() + 1);
        finish();
        return null;
      }
    }
  }

  /**
   * Reports each place of bytes that did not decode (a lenient reading) in the records up to line
   * {@code line}.
   */
  private void reportUndecoded(long line) {
    for (Encodings.Undecoded bad : Encodings.takeUndecoded(reader, u -> u.record() <= line)) {
      problems.add(bad.line(), bad.column(), "", bad.elsewhere());
    }
  }

  /**
   * Marks each cell of the row read last that holds bytes that did not decode invalid (a lenient
   * reading): its text is kept as decoded, with U+FFFD for the bytes. Bytes in a cell of no column
   * of the plan are reported at their place.
   */
  private void rejectUndecoded(RowCells byColumn, List<String> row) {
    long line = rows.line();
    for (Encodings.Undecoded bad : Encodings.takeUndecoded(reader, u -> u.record() <= line)) {
      int i = (int) bad.column() - 1;
      boolean here = bad.record() == line && i >= 0 && i < row.size();
      RowField column = here && i < header.columnAt.length ? header.columnAt[i] : null;
      if (column != null && byColumn.has(column)) {
        if (byColumn.rejection(column) == null) {
          byColumn.reject(column, bad.line(), bad.column(), bad.inCell());
        }
      } else {
        problems.add(bad.line(), bad.column(), here ? row.get(i) : "", bad.elsewhere());
      }
    }
  }

  /**
   * The record of a row whose mapped cells are in {@code byColumn}.
   *
   * @param cells the texts of the row
   * @param count the number of cells in the row
   * @param surplus the first cell after the header's last column, or null
   */
  private RowRecord record(
      long line, RowCells byColumn, List<String> cells, int count, @Nullable String surplus) {
    header.yearFromHeading.forEach(
        (column, year) -> {
          if (!byColumn.has(column)) {
            byColumn.put(
                column, String.valueOf(year), 1, header.indexOf(yearValueColumn(column)) + 1);
          }
        });
    Map<String, String> extra = header.unknown.isEmpty() ? Map.of() : new LinkedHashMap<>();
    for (int i : header.unknown) {
      extra.put(
          header.extraName.get(i), i < cells.size() ? FormulaEscaping.unescape(cells.get(i)) : "");
    }
    int mark = rowMark;
    if (surplus != null) {
      problems.add(
          line,
          rows.surplusAt(),
          surplus,
          "the row has " + count + " cells, the header " + header.headings.length);
    }
    if (count < header.headings.length && count < lastMapped() + 1) {
      layout.warning(
          new Problem(
              options.source(),
              line,
              count + 1,
              "",
              "the row has "
                  + count
                  + " cells, the header "
                  + header.headings.length
                  + "; the missing cells are read as empty"));
    }
    List<Problem> ofGroup = List.of();
    if (published != null) {
      RowCells group = published.split(byColumn, cells);
      if (group != null) {
        published.prepare(group, true);
        RowRecord groupRecord =
            assembler.assemble(line, group, Map.of(), Encodings.mayHaveStrayCharacters(reader));
        published.assembled(groupRecord);
        queued.add(groupRecord);
        ofGroup = groupRecord.problems();
      }
      published.prepare(byColumn, false);
    }
    RowRecord record =
        assembler.assemble(line, byColumn, extra, Encodings.mayHaveStrayCharacters(reader));
    if (!header.yearlyAt.isEmpty()) {
      record = withYearlyTargets(record, line, cells);
    }
    if (published != null) {
      published.assembled(record);
    }
    if (record.problems().size() != problems.size() - mark - ofGroup.size()) {
      // the line's own problems, and the row's, but not those of a group row split from it
      problems.sortSince(mark);
      List<Problem> ofRow = new ArrayList<>(problems.since(mark));
      ofRow.removeAll(ofGroup);
      record = RowRecord.builder().from(record).problems(ofRow).build();
    }
    if (!queued.isEmpty()) {
      queued.add(record);
      return queued.poll();
    }
    return record;
  }

  /**
   * The record with the row's yearly targets (分年度目标) from the columns {@link CsvHeader#yearlyAt}
   * maps, by {@link RowAssembler#withYearlyTargets}: a cell that is not a value, or whose year the
   * row cannot have, is kept with the row under its heading.
   */
  private RowRecord withYearlyTargets(RowRecord record, long line, List<String> cells) {
    List<RowAssembler.YearlyCell> yearly = new ArrayList<>(header.yearlyAt.size());
    for (Map.Entry<Integer, Integer> column : header.yearlyAt.entrySet()) {
      int at = column.getKey();
      String text = at < cells.size() ? FormulaEscaping.unescape(cells.get(at)) : "";
      yearly.add(
          new RowAssembler.YearlyCell(
              column.getValue(), text, line, at + 1, header.headings[at].strip(), null));
    }
    return assembler.withYearlyTargets(record, yearly);
  }

  /** The last column the header maps, 0-based, or −1. */
  private int lastMapped() {
    int last = -1;
    for (int i = 0; i < header.columnAt.length; i++) {
      if (header.columnAt[i] != null || header.unknown.contains(i) || i == header.subItem) {
        last = i;
      }
    }
    return last;
  }

  private static RowField yearValueColumn(RowField yearColumn) {
    return switch (yearColumn) {
      case BASE_YEAR -> RowField.BASE;
      case TARGET_YEAR -> RowField.TARGET;
      default -> RowField.ACTUAL;
    };
  }

  /** A failed read of the cell {@code field} of the row starting on {@code line}. */
  private void fail(JacksonException e, long line, long field) {
    if (!Encodings.reportFailure(reader, problems)) {
      problems.add(line, field, "", Problems.jacksonReason(e));
    }
  }

  @Override
  void finish() {
    if (finished) {
      return;
    }
    finished = true;
    Encodings.reportFailure(reader, problems);
    reportUndecoded(Long.MAX_VALUE);
    assembler.checkParents();
    rows.close();
    if (options.mode() == ReadMode.STRICT) {
      problems.throwIfAny();
    }
  }

  @Override
  public void close() {
    finished = true;
    rows.close();
  }

  static List<PlanRow> rows(List<RowRecord> records) {
    List<PlanRow> rows = new ArrayList<>();
    records.forEach(r -> r.row().ifPresent(rows::add));
    return rows;
  }
}

package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.PlanRow;
import io.github.planning.io.internal.Encodings;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowAssembler;
import io.github.planning.io.internal.RowCells;
import io.github.planning.io.jackson.PlanningJson;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

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

  private static final CsvMapper CSV =
      CsvMapper.builder(CsvFactory.builder().streamReadConstraints(PlanningJson.LIMITS).build())
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .build();

  /** The most columns a header may have; a plan table has about twenty. */
  static final int MAX_COLUMNS = 1_000;

  /** The most lines above the header read as title, unit or note lines. */
  static final int MAX_PREAMBLE = 20;

  private final JsonParser parser;
  private final CsvHeader header;
  private final CsvLayout layout = new CsvLayout();
  private final @Nullable PublishedRows published;
  private final RowCells rowCells = new RowCells();

  /** The texts of the row being read, in the order of the header; emptied for each row. */
  private final List<String> cells = new ArrayList<>();

  private final java.util.ArrayDeque<RowRecord> queued = new java.util.ArrayDeque<>();
  private final Reader reader;
  private long lastLine = 1;

  /** The line of the row in {@link #cells}, −1 at the end of the input. */
  private long rowLine;

  /** The first non-empty cell after the header's last column, or null. */
  private @Nullable String surplus;

  /** The 1-based column of {@link #surplus}. */
  private int surplusAt;

  private int count;
  private @Nullable List<String> pushedBack;
  private long pushedBackLine;
  private int pushedBackCount;
  private @Nullable String pushedBackSurplus;
  private int pushedBackSurplusAt;

  /** Whether the input failed right after the header (the failure is a problem already). */
  private boolean brokenAfterHeader;

  private boolean inNotes;

  /** The number of problems before the row being read. */
  private int rowMark;

  /** The line of the last record read and handled, row or not. */
  private long handled;

  private PlanCsvReader(Reader reader, ReadOptions options) {
    super(options, true);
    this.reader = reader;
    this.parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(reader);
    Map<String, RowField> user = userColumns(options);
    List<String> headings = new ArrayList<>();
    long headerLine = 1;
    List<String> second = null;
    boolean tooWide = false;
    try {
      expect(JsonToken.START_ARRAY);
      for (int preamble = 0; readRaw(MAX_COLUMNS); preamble++) {
        String only = onlyCell(cells);
        if (preamble < MAX_PREAMBLE
            && (only == null && allEmpty(cells)
                || only != null
                    && CsvHeadings.term(only) == null
                    && !user.containsKey(CsvHeadings.normalise(only)))) {
          if (only != null) {
            preamble(rowLine, only.strip());
          }
          continue;
        }
        headerLine = rowLine;
        layout.row(headerLine, "header", "");
        cells.forEach(cell -> headings.add(FormulaEscaping.unescape(cell)));
        if (count > MAX_COLUMNS) {
          tooWide = true;
          problems.add(
              headerLine,
              MAX_COLUMNS + 1,
              surplus == null ? "" : surplus,
              "the header has more than " + MAX_COLUMNS + " columns");
        }
        break;
      }
      if (!headings.isEmpty() && !tooWide && readRaw(MAX_COLUMNS)) {
        if (CsvHeader.isSecondRow(headings.toArray(new String[0]), cells, user)) {
          second = List.copyOf(cells);
          layout.row(rowLine, "the second header row", String.join(" | ", cells).strip());
        } else {
          pushedBack = List.copyOf(cells);
          pushedBackLine = rowLine;
          pushedBackCount = count;
          pushedBackSurplus = surplus;
          pushedBackSurplusAt = surplusAt;
        }
      }
    } catch (JacksonException e) {
      if (headings.isEmpty()) {
        fail(e, lastLine, headings.size() + 1);
      } else {
        fail(e, rowLine < 0 ? lastLine + 1 : rowLine, count + 1);
        brokenAfterHeader = true;
      }
    }
    if (headings.isEmpty() && Encodings.reportFailure(reader, problems)) {
      // the first line holds a byte that does not decode
      finished = true;
      closeQuietly();
      if (options.mode() == ReadMode.STRICT) {
        problems.throwIfAny();
      }
    } else if (headings.isEmpty() || (headings.size() == 1 && headings.get(0).isBlank())) {
      problems.add(1, 1, "", "the input has no header; the first line must name the columns");
    }
    handled = second != null ? rowLine : headerLine;
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
        closeQuietly();
        if (!lenient) {
          problems.throwIfAny();
        }
      }
    }
  }

  /** A line above the header: a unit line, a note, or a title line. */
  private void preamble(long line, String text) {
    String h = CsvHeadings.normalise(text);
    if (h.startsWith("单位:") && h.length() > 3) {
      layout.unit(line, text, h.substring(3));
    } else if (isNote(text)) {
      layout.note(line, text);
    } else {
      layout.title(line, text);
    }
  }

  private static boolean isNote(String text) {
    String h = CsvHeadings.normalise(text);
    return h.startsWith("注") && (h.length() == 1 || ":：0123456789".indexOf(h.charAt(1)) >= 0)
        || h.startsWith("说明:")
        || h.startsWith("资料来源:")
        || h.startsWith("数据来源:");
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
   * Reads the next row's texts into {@link #cells}, at most {@code max} of them (the rest are
   * counted, the first non-empty one kept as {@link #surplus}); false at the end of the input.
   */
  private boolean readRaw(int max) {
    cells.clear();
    surplus = null;
    count = 0;
    rowLine = -1;
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return false;
    }
    while (nextToken() == JsonToken.VALUE_STRING) {
      if (count == 0) {
        rowLine = parser.currentTokenLocation().getLineNr();
      }
      if (count < max) {
        cells.add(parser.getString());
      } else if (surplus == null) {
        String text = parser.getString();
        if (!text.isEmpty()) {
          surplus = text;
          surplusAt = count + 1;
        }
      }
      count++;
    }
    if (count > 0) {
      lastLine = parser.currentTokenLocation().getLineNr();
    }
    return true;
  }

  /**
   * The next token of a row. In lenient mode a malformed cell ({@code "GDP"x}) is a problem and the
   * reading goes on with the next cell, so that the rows after it are kept; a byte that does not
   * decode and the end of the input inside a quoted cell end the reading.
   */
  private JsonToken nextToken() {
    for (int failures = 0; ; failures++) {
      try {
        return parser.nextToken();
      } catch (JacksonException e) {
        boolean recoverable =
            options.mode() == ReadMode.LENIENT
                && failures < MAX_COLUMNS
                && !(e.getCause() instanceof Encodings.UndecodableException)
                && !Problems.jacksonReason(e).startsWith("the input ends");
        if (!recoverable) {
          throw e;
        }
        long at =
            e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? e.getLocation().getLineNr()
                : lastLine;
        problems.add(
            rowLine > 0 ? rowLine : at,
            count + 1,
            "",
            Problems.jacksonReason(e)
                + " (the cell is read as empty; the rest of the row and the rows after it are read)");
      }
    }
  }

  /** The only non-empty cell of a row, or null when it has none or more than one. */
  private static @Nullable String onlyCell(List<String> cells) {
    String only = null;
    for (String cell : cells) {
      if (!cell.isBlank()) {
        if (only != null) {
          return null;
        }
        only = cell;
      }
    }
    return only;
  }

  private static boolean allEmpty(List<String> cells) {
    for (String cell : cells) {
      if (!cell.isEmpty()) {
        return false;
      }
    }
    return true;
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
        List<String> row;
        if (pushedBack != null) {
          takePushedBack(columns.length);
        } else if (!readRaw(columns.length)) {
          finish();
          return null;
        }
        row = cells;
        handled = rowLine;
        if (allEmpty(row) || count == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (isRepeatedHeader(row)) {
          layout.row(rowLine, "a repeated header, skipped", "");
          continue;
        }
        if (published != null && isNoteRow(row)) {
          inNotes = true;
          layout.note(rowLine, requireNonNull(onlyCell(row)).strip()); // a note row has one
          continue;
        }
        inNotes = false;
        RowCells byColumn = rowCells.clear();
        for (int i = 0; i < row.size(); i++) {
          RowField column = columns[i];
          if (column != null) {
            byColumn.put(column, FormulaEscaping.unescape(row.get(i)), rowLine, i + 1);
          }
        }
        rejectUndecoded(byColumn, row);
        return record(rowLine, byColumn, row, count, surplus);
      } catch (JacksonException e) {
        fail(e, rowLine < 0 ? lastLine + 1 : rowLine, count + 1);
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
   * Marks each cell of the row in {@link #cells} that holds bytes that did not decode invalid (a
   * lenient reading): its text is kept as decoded, with U+FFFD for the bytes. Bytes in a cell of no
   * column of the plan are reported at their place.
   */
  private void rejectUndecoded(RowCells byColumn, List<String> row) {
    for (Encodings.Undecoded bad : Encodings.takeUndecoded(reader, u -> u.record() <= rowLine)) {
      int i = (int) bad.column() - 1;
      boolean here = bad.record() == rowLine && i >= 0 && i < row.size();
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

  /** Puts the row read after the header into {@link #cells}, as {@link #readRaw} would. */
  private void takePushedBack(int max) {
    cells.clear();
    surplus = pushedBackSurplus;
    surplusAt = pushedBackSurplusAt;
    List<String> row = requireNonNull(pushedBack);
    for (int i = 0; i < row.size(); i++) {
      String text = row.get(i);
      if (i < max) {
        cells.add(text);
      } else if (i < surplusAt - 1 || surplus == null) {
        if (!text.isEmpty()) {
          surplus = text;
          surplusAt = i + 1;
        }
      }
    }
    count = pushedBackCount;
    rowLine = pushedBackLine;
    pushedBack = null;
  }

  /** Whether a row repeats the header, as at a page break of a published table. */
  private boolean isRepeatedHeader(List<String> row) {
    int same = 0;
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i).strip();
      if (cell.isEmpty()) {
        continue;
      }
      if (i >= header.headings.length || !cell.equals(header.headings[i].strip())) {
        return false;
      }
      same++;
    }
    return same >= 2;
  }

  /**
   * Whether a row of a published table is a note: its only cell begins with 注, or, right after a
   * note, its only cell is not in the name column (a numbered note).
   */
  private boolean isNoteRow(List<String> row) {
    String only = onlyCell(row);
    return only != null
        && (isNote(only) || inNotes && row.indexOf(only) != header.indexOf(RowField.NAME));
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
          surplusAt,
          surplus,
          "the row has " + count + " cells, the header " + header.headings.length);
    }
    if (count < header.headings.length && count < lastMapped() + 1) {
      layout.row(
          line,
          "a warning: the row has "
              + count
              + " cells, the header "
              + header.headings.length
              + "; the missing cells are read as empty",
          "");
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

  private void expect(JsonToken token) {
    if (parser.nextToken() != token) {
      throw new IllegalStateException("unexpected CSV token");
    }
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
    closeQuietly();
    if (options.mode() == ReadMode.STRICT) {
      problems.throwIfAny();
    }
  }

  private void closeQuietly() {
    try {
      parser.close();
    } catch (JacksonException e) {
      // closing a reader that failed: the failure is already a problem
    }
  }

  @Override
  public void close() {
    finished = true;
    closeQuietly();
  }

  static List<PlanRow> rows(List<RowRecord> records) {
    List<PlanRow> rows = new ArrayList<>();
    records.forEach(r -> r.row().ifPresent(rows::add));
    return rows;
  }
}

package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a plan table from CSV, row by row, in memory independent of the file's size.
 *
 * <pre>{@code
 * try (PlanCsvReader reader = PlanCsvReader.open(in, ReadOptions.of("plan.csv"))) {
 *   reader.forEachRemaining(record -> record.row().ifPresent(this::store));
 * }   // strict: throws PlanningReadException at the end if any row was bad
 * }</pre>
 *
 * <p>The first record is the header (see {@link CsvColumn}; the published Chinese headings are
 * accepted). Blank lines are skipped. In strict mode only good rows are returned, and when the
 * input is exhausted (or the problem cap is reached) a {@link PlanningReadException} lists every
 * problem, so a consumer must not commit what it read before the iteration completes. In lenient
 * mode every row is returned with its problems.
 */
public final class PlanCsvReader extends PlanRecordReader {

  private static final CsvMapper CSV = CsvMapper.builder(
          CsvFactory.builder().streamReadConstraints(PlanningJson.LIMITS).build())
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .build();

  /** The most columns a header may have; a plan table has about twenty. */
  static final int MAX_COLUMNS = 1_000;

  private final JsonParser parser;
  private final CsvHeader header;
  private final RowCells rowCells = new RowCells();
  /**
   * The texts of the row being read, in the order of the header, when it has unknown columns;
   * emptied for each row.
   */
  private final List<String> cells = new ArrayList<>();
  private final Reader reader;
  private long lastLine = 1;

  private PlanCsvReader(Reader reader, ReadOptions options) {
    super(options, true);
    this.reader = reader;
    this.parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(reader);
    List<String> headings = new ArrayList<>();
    long headerLine = 1;
    try {
      expect(JsonToken.START_ARRAY);
      if (parser.nextToken() == JsonToken.START_ARRAY) {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
          headerLine = parser.currentTokenLocation().getLineNr();
          if (headings.size() == MAX_COLUMNS) {
            problems.add(headerLine, MAX_COLUMNS + 1, parser.getString(),
                "the header has more than " + MAX_COLUMNS + " columns");
            break;
          }
          headings.add(parser.getString());
        }
      }
    } catch (JacksonException e) {
      fail(e, 1, headings.size() + 1);
    }
    if (headings.isEmpty() || (headings.size() == 1 && headings.get(0).isBlank())) {
      problems.add(1, 1, "", "the input has no header; the first line must name the columns");
    }
    this.header = CsvHeader.of(headings.toArray(new String[0]), problems, headerLine,
        options.keepUnknownColumns());
    if (!problems.isEmptySince(0)) {
      finished = true;
      if (options.mode() == ReadMode.STRICT || headings.size() == MAX_COLUMNS) {
        closeQuietly();
        problems.throwIfAny();
      }
    }
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

  @Override
  PlanReadResult result(List<RowRecord> records) {
    return PlanReadResult.of(records, problems, options, options.title().orElse(options.source()),
        options.region(), Optional.empty(), List.of());
  }

  @Override
  RowRecord readRecord() {
    CsvColumn[] columns = header.columnAt;
    boolean keepCells = !header.unknown.isEmpty();
    while (true) {
      RowCells byColumn = rowCells.clear();
      List<String> cells = this.cells;
      cells.clear();
      long line = -1;
      int count = 0;
      String first = "";
      String surplus = null;
      try {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          finish();
          return null;
        }
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          String text = parser.getString();
          if (count == 0) {
            line = parser.currentTokenLocation().getLineNr();
            first = text;
          }
          if (count < columns.length) {
            // each cell is placed while it is at hand, rather than kept for a second pass
            CsvColumn column = columns[count];
            if (column != null) {
              byColumn.put(column, FormulaEscaping.unescape(text), line, count + 1);
            }
            if (keepCells) {
              cells.add(text);
            }
          } else if (count == columns.length) {
            surplus = text;
          }
          count++;
        }
        if (count > 0) {
          // the end of a row keeps the place of its last cell
          lastLine = parser.currentTokenLocation().getLineNr();
        }
        if (count == 1 && first.isEmpty()) {
          continue;
        }
        return record(line, byColumn, cells, count, surplus);
      } catch (JacksonException e) {
        fail(e, line < 0 ? lastLine + 1 : line, count + 1);
        finish();
        return null;
      }
    }
  }

  /**
   * The record of a row whose mapped cells are in {@code byColumn}.
   *
   * @param cells the texts of the row when the header has unknown columns, else empty
   * @param count the number of cells in the row
   * @param surplus the first cell after the header's last column, or null
   */
  private RowRecord record(long line, RowCells byColumn, List<String> cells, int count,
      String surplus) {
    if (!header.yearFromHeading.isEmpty()) {
      header.yearFromHeading.forEach((column, year) -> {
        if (!byColumn.has(column)) {
          byColumn.put(column, String.valueOf(year), 1,
              header.indexOf(yearValueColumn(column)) + 1);
        }
      });
    }
    Map<String, String> extra = header.unknown.isEmpty() ? Map.of() : new LinkedHashMap<>();
    for (int i : header.unknown) {
      extra.put(header.headings[i].strip(),
          i < cells.size() ? FormulaEscaping.unescape(cells.get(i)) : "");
    }
    int mark = problems.size();
    if (count > header.headings.length) {
      problems.add(line, header.headings.length + 1, surplus,
          "the row has " + count + " cells, the header " + header.headings.length);
    }
    RowRecord record = assembler.assemble(line, byColumn, extra,
        Encodings.mayHaveStrayCharacters(reader));
    if (record.problems().size() != problems.size() - mark) {
      problems.sortSince(mark);
      return RowRecord.builder().from(record).problems(problems.since(mark)).build();
    }
    return record;
  }

  private static CsvColumn yearValueColumn(CsvColumn yearColumn) {
    switch (yearColumn) {
      case BASE_YEAR:
        return CsvColumn.BASE;
      case TARGET_YEAR:
        return CsvColumn.TARGET;
      default:
        return CsvColumn.ACTUAL;
    }
  }

  private void expect(JsonToken token) {
    if (parser.nextToken() != token) {
      throw new IllegalStateException("unexpected CSV token");
    }
  }

  /** A failed read of the cell {@code field} of the row starting on {@code line}. */
  private void fail(JacksonException e, long line, int field) {
    problems.add(line, field, "", e.getCause() instanceof Encodings.UndecodableException
        ? e.getCause().getMessage() : Problems.jacksonReason(e));
  }

  @Override
  void finish() {
    if (finished) {
      return;
    }
    finished = true;
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

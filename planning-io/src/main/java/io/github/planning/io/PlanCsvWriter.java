package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.ValueKind;
import io.github.planning.io.internal.RowAssembler;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes plan rows as CSV, row by row: UTF-8, the canonical header (or the Chinese headings), a BOM
 * on request.
 *
 * <pre>{@code
 * try (PlanCsvWriter writer = PlanCsvWriter.open(out, WriteOptions.excel(), List.of())) {
 *   plan.rows().forEach(writer::write);
 * }
 * }</pre>
 *
 * <p>Yearly targets (分年度目标) go in a column per year after the canonical ones, {@code target_2023}
 * (or {@code 2023年目标} with the Chinese headings), which {@link PlanCsvReader} reads back as the
 * yearly targets they are; a writer is opened with the years of its columns ({@link
 * #yearlyTargetYears}), and a row with a yearly target of another year is refused, never written
 * without it.
 *
 * <p>Text cells that begin with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF are
 * written with a leading apostrophe against formula injection, which {@link PlanCsvReader} takes
 * off; value cells that are figures ({@code -13}) are written as they are.
 */
public final class PlanCsvWriter implements Closeable, Flushable {

  private static final CsvMapper CSV = CsvMapper.builder().build();

  private static final int FIELDS = RowField.values().length;

  private final SequenceWriter out;
  private final List<Integer> yearlyYears;
  private final List<String> extraHeadings;
  private final String[] cells;

  private PlanCsvWriter(
      Writer writer,
      WriteOptions options,
      Collection<Integer> yearlyTargetYears,
      List<String> extraHeadings) {
    this.yearlyYears = List.copyOf(new TreeSet<>(yearlyTargetYears));
    this.extraHeadings = List.copyOf(extraHeadings);
    this.cells = new String[FIELDS + yearlyYears.size() + extraHeadings.size()];
    try {
      this.out =
          CSV.writer().with(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(writer);
      for (RowField column : RowField.values()) {
        cells[column.ordinal()] =
            options.chineseHeadings() ? column.chineseHeading() : column.csvHeading();
      }
      for (int i = 0; i < yearlyYears.size(); i++) {
        int year = yearlyYears.get(i);
        cells[FIELDS + i] =
            options.chineseHeadings() ? year + "年目标" : CsvHeader.YEARLY_TARGET_PREFIX + year;
      }
      for (int i = 0; i < extraHeadings.size(); i++) {
        cells[firstExtra() + i] = FormulaEscaping.escape(extraHeadings.get(i));
      }
      out.write(cells);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  /**
   * Opens a writer of UTF-8 bytes (with a BOM if the options ask for one), for rows without yearly
   * targets.
   *
   * @param extraHeadings headings of extra columns written after the canonical ones, whose cells
   *     come from each record's {@link RowRecord#extra()}
   */
  public static PlanCsvWriter open(
      OutputStream out, WriteOptions options, List<String> extraHeadings) {
    return open(out, options, Set.of(), extraHeadings);
  }

  /**
   * Opens a writer of UTF-8 bytes (with a BOM if the options ask for one) with a column for the
   * yearly targets of each of {@code yearlyTargetYears}.
   *
   * <pre>{@code
   * PlanCsvWriter.open(out, WriteOptions.canonical(), PlanCsvWriter.yearlyTargetYears(rows), List.of());
   * }</pre>
   *
   * @param extraHeadings headings of extra columns written after the others, whose cells come from
   *     each record's {@link RowRecord#extra()}
   */
  public static PlanCsvWriter open(
      OutputStream out,
      WriteOptions options,
      Collection<Integer> yearlyTargetYears,
      List<String> extraHeadings) {
    requireNonNull(out, "out");
    requireNonNull(options, "options");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16);
    if (options.bom()) {
      try {
        writer.write('\uFEFF');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new PlanCsvWriter(
        writer,
        options,
        requireNonNull(yearlyTargetYears, "yearlyTargetYears"),
        requireNonNull(extraHeadings, "extraHeadings"));
  }

  /** Opens a writer of characters, for rows without yearly targets; no BOM is written. */
  public static PlanCsvWriter open(
      Writer writer, WriteOptions options, List<String> extraHeadings) {
    return open(writer, options, Set.of(), extraHeadings);
  }

  /**
   * Opens a writer of characters with a column for the yearly targets of each of {@code
   * yearlyTargetYears}; no BOM is written.
   */
  public static PlanCsvWriter open(
      Writer writer,
      WriteOptions options,
      Collection<Integer> yearlyTargetYears,
      List<String> extraHeadings) {
    return new PlanCsvWriter(
        requireNonNull(writer, "writer"),
        requireNonNull(options, "options"),
        requireNonNull(yearlyTargetYears, "yearlyTargetYears"),
        requireNonNull(extraHeadings, "extraHeadings"));
  }

  /**
   * Writes every row of a plan to a stream, with the canonical header and a column for each year of
   * its yearly targets.
   */
  public static void write(Plan plan, OutputStream out, WriteOptions options) {
    try (PlanCsvWriter writer = open(out, options, yearlyTargetYears(plan.rows()), List.of())) {
      plan.rows().forEach(writer::write);
    }
  }

  /**
   * The years of the rows' yearly targets, in order: the columns a writer of them needs.
   *
   * <pre>{@code
   * PlanCsvWriter.yearlyTargetYears(plan.rows());   // [2021, 2022, 2023, 2024]
   * }</pre>
   */
  public static SortedSet<Integer> yearlyTargetYears(Iterable<PlanRow> rows) {
    SortedSet<Integer> years = new TreeSet<>();
    rows.forEach(row -> years.addAll(row.yearlyTargets().keySet()));
    return Collections.unmodifiableSortedSet(years);
  }

  /** Writes one row. */
  public void write(PlanRow row) {
    write(RowRecord.of(row));
  }

  /**
   * Writes one record: its row, the raw text of its invalid cells (so that a lenient read loses
   * nothing), and its extra columns.
   */
  public void write(RowRecord record) {
    requireNonNull(record, "record");
    java.util.Arrays.fill(cells, "");
    record.row().ifPresent(this::fill);
    record
        .invalidCells()
        .forEach((field, text) -> cells[field.ordinal()] = FormulaEscaping.escape(text));
    for (int i = 0; i < extraHeadings.size(); i++) {
      cells[firstExtra() + i] =
          FormulaEscaping.escape(record.extra().getOrDefault(extraHeadings.get(i), ""));
    }
    for (int i = 0; i < cells.length; i++) {
      checkEncodable(cells[i], i, record);
    }
    try {
      out.write(cells);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  /**
   * Refuses a text with an unpaired surrogate, which UTF-8 cannot hold (an encoder would write it
   * as {@code ?}, losing it silently), or with a character the reader refuses in any cell (a byte
   * order mark, a control character other than tab, CR and LF).
   */
  private void checkEncodable(String text, int column, RowRecord record) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (RowAssembler.isStray(c)) {
        RowAssembler.checkWritable(
            text, heading(column), record.row().map(PlanRow::code).orElse("?"));
      }
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i))
              : !Character.isLowSurrogate(c);
      if (!paired) {
        throw new IllegalArgumentException(
            "Cannot write the "
                + heading(column)
                + " of row '"
                + record.row().map(PlanRow::code).orElse("?")
                + "' as UTF-8: an unpaired surrogate at "
                + "index "
                + i);
      }
    }
  }

  private int firstExtra() {
    return FIELDS + yearlyYears.size();
  }

  private String heading(int column) {
    if (column < FIELDS) {
      return RowField.values()[column].csvHeading();
    }
    return column < firstExtra()
        ? CsvHeader.YEARLY_TARGET_PREFIX + yearlyYears.get(column - FIELDS)
        : extraHeadings.get(column - firstExtra());
  }

  private void fill(PlanRow row) {
    Indicator indicator = row.indicator();
    text(RowField.CODE, indicator.code());
    text(RowField.PARENT, indicator.parent());
    text(RowField.CATEGORY, indicator.category());
    text(RowField.SEQ, indicator.sequence());
    text(RowField.NAME, indicator.name());
    text(
        RowField.UNIT,
        indicator.unit().isNone() && indicator.unit().symbol().isEmpty()
            ? ""
            : indicator.unit().symbol());
    indicator.direction().ifPresent(d -> cells[RowField.DIRECTION.ordinal()] = WireSpelling.of(d));
    indicator.limit().ifPresent(l -> cells[RowField.LIMIT.ordinal()] = l.toPlainString());
    indicator.measure().ifPresent(m -> cells[RowField.MEASURE.ordinal()] = WireSpelling.of(m));
    row.baseYear().ifPresent(y -> cells[RowField.BASE_YEAR.ordinal()] = String.valueOf(y));
    value(RowField.BASE, row.base());
    row.targetYear().ifPresent(y -> cells[RowField.TARGET_YEAR.ordinal()] = String.valueOf(y));
    value(RowField.TARGET, row.target());
    value(RowField.TARGET_GROWTH, row.targetGrowth());
    row.actualYear().ifPresent(y -> cells[RowField.ACTUAL_YEAR.ordinal()] = String.valueOf(y));
    value(RowField.ACTUAL, row.actual());
    value(RowField.ACTUAL_GROWTH, row.actualGrowth());
    row.assessment().ifPresent(a -> cells[RowField.ASSESSMENT.ordinal()] = WireSpelling.of(a));
    indicator.attribute().ifPresent(a -> cells[RowField.ATTRIBUTE.ordinal()] = WireSpelling.of(a));
    if (indicator.featured()) {
      cells[RowField.FEATURED.ordinal()] = "true";
    }
    text(RowField.NOTE, indicator.note());
    row.yearlyTargets()
        .forEach(
            (year, target) -> {
              int at = yearlyYears.indexOf(year);
              if (at < 0) {
                throw new IllegalArgumentException(
                    "Cannot write the yearly target of "
                        + year
                        + " of row '"
                        + indicator.code()
                        + "': this writer has columns for the yearly targets of "
                        + (yearlyYears.isEmpty() ? "no year" : yearlyYears)
                        + "; open it with the years of every row's yearly targets "
                        + "(PlanCsvWriter.yearlyTargetYears)");
              }
              cells[FIELDS + at] = valueText(target);
            });
  }

  private void text(RowField column, String text) {
    cells[column.ordinal()] = FormulaEscaping.escape(text);
  }

  private void text(RowField column, Optional<String> text) {
    text.ifPresent(t -> text(column, t));
  }

  private void value(RowField column, Optional<PlanValue> value) {
    value.ifPresent(v -> cells[column.ordinal()] = valueText(v));
  }

  private static String valueText(PlanValue value) {
    return isFigures(value) ? value.text() : FormulaEscaping.escape(value.text());
  }

  private static boolean isFigures(PlanValue value) {
    return value.kind() == ValueKind.FIGURE || value.kind() == ValueKind.RATIO;
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }
}

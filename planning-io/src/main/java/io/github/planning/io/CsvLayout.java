package io.github.planning.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a CSV table was understood: each column's heading and field, and each row the layout gave a
 * role (title, unit line, header, group, sub-row, note, skipped).
 *
 * <pre>{@code
 * PlanCsvReader reader = PlanCsvReader.open(in, options);
 * reader.readAll();
 * for (CsvLayout.Column c : reader.layout().columns()) {
 *   System.out.println(c);     // column 3 '指  标' → name (the published heading '指标')
 * }
 * reader.layout().rows();      // [line 1: title '表1 主要指标', line 7: group '二、社会民生' …]
 * }</pre>
 *
 * <p>Only the rows with a role are listed (at most {@value #MAX_ROWS}); an ordinary row of values
 * is not. A row assembled as a sub-row names its parent's code.
 */
public final class CsvLayout {

  /** The most rows {@link #rows()} lists, so that a long table costs no memory. */
  public static final int MAX_ROWS = 10_000;

  /** One column: its 1-based place, its heading as written, the field, how it was found. */
  public record Column(int column, String heading, String field, String how) {
    @Override
    public String toString() {
      return "column " + column + " '" + heading + "' → " + field + " (" + how + ")";
    }
  }

  /** One row with a role: its line, the role, the text that shows it. */
  public record Row(long line, String role, String text) {
    @Override
    public String toString() {
      return "line " + line + ": " + role + (text.isEmpty() ? "" : " '" + text + "'");
    }
  }

  private final List<Column> columns = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final List<String> titleLines = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private @Nullable String unit;
  private boolean published;
  private int rowsLeftOut;

  CsvLayout() {}

  /** Every column of the header, in order. */
  public List<Column> columns() {
    return List.copyOf(columns);
  }

  /** The rows with a role, in order (see the class documentation). */
  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /**
   * What the reader noticed but read on, each at its place (at most {@value #MAX_ROWS}): a row with
   * fewer cells than the header, whose missing cells are read as empty. They are listed among
   * {@link #rows()} too, as "a warning".
   *
   * <pre>{@code
   * reader.layout().warnings();
   * // [plan.csv:2:7: the row has 6 cells, the header 8; the missing cells are read as empty]
   * }</pre>
   */
  public List<Problem> warnings() {
    return List.copyOf(warnings);
  }

  /** How many rows with a role were not listed, beyond {@value #MAX_ROWS}. */
  public int rowsLeftOut() {
    return rowsLeftOut;
  }

  /** The title lines above the header, joined by a space; empty when there are none. */
  public Optional<String> title() {
    return titleLines.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", titleLines));
  }

  /** The unit of a unit line above the header ({@code 单位：亿元} → 亿元). */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** The note rows (注：…), in order. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /**
   * Whether the table is read as published: it has no code column, so that codes, parents and blank
   * categories come from the layout.
   */
  public boolean published() {
    return published;
  }

  void column(CsvHeader.Reading reading) {
    columns.add(new Column(reading.column(), reading.heading(), reading.field(), reading.how()));
  }

  void row(long line, String role, String text) {
    if (rows.size() < MAX_ROWS) {
      rows.add(new Row(line, role, text));
    } else {
      rowsLeftOut++;
    }
  }

  void warning(Problem warning) {
    if (warnings.size() < MAX_ROWS) {
      warnings.add(warning);
    }
    row(warning.line(), "a warning: " + warning.reason(), "");
  }

  void title(long line, String text) {
    titleLines.add(text);
    row(line, "title", text);
  }

  void unit(long line, String text, String unit) {
    this.unit = unit;
    row(line, "unit line, the default unit " + unit, text);
  }

  void note(long line, String text) {
    notes.add(text);
    row(line, "note", text);
  }

  void published(boolean published) {
    this.published = published;
  }

  List<String> noteList() {
    return notes;
  }
}

package io.github.planning.excel;

import io.github.planning.io.CsvHeadings;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowField;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tables of one sheet, found as its rows go by. A header row (a name heading, {@code 指标名称}, and
 * another known heading or a year) starts a table; the title lines right above it, or above a blank
 * row right above it, are its title (a note line, {@code 注：…}, stays with the table above). A sheet
 * without such a row is one table.
 *
 * <pre>{@code
 * 1  表1 主要指标              ← table 1 (A1)
 * 2  指标 | 单位 | 2020年 | 2025年
 * 3  地区生产总值 | 亿元 | 752.8 | 1000
 * 4
 * 5  表2 民生指标              ← table 2 (A5)
 * 6  指标 | 单位 | 2020年 | 2025年
 * }</pre>
 *
 * <p>Only the last {@value #MAX_TITLE_LINES} rows are kept, where the title of a table whose header
 * comes next is looked for.
 */
final class SheetTables {

  private static final Pattern YEAR = Pattern.compile(".*[12][0-9]{3}年.*");

  private static final Pattern NOTE = Pattern.compile("(注|说明|资料来源|数据来源)([:0-9*].*)?");

  /** The most title lines a table has above its header. */
  private static final int MAX_TITLE_LINES = 3;

  /**
   * One table: its 0-based first row (its first title line, or its header), header row and last
   * row, its title ("" when it has none), the reference of its first cell and that cell's text.
   */
  record Table(int firstRow, int headerRow, int lastRow, String title, String cell, String text) {

    boolean contains(int row) {
      return row >= firstRow && row <= lastRow;
    }

    /** {@code '表1 主要指标' at A1}, or {@code the table at A5} without a title. */
    String describe() {
      return title.isEmpty() ? "the table at " + cell : "'" + title + "' at " + cell;
    }

    SheetTable view() {
      return new SheetTable(title, cell);
    }
  }

  /** What is kept of a row: its index, its only text (or null), its first cell with text. */
  private record Seen(int index, @Nullable String only, int firstColumn, String firstText) {

    static Seen of(SheetRow row) {
      List<String> cells = row.cells();
      int column = 0;
      while (column < cells.size() && cells.get(column).isEmpty()) {
        column++;
      }
      return new Seen(row.index(), SheetTables.only(cells), column, row.get(column));
    }

    String cell() {
      return SheetRows.reference(index, firstColumn);
    }
  }

  private final String source;
  private final Map<String, RowField> user;
  private final List<Table> tables = new ArrayList<>();

  /** The last rows before the one being added, the newest last. */
  private final ArrayDeque<Seen> window = new ArrayDeque<>(MAX_TITLE_LINES + 1);

  /** The first row of the table being found, null before any row. */
  private @Nullable Seen open;

  /** The header of the table being found, −1 before the first header. */
  private int header = -1;

  private int lastRow = -1;

  /**
   * A finder of the tables of a sheet.
   *
   * @param source the workbook and sheet, where a sheet of too many tables is placed
   * @param user the user's own headings, normalised, by column
   */
  SheetTables(String source, Map<String, RowField> user) {
    this.source = source;
    this.user = user;
  }

  /** The user's own headings ({@link ReadOptions#columns()}), normalised, by column. */
  static Map<String, RowField> userHeadings(ReadOptions options) {
    Map<String, RowField> user = new HashMap<>();
    options.columns().forEach((heading, field) -> user.put(CsvHeadings.normalise(heading), field));
    return user;
  }

  /**
   * Takes the next row with text, as the sheet gives it before its merged ranges are applied.
   *
   * @throws io.github.planning.io.PlanningReadException at the first cell of the table past {@link
   *     Limits#MAX_TABLES}
   */
  void add(SheetRow row) {
    Seen seen = Seen.of(row);
    if (open == null) {
      open = seen;
    }
    boolean secondHeaderRow = header >= 0 && header == row.index() - 1;
    if (!secondHeaderRow && isHeader(row.cells(), user)) {
      if (header >= 0) {
        Seen start = start(seen);
        if (tables.size() + 2 > Limits.MAX_TABLES) {
          throw Limits.at(
              source,
              start.index(),
              start.firstColumn(),
              start.firstText(),
              "the sheet holds more than " + Limits.MAX_TABLES + " tables, the most read");
        }
        tables.add(table(java.util.Objects.requireNonNull(open), start.index() - 1));
        open = start;
      }
      header = row.index();
    }
    window.addLast(seen);
    if (window.size() > MAX_TITLE_LINES) {
      window.removeFirst();
    }
    lastRow = row.index();
  }

  /** The tables of the rows added, in order; at least one. */
  List<Table> tables() {
    if (open == null) {
      return List.of(new Table(0, 0, 0, "", "A1", ""));
    }
    List<Table> all = new ArrayList<>(tables);
    all.add(table(open, lastRow));
    return all;
  }

  private Table table(Seen first, int last) {
    int headerRow = header >= 0 ? header : first.index();
    String only = first.only();
    String title = first.index() < headerRow && only != null ? only.strip() : "";
    return new Table(first.index(), headerRow, last, title, first.cell(), first.firstText());
  }

  /**
   * The first row of the table whose header is {@code seen}: the single-text lines right above it
   * (or right above one blank gap above it), below the previous header.
   */
  private Seen start(Seen seen) {
    Seen start = seen;
    int lines = 0;
    for (Iterator<Seen> above = window.descendingIterator();
        above.hasNext() && lines < MAX_TITLE_LINES; ) {
      Seen row = above.next();
      boolean adjacent = row.index() == start.index() - 1;
      boolean firstGap = start.index() == seen.index();
      String text = row.only();
      if (row.index() <= header + 1 || text == null || isNote(text) || !(adjacent || firstGap)) {
        break;
      }
      start = row;
      lines++;
    }
    return start;
  }

  /** A note line, which ends the table above rather than titles the one below. */
  private static boolean isNote(String text) {
    String h = CsvHeadings.normalise(text);
    return NOTE.matcher(h).matches();
  }

  /** A header row: a name heading and at least one other known heading or year. */
  static boolean isHeader(List<String> cells, Map<String, RowField> user) {
    boolean name = false;
    int known = 0;
    for (String cell : cells) {
      if (cell.isBlank()) {
        continue;
      }
      String h = CsvHeadings.normalise(cell);
      RowField column = user.containsKey(h) ? user.get(h) : CsvHeadings.column(cell).orElse(null);
      name |= column == RowField.NAME;
      if (column != null || user.containsKey(h) || YEAR.matcher(h).matches()) {
        known++;
      }
    }
    return name && known >= 2;
  }

  /** The only non-blank text of a row, or null. */
  private static @Nullable String only(List<String> cells) {
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
}

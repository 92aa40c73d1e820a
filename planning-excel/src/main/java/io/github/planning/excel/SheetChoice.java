package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Which sheet of a workbook to read.
 *
 * <pre>{@code
 * SheetChoice.parse("主要指标")   // by name
 * SheetChoice.parse("2")          // the second sheet (1-based)
 * SheetChoice.first()             // the first sheet with a header the reader recognises
 * SheetChoice.parse("主要指标!A12")  // the table starting at A12 of a sheet with several
 * }</pre>
 *
 * <p>A sheet holding several tables (each with its own header, separated by blank rows or title
 * lines) is read one table at a time: the table is chosen by a cell of it, usually its first, as
 * {@link WorkbookRead#tables()} and the error of a sheet read without a choice name it.
 */
public final class SheetChoice {

  private static final SheetChoice FIRST = new SheetChoice(null, 0, null);

  /** {@code 主要指标!A12}: a sheet, then a cell reference. */
  private static final Pattern WITH_TABLE =
      Pattern.compile("(.+)!\\$?([A-Za-z]{1,3}\\$?[0-9]{1,7})");

  private final @Nullable String name;
  private final int index;

  /** A cell of the chosen table, or null. */
  private final @Nullable CellReference table;

  private SheetChoice(@Nullable String name, int index, @Nullable CellReference table) {
    this.name = name;
    this.index = index;
    this.table = table;
  }

  /** The first sheet with a header the CSV reader recognises (else the first sheet). */
  public static SheetChoice first() {
    return FIRST;
  }

  /** The sheet of this name, as written on its tab. */
  public static SheetChoice named(String name) {
    return new SheetChoice(requireNonNull(name, "name"), 0, null);
  }

  /** The sheet at this 1-based position, hidden sheets counted. */
  public static SheetChoice at(int index) {
    if (index < 1) {
      throw new IllegalArgumentException("a sheet index starts at 1: " + index);
    }
    return new SheetChoice(null, index, null);
  }

  /**
   * The table of this sheet that holds the cell {@code reference} ({@code A12}), for a sheet with
   * several tables.
   *
   * @throws IllegalArgumentException if the reference is not a cell reference
   */
  public SheetChoice table(String reference) {
    requireNonNull(reference, "reference");
    if (!reference.strip().matches("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}")) {
      throw new IllegalArgumentException("not a cell reference such as A12: " + reference);
    }
    return new SheetChoice(
        name, index, new CellReference(reference.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * A name, or a 1-based index when the text is a number, either followed by {@code !} and a cell
   * of the table to read ({@code 主要指标!A12}, {@code 2!A12}): the {@code --sheet} option.
   */
  public static SheetChoice parse(String text) {
    requireNonNull(text, "text");
    Matcher withTable = WITH_TABLE.matcher(text.strip());
    if (withTable.matches()) {
      return parse(withTable.group(1)).table(withTable.group(2));
    }
    return text.strip().matches("[0-9]{1,6}") ? at(Integer.parseInt(text.strip())) : named(text);
  }

  Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The 0-based row of a cell of the chosen table, or empty when no table was chosen. */
  Optional<Integer> tableRow() {
    return Optional.ofNullable(table).map(CellReference::getRow);
  }

  /** Whether the sheet is the default one, the first with a recognisable header. */
  boolean isDefaultSheet() {
    return name == null && index == 0;
  }

  /** The 1-based index, 0 for the default choice or a name. */
  int index() {
    return index;
  }

  /** Whether the sheet at 1-based {@code position} named {@code sheet} is the chosen one. */
  boolean matches(int position, String sheet, boolean hidden) {
    if (name != null) {
      return name.equals(sheet);
    }
    return index == 0 ? !hidden : index == position;
  }

  /** The same sheet, without a table. */
  SheetChoice sheetOnly() {
    return table == null
        ? this
        : name == null && index == 0 ? FIRST : new SheetChoice(name, index, null);
  }

  @Override
  public String toString() {
    String sheet =
        name != null ? "sheet '" + name + "'" : index == 0 ? "the first sheet" : "sheet " + index;
    return table == null ? sheet : sheet + ", the table at " + table.formatAsString(false);
  }
}

package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which sheet of a workbook to read.
 *
 * <pre>{@code
 * SheetChoice.parse("主要指标")   // by name
 * SheetChoice.parse("2")          // the second sheet (1-based)
 * SheetChoice.first()             // the first sheet with a header the reader recognises
 * }</pre>
 */
public final class SheetChoice {

  private static final SheetChoice FIRST = new SheetChoice(null, 0);

  private final String name;
  private final int index;

  private SheetChoice(String name, int index) {
    this.name = name;
    this.index = index;
  }

  /** The first sheet with a header the CSV reader recognises (else the first sheet). */
  public static SheetChoice first() {
    return FIRST;
  }

  /** The sheet of this name, as written on its tab. */
  public static SheetChoice named(String name) {
    return new SheetChoice(requireNonNull(name, "name"), 0);
  }

  /** The sheet at this 1-based position, hidden sheets counted. */
  public static SheetChoice at(int index) {
    if (index < 1) {
      throw new IllegalArgumentException("a sheet index starts at 1: " + index);
    }
    return new SheetChoice(null, index);
  }

  /** A name, or a 1-based index when the text is a number (the {@code --sheet} option). */
  public static SheetChoice parse(String text) {
    requireNonNull(text, "text");
    return text.strip().matches("[0-9]{1,6}") ? at(Integer.parseInt(text.strip())) : named(text);
  }

  Optional<String> name() {
    return Optional.ofNullable(name);
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

  @Override
  public String toString() {
    return name != null
        ? "sheet '" + name + "'"
        : index == 0 ? "the first sheet" : "sheet " + index;
  }
}

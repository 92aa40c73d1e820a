package io.github.planning.io.internal;

import io.github.planning.core.PlanValue;
import io.github.planning.io.RowField;
import java.util.Arrays;

/**
 * The cells of one row by column, each with its text and place, as a reader hands them to {@link
 * RowAssembler}: {@code cells.put(RowField.NAME, "地区生产总值", 3, 2)}. One instance is cleared and
 * filled again for each row, so a row's cells cost no objects.
 */
public final class RowCells {

  private static final int COLUMNS = RowField.values().length;

  private final String[] texts = new String[COLUMNS];
  private final long[] lines = new long[COLUMNS];
  private final long[] places = new long[COLUMNS];
  private final PlanValue[] readings = new PlanValue[COLUMNS];

  /** Empties every column, for the next row. */
  public RowCells clear() {
    Arrays.fill(texts, null);
    Arrays.fill(readings, null);
    return this;
  }

  /** Sets the text of a column and where it is (line and 1-based column or field). */
  public void put(RowField column, String text, long line, long place) {
    put(column, text, line, place, null);
  }

  /** Sets a value's text, its place and its reading, already made from the text. */
  public void put(RowField column, String text, long line, long place, PlanValue reading) {
    int i = column.ordinal();
    texts[i] = text;
    lines[i] = line;
    places[i] = place;
    readings[i] = reading;
  }

  /** Whether the column has a cell, empty or not. */
  public boolean has(RowField column) {
    return texts[column.ordinal()] != null;
  }

  /** The text of the column's cell, or null when it has none. */
  public String text(RowField column) {
    return texts[column.ordinal()];
  }

  /** The text of the column's cell, or null when it has none or it is empty. */
  public String presentText(RowField column) {
    String text = texts[column.ordinal()];
    return text == null || text.isEmpty() ? null : text;
  }

  /** The line of the column's cell. */
  public long line(RowField column) {
    return lines[column.ordinal()];
  }

  /** The 1-based column (or CSV field) of the column's cell. */
  public long place(RowField column) {
    return places[column.ordinal()];
  }

  /** The reading of a value cell, when the reader made it already; else null. */
  public PlanValue reading(RowField column) {
    return readings[column.ordinal()];
  }

  /** Takes the column's cell out of the row. */
  public void remove(RowField column) {
    texts[column.ordinal()] = null;
    readings[column.ordinal()] = null;
  }
}

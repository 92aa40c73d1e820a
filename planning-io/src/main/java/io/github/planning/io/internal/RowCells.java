package io.github.planning.io.internal;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.PlanValue;
import io.github.planning.io.RowField;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one row by column, each with its text and place, as a reader hands them to {@link
 * RowAssembler}: {@code cells.put(RowField.NAME, "地区生产总值", 3, 2)}. One instance is cleared and
 * filled again for each row, so a row's cells cost no objects.
 */
public final class RowCells {

  private static final int COLUMNS = RowField.values().length;

  private final @Nullable String[] texts = new String[COLUMNS];
  private final long[] lines = new long[COLUMNS];
  private final long[] places = new long[COLUMNS];
  private final @Nullable PlanValue[] readings = new PlanValue[COLUMNS];
  private final @Nullable String[] rejections = new String[COLUMNS];
  private final long[] rejectedLines = new long[COLUMNS];
  private final long[] rejectedPlaces = new long[COLUMNS];
  private boolean rejected;

  /** Empties every column, for the next row. */
  public RowCells clear() {
    Arrays.fill(texts, null);
    Arrays.fill(readings, null);
    if (rejected) {
      Arrays.fill(rejections, null);
      rejected = false;
    }
    return this;
  }

  /**
   * Marks the column's cell invalid whatever its text, for {@code reason} found at {@code line} and
   * {@code place} inside it (bytes that did not decode): {@link RowAssembler} reports it there and
   * keeps the text as the invalid cell's.
   */
  public void reject(RowField column, long line, long place, String reason) {
    int i = column.ordinal();
    rejections[i] = reason;
    rejectedLines[i] = line;
    rejectedPlaces[i] = place;
    rejected = true;
  }

  /** The line of the column's {@linkplain #rejection rejection}, else of its cell. */
  public long problemLine(RowField column) {
    return rejection(column) != null ? rejectedLines[column.ordinal()] : line(column);
  }

  /** The column of the column's {@linkplain #rejection rejection}, else of its cell. */
  public long problemPlace(RowField column) {
    return rejection(column) != null ? rejectedPlaces[column.ordinal()] : place(column);
  }

  /** Why the column's cell was {@linkplain #reject rejected}, or null. */
  public @Nullable String rejection(RowField column) {
    return rejected ? rejections[column.ordinal()] : null;
  }

  /** Whether a cell of the row was {@linkplain #reject rejected}. */
  public boolean hasRejections() {
    return rejected;
  }

  /** Sets the text of a column and where it is (line and 1-based column or field). */
  public void put(RowField column, String text, long line, long place) {
    put(column, text, line, place, null);
  }

  /** Sets a value's text, its place and its reading, already made from the text. */
  public void put(
      RowField column, String text, long line, long place, @Nullable PlanValue reading) {
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
  public @Nullable String text(RowField column) {
    return texts[column.ordinal()];
  }

  /** The text of a column the row has a cell of ({@link #has}). */
  public String textOf(RowField column) {
    return requireNonNull(texts[column.ordinal()], column.name());
  }

  /** The text of the column's cell, or null when it has none or it is empty. */
  public @Nullable String presentText(RowField column) {
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
  public @Nullable PlanValue reading(RowField column) {
    return readings[column.ordinal()];
  }

  /** Takes the column's cell out of the row. */
  public void remove(RowField column) {
    texts[column.ordinal()] = null;
    readings[column.ordinal()] = null;
    rejections[column.ordinal()] = null;
  }
}

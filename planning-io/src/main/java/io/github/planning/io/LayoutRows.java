package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a table that hold no values, each noted in the {@link CsvLayout} with its role: the
 * title, unit and note lines above the header, and the repeated headers and note rows below it.
 *
 * <pre>{@code
 * 表1 主要指标                  // above the header: a title
 * 单位：亿元                    // a unit line, the default unit 亿元
 * 指标名称,2020年,2025年        // the header
 * 地区生产总值,101.6,130        // a row of values
 * 指标名称,2020年,2025年        // a repeated header, as at a page break: skipped
 * 注：1. 地区生产总值按现价计算  // a note (of a published table)
 * ,2. 增速按可比价计算          // a note too, right after one
 * }</pre>
 */
final class LayoutRows {

  private final CsvLayout layout;

  /** Whether the row read last was a note row. */
  private boolean inNotes;

  LayoutRows(CsvLayout layout) {
    this.layout = layout;
  }

  /**
   * Whether a row above the header is not the header: empty, or one cell that is no heading (a
   * title, a unit line or a note, noted in the layout).
   *
   * @param user the user's headings, normalised
   */
  boolean preamble(long line, List<String> cells, Map<String, RowField> user) {
    String only = onlyCell(cells);
    if (only == null
        ? !allEmpty(cells)
        : CsvHeadings.term(only) != null || user.containsKey(CsvHeadings.normalise(only))) {
      return false;
    }
    if (only != null) {
      preamble(line, only.strip());
    }
    return true;
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

  /**
   * Whether a row below the header holds no values: a blank row, a repeated header or, in a
   * published table, a note row; the last two are noted in the layout.
   *
   * @param count the number of cells of the row
   */
  boolean skipped(long line, List<String> row, int count, CsvHeader header, boolean published) {
    if (allEmpty(row) || count == 1 && row.get(0).isBlank()) {
      return true;
    }
    if (isRepeatedHeader(row, header)) {
      layout.row(line, "a repeated header, skipped", "");
      return true;
    }
    if (published && isNoteRow(row, header)) {
      inNotes = true;
      layout.note(line, requireNonNull(onlyCell(row)).strip()); // a note row has one
      return true;
    }
    inNotes = false;
    return false;
  }

  /** Whether a row repeats the header, as at a page break of a published table. */
  private static boolean isRepeatedHeader(List<String> row, CsvHeader header) {
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
  private boolean isNoteRow(List<String> row, CsvHeader header) {
    String only = onlyCell(row);
    return only != null
        && (isNote(only) || inNotes && row.indexOf(only) != header.indexOf(RowField.NAME));
  }

  private static boolean isNote(String text) {
    String h = CsvHeadings.normalise(text);
    return h.startsWith("注") && (h.length() == 1 || ":：0123456789".indexOf(h.charAt(1)) >= 0)
        || h.startsWith("说明:")
        || h.startsWith("资料来源:")
        || h.startsWith("数据来源:");
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
}

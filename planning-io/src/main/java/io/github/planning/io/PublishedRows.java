package io.github.planning.io;

import io.github.planning.core.PlanRow;
import io.github.planning.core.Unit;
import io.github.planning.io.internal.GeneratedCodes;
import io.github.planning.io.internal.RowCells;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a table as published, read into plan rows: numbering glued to a name, a unit at the
 * end of a name, group rows and the rows under them, {@code 其中:} sub-rows, a sub-item column. One
 * rule per method; the reader calls {@link #prepare} before it assembles a row and {@link
 * #assembled} after.
 *
 * <p>Rules: a row with a name and no values is a group, the parent of the rows under it until the
 * next group, a new category, or a row numbered at the group's level or above ({@code 一、} above
 * {@code 1.} above {@code （1）} above {@code ①}). A {@code 其中:} row, and the unnumbered rows right
 * after it, are sub-rows of the row above it. A name in the sub-item column is a sub-row of the
 * name on its left (which becomes a group row, when the row has both).
 */
final class PublishedRows {

  private static final Pattern NUMBERING =
      Pattern.compile(
          "(\\d{1,3}[.、．](?!\\d)|[（(]\\d{1,3}[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．])\\s*(.+)",
          Pattern.DOTALL);
  private static final Pattern UNIT_AT_END =
      Pattern.compile(".*[（(]([^（）()]{1,12})[）)]\\s*", Pattern.DOTALL);

  private static final Pattern SUB_ROW = Pattern.compile("\\s*其中\\s*[:：].*", Pattern.DOTALL);
  private static final RowField[] VALUES = {
    RowField.BASE,
    RowField.TARGET,
    RowField.TARGET_GROWTH,
    RowField.ACTUAL,
    RowField.ACTUAL_GROWTH,
    RowField.ASSESSMENT
  };

  /** A group row: its code, its numbering's level, whether its rows are in the sub-item column. */
  private record Group(String code, int level, boolean ofSubItems) {}

  private final CsvHeader header;
  private final CsvLayout layout;
  private final RowCells groupCells = new RowCells();
  private final Deque<Group> groups = new ArrayDeque<>();
  private String lastCategory = "";

  /** The code of the last row that is not a sub-row, or null. */
  private @Nullable String rowAbove;

  /** The parent of the {@code 其中:} rows being read, or null. */
  private @Nullable String subRowsOf;

  /** The role of the row being assembled, for the layout. */
  private @Nullable String role;

  private boolean isGroup;

  /** The texts of the row being read, in the order of the header. */
  private @Nullable List<String> texts;

  PublishedRows(CsvHeader header, CsvLayout layout) {
    this.header = header;
    this.layout = layout;
  }

  /**
   * Splits a row with a name and a sub-item: the name becomes a group row, returned (null for any
   * other row), and {@code cells} the sub-item's row.
   */
  @Nullable RowCells split(RowCells cells, List<String> texts) {
    this.texts = texts;
    fromSubItem = false;
    int at = header.subItem;
    String sub = at >= 0 && at < texts.size() ? FormulaEscaping.unescape(texts.get(at)) : "";
    if (sub.isBlank()) {
      return null;
    }
    String name = cells.presentText(RowField.NAME);
    long line = cells.line(RowField.NAME);
    fromSubItem = true;
    if (name == null || name.isBlank()) {
      cells.put(RowField.NAME, sub, line, at + 1);
      return null;
    }
    RowCells group = groupCells.clear();
    for (RowField column :
        new RowField[] {RowField.CATEGORY, RowField.SEQ, RowField.NAME, RowField.ATTRIBUTE}) {
      if (cells.has(column)) {
        group.put(column, cells.textOf(column), cells.line(column), cells.place(column));
        String rejection = cells.rejection(column);
        if (rejection != null) {
          // bytes that did not decode go with the cell to the group row
          group.reject(column, cells.problemLine(column), cells.problemPlace(column), rejection);
        }
      }
    }
    cells.remove(RowField.NAME);
    cells.put(RowField.NAME, sub, line, at + 1);
    cells.remove(RowField.SEQ);
    return group;
  }

  /** Reads the row as published, before it is assembled (see the class documentation). */
  void prepare(RowCells cells, boolean splitGroup) {
    role = null;
    isGroup = splitGroup || hasNoValues(cells);
    if (!fromSubItem || splitGroup) {
      // a name in the name column ends the rows of a sub-item column
      while (!groups.isEmpty() && groups.peek().ofSubItems()) {
        groups.pop();
      }
    }
    String category = cells.presentText(RowField.CATEGORY);
    if (category != null && !category.isBlank() && !category.equals(lastCategory)) {
      lastCategory = category;
      groups.clear();
      subRowsOf = null;
    }
    String name = cells.presentText(RowField.NAME);
    String seqCell = cells.presentText(RowField.SEQ);
    if ((name == null || name.isBlank()) && seqCell != null) {
      // a group written across the number and name columns: 一、经济发展
      Matcher numbered = NUMBERING.matcher(seqCell);
      if (numbered.matches()) {
        long line = cells.line(RowField.SEQ);
        long place = cells.place(RowField.SEQ);
        cells.put(RowField.SEQ, numbered.group(1), line, place);
        cells.put(RowField.NAME, numbered.group(2), line, place);
        name = numbered.group(2);
        isGroup = hasNoValues(cells);
      }
    }
    boolean continued = false;
    if ((name == null || name.isBlank()) && !isGroup && rowAbove != null && aboveName != null) {
      // a name cell merged over this row and the one above: the row above's name, under it
      name = aboveName;
      cells.put(RowField.NAME, name, cells.line(RowField.NAME), cells.place(RowField.NAME));
      continued = true;
    }
    long line = cells.line(RowField.NAME);
    long place = cells.place(RowField.NAME);
    if (name == null) {
      return;
    }
    if (cells.presentText(RowField.SEQ) == null) {
      Matcher numbering = NUMBERING.matcher(name);
      if (numbering.matches()) {
        cells.put(RowField.SEQ, numbering.group(1), line, place);
        name = numbering.group(2);
        cells.put(RowField.NAME, name, line, place);
        role("numbering '" + numbering.group(1) + "' taken as the sequence");
      }
    }
    String unitCell = cells.presentText(RowField.UNIT);
    if (unitCell == null || unitCell.isBlank()) {
      String unit = unitAtEnd(name);
      if (unit == null) {
        // a default unit (单位：亿元, 2020年(单位:亿元)) is the unit of values, which a group has not
        unit = isGroup ? null : layout.unit().orElse(header.unitOfValues());
      } else {
        role("unit " + unit + " from the name");
      }
      if (unit != null) {
        cells.put(RowField.UNIT, unit, line, place);
      }
    }
    String seq = cells.presentText(RowField.SEQ);
    int level = seq == null ? 0 : GeneratedCodes.numberingLevel(seq);
    if (level > 0) {
      subRowsOf = null;
      while (!groups.isEmpty() && groups.peek().level() >= level) {
        groups.pop();
      }
    }
    String parent = null;
    if (continued) {
      parent = rowAbove;
      role("a blank name: the name of the row above, as a sub-row of " + parent);
    } else if (SUB_ROW.matcher(name).matches() && rowAbove != null) {
      subRowsOf = rowAbove;
      parent = subRowsOf;
      role("a 其中 sub-row of " + parent);
    } else if (subRowsOf != null && level == 0 && !isGroup) {
      parent = subRowsOf;
      role("a sub-row of " + parent + ", after a 其中 row");
    } else {
      subRowsOf = null;
      if (isGroup) {
        while (level == 0 && !groups.isEmpty() && groups.peek().level() == 0) {
          groups.pop();
        }
      }
      if (!groups.isEmpty()) {
        parent = groups.peek().code();
        role("under the group " + parent);
      }
    }
    if (parent != null && !cells.has(RowField.PARENT)) {
      cells.put(RowField.PARENT, parent, line, place);
    }
    String unit = cells.presentText(RowField.UNIT);
    if (parent != null && (unit == null || unit.isBlank()) && unitAbove != null && !isGroup) {
      // a unit cell merged over the sub-rows
      cells.put(RowField.UNIT, unitAbove, line, place);
      role("the unit " + unitAbove + " of the row above");
    }
    if (isGroup) {
      role =
          "group" + (parent == null ? "" : " under " + parent) + (role == null ? "" : "; " + role);
      groupLevel = level;
      splitting = splitGroup;
    }
  }

  private int groupLevel;

  /** Whether the row being read has its name in the sub-item column. */
  private boolean fromSubItem;

  /** Whether the group being assembled was split from a row with a sub-item. */
  private boolean splitting;

  /** The published name of {@link #rowAbove}. */
  private @Nullable String aboveName;

  /** The unit of the row assembled last, or null. */
  private @Nullable String unitAbove;

  /** Takes note of an assembled row: a group's code, the row a {@code 其中:} row is under. */
  void assembled(RowRecord record) {
    if (record.row().isEmpty()) {
      return;
    }
    PlanRow row = record.row().get();
    unitAbove = row.indicator().unit().isNone() ? null : row.indicator().unit().symbol();
    if (isGroup) {
      groups.push(new Group(row.code(), groupLevel, splitting));
    }
    if (row.indicator().parent().isEmpty() || !isGroup && subRowsOf == null) {
      rowAbove = isGroup ? null : row.code();
      aboveName = isGroup ? null : row.indicator().publishedName();
    }
    if (role != null) {
      layout.row(record.line(), role + " → " + row.code(), row.indicator().publishedName());
    }
  }

  private void role(String what) {
    role = role == null ? what : role + "; " + what;
  }

  /**
   * Whether a row has no values: no value cell, no yearly target and no attribute (an indicator
   * without figures, such as a 倡导性 one, states its attribute; a group does not).
   */
  private boolean hasNoValues(RowCells cells) {
    for (RowField column : VALUES) {
      String text = cells.presentText(column);
      if (text != null && !text.isBlank()) {
        return false;
      }
    }
    String attribute = cells.presentText(RowField.ATTRIBUTE);
    if (attribute != null && !attribute.isBlank()) {
      return false;
    }
    for (int at : header.yearlyAt.keySet()) {
      if (texts != null && at < texts.size() && !texts.get(at).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The unit in parentheses at the end of a name, when the unit catalogue knows it ({@code
   * 森林覆盖率(%)} → %, {@code 实际使用外资(亿美元)} → 亿美元, {@code PM2.5平均浓度(微克/立方米)} → 微克/立方米), or null: a
   * remark that is not a unit stays in the name ({@code 地区生产总值(GDP)}, {@code 人均地区生产总值(户籍人口)}).
   */
  static @Nullable String unitAtEnd(String name) {
    Matcher m = UNIT_AT_END.matcher(name);
    if (!m.matches()) {
      return null;
    }
    String unit = m.group(1).strip();
    Unit parsed = Unit.parse(unit);
    return parsed.isKnown() && !parsed.isNone() ? unit : null;
  }
}

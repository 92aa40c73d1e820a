package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.io.internal.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mapping of a CSV header, of one or two rows, to columns: the canonical headings, the
 * {@linkplain CsvHeadings vocabulary} of published ones, the user's own, and year headings by their
 * words and position.
 *
 * <p>Year headings: {@code 2020年基数}/{@code 基期} → base, {@code 2025年目标}/{@code 规划} → target, {@code
 * 2020年完成}/{@code 实际} → actual, {@code 2020年预计值} → actual (an estimate); a bare {@code 2020年} is
 * the base when it is the only one, and of two bare years the first is the base and the second the
 * target. A second header row under a heading that spans columns ({@code 规划目标} over {@code 2020年 |
 * 年均增速}) is read with the heading above it. An empty heading right after a published name heading
 * is a sub-item column; empty headings at the end are ignored. What one heading says is a {@link
 * ParsedHeading}; the year columns are placed together by {@link YearColumns}.
 */
final class CsvHeader {

  /** How one column was understood, for {@link CsvLayout}. */
  record Reading(int column, String heading, String field, String how) {}

  final String[] headings;
  final int[] index = new int[RowField.values().length];

  /** The columns kept with each row under a name, by position; unknown ones among them. */
  final List<Integer> unknown = new ArrayList<>();

  /** The name each kept column has in {@link RowRecord#extra()}. */
  final Map<Integer, String> extraName = new java.util.HashMap<>();

  final Map<RowField, Integer> yearFromHeading = new EnumMap<>(RowField.class);

  /** The column of each heading, or null for one not mapped (unknown, empty or repeated). */
  final RowField[] columnAt;

  /** A unit a heading gives its column ({@code 2020年(亿元)}), or null. */
  final @Nullable String[] unitAt;

  final List<Reading> readings = new ArrayList<>();

  /** The sub-item column (an empty heading after a published name heading), or −1. */
  int subItem = -1;

  /**
   * The columns of yearly targets (分年度目标) by position, with their years: every target year but the
   * latest when there are several ({@code 2022年目标值 | 2030年目标值}, or three or more bare years), the
   * latest being the row's target.
   */
  final Map<Integer, Integer> yearlyAt = new java.util.TreeMap<>();

  /** The number of header rows, 1 or 2. */
  int rows = 1;

  private CsvHeader(String[] headings) {
    this.headings = headings;
    this.columnAt = new RowField[headings.length];
    this.unitAt = new String[headings.length];
    Arrays.fill(index, -1);
  }

  /** Whether this is a published table: no code column, codes and parents from the layout. */
  boolean published() {
    return index[RowField.CODE.ordinal()] < 0;
  }

  /**
   * Whether {@code cells}, the row after a header, is a second header row: no name, and a heading
   * (a year, or a known heading) in every non-empty cell, under a heading or a spanning one.
   */
  static boolean isSecondRow(String[] headings, List<String> cells, Map<String, RowField> user) {
    boolean any = false;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      if (cell.isEmpty()) {
        continue;
      }
      if (i >= headings.length || spanningHeading(headings, i) == null) {
        return false;
      }
      String h = CsvHeadings.normalise(cell);
      if (!ParsedHeading.hasYear(h) && CsvHeadings.term(cell) == null && !user.containsKey(h)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Maps the headings, reporting problems (unknown, repeated or unclear columns, no name) to the
   * sink.
   *
   * @param second the second header row, or null
   * @param lenient whether columns that cannot be mapped are kept with the rows
   */
  static CsvHeader of(
      String[] headings,
      @Nullable List<String> second,
      Problems problems,
      long line,
      boolean keepUnknown,
      boolean lenient,
      Map<String, RowField> user) {
    CsvHeader header = new CsvHeader(headings);
    if (second != null) {
      header.rows = 2;
    }
    int last = headings.length - 1;
    while (last >= 0
        && headings[last].isBlank()
        && (second == null || last >= second.size() || second.get(last).isBlank())) {
      last--;
    }
    boolean unknownReported = false;
    YearColumns years = new YearColumns(header, problems, line, lenient);
    for (int i = 0; i < headings.length; i++) {
      String written = headings[i];
      String heading = written.strip();
      if (i == 0 && heading.startsWith("\uFEFF")) {
        heading = heading.substring(1);
      }
      String child = second == null || i >= second.size() ? "" : second.get(i).strip();
      String shown =
          child.isEmpty()
              ? heading
              : (heading.isEmpty() ? spanningHeading(headings, i) : heading) + " / " + child;
      if (heading.isEmpty() && child.isEmpty()) {
        if (i > last) {
          header.readings.add(new Reading(i + 1, "", "-", "an empty column at the end: ignored"));
        } else if (i > 0
            && header.columnAt[i - 1] == RowField.NAME
            && RowField.ofCsvHeading(headings[i - 1].strip()).isEmpty()
            && header.subItem < 0) {
          header.subItem = i;
          header.readings.add(
              new Reading(
                  i + 1,
                  "",
                  "name",
                  "a sub-item column: a name here is a sub-indicator of the name on its left"));
        } else if (i > 0
            && header.columnAt[i - 1] == RowField.CATEGORY
            && RowField.ofCsvHeading(headings[i - 1].strip()).isEmpty()) {
          header.keep(
              i,
              headings[i - 1].strip() + " 2",
              "a second column under the category heading '"
                  + headings[i - 1].strip()
                  + "' (a sub-category): kept with each row");
        } else if (header.subItem == i - 1
            && i >= 2
            && header.columnAt[i - 2] == RowField.NAME
            && header.index[RowField.SEQ.ordinal()] < 0) {
          header.nameOverThree(i);
        } else {
          problems.add(
              line,
              i + 1,
              written,
              "an empty heading; every column needs one"
                  + (lenient ? " (its cells are kept as column " + (i + 1) + ")" : ""));
          header.keep(i, "column " + (i + 1), "an empty heading: kept with each row");
        }
        continue;
      }
      ParsedHeading parsed =
          child.isEmpty()
              ? ParsedHeading.of(heading, user)
              : ParsedHeading.of(heading.isEmpty() ? spanned(headings, i) : heading, child, user);
      if (parsed == null) {
        if (keepUnknown || lenient) {
          header.keep(i, shown, "an unknown heading: kept with each row");
          if (!keepUnknown) {
            problems.add(
                line,
                i + 1,
                shown,
                "unknown column, kept with each row; expected one of "
                    + canonicalList()
                    + " or a published heading (see CsvHeadings)");
          }
        } else {
          problems.add(
              line,
              i + 1,
              shown,
              !unknownReported
                  ? "unknown column; expected one of "
                      + canonicalList()
                      + " or a published Chinese heading (or keep unknown columns)"
                  : "unknown column");
          unknownReported = true;
        }
        continue;
      }
      header.unitAt[i] = parsed.unit();
      RowField column = parsed.column();
      if (parsed.extraName() != null) {
        header.keep(i, shown, "a known heading without a field: kept with each row");
      } else if (column == RowField.ACTUAL && parsed.year() <= 0) {
        years.undatedActual(i, shown, parsed.how());
      } else if (column == RowField.TARGET && parsed.year() > 0) {
        years.target(i, parsed.year(), shown, parsed.how());
      } else if (column != null) {
        header.place(
            i,
            column,
            shown,
            parsed.how(),
            problems,
            line,
            lenient,
            column == RowField.BASE || column == RowField.TARGET || column == RowField.ACTUAL
                ? parsed.year()
                : -1);
      } else {
        years.add(i, parsed, shown);
      }
    }
    years.place();
    header.growthWithoutTargets();
    header.readings.sort(java.util.Comparator.comparingInt(Reading::column));
    if (header.index[RowField.NAME.ordinal()] < 0 && problems.isEmptySince(0)) {
      problems.add(line, 1, "", "the header has no name column (name, 指标名称 or 二级指标)");
    }
    return header;
  }

  /**
   * A name heading over three columns ({@code 指标名称 | | }): the sequence, the name and the sub-item,
   * as where the number stands in a column of its own under the name heading.
   */
  private void nameOverThree(int i) {
    int seq = i - 2;
    columnAt[seq] = RowField.SEQ;
    index[RowField.SEQ.ordinal()] = seq;
    columnAt[i - 1] = RowField.NAME;
    index[RowField.NAME.ordinal()] = i - 1;
    subItem = i;
    readings.removeIf(r -> r.column() == seq + 1 || r.column() == i);
    readings.add(
        new Reading(
            seq + 1,
            headings[seq].strip(),
            RowField.SEQ.csvHeading(),
            "the first of three columns under the name heading: the numbers"));
    readings.add(
        new Reading(
            i,
            "",
            RowField.NAME.csvHeading(),
            "the second of three columns under the name heading"));
    readings.add(
        new Reading(
            i + 1,
            "",
            "name",
            "a sub-item column: a name here is a sub-indicator of the name on its left"));
  }

  /** A growth column in a table of actuals without targets is the actual growth. */
  private void growthWithoutTargets() {
    int growth = index[RowField.TARGET_GROWTH.ordinal()];
    if (growth >= 0
        && index[RowField.TARGET.ordinal()] < 0
        && index[RowField.ACTUAL.ordinal()] >= 0
        && index[RowField.ACTUAL_GROWTH.ordinal()] < 0) {
      index[RowField.TARGET_GROWTH.ordinal()] = -1;
      index[RowField.ACTUAL_GROWTH.ordinal()] = growth;
      columnAt[growth] = RowField.ACTUAL_GROWTH;
      for (int k = 0; k < readings.size(); k++) {
        Reading r = readings.get(k);
        if (r.column() == growth + 1) {
          readings.set(
              k,
              new Reading(
                  r.column(),
                  r.heading(),
                  RowField.ACTUAL_GROWTH.csvHeading(),
                  r.how() + "; the actual growth, as the table has actuals and no target"));
        }
      }
    }
  }

  /**
   * The canonical heading of a yearly target's column before its year: {@code target_2023}, as
   * {@link PlanCsvWriter} writes it.
   */
  static final String YEARLY_TARGET_PREFIX = "target_";

  /** The field of a yearly target column in {@link CsvLayout}. */
  static final String YEARLY_TARGET = "yearly_target";

  /**
   * Places column {@code i} as {@code column}, or reports that another column has it already (and
   * keeps it with each row in a lenient reading).
   *
   * @param year the year the heading gives the column, or −1
   */
  void place(
      int i,
      RowField column,
      String shown,
      String how,
      Problems problems,
      long line,
      boolean lenient,
      int year) {
    if (index[column.ordinal()] >= 0) {
      problems.add(
          line,
          i + 1,
          headings[i],
          "the column "
              + column.csvHeading()
              + " is already given by column "
              + (index[column.ordinal()] + 1));
      if (lenient) {
        keep(i, shown, "a second " + column.csvHeading() + " column: kept with each row");
      }
      return;
    }
    index[column.ordinal()] = i;
    columnAt[i] = column;
    readings.add(new Reading(i + 1, shown, column.csvHeading(), how + unitNote(i)));
    if (year > 0) {
      yearFromHeading.put(yearColumn(column), year);
    }
  }

  /** Places column {@code i} as a yearly target (分年度目标) of {@code year}. */
  void yearly(int i, int year, String shown, String how) {
    yearlyAt.put(i, year);
    readings.add(new Reading(i + 1, shown, YEARLY_TARGET, how + unitNote(i)));
  }

  /** Keeps column {@code i} with each row, as the extra field {@code name}. */
  void keep(int i, String name, String how) {
    unknown.add(i);
    extraName.put(i, name);
    readings.add(new Reading(i + 1, headings[i].strip(), "extra '" + name + "'", how));
  }

  /** The unit the heading of column {@code i} gives, for its reading. */
  private String unitNote(int i) {
    return unitAt[i] == null ? "" : "; unit " + unitAt[i];
  }

  /** The unit the heading of a value column gives ({@code 2020年(亿元)}), or null. */
  @Nullable String unitOfValues() {
    for (RowField column : new RowField[] {RowField.BASE, RowField.TARGET, RowField.ACTUAL}) {
      int i = index[column.ordinal()];
      if (i >= 0 && unitAt[i] != null) {
        return unitAt[i];
      }
    }
    return null;
  }

  int indexOf(RowField column) {
    return index[column.ordinal()];
  }

  /**
   * The heading over an empty one that has a heading below it: a second header row is one only when
   * each of its headings has one ({@link #isSecondRow}).
   */
  private static String spanned(String[] headings, int i) {
    return requireNonNull(spanningHeading(headings, i), "a second-row heading has one above it");
  }

  /** The heading over column {@code i}: its own, or the nearest non-empty one to its left. */
  private static @Nullable String spanningHeading(String[] headings, int i) {
    for (int j = Math.min(i, headings.length - 1); j >= 0; j--) {
      if (!headings[j].isBlank()) {
        return headings[j].strip();
      }
    }
    return null;
  }

  static RowField yearColumn(RowField valueColumn) {
    return switch (valueColumn) {
      case BASE -> RowField.BASE_YEAR;
      case TARGET -> RowField.TARGET_YEAR;
      default -> RowField.ACTUAL_YEAR;
    };
  }

  private static String canonicalList() {
    StringBuilder out = new StringBuilder();
    for (RowField column : RowField.values()) {
      out.append(out.length() == 0 ? "" : ",").append(column.csvHeading());
    }
    return out.toString();
  }
}

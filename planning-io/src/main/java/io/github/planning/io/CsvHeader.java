package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.io.internal.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * is a sub-item column; empty headings at the end are ignored.
 */
final class CsvHeader {

  private static final Pattern YEAR = Pattern.compile("(.*?)([12][0-9]{3})年?(.*)");

  /** The role a year heading's words give it. */
  enum YearRole {
    BARE,
    BASE,
    TARGET,
    ACTUAL,
    ESTIMATE,
    UNCLEAR
  }

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

  /**
   * The columns read as targets of a year, before {@link #placeTargetYears} decides their roles.
   */
  private final List<Integer> targetYears = new ArrayList<>();

  private final Map<Integer, Integer> yearOf = new java.util.HashMap<>();
  private final Map<Integer, String> targetHow = new java.util.HashMap<>();
  private final Map<Integer, String> targetShown = new java.util.HashMap<>();

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
      if (!YEAR.matcher(h).matches() && CsvHeadings.term(cell) == null && !user.containsKey(h)) {
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
    List<Integer> bare = new ArrayList<>();
    List<Integer> actuals = new ArrayList<>();
    int lateActual = -1;
    String[] hows = new String[headings.length];
    String[] shownAt = new String[headings.length];
    int[] years = new int[headings.length];
    @Nullable YearRole[] roles = new YearRole[headings.length];
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
      Slot slot =
          child.isEmpty()
              ? slot(heading, user)
              : slot(heading.isEmpty() ? spanned(headings, i) : heading, child, user);
      if (slot == null) {
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
      header.unitAt[i] = slot.unit;
      if (slot.extraName != null) {
        header.keep(i, shown, "a known heading without a field: kept with each row");
        continue;
      }
      if (slot.column == RowField.ACTUAL && slot.year <= 0) {
        lateActual = i;
        hows[i] = slot.how;
        shownAt[i] = shown;
        continue;
      }
      if (slot.column == RowField.TARGET && slot.year > 0) {
        header.targetYear(i, slot.year, shown, slot.how);
        continue;
      }
      if (slot.column != null) {
        header.place(
            i,
            slot.column,
            shown,
            slot.how,
            problems,
            line,
            lenient,
            slot.column == RowField.BASE
                    || slot.column == RowField.TARGET
                    || slot.column == RowField.ACTUAL
                ? slot.year
                : -1);
        continue;
      }
      years[i] = slot.year;
      roles[i] = slot.role;
      if (slot.role == YearRole.BARE) {
        bare.add(i);
      } else if (slot.role == YearRole.UNCLEAR) {
        problems.add(
            line,
            i + 1,
            shown,
            "a year column whose role is unclear; expected a year "
                + "with 基数/基期 (base), 目标/规划 (target), 完成/实际 (actual) or 预计 (estimate), or "
                + "one or two bare years (base, then target)");
        header.keep(i, shown, "a year column of unclear role: kept with each row");
      } else if (slot.role == YearRole.ACTUAL || slot.role == YearRole.ESTIMATE) {
        actuals.add(i);
      } else if (slot.role == YearRole.TARGET) {
        header.targetYear(i, slot.year, shown, "year " + slot.year + ", " + slot.how);
      } else {
        header.place(
            i,
            RowField.BASE,
            shown,
            "year " + slot.year + ", " + slot.how,
            problems,
            line,
            lenient,
            slot.year);
      }
      hows[i] = slot.how;
      shownAt[i] = shown;
    }
    header.placeActualYears(actuals, years, roles, hows, shownAt, problems, line, lenient);
    if (lateActual >= 0) {
      boolean assessment =
          header.index[RowField.ACTUAL.ordinal()] >= 0
              && header.index[RowField.ASSESSMENT.ordinal()] < 0;
      header.place(
          lateActual,
          assessment ? RowField.ASSESSMENT : RowField.ACTUAL,
          shownAt[lateActual],
          assessment
              ? hows[lateActual]
                  + ", read as the assessment: the "
                  + "actual value is in a year column"
              : hows[lateActual],
          problems,
          line,
          lenient,
          -1);
    }
    header.placeBareYears(bare, years, problems, line, lenient);
    header.placeTargetYears(problems, line, lenient);
    header.growthWithoutTargets();
    header.readings.sort(java.util.Comparator.comparingInt(Reading::column));
    if (header.index[RowField.NAME.ordinal()] < 0 && problems.isEmptySince(0)) {
      problems.add(line, 1, "", "the header has no name column (name, 指标名称 or 二级指标)");
    }
    return header;
  }

  /**
   * Years of actuals ({@code 2015年完成}, {@code 2020年预计值}): the only one is the actual; of two, the
   * earlier is the base (the actual of the base year) when no base column is given.
   */
  private void placeActualYears(
      List<Integer> actuals,
      int[] years,
      @Nullable YearRole[] roles,
      String[] hows,
      String[] shown,
      Problems problems,
      long line,
      boolean lenient) {
    int first = 0;
    if (actuals.size() == 2
        && index[RowField.BASE.ordinal()] < 0
        && years[actuals.get(0)] < years[actuals.get(1)]) {
      int i = actuals.get(0);
      place(
          i,
          RowField.BASE,
          shown[i],
          "year " + years[i] + ", " + hows[i] + ": the earlier of two years of actuals, the base",
          problems,
          line,
          lenient,
          years[i]);
      first = 1;
    }
    for (int k = first; k < actuals.size(); k++) {
      int i = actuals.get(k);
      place(
          i,
          RowField.ACTUAL,
          shown[i],
          "year "
              + years[i]
              + ", "
              + hows[i]
              + (roles[i] == YearRole.ESTIMATE ? " (an estimate)" : ""),
          problems,
          line,
          lenient,
          years[i]);
    }
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
   * Bare years: the only one is the base (or the target when a base column is given); of two, the
   * first is the base and the second the target; of three or more in order, the first is the base
   * when no base column is given, and the others are targets of their years (see {@link
   * #placeTargetYears}).
   */
  private void placeBareYears(
      List<Integer> bare, int[] years, Problems problems, long line, boolean lenient) {
    boolean hasBase = index[RowField.BASE.ordinal()] >= 0;
    boolean hasTarget = index[RowField.TARGET.ordinal()] >= 0 || !targetYears.isEmpty();
    if (bare.size() > 2 && !hasTarget && ascending(bare, years)) {
      int first = hasBase ? 0 : 1;
      if (!hasBase) {
        place(
            bare.get(0),
            RowField.BASE,
            headings[bare.get(0)].strip(),
            "year " + years[bare.get(0)] + ", the first of " + bare.size() + " bare years",
            problems,
            line,
            lenient,
            years[bare.get(0)]);
      }
      for (int k = first; k < bare.size(); k++) {
        int i = bare.get(k);
        targetYear(
            i,
            years[i],
            headings[i].strip(),
            "year " + years[i] + ", one of " + bare.size() + " bare years");
      }
      return;
    }
    if (bare.size() == 1) {
      int i = bare.get(0);
      RowField column = !hasBase ? RowField.BASE : !hasTarget ? RowField.TARGET : null;
      if (column == null) {
        unclear(i, problems, line, "a base and a target column are given already");
      } else {
        place(
            i,
            column,
            headings[i].strip(),
            "year " + years[i] + ", the only bare year",
            problems,
            line,
            lenient,
            years[i]);
      }
    } else if (bare.size() == 2
        && !hasBase
        && !hasTarget
        && years[bare.get(0)] < years[bare.get(1)]) {
      place(
          bare.get(0),
          RowField.BASE,
          headings[bare.get(0)].strip(),
          "year " + years[bare.get(0)] + ", the first of two bare years",
          problems,
          line,
          lenient,
          years[bare.get(0)]);
      place(
          bare.get(1),
          RowField.TARGET,
          headings[bare.get(1)].strip(),
          "year " + years[bare.get(1)] + ", the second of two bare years",
          problems,
          line,
          lenient,
          years[bare.get(1)]);
    } else {
      for (int i : bare) {
        unclear(
            i,
            problems,
            line,
            bare.size() > 2
                ? bare.size() + " bare years need no target column beside them, in order"
                : "two bare years need no base or target column beside them, the earlier first");
      }
    }
  }

  private static boolean ascending(List<Integer> columns, int[] years) {
    for (int k = 1; k < columns.size(); k++) {
      if (years[columns.get(k - 1)] >= years[columns.get(k)]) {
        return false;
      }
    }
    return true;
  }

  /** Takes note of a column with the target of a year, placed by {@link #placeTargetYears}. */
  private void targetYear(int i, int year, String shown, String how) {
    targetYears.add(i);
    yearOf.put(i, year);
    targetHow.put(i, how);
    targetShown.put(i, shown);
  }

  /**
   * Targets of years: the only one is the target; of several, the latest is the target (the row's
   * target year) and each earlier one a yearly target (分年度目标) of its year; all are yearly targets
   * when a target column without a year is given. Two columns of the same year are a problem.
   */
  private void placeTargetYears(Problems problems, long line, boolean lenient) {
    if (targetYears.isEmpty()) {
      return;
    }
    boolean hasTarget = index[RowField.TARGET.ordinal()] >= 0;
    int latest = -1;
    for (int i : targetYears) {
      if (latest < 0 || yearOf(i) > yearOf(latest)) {
        latest = i;
      }
    }
    Map<Integer, Integer> columnOfYear = new java.util.HashMap<>();
    for (int i : targetYears) {
      String shown = requireNonNull(targetShown.get(i));
      int year = yearOf(i);
      Integer same = columnOfYear.putIfAbsent(year, i);
      if (same != null) {
        problems.add(
            line,
            i + 1,
            headings[i],
            "a second target column of " + year + "; column " + (same + 1) + " has it already");
        if (lenient) {
          keep(i, shown, "a second target column of " + year + ": kept with each row");
        }
      } else if (i == latest && !hasTarget) {
        place(
            i,
            RowField.TARGET,
            shown,
            targetHow.get(i)
                + (targetYears.size() > 1
                    ? ", the latest of " + targetYears.size() + " target years"
                    : ""),
            problems,
            line,
            lenient,
            year);
      } else {
        yearlyAt.put(i, year);
        readings.add(
            new Reading(
                i + 1,
                shown,
                YEARLY_TARGET,
                targetHow.get(i)
                    + ": the yearly target of "
                    + year
                    + (unitAt[i] == null ? "" : "; unit " + unitAt[i])));
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

  private void unclear(int i, Problems problems, long line, String why) {
    problems.add(
        line,
        i + 1,
        headings[i],
        "a year column whose role is unclear: "
            + why
            + "; expected one or two bare years (base, then target) or a year with 基数, 目标, 完成 "
            + "or 预计");
    keep(i, headings[i].strip(), "a year column of unclear role: kept with each row");
  }

  /** The year of a target column; {@link #yearOf} has one for each of {@link #targetYears}. */
  private int yearOf(int i) {
    return requireNonNull(yearOf.get(i));
  }

  private void place(
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
    readings.add(
        new Reading(
            i + 1,
            shown,
            column.csvHeading(),
            how + (unitAt[i] == null ? "" : "; unit " + unitAt[i])));
    if (year > 0) {
      yearFromHeading.put(yearColumn(column), year);
    }
  }

  private void keep(int i, String name, String how) {
    unknown.add(i);
    extraName.put(i, name);
    readings.add(new Reading(i + 1, headings[i].strip(), "extra '" + name + "'", how));
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

  /** What a heading (or two, one over the other) gives: a column, an extra field or a year. */
  private record Slot(
      @Nullable RowField column,
      @Nullable String extraName,
      int year,
      @Nullable YearRole role,
      @Nullable String unit,
      String how) {}

  private static @Nullable Slot slot(String heading, Map<String, RowField> user) {
    String h = CsvHeadings.normalise(heading);
    RowField mine = user.get(h);
    if (mine != null) {
      return new Slot(mine, null, yearIn(h), YearRole.BARE, null, "your mapping");
    }
    CsvHeadings.Term term = CsvHeadings.term(heading);
    if (term != null) {
      String how =
          term.column() != null && term.column().csvHeading().equals(h)
              ? "the canonical heading"
              : "the published heading "
                  + (term.normalised().equals(heading) ? "" : "'" + term.normalised() + "'");
      return new Slot(term.column(), term.extraName(), 0, null, term.unit(), how.strip());
    }
    return yearSlot(h, "");
  }

  /** A heading over another: {@code 规划目标 / 2020年}, {@code 完成情况 / 年均增速}, {@code 2025年 / 目标值}. */
  private static @Nullable Slot slot(String above, String below, Map<String, RowField> user) {
    String b = CsvHeadings.normalise(below);
    RowField mine = user.get(CsvHeadings.normalise(above) + b);
    if (mine != null) {
      return new Slot(mine, null, 0, YearRole.BARE, null, "your mapping");
    }
    CsvHeadings.Term term = CsvHeadings.term(below);
    String a = CsvHeadings.normalise(above);
    if (term != null && term.column() == RowField.TARGET_GROWTH) {
      YearRole role = role(a);
      RowField column =
          role == YearRole.ACTUAL || role == YearRole.ESTIMATE
              ? RowField.ACTUAL_GROWTH
              : RowField.TARGET_GROWTH;
      return new Slot(column, null, 0, null, term.unit(), "growth under '" + a + "'");
    }
    if (term != null
        && (term.column() == RowField.BASE
            || term.column() == RowField.TARGET
            || term.column() == RowField.ACTUAL)
        && YEAR.matcher(a).matches()) {
      // 2025年 over 目标值 is read as 2025年目标值, the year kept
      return yearSlot(a + b, "");
    }
    Matcher year = YEAR.matcher(b);
    if (year.matches()) {
      return yearSlot(b, a);
    }
    if (term != null) {
      return new Slot(term.column(), term.extraName(), 0, null, term.unit(), "the lower heading");
    }
    return slot(above + below, user);
  }

  /** A year heading, with the words of a heading above it; null when there is no year. */
  private static @Nullable Slot yearSlot(String h, String above) {
    Matcher m = YEAR.matcher(h);
    if (!m.matches()) {
      return null;
    }
    String words = above + m.group(1) + m.group(3);
    String unit = null;
    Matcher inParentheses = Pattern.compile("(.*)\\(([^()]*)\\)(.*)").matcher(words);
    if (inParentheses.matches()) {
      unit = CsvHeadings.unitOf(inParentheses.group(2));
      words = inParentheses.group(1) + inParentheses.group(3);
    }
    YearRole role = role(words);
    return new Slot(
        null,
        null,
        Integer.parseInt(m.group(2)),
        role,
        unit == null || unit.isEmpty() ? null : unit,
        role == YearRole.BARE ? "a bare year" : "the words '" + words + "'");
  }

  private static int yearIn(String h) {
    Matcher m = YEAR.matcher(h);
    return m.matches() ? Integer.parseInt(m.group(2)) : 0;
  }

  /** The role of a year heading's words: {@code 预计} → estimate, {@code 目标} → target … */
  static YearRole role(String words) {
    String w = words.replaceAll("[0-9]+$", "");
    if (w.isEmpty()) {
      return YearRole.BARE;
    }
    if (w.contains("预计")) {
      return YearRole.ESTIMATE;
    }
    if (w.contains("完成") || w.contains("实际") || w.contains("实绩") || w.contains("实现")) {
      return YearRole.ACTUAL;
    }
    if (w.contains("目标")
        || w.contains("规划")
        || w.contains("预期")
        || w.equalsIgnoreCase(YEARLY_TARGET_PREFIX)) {
      return YearRole.TARGET;
    }
    if (w.contains("基数") || w.contains("基期") || w.contains("基础") || w.contains("现状")) {
      return YearRole.BASE;
    }
    return YearRole.UNCLEAR;
  }

  /** The heading over column {@code i}: its own, or the nearest non-empty one to its left. */
  /**
   * The heading over an empty one that has a heading below it: a second header row is one only when
   * each of its headings has one ({@link #isSecondRow}).
   */
  private static String spanned(String[] headings, int i) {
    return requireNonNull(spanningHeading(headings, i), "a second-row heading has one above it");
  }

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

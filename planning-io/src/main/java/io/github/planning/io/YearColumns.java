package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.io.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a header that are read by their year, placed once every heading is read, as their
 * roles depend on one another.
 *
 * <pre>{@code
 * 2020年 | 2025年                    // base 2020, target 2025: two bare years
 * 2015年完成 | 2020年预计            // base 2015, actual 2020: the earlier of two actuals is the base
 * 2020年预计 | 2025年目标            // base 2020, target 2025: actuals only before the targets
 * 2022年目标值 | 2030年目标值        // a yearly target of 2022, the target 2030
 * 2020年 | 2021年 | 2022年 | 2025年  // base 2020, yearly targets 2021 and 2022, target 2025
 * 完成情况 | 2020年完成              // the actual of 2020, and 完成情况 read as the assessment
 * }</pre>
 *
 * <p>A base ({@code 2020年基数}) is placed at once; actuals, bare years and targets of a year are
 * noted as they come and placed by {@link #place()}, in that order.
 */
final class YearColumns {

  /** A column noted for {@link #place()}: its 0-based place, year, role and how it was read. */
  private record Dated(int at, int year, @Nullable YearRole role, String shown, String how) {}

  private final CsvHeader header;
  private final Problems problems;
  private final long line;
  private final boolean lenient;

  private final List<Dated> actuals = new ArrayList<>();
  private final List<Dated> bare = new ArrayList<>();

  /** The columns read as targets of a year, before {@link #placeTargets} decides their roles. */
  private final List<Dated> targets = new ArrayList<>();

  /** The last actual column without a year ({@code 完成情况}), or null. */
  private @Nullable Dated undatedActual;

  /**
   * @param line the line of the header, for problems
   * @param lenient whether columns that cannot be placed are kept with the rows
   */
  YearColumns(CsvHeader header, Problems problems, long line, boolean lenient) {
    this.header = header;
    this.problems = problems;
    this.line = line;
    this.lenient = lenient;
  }

  /**
   * Takes note of a year heading of column {@code i} by its role; a base is placed, and a heading
   * of unclear role reported and kept with each row, at once.
   */
  void add(int i, ParsedHeading heading, String shown) {
    YearRole role = requireNonNull(heading.role(), "a heading of no column has a year");
    int year = heading.year();
    switch (role) {
      case BARE -> bare.add(new Dated(i, year, role, shown, heading.how()));
      case UNCLEAR -> {
        problems.add(
            line,
            i + 1,
            shown,
            "a year column whose role is unclear; expected a year "
                + "with 基数/基期 (base), 目标/规划 (target), 完成/实际 (actual) or 预计 (estimate), or "
                + "one or two bare years (base, then target)");
        header.keep(i, shown, "a year column of unclear role: kept with each row");
      }
      case ACTUAL, ESTIMATE -> actuals.add(new Dated(i, year, role, shown, heading.how()));
      case TARGET -> target(i, year, shown, "year " + year + ", " + heading.how());
      case BASE -> place(i, RowField.BASE, shown, "year " + year + ", " + heading.how(), year);
    }
  }

  /** Takes note of an actual column without a year ({@code 完成情况}), placed after the years. */
  void undatedActual(int i, String shown, String how) {
    undatedActual = new Dated(i, 0, null, shown, how);
  }

  /** Takes note of a column with the target of a year, placed by {@link #placeTargets}. */
  void target(int i, int year, String shown, String how) {
    targets.add(new Dated(i, year, YearRole.TARGET, shown, how));
  }

  /**
   * Places the columns noted: the actuals, then an actual without a year, then the bare years, then
   * the targets of years.
   */
  void place() {
    placeActuals();
    if (undatedActual != null) {
      Dated u = undatedActual;
      boolean assessment =
          header.indexOf(RowField.ACTUAL) >= 0 && header.indexOf(RowField.ASSESSMENT) < 0;
      place(
          u.at(),
          assessment ? RowField.ASSESSMENT : RowField.ACTUAL,
          u.shown(),
          assessment
              ? u.how() + ", read as the assessment: the actual value is in a year column"
              : u.how(),
          -1);
    }
    placeBare();
    placeTargets();
  }

  /**
   * Years of actuals ({@code 2015年完成}, {@code 2020年预计值}): the only one is the actual, or the base
   * when it comes before every target year and no base is given; of two, the earlier is the base
   * (the actual of the base year) when no base column is given.
   */
  private void placeActuals() {
    int first = 0;
    if (actuals.size() == 2
        && header.indexOf(RowField.BASE) < 0
        && actuals.get(0).year() < actuals.get(1).year()) {
      Dated a = actuals.get(0);
      place(
          a.at(),
          RowField.BASE,
          a.shown(),
          "year " + a.year() + ", " + a.how() + ": the earlier of two years of actuals, the base",
          a.year());
      first = 1;
    } else if (actuals.size() == 1 && isBaseOfTargets(actuals.get(0))) {
      Dated a = actuals.get(0);
      place(
          a.at(),
          RowField.BASE,
          a.shown(),
          "year "
              + a.year()
              + ", "
              + a.how()
              + (a.role() == YearRole.ESTIMATE ? " (an estimate)" : "")
              + ": the only year of actuals, before every target year, the base",
          a.year());
      first = 1;
    }
    for (Dated a : actuals.subList(first, actuals.size())) {
      place(
          a.at(),
          RowField.ACTUAL,
          a.shown(),
          "year "
              + a.year()
              + ", "
              + a.how()
              + (a.role() == YearRole.ESTIMATE ? " (an estimate)" : ""),
          a.year());
    }
  }

  /**
   * Whether the only column of actuals is the base: no base column or bare year is given, and the
   * targets are of later years ({@code 2020年预计 | 2025年目标}, as plans publish the base year's figure
   * before it is final).
   */
  private boolean isBaseOfTargets(Dated actual) {
    return header.indexOf(RowField.BASE) < 0
        && bare.isEmpty()
        && !targets.isEmpty()
        && targets.stream().allMatch(t -> t.year() > actual.year());
  }

  /**
   * Bare years: the only one is the base (or the target when a base column is given); of two, the
   * first is the base and the second the target; of three or more in order, the first is the base
   * when no base column is given, and the others are targets of their years (see {@link
   * #placeTargets}).
   */
  private void placeBare() {
    boolean hasBase = header.indexOf(RowField.BASE) >= 0;
    boolean hasTarget = header.indexOf(RowField.TARGET) >= 0 || !targets.isEmpty();
    if (bare.size() > 2 && !hasTarget && ascending(bare)) {
      int first = hasBase ? 0 : 1;
      if (!hasBase) {
        placeBare(bare.get(0), RowField.BASE, "the first of " + bare.size() + " bare years");
      }
      for (Dated b : bare.subList(first, bare.size())) {
        target(
            b.at(),
            b.year(),
            heading(b),
            "year " + b.year() + ", one of " + bare.size() + " bare years");
      }
      return;
    }
    if (bare.size() == 1) {
      RowField column = !hasBase ? RowField.BASE : !hasTarget ? RowField.TARGET : null;
      if (column == null) {
        unclear(bare.get(0).at(), "a base and a target column are given already");
      } else {
        placeBare(bare.get(0), column, "the only bare year");
      }
    } else if (bare.size() == 2 && !hasBase && !hasTarget && ascending(bare)) {
      placeBare(bare.get(0), RowField.BASE, "the first of two bare years");
      placeBare(bare.get(1), RowField.TARGET, "the second of two bare years");
    } else {
      for (Dated b : bare) {
        unclear(
            b.at(),
            bare.size() > 2
                ? bare.size() + " bare years need no target column beside them, in order"
                : "two bare years need no base or target column beside them, the earlier first");
      }
    }
  }

  private void placeBare(Dated b, RowField column, String which) {
    place(b.at(), column, heading(b), "year " + b.year() + ", " + which, b.year());
  }

  /** The heading of a bare year as written, without the heading over it. */
  private String heading(Dated b) {
    return header.headings[b.at()].strip();
  }

  private static boolean ascending(List<Dated> columns) {
    for (int k = 1; k < columns.size(); k++) {
      if (columns.get(k - 1).year() >= columns.get(k).year()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Targets of years: the only one is the target; of several, the latest is the target (the row's
   * target year) and each earlier one a yearly target (分年度目标) of its year; all are yearly targets
   * when a target column without a year is given. Two columns of the same year are a problem.
   */
  private void placeTargets() {
    if (targets.isEmpty()) {
      return;
    }
    boolean hasTarget = header.indexOf(RowField.TARGET) >= 0;
    Dated latest = targets.get(0);
    for (Dated t : targets) {
      if (t.year() > latest.year()) {
        latest = t;
      }
    }
    Map<Integer, Integer> columnOfYear = new java.util.HashMap<>();
    for (Dated t : targets) {
      int i = t.at();
      int year = t.year();
      Integer same = columnOfYear.putIfAbsent(year, i);
      if (same != null) {
        problems.add(
            line,
            i + 1,
            header.headings[i],
            "a second target column of " + year + "; column " + (same + 1) + " has it already");
        if (lenient) {
          header.keep(i, t.shown(), "a second target column of " + year + ": kept with each row");
        }
      } else if (i == latest.at() && !hasTarget) {
        place(
            i,
            RowField.TARGET,
            t.shown(),
            t.how()
                + (targets.size() > 1 ? ", the latest of " + targets.size() + " target years" : ""),
            year);
      } else {
        header.yearly(i, year, t.shown(), t.how() + ": the yearly target of " + year);
      }
    }
  }

  private void unclear(int i, String why) {
    problems.add(
        line,
        i + 1,
        header.headings[i],
        "a year column whose role is unclear: "
            + why
            + "; expected one or two bare years (base, then target) or a year with 基数, 目标, 完成 "
            + "or 预计");
    header.keep(i, header.headings[i].strip(), "a year column of unclear role: kept with each row");
  }

  private void place(int i, RowField column, String shown, String how, int year) {
    header.place(i, column, shown, how, problems, line, lenient, year);
  }
}

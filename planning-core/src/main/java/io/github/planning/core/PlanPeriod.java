package io.github.planning.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The years a plan covers, such as {@code 十四五} (the 14th five-year plan, 2021–2025).
 *
 * <pre>{@code
 * PlanPeriod p = PlanPeriod.parse("十四五");
 * p.startYear();  // 2021
 * p.endYear();    // 2025, the target year
 * p.baseYear();   // 2020, the year before the start whose values the targets start from
 * p.toString();   // "2021-2025"
 * }</pre>
 *
 * <p>Any span of years is a period ({@code 2021-2035} for a vision to 2035); the national five-year
 * plans also have an {@linkplain #ordinal() ordinal} and a {@linkplain #chineseName() Chinese
 * name}. Immutable and thread-safe; ordered by start year, then end year.
 */
public final class PlanPeriod implements Comparable<PlanPeriod> {

  /** 十三五, the 13th five-year plan, 2016–2020. */
  public static final PlanPeriod THIRTEENTH_FIVE_YEAR_PLAN = fiveYearPlan(13);

  /** 十四五, the 14th five-year plan, 2021–2025. */
  public static final PlanPeriod FOURTEENTH_FIVE_YEAR_PLAN = fiveYearPlan(14);

  /** 十五五, the 15th five-year plan, 2026–2030. */
  public static final PlanPeriod FIFTEENTH_FIVE_YEAR_PLAN = fiveYearPlan(15);

  private static final String NUMERALS = "一二三四五六七八九";

  /** The first year a plan, a row or an observation may name. */
  private static final int FIRST_YEAR = 1000;

  /** The last year a plan, a row or an observation may name: years have four digits. */
  private static final int LAST_YEAR = 9999;

  private final int startYear;
  private final int endYear;

  private PlanPeriod(int startYear, int endYear) {
    this.startYear = startYear;
    this.endYear = endYear;
  }

  /**
   * The period from {@code startYear} to {@code endYear}, both included.
   *
   * @throws IllegalArgumentException if a year is outside 1000–9999 or the end precedes the start
   */
  public static PlanPeriod of(int startYear, int endYear) {
    checkYear("start year", startYear);
    checkYear("end year", endYear);
    checkArgument(
        endYear >= startYear, "the end year %s precedes the start year %s", endYear, startYear);
    return new PlanPeriod(startYear, endYear);
  }

  /**
   * The one year rule of plans, rows and observations: a year has four digits, 1000 to 9999.
   *
   * <pre>{@code
   * PlanPeriod.checkYear("base year", 2020);  // 2020
   * PlanPeriod.checkYear("base year", 202);   // throws: the base year 202 must be between 1000 and 9999
   * }</pre>
   *
   * @param what what the year is, such as {@code base year}, for the message
   * @return {@code year}
   * @throws IllegalArgumentException naming {@code what} and the year when it is outside 1000–9999
   */
  public static int checkYear(String what, int year) {
    checkArgument(
        year >= FIRST_YEAR && year <= LAST_YEAR,
        "the %s %s must be between %s and %s",
        what,
        year,
        FIRST_YEAR,
        LAST_YEAR);
    return year;
  }

  /**
   * The year a text writes as four ASCII digits from 1000 to 9999, between white space; empty for
   * any other text. A year with a leading zero ({@code 0999}) is not one: it would not be written
   * back as it was read.
   *
   * <pre>{@code
   * PlanPeriod.yearOf(" 2025 ");  // OptionalInt[2025]
   * PlanPeriod.yearOf("20x5");    // OptionalInt.empty
   * }</pre>
   */
  public static OptionalInt yearOf(CharSequence text) {
    String t = text.toString().strip();
    if (t.length() != 4 || !isYear(t, 0) || t.charAt(0) == '0') {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(t));
  }

  /**
   * The period the rows of a table state: the base year of the first row with a base year and a
   * later target (or else actual) year, through that year; without such a row, the five years
   * ending in the target year of the first row without a base year whose target year ends a
   * five-year plan (2020, 2025). Empty when the rows state no period.
   *
   * <pre>{@code
   * PlanPeriod.ofRows(rows);  // Optional[2021-2025] for rows of base year 2020 and target year 2025
   * }</pre>
   */
  public static Optional<PlanPeriod> ofRows(Iterable<PlanRow> rows) {
    return ofStatedYears(rows).or(() -> ofTargetYearOfAPlan(rows));
  }

  /**
   * The period of the first row with a base year and a later target (or else actual) year, without
   * the guess of {@link #ofRows}: for a reader given a period from outside, which wins over a guess
   * (a plan to 2030 with a target for 2025 is not the 十五五).
   */
  public static Optional<PlanPeriod> ofStatedYears(Iterable<PlanRow> rows) {
    requireNonNull(rows, "rows");
    for (PlanRow row : rows) {
      OptionalInt end = row.targetYear().isPresent() ? row.targetYear() : row.actualYear();
      if (row.baseYear().isPresent()
          && end.isPresent()
          && end.getAsInt() > row.baseYear().getAsInt()) {
        return Optional.of(ofBaseAndTarget(row.baseYear().getAsInt(), end.getAsInt()));
      }
    }
    return Optional.empty();
  }

  private static Optional<PlanPeriod> ofTargetYearOfAPlan(Iterable<PlanRow> rows) {
    for (PlanRow row : rows) {
      if (row.baseYear().isEmpty()
          && row.targetYear().isPresent()
          && row.targetYear().getAsInt() % 5 == 0
          && row.targetYear().getAsInt() >= FIRST_YEAR + 4) {
        return Optional.of(of(row.targetYear().getAsInt() - 4, row.targetYear().getAsInt()));
      }
    }
    return Optional.empty();
  }

  /**
   * The national five-year plan of the given ordinal: 14 gives 2021–2025. The first two plans were
   * 1953–1957 and 1958–1962; from the third (1966–1970) they follow each other.
   *
   * @throws IllegalArgumentException if {@code ordinal} is below 1 or above 99
   */
  public static PlanPeriod fiveYearPlan(int ordinal) {
    checkArgument(ordinal >= 1 && ordinal <= 99, "ordinal (%s) must be between 1 and 99", ordinal);
    int start = ordinal <= 2 ? 1953 + 5 * (ordinal - 1) : 1966 + 5 * (ordinal - 3);
    return new PlanPeriod(start, start + 4);
  }

  /**
   * Reads a period: {@code 2021-2025} (also with {@code –}, {@code —}, {@code ～}, {@code 至} and a
   * trailing {@code 年}), or the Chinese name of a five-year plan: {@code 十四五}, {@code “十四五”},
   * {@code 十四五规划}, {@code 十五} (the 10th plan).
   *
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static PlanPeriod parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    PlanPeriod years = parseYears(s);
    if (years != null) {
      return years;
    }
    String name = s.replace("“", "").replace("”", "").replace("\"", "");
    if (name.endsWith("规划")) {
      name = name.substring(0, name.length() - 2);
    } else if (name.endsWith("时期")) {
      name = name.substring(0, name.length() - 2);
    }
    int ordinal =
        name.length() >= 2 && name.endsWith("五")
            ? numeral(name.substring(0, name.length() - 1))
            : -1;
    if (ordinal < 1) {
      throw new IllegalArgumentException(
          "Text '"
              + s
              + "' is not a plan period; expected years such as 2021-2025 or a name such as 十四五");
    }
    return fiveYearPlan(ordinal);
  }

  /**
   * The period whose base year and target year are given: {@code ofBaseAndTarget(2020, 2025)} is
   * 2021-2025, the period of a table headed {@code 2020年} and {@code 2025年目标}.
   *
   * @throws IllegalArgumentException if the target year is not after the base year, or a year is
   *     outside 1000–9999
   */
  public static PlanPeriod ofBaseAndTarget(int baseYear, int targetYear) {
    checkArgument(
        targetYear > baseYear,
        "the target year %s must come after the base year %s",
        targetYear,
        baseYear);
    return of(baseYear + 1, targetYear);
  }

  /**
   * The one rule for the period of a table: the period the table itself states (its headings, year
   * columns or period field), else the period given from outside (such as a {@code --period});
   * never one assumed.
   *
   * <pre>{@code
   * PlanPeriod.resolve(Optional.of(of(2021, 2025)), Optional.empty());  // 2021-2025
   * PlanPeriod.resolve(Optional.empty(), Optional.of(parse("十四五")));  // 2021-2025
   * PlanPeriod.resolve(Optional.empty(), Optional.empty());            // empty: not known
   * }</pre>
   *
   * @throws IllegalArgumentException naming both when the given period contradicts the table's
   */
  public static Optional<PlanPeriod> resolve(
      Optional<PlanPeriod> ofTable, Optional<PlanPeriod> given) {
    requireNonNull(ofTable, "ofTable");
    requireNonNull(given, "given");
    if (ofTable.isPresent() && given.isPresent() && !ofTable.get().equals(given.get())) {
      PlanPeriod table = ofTable.get();
      throw new IllegalArgumentException(
          "the period given, "
              + given.get().describe()
              + ", contradicts the years of the table, base "
              + table.baseYear()
              + " and target "
              + table.targetYear()
              + " ("
              + table.describe()
              + ")");
    }
    return ofTable.or(() -> given);
  }

  /** {@code 2021-2025}, or {@code 十四五 2021-2025} for a five-year plan. */
  private String describe() {
    return chineseName().map(n -> n + " ").orElse("") + this;
  }

  private static @Nullable PlanPeriod parseYears(String s) {
    String t = s.endsWith("年") ? s.substring(0, s.length() - 1) : s;
    if (t.length() < 9 || !isYear(t, 0)) {
      return null;
    }
    int separatorEnd = t.length() - 4;
    String separator = t.substring(4, separatorEnd).strip();
    if (!isYear(t, separatorEnd)
        || !(separator.equals("-")
            || separator.equals("–")
            || separator.equals("—")
            || separator.equals("～")
            || separator.equals("~")
            || separator.equals("至")
            || separator.equals("年-")
            || separator.equals("年至")
            || separator.equals("年—"))) {
      return null;
    }
    int start = Integer.parseInt(t.substring(0, 4));
    int end = Integer.parseInt(t.substring(separatorEnd));
    if (end < start) {
      throw new IllegalArgumentException(
          "Text '" + s + "' is not a plan period: the end year " + end + " precedes " + start);
    }
    return of(start, end);
  }

  private static boolean isYear(String s, int at) {
    if (at + 4 > s.length()) {
      return false;
    }
    for (int i = at; i < at + 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Reads 一 … 九十九 written with 十; −1 if it is not such a numeral. */
  private static int numeral(String s) {
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? NUMERALS.indexOf(s.charAt(0)) + 1 : -1;
    }
    if (ten != s.lastIndexOf('十') || ten > 1 || s.length() - ten > 2) {
      return -1;
    }
    int tens = ten == 0 ? 1 : NUMERALS.indexOf(s.charAt(0)) + 1;
    int units = ten == s.length() - 1 ? 0 : NUMERALS.indexOf(s.charAt(ten + 1)) + 1;
    return tens < 1 || (ten < s.length() - 1 && units < 1) ? -1 : tens * 10 + units;
  }

  /** The first year of the plan: 2021 for 十四五. */
  public int startYear() {
    return startYear;
  }

  /** The last year, the year of the targets: 2025 for 十四五. */
  public int endYear() {
    return endYear;
  }

  /** The target year, the same as {@link #endYear()}. */
  public int targetYear() {
    return endYear;
  }

  /** The year before the start, whose values the targets start from: 2020 for 十四五. */
  public int baseYear() {
    return startYear - 1;
  }

  /** The number of years the plan covers: 5 for a five-year plan. */
  public int lengthInYears() {
    return endYear - startYear + 1;
  }

  /** Whether {@code year} is one of the plan's years. */
  public boolean contains(int year) {
    return year >= startYear && year <= endYear;
  }

  /** The ordinal of the national five-year plan with these years: 14 for 2021–2025. */
  public OptionalInt ordinal() {
    int ordinal = startYear >= 1966 ? (startYear - 1966) / 5 + 3 : (startYear - 1953) / 5 + 1;
    if (startYear >= 1953 && ordinal <= 99 && fiveYearPlan(ordinal).equals(this)) {
      return OptionalInt.of(ordinal);
    }
    return OptionalInt.empty();
  }

  /** The Chinese name of the national five-year plan with these years: {@code 十四五}. */
  public Optional<String> chineseName() {
    OptionalInt ordinal = ordinal();
    if (ordinal.isEmpty()) {
      return Optional.empty();
    }
    int n = ordinal.getAsInt();
    String tens = n < 10 ? "" : (n >= 20 ? String.valueOf(NUMERALS.charAt(n / 10 - 1)) : "") + "十";
    String units = n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10 - 1));
    return Optional.of(tens + units + "五");
  }

  @Override
  public int compareTo(PlanPeriod other) {
    int byStart = Integer.compare(startYear, other.startYear);
    return byStart != 0 ? byStart : Integer.compare(endYear, other.endYear);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PlanPeriod that
        && startYear == that.startYear
        && endYear == that.endYear;
  }

  @Override
  public int hashCode() {
    return startYear * 31 + endYear;
  }

  /** The years, such as {@code 2021-2025}, which {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    return startYear + "-" + endYear;
  }
}

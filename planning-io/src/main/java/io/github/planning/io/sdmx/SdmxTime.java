package io.github.planning.io.sdmx;

import io.github.planning.core.PlanPeriod;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Annual {@code TIME_PERIOD} values: {@code 2020}, {@code 2020-A1}, {@code 2021-01-01/P5Y}; their
 * years follow the one rule of {@link PlanPeriod#yearOf}.
 */
final class SdmxTime {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-A1)?");
  private static final Pattern RANGE = Pattern.compile("(\\d{4})-01-01/P(\\d{1,4})Y");

  private SdmxTime() {}

  /** The growth from the year after {@code from} to {@code to} as a time range. */
  static String range(int from, int to) {
    return (from + 1) + "-01-01/P" + (to - from) + "Y";
  }

  /**
   * The year of an annual period, {@code 2020} of {@code 2020}, {@code 2020-A1} or a one-year
   * range.
   */
  static OptionalInt year(String period) {
    Matcher year = YEAR.matcher(period);
    if (year.matches()) {
      return PlanPeriod.yearOf(year.group(1));
    }
    Matcher range = RANGE.matcher(period);
    if (range.matches() && range.group(2).equals("1")) {
      return PlanPeriod.yearOf(range.group(1));
    }
    return OptionalInt.empty();
  }

  /**
   * The first and last years of a range of whole years, such as 2021 and 2025 of {@code
   * 2021-01-01/P5Y}.
   */
  static int @Nullable [] years(String period) {
    Matcher range = RANGE.matcher(period);
    OptionalInt first = range.matches() ? PlanPeriod.yearOf(range.group(1)) : OptionalInt.empty();
    if (first.isEmpty()) {
      return null;
    }
    int start = first.getAsInt();
    return new int[] {start, start + Integer.parseInt(range.group(2)) - 1};
  }
}

package io.github.planning.core;

/**
 * The years of a plan row, read once: the row's own years, or else its plan period's.
 *
 * <pre>{@code
 * RowYears y = row.years(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
 * y.base();    // 2020
 * y.target();  // 2025
 * y.actual();  // 2025 unless the row states its actual year
 * y.span();    // 5
 * }</pre>
 *
 * @param base the year of the base value: the row's base year or the period's base year
 * @param target the target year: the row's or the period's end year
 * @param actual the year of the actual value: the row's or the period's end year
 */
public record RowYears(int base, int target, int actual) {

  /** The years from base to target. */
  public int span() {
    return target - base;
  }

  /** The years from base to the actual value. */
  public int actualSpan() {
    return actual - base;
  }
}

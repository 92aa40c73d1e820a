package io.github.planning.excel;

/**
 * How {@link Workbooks#writePlan(io.github.planning.core.Plan, java.util.List, java.nio.file.Path,
 * FigureCells)} writes the value cells of a plan that are plain figures ({@code 752.8}, {@code
 * 51.20}, {@code -13}).
 *
 * <pre>{@code
 * Workbooks.writePlan(plan, List.of(), Path.of("规划.xlsx"), FigureCells.NUMBERS);
 * // 51.20 is the number 51.2 shown with the format 0.00; 9.5%左右 is still the text 9.5%左右
 * }</pre>
 */
public enum FigureCells {
  /** Every value cell is a text cell holding the text as published: nothing for Excel to change. */
  TEXT,
  /**
   * A plain figure is a number cell with the display format of its written precision ({@code 0} for
   * {@code 752}, {@code 0.00} for {@code 51.20}), so that Excel can sum and chart it and shows it
   * as published; a figure a number cell cannot show exactly (more than 15 significant digits,
   * {@code -0}, leading zeros) and every other value ({@code [5]}, {@code 9.5%左右}, {@code ≤3.5})
   * stays text. A workbook written so reads back to the same plan.
   */
  NUMBERS
}

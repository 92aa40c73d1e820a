/**
 * Plans read from and written to Excel workbooks, on Apache POI.
 *
 * <pre>{@code
 * Plan plan = Workbooks.readPlan(path, ReadOptions.of("规划.xlsx"), SheetChoice.parse("2"));
 * }</pre>
 *
 * <p>See {@link io.github.planning.excel.Workbooks}.
 */
@NullMarked
package io.github.planning.excel;

import org.jspecify.annotations.NullMarked;

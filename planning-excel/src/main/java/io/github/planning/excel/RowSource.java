package io.github.planning.excel;

import java.io.Closeable;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the rows of a sheet, in order, each formatted as Excel displays it; the sheet's
 * merged ranges and hidden columns known once the pass is done.
 *
 * <pre>{@code
 * try (RowSource rows = sheet.rows()) {
 *   for (SheetRow row; (row = rows.next()) != null; ) { ... }
 *   rows.merges();
 * }
 * }</pre>
 */
interface RowSource extends Closeable {

  /**
   * The next row with some text, or null after the last.
   *
   * @throws io.github.planning.io.PlanningReadException placed at a cell if the sheet exceeds a
   *     limit, or naming the workbook if it cannot be read
   */
  @Nullable SheetRow next();

  /** The merged ranges, complete once {@link #next} gave null. */
  List<SheetRows.Merge> merges();

  /** The hidden columns, 0-based, complete once {@link #next} gave null. */
  BitSet hiddenColumns();

  @Override
  void close();
}

package io.github.planning.io;

import io.github.planning.core.PlanRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row as read: the plan row, the line it starts on, unknown columns kept with it, and in
 * lenient mode its problems with the raw text of each bad cell.
 *
 * <pre>{@code
 * RowRecord r = reader.next();
 * r.row();            // Optional[PlanRow…]; empty only when the row cannot be built (no name)
 * r.invalidCells();   // {TARGET=9.5%%} in lenient mode: the raw text, kept
 * r.problems();       // [plan.csv:12:7: '9.5%%': …]
 * }</pre>
 */
@Value.Immutable
public abstract class RowRecord {

  RowRecord() {}

  /** A record of a row with nothing else. */
  public static RowRecord of(PlanRow row) {
    return builder().row(row).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The line the row starts on, 0 when it was not read from a file. */
  @Value.Default
  public long line() {
    return 0;
  }

  /** The row, without its invalid cells; empty when no row could be built. */
  public abstract Optional<PlanRow> row();

  /** The raw text of each cell that could not be read, by field, in the fields' order. */
  public abstract Map<RowField, String> invalidCells();

  /** Unknown columns kept with the row, by heading, in the input's order. */
  public abstract Map<String, String> extra();

  /** The problems of this row (lenient mode). */
  public abstract List<Problem> problems();

  /** Builds a {@link RowRecord}. */
  public static final class Builder extends ImmutableRowRecord.Builder {
    Builder() {}
  }
}

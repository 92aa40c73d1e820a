package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/** The limits a workbook is read within, and the error of one that exceeds them. */
final class Limits {

  /** The largest part of a workbook inflated; a plan table's sheet is well under a megabyte. */
  static final long MAX_ENTRY = 256L << 20;

  private Limits() {}

  /** POI's zip-bomb guard: parts that inflate over 100 times, or beyond {@link #MAX_ENTRY}. */
  static void apply() {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
  }

  static PlanningReadException refuse(String source, String text, String reason) {
    return new PlanningReadException(
        source, List.of(new Problem(source, 0, 0, text, reason)), false);
  }

  static String message(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}

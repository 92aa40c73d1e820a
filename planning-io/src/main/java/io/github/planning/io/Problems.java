package io.github.planning.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;

/**
 * Collects the problems of one input, up to a cap.
 *
 * <p>When the input is JSON read as UTF-8 bytes, places hold a stand-in for the column until a
 * problem is added: {@link #column(TokenStreamLocation)} gives −1 − the byte offset, and
 * {@link #add} asks the input for the character column of that offset. Cells keep the stand-in,
 * so that the column is worked out only for a cell with a problem.
 */
final class Problems {

  private static final Comparator<Problem> BY_PLACE =
      Comparator.comparingLong(Problem::line).thenComparingLong(Problem::column);

  private final String source;
  private final int cap;
  private final List<Problem> all = new ArrayList<>();
  private boolean truncated;
  private long omitted;
  private final Utf8Input bytes;

  Problems(String source, int cap) {
    this(source, cap, null);
  }

  /** Problems of an input read as UTF-8 bytes, when {@code bytes} is not null. */
  Problems(String source, int cap, Utf8Input bytes) {
    this.source = source;
    this.cap = cap;
    this.bytes = bytes;
  }

  /**
   * The column to keep for a token at {@code at}: its column, or the stand-in for it when the
   * input is read as UTF-8 bytes.
   */
  long column(TokenStreamLocation at) {
    return bytes != null && at.getByteOffset() >= 0 ? -1 - at.getByteOffset() : at.getColumnNr();
  }

  /** The column of a place kept from {@link #column(TokenStreamLocation)} or given as such. */
  long resolve(long column) {
    return column >= 0 ? column : bytes.column(-1 - column);
  }

  /**
   * Promises that no problem will be placed before {@code at}, so that the bytes before it may
   * be forgotten.
   */
  void placesFrom(TokenStreamLocation at) {
    if (bytes != null && at.getByteOffset() >= 0) {
      bytes.keepFrom(at.getByteOffset());
    }
  }

  String source() {
    return source;
  }

  Problem add(long line, long column, String text, String reason) {
    Problem problem = new Problem(source, line, resolve(column), text, reason);
    if (all.size() < cap) {
      all.add(problem);
    } else {
      truncated = true;
      omitted++;
    }
    return problem;
  }

  /** Orders the problems added since {@code mark} by line, then column. */
  void sortSince(int mark) {
    if (all.size() - mark > 1) {
      all.subList(mark, all.size()).sort(BY_PLACE);
    }
  }

  /**
   * Adds the problem of a failed Jackson read: at Jackson's location (or the given line and
   * column when it has none, as for a byte that does not decode), with the decoding problem of an
   * undecodable byte or Jackson's reason.
   */
  void add(tools.jackson.core.JacksonException e, long line, long column) {
    TokenStreamLocation at = e.getLocation();
    Throwable cause = e.getCause();
    String reason = cause instanceof Encodings.UndecodableException ? cause.getMessage()
        : jacksonReason(e);
    boolean placed = at != null && at.getLineNr() > 0;
    add(placed ? at.getLineNr() : line, placed ? column(at) : column, "", reason);
  }

  /** Jackson's message without the location it appends (reported as the problem's place). */
  static String jacksonReason(tools.jackson.core.JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int cut = message.indexOf(" (start marker at ");
    if (cut >= 0) {
      message = message.substring(0, cut);
    }
    if (message.startsWith("Missing closing quote")) {
      return "the input ends inside a quoted cell (a closing quote is missing)";
    }
    if (message.startsWith("Unexpected end-of-input in VALUE_STRING") || message.startsWith(
        "Unexpected end-of-input: was expecting closing quote for a string")) {
      // the byte and the character parsers word it differently
      return "the input ends inside a string (a closing quote is missing)";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the input ends before the document is complete (" + message + ")";
    }
    return message;
  }

  /** Records that reading stops here at the cap, so that more problems may follow. */
  void stopAtCap() {
    truncated = true;
  }

  /** Whether problems were left out at the cap, or reading stopped there. */
  boolean isTruncated() {
    return truncated;
  }

  /** How many problems were found past the cap and left out. */
  long omitted() {
    return omitted;
  }

  boolean isFull() {
    return all.size() >= cap;
  }

  boolean isEmptySince(int mark) {
    return all.size() <= mark;
  }

  int size() {
    return all.size();
  }

  List<Problem> since(int mark) {
    return mark == all.size() ? List.of() : List.copyOf(all.subList(mark, all.size()));
  }

  List<Problem> all() {
    return List.copyOf(all);
  }

  void throwIfAny() {
    if (!all.isEmpty()) {
      throw new PlanningReadException(source, all, truncated);
    }
  }
}

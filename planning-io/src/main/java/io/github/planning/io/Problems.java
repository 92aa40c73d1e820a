package io.github.planning.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one input, up to a cap. */
final class Problems {

  private static final Comparator<Problem> BY_PLACE =
      Comparator.comparingLong(Problem::line).thenComparingLong(Problem::column);

  private final String source;
  private final int cap;
  private final List<Problem> all = new ArrayList<>();
  private boolean truncated;

  Problems(String source, int cap) {
    this.source = source;
    this.cap = cap;
  }

  String source() {
    return source;
  }

  Problem add(long line, long column, String text, String reason) {
    Problem problem = new Problem(source, line, column, text, reason);
    if (all.size() < cap) {
      all.add(problem);
    } else {
      truncated = true;
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
   * column when it has none), with the decoding problem of an undecodable byte or Jackson's reason.
   */
  void add(tools.jackson.core.JacksonException e, long line, long column) {
    tools.jackson.core.TokenStreamLocation at = e.getLocation();
    Throwable cause = e.getCause();
    String reason = cause instanceof Encodings.UndecodableException ? cause.getMessage()
        : jacksonReason(e);
    add(at == null ? line : at.getLineNr(), at == null ? column : at.getColumnNr(), "", reason);
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
    if (message.startsWith("Unexpected end-of-input")) {
      return "the input ends before the document is complete (" + message + ")";
    }
    return message;
  }

  /** Records that reading stops here at the cap, so that more problems may follow. */
  void stopAtCap() {
    truncated = true;
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

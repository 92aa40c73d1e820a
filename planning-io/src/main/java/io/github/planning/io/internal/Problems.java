package io.github.planning.io.internal;

import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;

/**
 * Collects the problems of one input, listing at most a cap of them.
 *
 * <p>Problems past the cap are counted, and those of the record being read are kept for it, so that
 * every record keeps its own problems; {@link #all()} ends with a notice of how many more were
 * found than listed.
 */
public final class Problems {

  private static final Comparator<Problem> BY_PLACE =
      Comparator.comparingLong(Problem::line).thenComparingLong(Problem::column);

  private final String source;
  private final int cap;

  /** The first {@code cap} problems. */
  private final List<Problem> listed = new ArrayList<>();

  /**
   * The problems past the cap since {@link #startRecord()}, the first of them numbered {@code
   * overflowStart}.
   */
  private final List<Problem> overflow = new ArrayList<>();

  private int overflowStart;
  private int found;
  private boolean truncated;

  public Problems(String source, int cap) {
    this.source = source;
    this.cap = cap;
  }

  /** The column of a token at {@code at}: the 1-based character column of its line. */
  public long column(TokenStreamLocation at) {
    return at.getColumnNr();
  }

  /**
   * Marks the start of a record: the problems past the cap found before it are forgotten (they are
   * counted). Returns the mark of {@link #since}.
   */
  public int startRecord() {
    overflow.clear();
    overflowStart = found;
    return found;
  }

  public String source() {
    return source;
  }

  /**
   * The message of an exception that reports a problem with the input: the exceptions of this
   * library and of the JDK's parsers have one; the exception's class name otherwise.
   */
  public static String reason(Exception e) {
    String message = e.getMessage();
    return message != null ? message : e.getClass().getSimpleName();
  }

  public Problem add(long line, long column, String text, String reason) {
    Problem problem = new Problem(source, line, column, text, reason);
    if (listed.size() < cap) {
      listed.add(problem);
    } else {
      overflow.add(problem);
    }
    found++;
    return problem;
  }

  /** Orders the problems added since {@code mark} by line, then column. */
  public void sortSince(int mark) {
    List<Problem> sorted = new ArrayList<>(since(mark));
    if (sorted.size() < 2) {
      return;
    }
    sorted.sort(BY_PLACE);
    int i = 0;
    for (int n = mark; n < found; n++) {
      set(n, sorted.get(i++));
    }
  }

  private void set(int n, Problem problem) {
    if (n < cap) {
      listed.set(n, problem);
    } else {
      overflow.set(n - overflowStart, problem);
    }
  }

  /**
   * Adds the problem of a failed Jackson read: at Jackson's location, or the given line and column
   * when it has none.
   */
  public void add(tools.jackson.core.JacksonException e, long line, long column) {
    TokenStreamLocation at = e.getLocation();
    boolean placed = at != null && at.getLineNr() > 0;
    add(placed ? at.getLineNr() : line, placed ? column(at) : column, "", jacksonReason(e));
  }

  /** Jackson's message without the location it appends (reported as the problem's place). */
  public static String jacksonReason(tools.jackson.core.JacksonException e) {
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
    if (message.startsWith("Unexpected end-of-input in VALUE_STRING")
        || message.startsWith(
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
  public void stopAtCap() {
    truncated = true;
  }

  /** Whether problems were left out at the cap, or reading stopped there. */
  public boolean isTruncated() {
    return truncated || found > listed.size();
  }

  /** How many problems were found past the cap and left out. */
  public long omitted() {
    return (long) found - listed.size();
  }

  public boolean isFull() {
    return found >= cap;
  }

  public boolean isEmptySince(int mark) {
    return found <= mark;
  }

  /** The number of problems found, listed or not: the mark of {@link #since}. */
  public int size() {
    return found;
  }

  /**
   * The problems found since {@code mark}, taken at most one record ago ({@link #startRecord()}).
   */
  public List<Problem> since(int mark) {
    List<Problem> since = new ArrayList<>(found - mark);
    for (int n = mark; n < found; n++) {
      since.add(n < cap ? listed.get(n) : overflow.get(n - overflowStart));
    }
    return List.copyOf(since);
  }

  /** The problems listed, then, when more were found than the cap, a notice of it at line 0. */
  public List<Problem> all() {
    if (found <= cap) {
      return List.copyOf(listed);
    }
    List<Problem> all = new ArrayList<>(listed);
    all.add(
        new Problem(
            source,
            0,
            0,
            "",
            "the list of problems stops at "
                + cap
                + "; "
                + (found - cap)
                + (found - cap == 1 ? " more was" : " more were")
                + " found"
                + (truncated ? " before reading stopped" : "")));
    return List.copyOf(all);
  }

  public void throwIfAny() {
    if (found > 0) {
      throw new PlanningReadException(source, listed, truncated || found > cap);
    }
  }
}

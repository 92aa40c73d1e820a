package io.github.planning.io;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in an input: where it is and what is wrong.
 *
 * <pre>{@code
 * plan.csv:3:7: '9.5%%': not a valid value: at index 4, unexpected '%'
 * }</pre>
 *
 * <p>For CSV the column is the 1-based field number; for JSON it is the 1-based character column of
 * the line; for a workbook the source names the sheet and the cell ({@code 规划.xlsx!主要指标!E7}) and
 * the line and column are the sheet's row and column. Line 0 means the problem concerns the whole
 * input (the notice that more problems were found than the cap lists, a workbook over a limit).
 */
public final class Problem {

  private static final int TEXT_LIMIT = 64;

  /** The most characters of a reason shown: ours are shorter, unless they quote a long text. */
  private static final int REASON_LIMIT = 400;

  private final String source;
  private final long line;
  private final long column;
  private final String text;
  private final String reason;

  /**
   * Creates a problem.
   *
   * @param source the input's name, such as a file name
   * @param line the 1-based line
   * @param column the 1-based column (CSV field number or JSON character column)
   * @param text the text at that place, possibly empty
   * @param reason what is wrong or what was expected
   */
  public Problem(String source, long line, long column, String text, String reason) {
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.text = requireNonNull(text, "text");
    this.reason = requireNonNull(reason, "reason");
  }

  /** The input's name. */
  public String source() {
    return source;
  }

  /** The 1-based line. */
  public long line() {
    return line;
  }

  /** The 1-based column: the field number in CSV, the character column in JSON. */
  public long column() {
    return column;
  }

  /** The text found there (the whole cell, for a CSV cell). */
  public String text() {
    return text;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }

  /**
   * {@code source:line:column: 'text': reason}, the text cut at 64 characters and the reason at
   * 400, control characters escaped (see {@link #printable}).
   */
  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder(printable(source))
            .append(':')
            .append(line)
            .append(':')
            .append(column)
            .append(": ");
    if (!text.isEmpty()) {
      out.append('\'').append(printable(excerpt(text, TEXT_LIMIT))).append("': ");
    }
    return out.append(printable(excerpt(reason, REASON_LIMIT))).toString();
  }

  /**
   * The text a message may quote: {@code "abc…"} for {@code excerpt("abcdef", 3)}, the whole text
   * when it is no longer than {@code limit} characters (a surrogate pair is not cut).
   */
  static String excerpt(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, end) + "…";
  }

  /**
   * The text with each control character (C0, DEL and C1, such as ESC, BEL, NUL) written as a Java
   * escape: ESC becomes the six characters backslash, {@code u001B}. No message written to a
   * terminal can then drive it; the one rule for every message of the library.
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return source.equals(that.source)
        && line == that.line
        && column == that.column
        && text.equals(that.text)
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}

package io.github.planning.io;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Texts;

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
 *
 * @param source the input's name, such as a file name
 * @param line the 1-based line (a sheet's row), 0 for the whole input
 * @param column the 1-based column: the field number in CSV, the character column in JSON, the
 *     sheet's column in a workbook
 * @param text the text found there (the whole cell, for a CSV cell), possibly empty
 * @param reason what is wrong or what was expected
 */
public record Problem(String source, long line, long column, String text, String reason) {

  private static final int TEXT_LIMIT = 64;

  /** The most characters of a reason shown: ours are shorter, unless they quote a long text. */
  private static final int REASON_LIMIT = 400;

  /** Creates a problem; the texts must not be null. */
  public Problem {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    requireNonNull(reason, "reason");
  }

  /**
   * {@code source:line:column: 'text': reason}, the text cut at 64 characters and the reason at
   * 400, control characters escaped (see {@link Texts#printable}).
   */
  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder(Texts.printable(source))
            .append(':')
            .append(line)
            .append(':')
            .append(column)
            .append(": ");
    if (!text.isEmpty()) {
      out.append('\'').append(Texts.printable(excerpt(text, TEXT_LIMIT))).append("': ");
    }
    return out.append(Texts.printable(excerpt(reason, REASON_LIMIT))).toString();
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
}

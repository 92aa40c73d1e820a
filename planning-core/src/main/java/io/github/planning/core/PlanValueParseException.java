package io.github.planning.core;

/**
 * Thrown when the text of a cell is not a well-formed value, for example {@code [5} or {@code
 * 1.2.3}. It carries the text and the index at which parsing failed:
 *
 * <pre>{@code
 * Text '[5' could not be parsed at index 2: expected ']'
 * }</pre>
 *
 * <p>The text in the message is cut at 64 characters; {@link #getParsedString()} has all of it.
 */
public final class PlanValueParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_TEXT_LIMIT = 64;

  private final String parsedString;
  private final int errorIndex;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param parsedString the whole text that was parsed
   * @param errorIndex the index in {@code parsedString} where parsing failed
   * @param reason what was expected or found there, for example {@code expected ']'}
   */
  public PlanValueParseException(String parsedString, int errorIndex, String reason) {
    super(message(parsedString, errorIndex, reason));
    this.parsedString = parsedString;
    this.errorIndex = errorIndex;
    this.reason = reason;
  }

  private static String message(String text, int index, String reason) {
    String shown =
        text.length() > MESSAGE_TEXT_LIMIT ? text.substring(0, MESSAGE_TEXT_LIMIT) + "…" : text;
    return "Text '"
        + Texts.printable(shown)
        + "' could not be parsed at index "
        + index
        + ": "
        + reason;
  }

  /** The whole text that could not be parsed. */
  public String getParsedString() {
    return parsedString;
  }

  /** The index in the {@linkplain #getParsedString() text} where parsing failed. */
  public int getErrorIndex() {
    return errorIndex;
  }

  /** What was expected or found at the error index, without the text and index. */
  public String getReason() {
    return reason;
  }
}

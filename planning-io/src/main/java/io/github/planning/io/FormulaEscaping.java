package io.github.planning.io;

/**
 * Protection of CSV text cells against formula injection (OWASP): a text that begins with {@code
 * =}, {@code +}, {@code -}, {@code @}, tab, CR or LF — after any apostrophes — is written with one
 * more leading apostrophe, and the reader takes one off. {@code =HYPERLINK(…)} is written {@code
 * '=HYPERLINK(…)}; {@code '=x} is written {@code ''=x}; both read back exactly.
 */
public final class FormulaEscaping {

  private FormulaEscaping() {}

  /** The text as a CSV cell: with one more leading apostrophe when it needs the mark. */
  public static String escape(String text) {
    return needsMark(text, 0) ? "'" + text : text;
  }

  static String unescape(String cell) {
    return cell.startsWith("'") && needsMark(cell, 1) ? cell.substring(1) : cell;
  }

  private static boolean needsMark(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }
}

package io.github.planning.core;

/**
 * Text utilities. {@link #printable(String)} makes a text safe to print on a terminal:
 *
 * <pre>{@code
 * Texts.printable("x" + (char) 27 + "[2J");   // x, then ESC spelled out (backslash, u001B), then [2J
 * }</pre>
 *
 * <p>Within the package, {@code strip} and {@code isBlank} are {@link String#strip()} and {@link
 * String#isBlank()} that look up no Unicode table for the usual text, which neither begins nor ends
 * with white space: {@code Texts.strip("亿元")} returns its argument after two comparisons of each
 * end.
 */
public final class Texts {

  private Texts() {}

  /**
   * The text with every control character (C0, DEL, C1: {@link Character#isISOControl}) and every
   * bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) shown as a
   * backslash, {@code u} and four hexadecimal digits (ESC is {@code \\u001B}): printed, it can
   * neither move the cursor, retitle or clear a terminal, nor reorder what follows, and a message
   * stays on one line. Other text is returned as it is.
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnprintable(c)) {
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

  private static boolean isUnprintable(char c) {
    return Character.isISOControl(c)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** {@code text.strip()}. */
  static String strip(String text) {
    int length = text.length();
    if (length == 0
        || !mayBeWhitespace(text.charAt(0)) && !mayBeWhitespace(text.charAt(length - 1))) {
      return text;
    }
    return text.strip();
  }

  /** {@code text.isBlank()}. */
  static boolean isBlank(String text) {
    return text.isEmpty() || mayBeWhitespace(text.charAt(0)) && text.isBlank();
  }

  /**
   * Whether {@link Character#isWhitespace(char)} may hold for {@code c}: true for every white space
   * character (controls up to the space, and the separators from U+1680 to U+3000).
   */
  static boolean mayBeWhitespace(char c) {
    return c <= ' ' || (c >= 0x1680 && c <= 0x3000);
  }
}

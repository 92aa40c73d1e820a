package io.github.planning.core;

/**
 * {@link String#strip()} and {@link String#isBlank()} that look up no Unicode table for the usual
 * text, which neither begins nor ends with white space: {@code Texts.strip("亿元")} returns its
 * argument after two comparisons of each end.
 */
final class Texts {

  private Texts() {}

  /** {@code text.strip()}. */
  static String strip(String text) {
    int length = text.length();
    if (length == 0 || !mayBeWhitespace(text.charAt(0))
        && !mayBeWhitespace(text.charAt(length - 1))) {
      return text;
    }
    return text.strip();
  }

  /** {@code text.isBlank()}. */
  static boolean isBlank(String text) {
    return text.isEmpty() || mayBeWhitespace(text.charAt(0)) && text.isBlank();
  }

  /**
   * Whether {@link Character#isWhitespace(char)} may hold for {@code c}: true for every white
   * space character (controls up to the space, and the separators from U+1680 to U+3000).
   */
  static boolean mayBeWhitespace(char c) {
    return c <= ' ' || (c >= 0x1680 && c <= 0x3000);
  }
}

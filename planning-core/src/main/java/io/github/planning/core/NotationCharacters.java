package io.github.planning.core;

/**
 * The character classes of the value notation: spaces, dashes, signs, slashes, brackets, footnote
 * marks, digits (ASCII and full-width) and the characters of a unit, for {@link NotationScanner}.
 *
 * <pre>{@code
 * NotationCharacters.isSpace('\u3000');        // true: the ideographic space
 * NotationCharacters.closingBracket('〔');       // '〕'
 * }</pre>
 */
final class NotationCharacters {

  private NotationCharacters() {}

  /**
   * Whether {@code c} is in a block of symbols without digits, letters or control characters:
   * general punctuation ({@code —}), arrows, mathematical operators ({@code ≤}), box drawing.
   */
  static boolean isSymbol(char c) {
    return (c >= 0x2000 && c <= 0x206F)
        || (c >= 0x2190 && c <= 0x22FF)
        || (c >= 0x2500 && c <= 0x257F);
  }

  static boolean isExponentMark(char c) {
    return c == 'e' || c == 'E';
  }

  /**
   * Whether a keyword can start with {@code c}: every keyword starts with a symbol or a CJK
   * character.
   */
  static boolean mayStartWord(char c) {
    return c >= 0x80 || c == '<' || c == '>' || c == '=';
  }

  /**
   * Whether {@code c} is a space: {@link Character#isSpaceChar} (the space, line and paragraph
   * separators of Unicode), spelled out because the table lookup is slow on the CJK characters.
   */
  static boolean isSpace(char c) {
    return c == ' '
        || (c >= 0xA0
            && c <= 0x3000
            && (c == 0xA0
                || c == 0x3000
                || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028
                || c == 0x2029
                || c == 0x202F
                || c == 0x205F));
  }

  static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '–' || c == '－' || c == '―' || c == '─' || c == '/'
        || c == '／';
  }

  static boolean isSign(char c) {
    return c == '-' || c == '+' || c == '−' || c == '－' || c == '﹣' || c == '＋';
  }

  static boolean isSlash(int c) {
    return c == '/' || c == '／';
  }

  static boolean isThousandsSeparator(char c) {
    return c == ',' || c == '，';
  }

  static boolean isRangeSeparator(char c) {
    return c == '-' || c == '~' || c == '～' || c == '〜' || c == '—' || c == '–' || c == '－'
        || c == '至' || c == '到';
  }

  static char closingBracket(char open) {
    return switch (open) {
      case '[' -> ']';
      case '［' -> '］';
      case '【' -> '】';
      case '〔' -> '〕';
      default -> 0;
    };
  }

  static boolean isFootnoteMark(char c) {
    return c == '*' || c == '＊' || c == '※' || c == '†' || c == '‡';
  }

  static boolean isUnitChar(int cp) {
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true; // CJK unified ideographs, the letters of most units; no table lookup
    }
    return Character.isLetter(cp) || cp == '/' || cp == '／' || cp == '·' || cp == '²' || cp == '³';
  }

  static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }
}

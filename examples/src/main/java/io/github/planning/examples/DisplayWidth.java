package io.github.planning.examples;

/**
 * Terminal display width: East Asian wide and full-width characters (汉字, full-width forms) take two
 * columns, others one.
 */
final class DisplayWidth {

  private DisplayWidth() {}

  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /**
   * The text in lines of at most {@code width} columns, broken between characters, never cut:
   * {@code wrap("其中:数字经济核心产业增加值占GDP比重", 20)} gives two lines.
   */
  static java.util.List<String> wrap(String text, int width) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = isWide(cp) ? 2 : 1;
      if (used + w > width && used > 0) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      line.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    lines.add(line.toString());
    return lines;
  }

  /** The text cut to at most {@code width} columns, with … when cut (chart labels only). */
  static String fit(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = isWide(cp) ? 2 : 1;
      if (used + w > width - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }

  /** The text padded with spaces to {@code width} columns. */
  static String pad(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    for (int w = of(text); w < width; w++) {
      out.append(' ');
    }
    return out.toString();
  }
}

package io.github.planning.io.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The codes of the rows of a table that has no code column, made from their numbering and place,
 * row by row.
 *
 * <pre>{@code
 * 一、经济发展        → 一
 * 1.地区生产总值      → 一-1
 * 其中:工业增加值     → 一-1a
 * （1）规上工业       → 一-1-(1)
 * 二、社会民生        → 二
 * }</pre>
 */
public final class GeneratedCodes {

  /** A numbered row without a code cell: its numbering's level, its code and its parent's. */
  private record Numbered(int level, String code, @Nullable String parent) {}

  /** Whether a code is a row's already. */
  private final Predicate<String> taken;

  /** The numbered rows a numbered row may be numbered under, the innermost first. */
  private final Deque<Numbered> numbered = new ArrayDeque<>();

  /** The last numbered row without a code cell, for the unnumbered rows after it; or null. */
  private @Nullable Numbered anchor;

  /** How many unnumbered rows took a letter after each code, since the last numbered row. */
  private final Map<String, Integer> lettersAfter = new HashMap<>();

  /** The category of the row coded last, which ends the numbering above it when it changes. */
  private String codeCategory = "";

  /**
   * @param taken whether a code is a row's already
   */
  GeneratedCodes(Predicate<String> taken) {
    this.taken = taken;
  }

  /**
   * A readable code for a row without one, the same every time the table is read, which no other
   * row's numbering gives:
   *
   * <ul>
   *   <li>a numbered row: its number ({@code 一} for {@code 一、}, {@code 1} for {@code 1.} or a
   *       sequence cell {@code 1}, {@code (1)} for {@code （1）}, {@code ①}), after the code of the
   *       row it is numbered under and a hyphen: the nearest numbered row above it, of the same
   *       parent or its parent, whose numbering is of a higher level ({@code 一、} above {@code 1.}
   *       above {@code （1）} above {@code ①}), else its parent ({@code 二-1}, {@code 一-1-(2)}, {@code
   *       1-(2)}); a numbered row with neither has its bare number ({@code 3});
   *   <li>an unnumbered row: the code of the numbered row above it when that row is its parent or
   *       of the same parent, else of its parent, and a letter ({@code 3a}, {@code 3b}, {@code
   *       一-2a}); with neither, {@code r} and its place among the rows ({@code r1}, {@code r2});
   *   <li>a code already taken gets {@code ~2}, {@code ~3} … ({@code 1~2} for a second row numbered
   *       {@code 1} at the top).
   * </ul>
   *
   * <p>A new category ends the numbering above it.
   *
   * @param rowCount the place of the row among the rows, from 1
   */
  String next(@Nullable String seq, @Nullable String parent, String category, long rowCount) {
    if (!category.equals(codeCategory)) {
      codeCategory = category;
      numbered.clear();
    }
    String number = seq == null ? "" : numberCode(seq);
    String code;
    if (seq != null && !number.isEmpty()) {
      int level = numberingLevel(seq);
      while (!numbered.isEmpty() && numbered.peek().level() >= level) {
        numbered.pop();
      }
      String under = under(numbered.peek(), parent);
      code = unused(under == null ? number : under + "-" + number);
      anchor = new Numbered(level, code, parent);
      numbered.push(anchor);
      lettersAfter.clear();
    } else {
      String after = under(anchor, parent);
      code =
          after == null
              ? unused("r" + rowCount)
              : unused(after + letters(lettersAfter.merge(after, 1, Integer::sum)));
    }
    return code;
  }

  /** The code of {@code above} when it is the parent or of the same parent; else the parent. */
  private static @Nullable String under(@Nullable Numbered above, @Nullable String parent) {
    return above != null && (above.code().equals(parent) || Objects.equals(above.parent(), parent))
        ? above.code()
        : parent;
  }

  /** {@code base}, or when a row has it already {@code base~2}, {@code base~3} …. */
  private String unused(String base) {
    String code = base;
    for (int n = 2; taken.test(code); n++) {
      code = base + "~" + n;
    }
    return code;
  }

  /**
   * A numbering written as a code: its letters and digits, in parentheses when it is written so
   * ({@code 1.} → 1, {@code （3）} → (3), {@code ①} → ①, {@code 一、} → 一, {@code 1.2} → 1.2).
   */
  static String numberCode(String seq) {
    String s = seq.strip();
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_NUMBER) {
                out.appendCodePoint(c);
              } else if ((c == '.' || c == '．') && out.length() > 0) {
                out.append('.');
              }
            });
    while (out.length() > 0 && out.charAt(out.length() - 1) == '.') {
      out.setLength(out.length() - 1);
    }
    boolean bracketed = !s.isEmpty() && (s.charAt(0) == '(' || s.charAt(0) == '（');
    return bracketed && out.length() > 0 ? "(" + out + ")" : out.toString();
  }

  /**
   * The level of a numbering, the higher levels first: {@code 一、} 1, {@code 1.} or {@code 1} 2,
   * {@code （1）} 3, {@code ①} 4; 0 for none.
   */
  public static int numberingLevel(String seq) {
    String s = seq.strip();
    if (s.isEmpty()) {
      return 0;
    }
    char c = s.charAt(0);
    if (c >= '①' && c <= '⑳') {
      return 4;
    }
    if (c == '(' || c == '（') {
      return 3;
    }
    return "一二三四五六七八九十".indexOf(c) >= 0 ? 1 : 2;
  }

  /** a, b … z, then za, zb …: the letter of the n-th unnumbered row after a numbered one. */
  public static String letters(int n) {
    StringBuilder out = new StringBuilder();
    int left = n;
    while (left > 26) {
      out.append('z');
      left -= 26;
    }
    return out.append((char) ('a' + left - 1)).toString();
  }
}

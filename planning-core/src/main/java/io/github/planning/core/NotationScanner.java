package io.github.planning.core;

import static io.github.planning.core.NotationCharacters.isDash;
import static io.github.planning.core.NotationCharacters.isSpace;
import static io.github.planning.core.NotationCharacters.isSymbol;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A single-pass scanner of the value notation of plan tables; see {@link PlanValue#parse}.
 *
 * <pre>{@code
 * new NotationScanner("[9]以上").scan();           // read by a FigureExpression
 * new NotationScanner("<4/<5").scan();            // by a CompoundNotation: parts <4 and <5
 * new NotationScanner("完成市下达指标").scan();     // by a QualitativeNotation: ASSIGNED
 * }</pre>
 *
 * <p>A figure such as {@code 752.8} or {@code [5]} is read by {@link #simpleFigure} in one loop.
 * Any other text is walked once (after a quick pass that looks for a digit, or classifies a text
 * without one as words or symbols) by the reader of its form, with keywords matched in place and
 * nothing allocated but that reader and the result: figures of up to 18 digits become {@link
 * BigDecimal#valueOf(long, int)} without an intermediate string.
 */
final class NotationScanner extends NotationCursor {

  private static final int DIGIT = 1;
  private static final int WORD = 2;

  NotationScanner(String text) {
    super(text, 0, text.length());
  }

  /**
   * The value of a simple figure, or {@code null} for any other text: a plain figure such as {@code
   * 752.8} or {@code -13}, or one in square brackets such as {@code [5]} (a cumulative figure),
   * written with ASCII digits, an optional minus and point and at most 18 digits, and nothing else.
   * These are most cells of a plan table, and are read in one loop.
   */
  static @Nullable PlanValue simpleFigure(String text) {
    int length = text.length();
    boolean cumulative = length > 2 && text.charAt(0) == '[' && text.charAt(length - 1) == ']';
    int first = cumulative ? 1 : 0;
    int last = cumulative ? length - 1 : length;
    boolean negative = last - first > 1 && text.charAt(first) == '-';
    long unscaled = 0;
    int digits = 0;
    int point = -1;
    for (int i = negative ? first + 1 : first; i < last; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0 && digits > 0 && i < last - 1) {
        point = i;
      } else {
        return null;
      }
    }
    if (digits == 0 || digits > 18) {
      return null;
    }
    return new PlanValue(
        text,
        ValueKind.FIGURE,
        Relation.EXACT,
        BigDecimal.valueOf(negative ? -unscaled : unscaled, point < 0 ? 0 : last - point - 1),
        null,
        cumulative,
        null,
        null,
        null,
        null,
        null);
  }

  PlanValue scan() {
    int begin = 0;
    int finish = text.length();
    while (begin < finish && isSpace(text.charAt(begin))) {
      begin++;
    }
    while (finish > begin && isSpace(text.charAt(finish - 1))) {
      finish--;
    }
    int classes = classify(begin, finish);
    pos = begin;
    end = finish;
    if ((classes & DIGIT) == 0) {
      return withoutDigits(begin, classes);
    }
    if (CompoundNotation.separator(text, begin, end) >= 0) {
      return new CompoundNotation(text, begin, end).read();
    }
    return new FigureExpression(text, begin, end).read();
  }

  /**
   * {@link #DIGIT} once a digit is seen, else whether the text has letters ({@link #WORD}); rejects
   * the control characters before the first digit. A text with a digit is a figure expression,
   * which reports its control characters through {@link #error} before any other problem.
   */
  private int classify(int begin, int finish) {
    int classes = 0;
    for (int i = begin; i < finish; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c == 0x7F) {
          throw controlCharacter(i, c);
        }
        if (c >= '0' && c <= '9') {
          return DIGIT;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          classes |= WORD;
        }
      } else if (c >= 0x4E00 && c <= 0x9FFF) {
        classes |= WORD; // CJK unified ideographs
      } else if (!isSymbol(c)) {
        int cp = text.codePointAt(i);
        int other = classifyOther(i, cp);
        if (other == DIGIT) {
          return DIGIT;
        }
        classes |= other;
        i += Character.charCount(cp) - 1;
      }
    }
    return classes;
  }

  private int classifyOther(int at, int cp) {
    if (Character.isISOControl(cp)) {
      throw controlCharacter(at, cp);
    }
    if (Character.isDigit(cp)) {
      return DIGIT;
    }
    return Character.isLetter(cp) ? WORD : 0;
  }

  private PlanValue withoutDigits(int begin, int classes) {
    if (begin == end || onlyDashes(begin, end)) {
      return qualitative(ValueKind.NOT_APPLICABLE, null, null, null);
    }
    if ((classes & WORD) != 0) {
      return new QualitativeNotation(text, begin, end).read();
    }
    return new FigureExpression(text, begin, end).read();
  }

  private boolean onlyDashes(int begin, int finish) {
    for (int i = begin; i < finish; i++) {
      if (!isDash(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

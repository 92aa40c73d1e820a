package io.github.planning.core;

import static io.github.planning.core.NotationCharacters.digitValue;
import static io.github.planning.core.NotationCharacters.isExponentMark;
import static io.github.planning.core.NotationCharacters.isSign;
import static io.github.planning.core.NotationCharacters.isThousandsSeparator;

import java.math.BigDecimal;

/**
 * Reads the decimal figure at the position of a cursor as offices write it: an optional sign,
 * digits (ASCII or full-width) with optional thousands separators, and an optional fraction; no
 * exponent.
 *
 * <pre>{@code
 * // a cursor at the start of "1,200.5万元"
 * FigureReader.read(cursor);   // 1200.5; the cursor is at 万
 * // a cursor at the start of "６５。３%"
 * FigureReader.read(cursor);   // 65.3, with the warnings FULL_WIDTH_DIGITS and IDEOGRAPHIC_FULL_STOP
 * }</pre>
 *
 * <p>A figure of up to 18 digits becomes {@link BigDecimal#valueOf(long, int)} without an
 * intermediate string; a longer one, of up to {@link #MAX_DIGITS} digits, is built from its
 * characters.
 */
final class FigureReader {

  static final int MAX_DIGITS = 100;

  private FigureReader() {}

  /** Reads the figure at the cursor's position and moves the cursor after it. */
  static BigDecimal read(NotationCursor in) {
    String text = in.text;
    int end = in.end;
    int start = in.pos;
    boolean negative = false;
    if (in.pos < end && isSign(text.charAt(in.pos))) {
      negative = text.charAt(in.pos) != '+' && text.charAt(in.pos) != '＋';
      in.pos++;
    }
    if (in.pos >= end || digitValue(text.charAt(in.pos)) < 0) {
      throw noFigure(in, start);
    }
    long unscaled = 0;
    int digits = 0;
    int point = -1;
    int group = in.pos; // where the digits after the last thousands separator begin
    int separator = -1;
    for (; in.pos < end; in.pos++) {
      char c = text.charAt(in.pos);
      int digit = digitValue(c);
      if (digit >= 0) {
        unscaled = unscaled * 10 + digit;
        digits++;
        if (c > '9') {
          in.warn(NotationWarning.FULL_WIDTH_DIGITS);
        }
      } else if ((c == '.' || c == '．') && point < 0) {
        point = in.pos;
      } else if (point < 0 && (c == '。' || isThousandsSeparator(c)) && digitFollows(in, in.pos)) {
        if (c == '。') {
          in.warn(NotationWarning.IDEOGRAPHIC_FULL_STOP);
          point = in.pos;
        } else {
          checkGroup(in, group, in.pos, separator);
          separator = in.pos;
          group = in.pos + 1;
        }
      } else {
        break;
      }
    }
    if (separator >= 0) {
      checkGroup(in, group, point < 0 ? in.pos : point, separator);
    }
    if (digits > 18
        || point == in.pos - 1
        || (in.pos < end && isExponentMark(text.charAt(in.pos)))) {
      return unusualFigure(in, start, digits, point);
    }
    int scale = point < 0 ? 0 : in.pos - point - 1;
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * The figure that ends at the position, read from its characters: one of more than 18 digits, or
   * one followed by an {@code e} that starts no exponent. Rejects one of too many digits, a point
   * without a digit after it, or an exponent. Kept out of {@link #read} so that it stays small
   * enough to be compiled into its callers.
   */
  private static BigDecimal unusualFigure(NotationCursor in, int start, int digits, int point) {
    checkUnusualFigure(in, start, digits, point);
    return longFigure(in, start);
  }

  /** Rejects a figure of too many digits, a point without a digit after it, or an exponent. */
  private static void checkUnusualFigure(NotationCursor in, int start, int digits, int point) {
    if (digits > MAX_DIGITS) {
      int at = start;
      for (int seen = 0; seen <= MAX_DIGITS; at++) {
        seen += digitValue(in.text.charAt(at)) >= 0 ? 1 : 0;
      }
      throw in.error(at - 1, "a figure may have at most " + MAX_DIGITS + " digits");
    }
    if (point == in.pos - 1) {
      throw in.error(in.pos, "expected a digit after the decimal point");
    }
    if (in.pos < in.end && isExponentMark(in.text.charAt(in.pos)) && in.startsFigure(in.pos + 1)) {
      throw in.error(in.pos, "exponent notation is not accepted");
    }
  }

  /**
   * Checks the digits of a group that ends at {@code groupEnd} (a thousands separator, the decimal
   * point or the end of the figure): one to three before the first separator, three after one.
   */
  private static void checkGroup(NotationCursor in, int group, int groupEnd, int separator) {
    int length = groupEnd - group;
    if (separator < 0 ? length > 3 : length != 3) {
      throw in.error(
          separator < 0 ? in.pos : separator,
          separator < 0
              ? "expected at most three digits before a thousands separator"
              : "expected three digits after a thousands separator");
    }
  }

  private static PlanValueParseException noFigure(NotationCursor in, int start) {
    if (in.pos >= in.end) {
      return in.error(in.pos, "expected a figure");
    }
    return in.error(
        in.pos,
        (in.pos > start ? "expected a digit after the sign, found " : "expected a figure, found ")
            + in.quote(in.pos));
  }

  /**
   * Builds a figure of more than 18 digits, mapping full-width digits, signs and decimal points to
   * ASCII and leaving out thousands separators.
   */
  private static BigDecimal longFigure(NotationCursor in, int start) {
    char[] chars = new char[in.pos - start];
    int length = 0;
    for (int i = start; i < in.pos; i++) {
      char c = in.text.charAt(i);
      int digit = digitValue(c);
      if (digit >= 0) {
        chars[length++] = (char) ('0' + digit);
      } else if (c == '.' || c == '．' || c == '。') {
        chars[length++] = '.';
      } else if (!isThousandsSeparator(c)) {
        chars[length++] = c == '+' || c == '＋' ? '+' : '-';
      }
    }
    return new BigDecimal(chars, 0, length);
  }

  private static boolean digitFollows(NotationCursor in, int at) {
    return at + 1 < in.end && digitValue(in.text.charAt(at + 1)) >= 0;
  }
}

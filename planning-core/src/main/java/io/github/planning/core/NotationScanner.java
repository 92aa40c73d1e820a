package io.github.planning.core;

import static io.github.planning.core.NotationCharacters.closingBracket;
import static io.github.planning.core.NotationCharacters.digitValue;
import static io.github.planning.core.NotationCharacters.isDash;
import static io.github.planning.core.NotationCharacters.isExponentMark;
import static io.github.planning.core.NotationCharacters.isFootnoteMark;
import static io.github.planning.core.NotationCharacters.isRangeSeparator;
import static io.github.planning.core.NotationCharacters.isSign;
import static io.github.planning.core.NotationCharacters.isSlash;
import static io.github.planning.core.NotationCharacters.isSpace;
import static io.github.planning.core.NotationCharacters.isSymbol;
import static io.github.planning.core.NotationCharacters.isThousandsSeparator;
import static io.github.planning.core.NotationCharacters.isUnitChar;
import static io.github.planning.core.NotationCharacters.mayStartWord;
import static io.github.planning.core.NotationWords.ASPIRATION_WORDS;
import static io.github.planning.core.NotationWords.FIRST_DECREASE_WORD;
import static io.github.planning.core.NotationWords.FIRST_INCREASE_WORD;
import static io.github.planning.core.NotationWords.FIRST_RELATION_WORD;
import static io.github.planning.core.NotationWords.POINTS_WORDS;
import static io.github.planning.core.NotationWords.PREFIX_RELATIONS;
import static io.github.planning.core.NotationWords.PREFIX_WORDS;
import static io.github.planning.core.NotationWords.SUFFIX_RELATIONS;
import static io.github.planning.core.NotationWords.SUFFIX_RELATION_WORDS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A single-pass scanner of the value notation of plan tables; see {@link PlanValue#parse}.
 *
 * <p>A figure such as {@code 752.8} or {@code [5]} is read by {@link #simpleFigure} in one loop.
 * Any other text is walked once (after a quick pass that looks for a digit, or classifies a text
 * without one as words or symbols), with keywords matched in place and nothing allocated but the
 * result: figures of up to 18 digits become {@link BigDecimal#valueOf(long, int)} without an
 * intermediate string.
 */
final class NotationScanner {

  static final int MAX_DIGITS = 100;

  private static final int DIGIT = 1;
  private static final int WORD = 2;

  private final String text;
  private int pos;
  private int end;

  // The parts of a figure expression read so far.
  private boolean cumulative;
  private @Nullable Change change;
  private @Nullable Relation relation;
  private int relationAt = -1;
  private @Nullable BigDecimal amount;
  private @Nullable BigDecimal second;
  private boolean percent;
  private boolean ratio;
  private @Nullable Unit unit;
  // What the reading assumed about the spelling; most cells have no warning.
  private Set<NotationWarning> warnings = Set.of();
  private boolean controlled;
  private @Nullable BigDecimal aspiration;

  NotationScanner(String text) {
    this.text = text;
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

  private void warn(NotationWarning warning) {
    if (warnings.isEmpty()) {
      warnings = EnumSet.of(warning);
    } else {
      warnings.add(warning);
    }
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
    if (partSeparator(begin) >= 0) {
      return compound(begin);
    }
    PlanValue value = figureExpression();
    return warnings.isEmpty() ? value : new PlanValue(value, warnings, null);
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
    return figureExpression();
  }

  // ---------------------------------------------------------------- figures

  private PlanValue figureExpression() {
    skipSpaces();
    if (match("控制在")) {
      controlled = true; // 控制在5.5%以内, 控制在5.5%: at most unless another relation is written
      skipSpaces();
    }
    if (pos < end && mayStartWord(text.charAt(pos))) {
      prefixWords();
    }
    char open = 0;
    if (pos < end && closingBracket(text.charAt(pos)) != 0) {
      open = text.charAt(pos++);
      cumulative = true;
      skipSpaces();
    }
    amount = number();
    percent = matchPercent();
    int separatorAt = pos;
    if (pos < end) {
      secondTerm();
    }
    if (open != 0) {
      closeBracket(open);
    }
    unit = percent ? Unit.PERCENT : null;
    if (!percent && !ratio && pos < end) {
      unitWords();
    }
    skipSpaces();
    String footnote = pos < end ? tail() : null;
    return ratio ? ratioValue(separatorAt, footnote) : figureValue(footnote);
  }

  /** {@code 累计}, {@code 下降}, {@code 提高}, {@code ≤}, {@code 不低于} … before the figure. */
  private void prefixWords() {
    while (true) {
      skipSpaces();
      int at = pos;
      if (pos >= end || !mayStartWord(text.charAt(pos))) {
        return;
      }
      int word = matchAny(PREFIX_WORDS);
      if (word < 0) {
        return;
      }
      if (word < FIRST_DECREASE_WORD) {
        if (cumulative) {
          throw error(at, "'累计' given twice");
        }
        cumulative = true;
      } else if (word < FIRST_RELATION_WORD) {
        setChange(at, word < FIRST_INCREASE_WORD ? Change.DECREASE : Change.INCREASE);
      } else {
        if (relation != null) {
          throw error(at, "a relation given twice");
        }
        relation = PREFIX_RELATIONS[word - FIRST_RELATION_WORD];
        relationAt = at;
      }
    }
  }

  private void setChange(int at, Change written) {
    if (change != null) {
      throw error(at, "a change given twice");
    }
    change = written;
  }

  /** The second term of a ratio ({@code :1}) or the upper end of a range ({@code -7}), if any. */
  private void secondTerm() {
    char c = text.charAt(pos);
    if (c == ':' || c == '：') {
      pos++;
      ratio = true;
      second = number();
    } else if (isRangeSeparator(c) && startsFigure(pos + 1)) {
      pos++;
      second = number();
      percent |= matchPercent();
    }
  }

  private void closeBracket(char open) {
    skipSpaces();
    char close = closingBracket(open);
    if (pos >= end || text.charAt(pos) != close) {
      throw error(pos, "expected '" + close + "'");
    }
    pos++;
    if (matchPercent()) {
      if (percent) {
        throw error(pos - 1, "unexpected '" + text.charAt(pos - 1) + "'");
      }
      percent = true;
    }
  }

  /** {@code 个百分点} or a unit or counting word after the figure ({@code 万人}, {@code 项}). */
  private void unitWords() {
    skipSpaces();
    int wordAt = pos;
    if (matchAny(POINTS_WORDS) >= 0) {
      unit = Unit.PERCENTAGE_POINT;
      if (change == null) {
        change = Change.POINTS;
      }
      return;
    }
    while (pos < end && !atSuffixWord()) {
      int cp = text.codePointAt(pos);
      if (!isUnitChar(cp)) {
        break;
      }
      pos += Character.charCount(cp);
    }
    if (pos - wordAt > Unit.MAX_LENGTH) {
      throw error(
          wordAt + Unit.MAX_LENGTH, "a unit may have at most " + Unit.MAX_LENGTH + " characters");
    }
    if (onlySlashes(wordAt, pos)) {
      pos = wordAt; // a unit has a letter: the '/' of "<4/" is no unit
    } else {
      unit = Unit.parse(text, wordAt, pos);
    }
  }

  /**
   * A relation after the figure ({@code 以上}, {@code 左右}) and a footnote mark; nothing may follow.
   */
  private @Nullable String tail() {
    int suffixAt = pos;
    int suffix = mayStartWord(text.charAt(pos)) ? matchAny(SUFFIX_RELATION_WORDS) : -1;
    if (suffix >= 0) {
      Relation written = SUFFIX_RELATIONS[suffix];
      if (relation == null) {
        relation = written;
        relationAt = suffixAt;
      } else if (!(relation == Relation.ABOUT && written == Relation.ABOUT)) {
        throw error(suffixAt, "a relation given twice");
      }
    }
    aspiration();
    String footnote = footnote();
    if (pos < end) {
      throw unexpected(pos);
    }
    return footnote;
  }

  /** {@code ，力争8%} after a floor: the figure strived for. */
  private void aspiration() {
    int at = pos;
    if (pos >= end || "，,、；;".indexOf(text.charAt(pos)) < 0) {
      return;
    }
    pos++;
    skipSpaces();
    if (matchAny(ASPIRATION_WORDS) < 0) {
      pos = at;
      return;
    }
    skipSpaces();
    if (second != null || (relation != Relation.AT_LEAST && relation != Relation.ABOVE)) {
      throw error(at, "an aspiration (力争) follows a floor such as 6%以上");
    }
    aspiration = number();
    boolean aspirationPercent = matchPercent();
    if (aspirationPercent != percent && aspirationPercent) {
      throw error(pos - 1, "the aspiration has a % that the floor has not");
    }
    skipSpaces();
  }

  private PlanValue ratioValue(int separatorAt, @Nullable String footnote) {
    if (cumulative || change != null || unit != null) {
      throw error(separatorAt, "a ratio takes no brackets, change or unit");
    }
    return new PlanValue(
        text,
        ValueKind.RATIO,
        relation == null ? Relation.EXACT : relation,
        amount,
        second,
        false,
        null,
        null,
        null,
        null,
        footnote);
  }

  private PlanValue figureValue(@Nullable String footnote) {
    if (controlled && relation == null) {
      relation = Relation.AT_MOST;
    }
    if (aspiration != null) {
      return new PlanValue(
          text,
          ValueKind.FIGURE,
          relation,
          amount,
          aspiration,
          cumulative,
          change,
          unit,
          null,
          null,
          footnote);
    }
    if (second != null) {
      if (relation != null) {
        throw error(relationAt, "a range takes no other relation");
      }
      relation = Relation.RANGE;
    }
    return new PlanValue(
        text,
        ValueKind.FIGURE,
        relation == null ? Relation.EXACT : relation,
        amount,
        second,
        cumulative,
        change,
        unit,
        null,
        null,
        footnote);
  }

  /** Reads a decimal figure: an optional sign, digits, an optional fraction; no exponent. */
  private BigDecimal number() {
    int start = pos;
    boolean negative = false;
    if (pos < end && isSign(text.charAt(pos))) {
      negative = text.charAt(pos) != '+' && text.charAt(pos) != '＋';
      pos++;
    }
    if (pos >= end || digitValue(text.charAt(pos)) < 0) {
      throw noFigure(start);
    }
    long unscaled = 0;
    int digits = 0;
    int point = -1;
    int group = pos; // where the digits after the last thousands separator begin
    int separator = -1;
    for (; pos < end; pos++) {
      char c = text.charAt(pos);
      int digit = digitValue(c);
      if (digit >= 0) {
        unscaled = unscaled * 10 + digit;
        digits++;
        if (c > '9') {
          warn(NotationWarning.FULL_WIDTH_DIGITS);
        }
      } else if ((c == '.' || c == '．') && point < 0) {
        point = pos;
      } else if (point < 0 && (c == '。' || isThousandsSeparator(c)) && digitFollows(pos)) {
        if (c == '。') {
          warn(NotationWarning.IDEOGRAPHIC_FULL_STOP);
          point = pos;
        } else {
          checkGroup(group, pos, separator);
          separator = pos;
          group = pos + 1;
        }
      } else {
        break;
      }
    }
    if (separator >= 0) {
      checkGroup(group, point < 0 ? pos : point, separator);
    }
    if (digits > 18 || point == pos - 1 || (pos < end && isExponentMark(text.charAt(pos)))) {
      return unusualFigure(start, digits, point);
    }
    int scale = point < 0 ? 0 : pos - point - 1;
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * The figure that ends at the position, read from its characters: one of more than 18 digits, or
   * one followed by an {@code e} that starts no exponent. Rejects one of too many digits, a point
   * without a digit after it, or an exponent. Kept out of {@link #number} so that it stays small
   * enough to be compiled into its callers.
   */
  private BigDecimal unusualFigure(int start, int digits, int point) {
    checkUnusualFigure(start, digits, point);
    return longFigure(start);
  }

  /** Rejects a figure of too many digits, a point without a digit after it, or an exponent. */
  private void checkUnusualFigure(int start, int digits, int point) {
    if (digits > MAX_DIGITS) {
      int at = start;
      for (int seen = 0; seen <= MAX_DIGITS; at++) {
        seen += digitValue(text.charAt(at)) >= 0 ? 1 : 0;
      }
      throw error(at - 1, "a figure may have at most " + MAX_DIGITS + " digits");
    }
    if (point == pos - 1) {
      throw error(pos, "expected a digit after the decimal point");
    }
    if (pos < end && isExponentMark(text.charAt(pos)) && startsFigure(pos + 1)) {
      throw error(pos, "exponent notation is not accepted");
    }
  }

  /**
   * Checks the digits of a group that ends at {@code groupEnd} (a thousands separator, the decimal
   * point or the end of the figure): one to three before the first separator, three after one.
   */
  private void checkGroup(int group, int groupEnd, int separator) {
    int length = groupEnd - group;
    if (separator < 0 ? length > 3 : length != 3) {
      throw error(
          separator < 0 ? pos : separator,
          separator < 0
              ? "expected at most three digits before a thousands separator"
              : "expected three digits after a thousands separator");
    }
  }

  private PlanValueParseException noFigure(int start) {
    if (pos >= end) {
      return error(pos, "expected a figure");
    }
    return error(
        pos,
        (pos > start ? "expected a digit after the sign, found " : "expected a figure, found ")
            + quote(pos));
  }

  /**
   * Builds a figure of more than 18 digits, mapping full-width digits, signs and decimal points to
   * ASCII and leaving out thousands separators.
   */
  private BigDecimal longFigure(int start) {
    char[] chars = new char[pos - start];
    int length = 0;
    for (int i = start; i < pos; i++) {
      char c = text.charAt(i);
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

  private boolean matchPercent() {
    if (pos < end && (text.charAt(pos) == '%' || text.charAt(pos) == '％')) {
      pos++;
      return true;
    }
    return false;
  }

  private @Nullable String footnote() {
    int start = pos;
    while (pos < end && isFootnoteMark(text.charAt(pos))) {
      pos++;
    }
    return pos > start ? text.substring(start, pos) : null;
  }

  private boolean atSuffixWord() {
    return SUFFIX_RELATION_WORDS.indexAt(text, pos, end) >= 0
        || POINTS_WORDS.indexAt(text, pos, end) >= 0;
  }

  private boolean startsFigure(int at) {
    if (at < end && isSign(text.charAt(at))) {
      at++;
    }
    return at < end && digitValue(text.charAt(at)) >= 0;
  }

  // ---------------------------------------------------------------- compound values

  /**
   * The first {@code /} at or after {@code from} that separates two targets: one with text before
   * it and, after it, what starts a figure expression (a digit, sign, bracket or prefix word), as
   * in {@code <4/<5}; a {@code /} inside a unit ({@code 120L/d}, {@code 吨/万元}) is none. −1 if there
   * is none.
   */
  private int partSeparator(int from) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (isSlash(c) && i > from && startsPart(i + 1)) {
        return i;
      }
    }
    return -1;
  }

  private boolean startsPart(int at) {
    while (at < end && isSpace(text.charAt(at))) {
      at++;
    }
    if (at >= end) {
      return false;
    }
    char c = text.charAt(at);
    return digitValue(c) >= 0
        || isSign(c)
        || closingBracket(c) != 0
        || (mayStartWord(c) && PREFIX_WORDS.indexAt(text, at, end) >= 0);
  }

  /**
   * A cell of several targets separated by {@code /}, each read as a value of its own; an error in
   * a part is reported at its index in the whole text.
   */
  private PlanValue compound(int begin) {
    List<PlanValue> parts = new ArrayList<>();
    Set<NotationWarning> combined = EnumSet.of(NotationWarning.SEVERAL_TARGETS);
    int from = begin;
    int separator;
    do {
      separator = partSeparator(from);
      int to = separator < 0 ? end : separator;
      PlanValue part;
      try {
        part = new NotationScanner(text.substring(from, to)).scan();
      } catch (PlanValueParseException e) {
        throw error(from + e.getErrorIndex(), e.getReason());
      }
      parts.add(part);
      combined.addAll(part.warnings());
      from = to + 1;
    } while (separator >= 0);
    PlanValue reading =
        new PlanValue(
            text, ValueKind.COMPOUND, null, null, null, false, null, null, null, null, null);
    return new PlanValue(reading, combined, parts);
  }

  // ---------------------------------------------------------------- qualitative kinds

  private PlanValue qualitative(
      ValueKind kind,
      @Nullable Relation relation,
      @Nullable AdministrativeLevel level,
      @Nullable String subject) {
    return new PlanValue(text, kind, relation, null, null, false, null, null, level, subject, null);
  }

  // ---------------------------------------------------------------- characters

  private boolean match(String word) {
    if (text.startsWith(word, pos) && pos + word.length() <= end) {
      pos += word.length();
      return true;
    }
    return false;
  }

  /** Matches the first of {@code words} found at the position; returns its index or −1. */
  private int matchAny(Keywords words) {
    int word = words.indexAt(text, pos, end);
    if (word >= 0) {
      pos += words.length(word);
    }
    return word;
  }

  private void skipSpaces() {
    while (pos < end && isSpace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean onlyDashes(int begin, int finish) {
    for (int i = begin; i < finish; i++) {
      if (!isDash(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean onlySlashes(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSlash(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean digitFollows(int at) {
    return at + 1 < end && digitValue(text.charAt(at + 1)) >= 0;
  }

  // ---------------------------------------------------------------- errors

  private PlanValueParseException unexpected(int at) {
    return error(at, "unexpected " + quote(at));
  }

  private String quote(int at) {
    int cp = text.codePointAt(at);
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  /** A problem at {@code index}, or the first control character of the text if it has one. */
  private PlanValueParseException error(int index, String reason) {
    for (int i = 0; i < text.length(); i++) {
      int cp = text.codePointAt(i);
      if (Character.isISOControl(cp)) {
        return controlCharacter(i, cp);
      }
    }
    return new PlanValueParseException(text, index, reason);
  }

  private PlanValueParseException controlCharacter(int index, int cp) {
    return new PlanValueParseException(text, index, String.format("control character U+%04X", cp));
  }
}

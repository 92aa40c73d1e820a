package io.github.planning.core;

import java.math.BigDecimal;

/**
 * A single-pass scanner of the value notation of plan tables; see {@link PlanValue#parse}.
 *
 * <p>It walks the characters once (after one quick pass that classifies the text as figures,
 * words or symbols), matches keywords in place and allocates nothing but the result: figures of
 * up to 18 digits become {@link BigDecimal#valueOf(long, int)} without an intermediate string.
 */
final class NotationScanner {

  static final int MAX_DIGITS = 100;

  private static final String[] CUMULATIVE_WORDS = {"累计"};
  private static final String[] DECREASE_WORDS = {"下降", "降低", "减少"};
  private static final String[] INCREASE_WORDS = {"提高", "增加", "增长", "上升", "提升"};
  private static final String[] POINTS_WORDS = {"个百分点", "百分点"};

  /** Relation words before a figure, longest first where one begins another. */
  private static final String[] PREFIX_RELATION_WORDS = {
    "<=", ">=", "≤", "⩽", "≦", "≥", "⩾", "≧", "<", "＜", ">", "＞",
    "不低于", "不少于", "不小于", "至少", "不超过", "不高于", "不大于", "不多于",
    "低于", "少于", "小于", "高于", "超过", "突破", "超", "大于", "多于", "大约", "约"
  };

  private static final Relation[] PREFIX_RELATIONS = {
    Relation.AT_MOST, Relation.AT_LEAST, Relation.AT_MOST, Relation.AT_MOST, Relation.AT_MOST,
    Relation.AT_LEAST, Relation.AT_LEAST, Relation.AT_LEAST, Relation.BELOW, Relation.BELOW,
    Relation.ABOVE, Relation.ABOVE,
    Relation.AT_LEAST, Relation.AT_LEAST, Relation.AT_LEAST, Relation.AT_LEAST, Relation.AT_MOST,
    Relation.AT_MOST, Relation.AT_MOST, Relation.AT_MOST,
    Relation.BELOW, Relation.BELOW, Relation.BELOW, Relation.ABOVE, Relation.ABOVE, Relation.ABOVE,
    Relation.ABOVE, Relation.ABOVE, Relation.ABOVE, Relation.ABOUT, Relation.ABOUT
  };

  private static final String[] SUFFIX_RELATION_WORDS = {"以上", "以下", "以内", "之内", "左右", "上下"};
  private static final Relation[] SUFFIX_RELATIONS = {
    Relation.AT_LEAST, Relation.AT_MOST, Relation.AT_MOST, Relation.AT_MOST, Relation.ABOUT,
    Relation.ABOUT
  };

  private static final String[] ASSIGNING_VERBS = {"确保完成", "完成", "达到", "实现", "落实", "确保"};
  private static final String[] LEVEL_WORDS = {"国家", "上级", "省", "市"};
  private static final AdministrativeLevel[] LEVELS = {
    AdministrativeLevel.STATE, AdministrativeLevel.HIGHER, AdministrativeLevel.PROVINCE,
    AdministrativeLevel.CITY
  };
  private static final String[] ASSIGNED_NOUNS = {"指标", "目标", "任务", "计划"};

  private static final String[] RELATIVE_WORDS = {"不低于", "不高于", "高于", "超过", "低于", "达到"};
  private static final Relation[] RELATIVE_RELATIONS = {
    Relation.AT_LEAST, Relation.AT_MOST, Relation.ABOVE, Relation.ABOVE, Relation.BELOW,
    Relation.AT_LEAST
  };
  private static final String[] AVERAGE_LEVEL_WORDS = {"全国", "全省", "全市"};
  private static final AdministrativeLevel[] AVERAGE_LEVELS = {
    AdministrativeLevel.STATE, AdministrativeLevel.PROVINCE, AdministrativeLevel.CITY
  };
  private static final String[] AVERAGE_TAILS = {"水平", "值", "数"};

  private static final String[] KEEP_STABLE_PHRASES = {
    "稳定保持", "保持稳定", "保持基本稳定", "基本稳定", "总体稳定", "持续稳定", "保持不变", "稳定"
  };

  private final String text;
  private int pos;
  private int end;

  NotationScanner(String text) {
    this.text = text;
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
    boolean hasDigit = false;
    boolean hasWord = false;
    for (int i = begin; i < finish; ) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c == 0x7F) {
          throw error(i, String.format("control character U+%04X", (int) c));
        }
        hasDigit |= c >= '0' && c <= '9';
        hasWord |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.isISOControl(cp)) {
        throw error(i, String.format("control character U+%04X", cp));
      }
      if (Character.isDigit(cp)) {
        hasDigit = true;
      } else if (Character.isLetter(cp)) {
        hasWord = true;
      }
      i += Character.charCount(cp);
    }
    if (begin == finish) {
      return qualitative(ValueKind.NOT_APPLICABLE, null, null, null);
    }
    pos = begin;
    end = finish;
    if (!hasDigit) {
      if (onlyDashes(begin, finish)) {
        return qualitative(ValueKind.NOT_APPLICABLE, null, null, null);
      }
      if (hasWord) {
        return qualitativeOrDescriptive(begin);
      }
    }
    return figureExpression();
  }

  // ---------------------------------------------------------------- figures

  private PlanValue figureExpression() {
    boolean cumulative = false;
    Change change = null;
    Relation relation = null;
    int relationAt = -1;
    while (true) {
      skipSpaces();
      int at = pos;
      if (pos >= end || !mayStartWord(text.charAt(pos))) {
        break;
      }
      if (matchAny(CUMULATIVE_WORDS) >= 0) {
        if (cumulative) {
          throw error(at, "'累计' given twice");
        }
        cumulative = true;
      } else if (matchAny(DECREASE_WORDS) >= 0 || matchAny(INCREASE_WORDS) >= 0) {
        if (change != null) {
          throw error(at, "a change given twice");
        }
        change = isDecreaseWord(at) ? Change.DECREASE : Change.INCREASE;
      } else {
        int word = matchAny(PREFIX_RELATION_WORDS);
        if (word < 0) {
          break;
        }
        if (relation != null) {
          throw error(at, "a relation given twice");
        }
        relation = PREFIX_RELATIONS[word];
        relationAt = at;
      }
    }

    char open = 0;
    if (pos < end && closingBracket(text.charAt(pos)) != 0) {
      open = text.charAt(pos++);
      cumulative = true;
      skipSpaces();
    }
    BigDecimal amount = number();
    boolean percent = matchPercent();
    BigDecimal second = null;
    boolean ratio = false;
    int separatorAt = pos;
    if (pos < end) {
      char c = text.charAt(pos);
      if ((c == ':' || c == '：')) {
        pos++;
        ratio = true;
        second = number();
      } else if (isRangeSeparator(c) && startsFigure(pos + 1)) {
        pos++;
        second = number();
        percent |= matchPercent();
      }
    }
    if (open != 0) {
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

    Unit unit = percent ? Unit.PERCENT : null;
    if (!percent && !ratio && pos < end) {
      skipSpaces();
      int wordAt = pos;
      if (matchAny(POINTS_WORDS) >= 0) {
        unit = Unit.PERCENTAGE_POINT;
        if (change == null) {
          change = Change.POINTS;
        }
      } else {
        while (pos < end && isUnitChar(text.codePointAt(pos)) && !atSuffixWord()) {
          pos += Character.charCount(text.codePointAt(pos));
        }
        if (pos > wordAt) {
          unit = Unit.parse(text.substring(wordAt, pos));
        }
      }
    }

    skipSpaces();
    int suffixAt = pos;
    int suffix = pos < end && mayStartWord(text.charAt(pos)) ? matchAny(SUFFIX_RELATION_WORDS)
        : -1;
    if (suffix >= 0) {
      Relation written = SUFFIX_RELATIONS[suffix];
      if (relation == null) {
        relation = written;
        relationAt = suffixAt;
      } else if (!(relation == Relation.ABOUT && written == Relation.ABOUT)) {
        throw error(suffixAt, "a relation given twice");
      }
    }
    String footnote = footnote();
    if (pos < end) {
      throw unexpected(pos);
    }

    if (ratio) {
      if (cumulative || change != null || unit != null) {
        throw error(separatorAt, "a ratio takes no brackets, change or unit");
      }
      return new PlanValue(text, ValueKind.RATIO, relation == null ? Relation.EXACT : relation,
          amount, second, false, null, null, null, null, footnote);
    }
    if (second != null) {
      if (relation != null) {
        throw error(relationAt, "a range takes no other relation");
      }
      relation = Relation.RANGE;
    }
    return new PlanValue(text, ValueKind.FIGURE, relation == null ? Relation.EXACT : relation,
        amount, second, cumulative, change, unit, null, null, footnote);
  }

  /** Reads a decimal figure: an optional sign, digits, an optional fraction; no exponent. */
  private BigDecimal number() {
    int start = pos;
    boolean negative = false;
    if (pos < end && isSign(text.charAt(pos))) {
      negative = text.charAt(pos) != '+' && text.charAt(pos) != '＋';
      pos++;
    }
    if (pos >= end) {
      throw error(pos, "expected a figure");
    }
    if (digitValue(text.charAt(pos)) < 0) {
      throw error(pos, (pos > start ? "expected a digit after the sign, found " : "expected a figure, found ")
          + quote(pos));
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean fraction = false;
    while (pos < end) {
      char c = text.charAt(pos);
      int digit = digitValue(c);
      if (digit >= 0) {
        if (++digits > MAX_DIGITS) {
          throw error(pos, "a figure may have at most " + MAX_DIGITS + " digits");
        }
        unscaled = unscaled * 10 + digit;
        if (fraction) {
          scale++;
        }
        pos++;
      } else if ((c == '.' || c == '．') && !fraction) {
        fraction = true;
        pos++;
        if (pos >= end || digitValue(text.charAt(pos)) < 0) {
          throw error(pos, "expected a digit after the decimal point");
        }
      } else {
        break;
      }
    }
    if (pos < end && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')
        && (startsFigure(pos + 1))) {
      throw error(pos, "exponent notation is not accepted");
    }
    if (digits <= 18) {
      return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }
    return longFigure(start);
  }

  /** Builds a figure of more than 18 digits, mapping full-width digits and signs to ASCII. */
  private BigDecimal longFigure(int start) {
    char[] chars = new char[pos - start];
    for (int i = start; i < pos; i++) {
      char c = text.charAt(i);
      int digit = digitValue(c);
      if (digit >= 0) {
        chars[i - start] = (char) ('0' + digit);
      } else if (c == '.' || c == '．') {
        chars[i - start] = '.';
      } else {
        chars[i - start] = c == '+' || c == '＋' ? '+' : '-';
      }
    }
    return new BigDecimal(chars);
  }

  private boolean matchPercent() {
    if (pos < end && (text.charAt(pos) == '%' || text.charAt(pos) == '％')) {
      pos++;
      return true;
    }
    return false;
  }

  private String footnote() {
    int start = pos;
    while (pos < end && isFootnoteMark(text.charAt(pos))) {
      pos++;
    }
    return pos > start ? text.substring(start, pos) : null;
  }

  private boolean atSuffixWord() {
    for (String word : SUFFIX_RELATION_WORDS) {
      if (text.startsWith(word, pos)) {
        return true;
      }
    }
    for (String word : POINTS_WORDS) {
      if (text.startsWith(word, pos)) {
        return true;
      }
    }
    return false;
  }

  private boolean isDecreaseWord(int at) {
    for (String word : DECREASE_WORDS) {
      if (text.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsFigure(int at) {
    if (at < end && isSign(text.charAt(at))) {
      at++;
    }
    return at < end && digitValue(text.charAt(at)) >= 0;
  }

  // ---------------------------------------------------------------- qualitative kinds

  private PlanValue qualitativeOrDescriptive(int begin) {
    PlanValue value = assigned(begin);
    if (value == null) {
      value = relative(begin);
    }
    if (value == null) {
      value = linked(begin);
    }
    if (value == null) {
      value = keepStable(begin);
    }
    return value != null ? value : qualitative(ValueKind.DESCRIPTIVE, null, null, null);
  }

  /** {@code [完成|达到|实现…] (国家|省|市|上级) [级] 下达 [的] (指标|目标|任务|计划)}. */
  private PlanValue assigned(int begin) {
    pos = begin;
    matchAny(ASSIGNING_VERBS);
    int level = matchAny(LEVEL_WORDS);
    if (level < 0) {
      return null;
    }
    match("级");
    if (!match("下达")) {
      return null;
    }
    match("的");
    if (matchAny(ASSIGNED_NOUNS) < 0 || pos != end) {
      return null;
    }
    return qualitative(ValueKind.ASSIGNED, null, LEVELS[level], null);
  }

  /** {@code (高于|不低于|低于|…) (全国|全省|全市) 平均 [水平|值|数]}. */
  private PlanValue relative(int begin) {
    pos = begin;
    int word = matchAny(RELATIVE_WORDS);
    if (word < 0) {
      return null;
    }
    int level = matchAny(AVERAGE_LEVEL_WORDS);
    if (level < 0 || !match("平均")) {
      return null;
    }
    matchAny(AVERAGE_TAILS);
    if (pos != end) {
      return null;
    }
    return qualitative(ValueKind.RELATIVE, RELATIVE_RELATIONS[word], AVERAGE_LEVELS[level], null);
  }

  /** {@code 与 SUBJECT [基本|保持] 同步 [增长|提高]}. */
  private PlanValue linked(int begin) {
    pos = begin;
    if (!match("与")) {
      return null;
    }
    int subjectStart = pos;
    int sync = text.indexOf("同步", subjectStart);
    if (sync < 0 || sync >= end) {
      return null;
    }
    int subjectEnd = sync;
    if (text.startsWith("基本", subjectEnd - 2) || text.startsWith("保持", subjectEnd - 2)) {
      subjectEnd -= 2;
    }
    if (subjectEnd <= subjectStart) {
      return null;
    }
    pos = sync + 2;
    if (!match("增长")) {
      match("提高");
    }
    if (pos != end) {
      return null;
    }
    return qualitative(ValueKind.LINKED, null, null, text.substring(subjectStart, subjectEnd));
  }

  private PlanValue keepStable(int begin) {
    for (String phrase : KEEP_STABLE_PHRASES) {
      if (end - begin == phrase.length() && text.startsWith(phrase, begin)) {
        return qualitative(ValueKind.KEEP_STABLE, null, null, null);
      }
    }
    return null;
  }

  private PlanValue qualitative(
      ValueKind kind, Relation relation, AdministrativeLevel level, String subject) {
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
  private int matchAny(String[] words) {
    for (int i = 0; i < words.length; i++) {
      if (match(words[i])) {
        return i;
      }
    }
    return -1;
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

  /** Whether a keyword can start with {@code c}: every keyword starts with a symbol or a CJK character. */
  private static boolean mayStartWord(char c) {
    return c >= 0x80 || c == '<' || c == '>';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0' || Character.isSpaceChar(c);
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '–' || c == '－' || c == '―' || c == '─' || c == '/'
        || c == '／';
  }

  private static boolean isSign(char c) {
    return c == '-' || c == '+' || c == '−' || c == '－' || c == '﹣' || c == '＋';
  }

  private static boolean isRangeSeparator(char c) {
    return c == '-' || c == '~' || c == '～' || c == '〜' || c == '—' || c == '–' || c == '－'
        || c == '至' || c == '到';
  }

  private static char closingBracket(char open) {
    switch (open) {
      case '[':
        return ']';
      case '［':
        return '］';
      case '【':
        return '】';
      case '〔':
        return '〕';
      default:
        return 0;
    }
  }

  private static boolean isFootnoteMark(char c) {
    return c == '*' || c == '＊' || c == '※' || c == '†' || c == '‡';
  }

  private static boolean isUnitChar(int cp) {
    return Character.isLetter(cp) || cp == '/' || cp == '／' || cp == '·' || cp == '²' || cp == '³';
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  // ---------------------------------------------------------------- errors

  private PlanValueParseException unexpected(int at) {
    return error(at, "unexpected " + quote(at));
  }

  private String quote(int at) {
    int cp = text.codePointAt(at);
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  private PlanValueParseException error(int index, String reason) {
    return new PlanValueParseException(text, index, reason);
  }
}

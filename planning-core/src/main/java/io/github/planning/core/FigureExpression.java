package io.github.planning.core;

import static io.github.planning.core.NotationCharacters.closingBracket;
import static io.github.planning.core.NotationCharacters.isFootnoteMark;
import static io.github.planning.core.NotationCharacters.isRangeSeparator;
import static io.github.planning.core.NotationCharacters.isSlash;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads a figure expression: a figure, range or ratio with the words and signs around it, in one
 * pass.
 *
 * <pre>{@code
 * new FigureExpression("累计下降[2.5]个百分点", 0, 15).read().describe();
 * // 累计下降[2.5]个百分点 (FIGURE EXACT 2.5 个百分点 cumulative change DECREASE)
 * }</pre>
 *
 * <p>The expression is {@code [控制在] prefix-words [bracket] figure [%] [second-term] [bracket]
 * [unit] [suffix-relation] [aspiration] [footnote]}: prefix words are {@code 累计}, a change ({@code
 * 下降}, {@code 提高}) and a relation ({@code ≤}, {@code 不低于}); the second term is the upper end of a
 * range ({@code -7}) or of a ratio ({@code :1}); the unit is {@code 个百分点} or a unit or counting
 * word ({@code 万人}, {@code 项}); a suffix relation is {@code 以上}, {@code 左右} …; an aspiration is
 * {@code ，力争8%} after a floor. The figures are read by {@link FigureReader}.
 */
final class FigureExpression extends NotationCursor {

  // The parts of the expression read so far.
  private boolean cumulative;
  private @Nullable Change change;
  private @Nullable Relation relation;
  private int relationAt = -1;
  private @Nullable BigDecimal amount;
  private @Nullable BigDecimal second;
  private boolean percent;
  private boolean ratio;
  private @Nullable Unit unit;
  private boolean controlled;
  private @Nullable BigDecimal aspiration;

  /** Reads {@code text} from {@code begin} to {@code end}: the cell without surrounding spaces. */
  FigureExpression(String text, int begin, int end) {
    super(text, begin, end);
  }

  /** The value of the expression, with the warnings of its spelling. */
  PlanValue read() {
    PlanValue value = expression();
    return warnings().isEmpty() ? value : new PlanValue(value, warnings(), null);
  }

  private PlanValue expression() {
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
    amount = FigureReader.read(this);
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
      second = FigureReader.read(this);
    } else if (isRangeSeparator(c) && startsFigure(pos + 1)) {
      pos++;
      second = FigureReader.read(this);
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
    aspiration = FigureReader.read(this);
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

  private boolean onlySlashes(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSlash(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

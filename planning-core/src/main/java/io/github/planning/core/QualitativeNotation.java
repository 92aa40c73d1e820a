package io.github.planning.core;

import static io.github.planning.core.NotationWords.ASSIGNED_BOUNDS;
import static io.github.planning.core.NotationWords.ASSIGNED_BOUND_RELATIONS;
import static io.github.planning.core.NotationWords.ASSIGNED_NOUNS;
import static io.github.planning.core.NotationWords.ASSIGNING_VERBS;
import static io.github.planning.core.NotationWords.AVERAGE_LEVELS;
import static io.github.planning.core.NotationWords.AVERAGE_LEVEL_WORDS;
import static io.github.planning.core.NotationWords.AVERAGE_TAILS;
import static io.github.planning.core.NotationWords.DOUBLING_NUMERALS;
import static io.github.planning.core.NotationWords.KEEP_STABLE_PHRASES;
import static io.github.planning.core.NotationWords.LEVELS;
import static io.github.planning.core.NotationWords.LEVEL_WORDS;
import static io.github.planning.core.NotationWords.RELATIVE_RELATIONS;
import static io.github.planning.core.NotationWords.RELATIVE_WORDS;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads the forms of the notation written in words: a target assigned from above ({@code 完成市下达指标},
 * {@code 不超过省下达指标}), one relative to an average ({@code 高于全省平均水平}), one linked to another quantity
 * ({@code 与经济增长同步}), a multiple ({@code 翻一番}) and a level kept stable ({@code 保持稳定}); any other
 * text is descriptive.
 *
 * <pre>{@code
 * new QualitativeNotation("完成市下达指标", 0, 7).read().kind();   // ASSIGNED
 * }</pre>
 */
final class QualitativeNotation extends NotationCursor {

  private final int begin;

  /** Reads {@code text} from {@code begin} to {@code end}: the cell without surrounding spaces. */
  QualitativeNotation(String text, int begin, int end) {
    super(text, begin, end);
    this.begin = begin;
  }

  /** The value of the text: one of the qualitative kinds, or descriptive. */
  PlanValue read() {
    PlanValue value = assigned();
    if (value == null) {
      value = relative();
    }
    if (value == null) {
      value = multiple();
    }
    if (value == null) {
      value = linked();
    }
    if (value == null) {
      value = keepStable();
    }
    return value != null ? value : descriptive();
  }

  /** {@code [完成|达到|实现…] (国家|省|市|上级) [级] 下达 [的] (指标|目标|任务|计划)}. */
  private @Nullable PlanValue assigned() {
    pos = begin;
    int bound = matchAny(ASSIGNED_BOUNDS);
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
    return qualitative(
        ValueKind.ASSIGNED,
        bound < 0 ? null : ASSIGNED_BOUND_RELATIONS[bound],
        LEVELS[level],
        null);
  }

  /** {@code (高于|不低于|低于|…) (全国|全省|全市) 平均 [水平|值|数]}. */
  private @Nullable PlanValue relative() {
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
  private @Nullable PlanValue linked() {
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

  /** {@code [实现] 翻 [一|两|二|三|四] 番}: the base doubled once (翻番, 翻一番), twice (翻两番) …. */
  private @Nullable PlanValue multiple() {
    pos = begin;
    match("实现");
    if (!match("翻")) {
      return null;
    }
    int doublings = 1;
    if (pos < end) {
      char c = text.charAt(pos) == '二' ? '两' : text.charAt(pos);
      int numeral = DOUBLING_NUMERALS.indexOf(c);
      if (numeral >= 0) {
        doublings = numeral + 1;
        pos++;
      }
    }
    if (!match("番") || pos != end) {
      return null;
    }
    return new PlanValue(
        text,
        ValueKind.MULTIPLE,
        null,
        BigDecimal.valueOf(1L << doublings),
        null,
        false,
        null,
        null,
        null,
        null,
        null);
  }

  /** The doublings of a multiple that is a power of two (2 → 1, 4 → 2), or −1. */
  static int doublings(BigDecimal factor) {
    for (int d = 1; d <= DOUBLING_NUMERALS.length(); d++) {
      if (factor.compareTo(BigDecimal.valueOf(1L << d)) == 0) {
        return d;
      }
    }
    return -1;
  }

  private @Nullable PlanValue keepStable() {
    for (String phrase : KEEP_STABLE_PHRASES) {
      if (end - begin == phrase.length() && text.startsWith(phrase, begin)) {
        return qualitative(ValueKind.KEEP_STABLE, null, null, null);
      }
    }
    return null;
  }

  private PlanValue descriptive() {
    return qualitative(ValueKind.DESCRIPTIVE, null, null, null);
  }
}

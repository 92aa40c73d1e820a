package io.github.planning.io;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The heading vocabulary of plan tables: which column a table heading names, as offices write it.
 *
 * <pre>{@code
 * CsvHeadings.column("指  标");          // Optional[NAME]
 * CsvHeadings.column("年均增长（%）");    // Optional[TARGET_GROWTH], the unit % noted
 * CsvHeadings.column("〔累计〕1");        // Optional[TARGET_GROWTH], the footnote mark 1 ignored
 * CsvHeadings.normalise("2015年\n目标值"); // "2015年目标值"
 * }</pre>
 *
 * <p>A heading is {@linkplain #normalise normalised} before it is looked up: compatibility forms
 * are folded (full-width letters, digits, brackets and spaces), every space (ASCII, full-width,
 * no-break) and line break is taken out, and the brackets 〔〕【】 become {@code []}. A heading not in
 * the {@linkplain #vocabulary() vocabulary} is read once more without a footnote number glued to
 * its end ({@code 〔累计〕1}) and without a unit in parentheses at its end ({@code 年均增长(%)}, {@code
 * 2020年(单位:亿元)}), then without the plan named before it ({@code “十三五”年均增长}). Year headings ({@code
 * 2020年}, {@code 2025年目标}, {@code 2020年预计值}) are read by {@link CsvHeader} with their roles.
 */
public final class CsvHeadings {

  private static final Map<String, RowField> VOCABULARY = vocabularyOf();

  /**
   * Headings of columns the format has no field for, kept with each row as extra fields under their
   * headings as written, without a problem.
   */
  private static final java.util.Set<String> KNOWN_EXTRA =
      java.util.Set.of("资料来源", "数据来源", "责任单位", "牵头单位");

  /** A plan named before a heading: {@code “十三五”}, {@code 十四五时期}. */
  private static final Pattern PLAN_PREFIX =
      Pattern.compile("[“\"']?十[一二三四五六七八九]{0,2}五[”\"']?(?:时期|期间|规划)?(.+)");

  private static final Pattern FOOTNOTE = Pattern.compile("(.*[^0-9])[0-9]{1,2}");
  private static final Pattern UNIT_SUFFIX = Pattern.compile("(.+)\\(([^()]+)\\)");
  private static final Pattern UNIT_WORD = Pattern.compile("单位[:：]?(.*)");

  private CsvHeadings() {}

  /**
   * The column a heading names, canonical ({@code target_growth}) or published ({@code 年均/累计增长},
   * {@code 〔累计〕1}); empty for a year heading or an unknown one.
   */
  public static Optional<RowField> column(String heading) {
    Term term = term(heading);
    return Optional.ofNullable(term == null ? null : term.column);
  }

  /**
   * Every published heading the reader knows, normalised, with its column, in the order of the
   * columns: {@code 分类 → CATEGORY}, {@code 指标 → NAME} …; the canonical headings ({@link
   * RowField#csvHeading()}) are known too; each field lists its own in {@link
   * RowField#publishedHeadings()}.
   */
  public static Map<String, RowField> vocabulary() {
    return VOCABULARY;
  }

  /**
   * The heading as it is looked up: compatibility forms folded (NFKC), spaces and line breaks taken
   * out, 〔〕【】 as {@code []}: {@code "指　标"} → {@code 指标}, {@code "年均增长（%）"} → {@code 年均增长(%)}.
   */
  public static String normalise(String heading) {
    String folded = Normalizer.normalize(heading, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
        continue;
      }
      out.append(
          switch (c) {
            case '〔', '【', '〖' -> '[';
            case '〕', '】', '〗' -> ']';
            case '：' -> ':';
            default -> c;
          });
    }
    return out.toString();
  }

  /**
   * A heading's column, or the normalised heading of a known column without a field; a unit found
   * in it; the heading normalised.
   */
  record Term(
      @Nullable RowField column,
      @Nullable String extraName,
      @Nullable String unit,
      String normalised) {}

  /**
   * The term of a heading with no year in it, or null: the vocabulary, then the heading without a
   * glued footnote number, then without a unit in parentheses at its end.
   */
  static @Nullable Term term(String heading) {
    String h = normalise(heading);
    Term term = exact(h, null, h);
    if (term != null) {
      return term;
    }
    Matcher footnote = FOOTNOTE.matcher(h);
    if (footnote.matches() && !h.endsWith("年")) {
      term = exact(footnote.group(1), null, h);
      if (term != null) {
        return term;
      }
    }
    Matcher unit = UNIT_SUFFIX.matcher(h);
    if (unit.matches()) {
      term = exact(unit.group(1), unitOf(unit.group(2)), h);
      if (term != null) {
        return term;
      }
    }
    Matcher plan = PLAN_PREFIX.matcher(h);
    return plan.matches() ? term(plan.group(1)) : null;
  }

  /** The unit a parenthesised part of a heading gives: {@code 单位:亿元} → 亿元, {@code %} → %. */
  static String unitOf(String inParentheses) {
    Matcher word = UNIT_WORD.matcher(inParentheses);
    return word.matches() ? word.group(1) : inParentheses;
  }

  private static @Nullable Term exact(String h, @Nullable String unit, String normalised) {
    RowField column = RowField.ofCsvHeading(h).orElse(null);
    if (column == null) {
      column = VOCABULARY.get(h.toLowerCase(Locale.ROOT));
    }
    if (column != null) {
      return new Term(column, null, unit, normalised);
    }
    return KNOWN_EXTRA.contains(h) ? new Term(null, h, unit, normalised) : null;
  }

  private static Map<String, RowField> vocabularyOf() {
    Map<String, RowField> map = new LinkedHashMap<>();
    for (RowField field : RowField.values()) {
      for (String heading : field.publishedHeadings()) {
        map.put(normalise(heading), field);
      }
    }
    return Collections.unmodifiableMap(map);
  }
}

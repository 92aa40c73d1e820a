package io.github.planning.io;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one heading, or a heading over another, says: the column it names, a known heading without a
 * field, or a year with the {@linkplain YearRole role} its words give it; a unit in parentheses;
 * and how it was read.
 *
 * <pre>{@code
 * ParsedHeading.of("指  标", user);                // column NAME, "the published heading '指标'"
 * ParsedHeading.of("2020年(亿元)", user);          // year 2020, BARE, unit 亿元
 * ParsedHeading.of("2025年目标", user);            // year 2025, TARGET, "the words '目标'"
 * ParsedHeading.of("规划目标", "2025年", user);    // year 2025, TARGET, "the words '规划目标'"
 * ParsedHeading.of("完成情况", "年均增速", user);  // column ACTUAL_GROWTH, "growth under '完成情况'"
 * }</pre>
 *
 * <p>The user's own headings ({@link ReadOptions#columns()}, normalised) come first, then the
 * {@linkplain CsvHeadings vocabulary}, then the year. Which column a year heading fills is decided
 * with the other year headings, by {@link YearColumns}.
 *
 * @param column the column named, or null for a known heading without a field or a year heading
 * @param extraName the name of a known heading without a field ({@code 责任单位}), or null
 * @param year the year in the heading, or 0
 * @param role the role of a year heading's words, or null for a heading of the vocabulary
 * @param unit the unit the heading gives its column, or null
 * @param how how the heading was read, for {@link CsvLayout}
 */
record ParsedHeading(
    @Nullable RowField column,
    @Nullable String extraName,
    int year,
    @Nullable YearRole role,
    @Nullable String unit,
    String how) {

  private static final Pattern YEAR = Pattern.compile("(.*?)([12][0-9]{3})年?(.*)");

  private static final Pattern IN_PARENTHESES = Pattern.compile("(.*)\\(([^()]*)\\)(.*)");

  /**
   * What a heading says, or null when it is neither known nor a year heading.
   *
   * @param user the user's headings, normalised, by column
   */
  static @Nullable ParsedHeading of(String heading, Map<String, RowField> user) {
    String h = CsvHeadings.normalise(heading);
    RowField mine = user.get(h);
    if (mine != null) {
      return new ParsedHeading(mine, null, yearIn(h), YearRole.BARE, null, "your mapping");
    }
    CsvHeadings.Term term = CsvHeadings.term(heading);
    if (term != null) {
      String how =
          term.column() != null && term.column().csvHeading().equals(h)
              ? "the canonical heading"
              : "the published heading "
                  + (term.normalised().equals(heading) ? "" : "'" + term.normalised() + "'");
      return new ParsedHeading(term.column(), term.extraName(), 0, null, term.unit(), how.strip());
    }
    return ofYear(h, "");
  }

  /**
   * What a heading over another says: {@code 规划目标 / 2020年}, {@code 完成情况 / 年均增速}, {@code 2025年 /
   * 目标值}; null when neither is known nor a year heading.
   */
  static @Nullable ParsedHeading of(String above, String below, Map<String, RowField> user) {
    String b = CsvHeadings.normalise(below);
    RowField mine = user.get(CsvHeadings.normalise(above) + b);
    if (mine != null) {
      return new ParsedHeading(mine, null, 0, YearRole.BARE, null, "your mapping");
    }
    CsvHeadings.Term term = CsvHeadings.term(below);
    String a = CsvHeadings.normalise(above);
    if (term != null && term.column() == RowField.TARGET_GROWTH) {
      YearRole role = YearRole.of(a);
      RowField column =
          role == YearRole.ACTUAL || role == YearRole.ESTIMATE
              ? RowField.ACTUAL_GROWTH
              : RowField.TARGET_GROWTH;
      return new ParsedHeading(column, null, 0, null, term.unit(), "growth under '" + a + "'");
    }
    if (term != null
        && (term.column() == RowField.BASE
            || term.column() == RowField.TARGET
            || term.column() == RowField.ACTUAL)
        && YEAR.matcher(a).matches()) {
      // 2025年 over 目标值 is read as 2025年目标值, the year kept
      return ofYear(a + b, "");
    }
    if (YEAR.matcher(b).matches()) {
      return ofYear(b, a);
    }
    if (term != null) {
      return new ParsedHeading(
          term.column(), term.extraName(), 0, null, term.unit(), "the lower heading");
    }
    return of(above + below, user);
  }

  /** Whether a normalised heading has a year in it ({@code 2020年}, {@code 2025年目标}). */
  static boolean hasYear(String normalised) {
    return YEAR.matcher(normalised).matches();
  }

  /** A year heading, with the words of a heading above it; null when there is no year. */
  private static @Nullable ParsedHeading ofYear(String h, String above) {
    Matcher m = YEAR.matcher(h);
    if (!m.matches()) {
      return null;
    }
    String words = above + m.group(1) + m.group(3);
    String unit = null;
    Matcher inParentheses = IN_PARENTHESES.matcher(words);
    if (inParentheses.matches()) {
      unit = CsvHeadings.unitOf(inParentheses.group(2));
      words = inParentheses.group(1) + inParentheses.group(3);
    }
    YearRole role = YearRole.of(words);
    return new ParsedHeading(
        null,
        null,
        Integer.parseInt(m.group(2)),
        role,
        unit == null || unit.isEmpty() ? null : unit,
        role == YearRole.BARE ? "a bare year" : "the words '" + words + "'");
  }

  private static int yearIn(String h) {
    Matcher m = YEAR.matcher(h);
    return m.matches() ? Integer.parseInt(m.group(2)) : 0;
  }
}

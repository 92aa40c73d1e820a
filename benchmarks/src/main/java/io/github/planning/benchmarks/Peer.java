package io.github.planning.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a user would write instead of the library: a class of strings for Jackson to bind each row
 * to, and a regular expression for the figure of a cell. It keeps nothing of where a cell was and
 * checks nothing; {@code 9.5%左右}, {@code [9]以上} and {@code 下降2.5} all become their first figure.
 */
final class Peer {

  /** An optional bracket and minus sign, digits, an optional fraction. */
  private static final Pattern FIGURE = Pattern.compile("\\[?(-?\\d+(?:\\.\\d+)?)");

  private Peer() {}

  /** A row of the canonical CSV, as strings. */
  public static final class Row {
    public @Nullable String code;
    public @Nullable String parent;
    public @Nullable String category;
    public @Nullable String seq;
    public @Nullable String name;
    public @Nullable String unit;

    @JsonProperty("base_year")
    public @Nullable String baseYear;

    public @Nullable String base;

    @JsonProperty("target_year")
    public @Nullable String targetYear;

    public @Nullable String target;

    @JsonProperty("target_growth")
    public @Nullable String targetGrowth;

    public @Nullable String note;
  }

  /** A row with its years and figures read. */
  record Typed(
      Row row,
      int baseYear,
      int targetYear,
      @Nullable BigDecimal base,
      @Nullable BigDecimal target,
      @Nullable BigDecimal growth) {}

  static Typed typed(Row row) {
    return new Typed(
        row,
        year(row.baseYear),
        year(row.targetYear),
        figure(row.base),
        figure(row.target),
        figure(row.targetGrowth));
  }

  private static int year(@Nullable String text) {
    return text == null || text.isEmpty() ? 0 : Integer.parseInt(text);
  }

  /** The first figure of {@code cell}, or {@code null}. */
  static @Nullable BigDecimal figure(@Nullable String cell) {
    if (cell == null) {
      return null;
    }
    Matcher matcher = FIGURE.matcher(cell);
    return matcher.find() ? new BigDecimal(matcher.group(1)) : null;
  }
}

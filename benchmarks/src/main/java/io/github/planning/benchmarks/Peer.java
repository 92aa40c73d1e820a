package io.github.planning.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    public String code;
    public String parent;
    public String category;
    public String seq;
    public String name;
    public String unit;

    @JsonProperty("base_year")
    public String baseYear;

    public String base;

    @JsonProperty("target_year")
    public String targetYear;

    public String target;

    @JsonProperty("target_growth")
    public String targetGrowth;

    public String note;
  }

  /** A row with its years and figures read. */
  record Typed(
      Row row,
      int baseYear,
      int targetYear,
      BigDecimal base,
      BigDecimal target,
      BigDecimal growth) {}

  static Typed typed(Row row) {
    return new Typed(
        row,
        year(row.baseYear),
        year(row.targetYear),
        figure(row.base),
        figure(row.target),
        figure(row.targetGrowth));
  }

  private static int year(String text) {
    return text == null || text.isEmpty() ? 0 : Integer.parseInt(text);
  }

  /** The first figure of {@code cell}, or {@code null}. */
  static BigDecimal figure(String cell) {
    if (cell == null) {
      return null;
    }
    Matcher matcher = FIGURE.matcher(cell);
    return matcher.find() ? new BigDecimal(matcher.group(1)) : null;
  }
}

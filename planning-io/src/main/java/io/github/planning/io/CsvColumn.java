package io.github.planning.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the plan CSV format, in canonical order, with their canonical and Chinese
 * headings.
 *
 * <pre>
 * code,parent,category,seq,name,unit,direction,limit,base_year,base,target_year,target,
 * target_growth,actual_year,actual,actual_growth,assessment,attribute,featured,note
 * </pre>
 */
public enum CsvColumn {
  /** A stable identifier; generated from category and name when blank. */
  CODE("code", "代码"),
  /** The code of the parent indicator. */
  PARENT("parent", "上级代码"),
  /** The category (分类); a blank repeats the one above. */
  CATEGORY("category", "分类"),
  /** The sequence number (序号). */
  SEQ("seq", "序号"),
  /** The name (指标名称); a trailing {@code *} marks a featured indicator. Required. */
  NAME("name", "指标名称"),
  /** The unit (单位). */
  UNIT("unit", "单位"),
  /** {@code higher} or {@code lower} (正向 / 逆向). */
  DIRECTION("direction", "方向"),
  /** A natural limit, a figure. */
  LIMIT("limit", "极限值"),
  /** The base year. */
  BASE_YEAR("base_year", "基期年份"),
  /** The base value. */
  BASE("base", "基期值"),
  /** The target year. */
  TARGET_YEAR("target_year", "目标年份"),
  /** The target. */
  TARGET("target", "目标值"),
  /** The expected growth (年均/累计增长). */
  TARGET_GROWTH("target_growth", "年均/累计增长"),
  /** The year of the actual value. */
  ACTUAL_YEAR("actual_year", "完成年份"),
  /** The actual value (完成情况). */
  ACTUAL("actual", "完成情况"),
  /** The actual growth. */
  ACTUAL_GROWTH("actual_growth", "完成年均增速"),
  /** The assessment (实现度). */
  ASSESSMENT("assessment", "实现度"),
  /** The attribute (指标属性). */
  ATTRIBUTE("attribute", "指标属性"),
  /** {@code true} for a featured indicator. */
  FEATURED("featured", "特色指标"),
  /** A note (备注). */
  NOTE("note", "备注");

  private final String heading;
  private final String chineseHeading;

  CsvColumn(String heading, String chineseHeading) {
    this.heading = heading;
    this.chineseHeading = chineseHeading;
  }

  /** The canonical heading, such as {@code target_growth}. */
  public String heading() {
    return heading;
  }

  /** The Chinese heading written for Excel, such as {@code 年均/累计增长}. */
  public String chineseHeading() {
    return chineseHeading;
  }

  /** Whether the column holds a published value read with {@code PlanValue.parse}. */
  public boolean isValue() {
    return this == BASE
        || this == TARGET
        || this == TARGET_GROWTH
        || this == ACTUAL
        || this == ACTUAL_GROWTH;
  }

  /**
   * The column of a canonical heading, in any case: {@code ofHeading("Target")} is {@link #TARGET};
   * empty for any other text (the published headings are {@link CsvHeadings}' matter).
   */
  public static Optional<CsvColumn> ofHeading(String heading) {
    String wanted = heading.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(column -> column.heading.equals(wanted)).findFirst();
  }
}

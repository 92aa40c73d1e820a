package io.github.planning.io;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a plan row, in canonical order, each with its CSV heading, the Chinese headings
 * offices publish it under and its JSON name.
 *
 * <pre>{@code
 * RowField.TARGET_GROWTH.csvHeading();         // "target_growth"
 * RowField.TARGET_GROWTH.jsonName();           // "targetGrowth"
 * RowField.TARGET_GROWTH.chineseHeading();     // "年均/累计增长", written for Excel
 * RowField.TARGET_GROWTH.publishedHeadings();  // [年均增长, 年均增速, 年均, 累计, …]
 * RowField.ofCsvHeading("Target");             // Optional[TARGET]
 * RowField.ofJsonName("baseYear");             // Optional[BASE_YEAR]
 * RowField.parse("base");                      // BASE
 * }</pre>
 *
 * <p>The CSV header in this order:
 *
 * <pre>
 * code,parent,category,seq,name,unit,direction,limit,measure,base_year,base,target_year,target,
 * target_growth,actual_year,actual,actual_growth,assessment,attribute,featured,note
 * </pre>
 *
 * <p>Enumerated fields are written in one spelling in CSV, JSON and the Jackson modules alike, the
 * constant's name; see {@link WireSpelling}.
 */
public enum RowField {
  /**
   * A stable identifier. A row of a CSV table or a plan document without one gets a code from its
   * sequence number or its place in the table ({@code 3}, {@code 3a}, {@code 一-1-(2)}, {@code r1};
   * see the README's "Tables as published"); a {@code PlanRow} read alone through the Jackson
   * modules has no table around it and must state it.
   */
  CODE("code", "code", "代码", "代码|编码|指标代码"),
  /** The code of the parent indicator. */
  PARENT("parent", "parent", "上级代码", "上级代码"),
  /** The category (分类); in CSV a blank repeats the one above. */
  CATEGORY("category", "category", "分类", "分类|类别|一级指标|领域|指标类别|指标类型"),
  /** The sequence number (序号). */
  SEQ("seq", "seq", "序号", "序号|编号"),
  /** The name (指标名称); a trailing {@code *} marks a featured indicator. Required. */
  NAME("name", "name", "指标名称", "指标|指标名称|二级指标|主要项目和指标|主要指标|项目"),
  /** The unit (单位). */
  UNIT("unit", "unit", "单位", "单位|计量单位"),
  /**
   * The direction, written {@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER} (read also as 正向 /
   * 逆向, higher / lower).
   */
  DIRECTION("direction", "direction", "方向", "方向"),
  /** A natural limit, a figure. */
  LIMIT("limit", "limit", "极限值", "极限值"),
  /**
   * What the indicator measures, written {@code LEVEL} or {@code FLOW} (read also as level / flow,
   * 水平 / 流量, and 存量 or stock for a level); blank, it is inferred from the name and unit.
   */
  MEASURE("measure", "measure", "计量方式", "计量方式|水平/流量|存量/流量"),
  /** The base year. */
  BASE_YEAR("base_year", "baseYear", "基期年份", "基期年份"),
  /** The base value. */
  BASE("base", "base", "基期值", "基期值|基期|基数|现状值|基期水平|基线|基线值"),
  /** The target year. */
  TARGET_YEAR("target_year", "targetYear", "目标年份", "目标年份"),
  /** The target. */
  TARGET("target", "target", "目标值", "目标值|目标|规划目标|规划值|预期目标"),
  /** The expected growth (年均/累计增长). */
  TARGET_GROWTH(
      "target_growth",
      "targetGrowth",
      "年均/累计增长",
      "年均增长|年均增速|年均|累计|年均/累计|年均/累计增长|累计增长|年均增长/累计|[累计]|年均增长率"),
  /** The year of the actual value. */
  ACTUAL_YEAR("actual_year", "actualYear", "完成年份", "完成年份"),
  /** The actual value (完成情况). */
  ACTUAL("actual", "actual", "完成情况", "完成情况|完成值|完成|实际完成|实际值|全年实绩|实绩"),
  /** The actual growth. */
  ACTUAL_GROWTH("actual_growth", "actualGrowth", "完成年均增速", "完成年均增速|实际年均增长|完成年均增长"),
  /** The assessment (实现度), written as its constant: {@code REACHED_EARLY} (read also as 提前实现). */
  ASSESSMENT("assessment", "assessment", "实现度", "实现度|实现情况"),
  /** The attribute (指标属性), written {@code EXPECTED} or {@code BINDING} (read also as 预期性 / 约束性). */
  ATTRIBUTE("attribute", "attribute", "指标属性", "属性|指标属性|指标性质|性质"),
  /** {@code true} for a featured indicator. */
  FEATURED("featured", "featured", "特色指标", "特色指标"),
  /** A note (备注). */
  NOTE("note", "note", "备注", "备注|说明");

  private final String csvHeading;
  private final String jsonName;
  private final String chineseHeading;
  private final ImmutableList<String> publishedHeadings;

  RowField(String csvHeading, String jsonName, String chineseHeading, String publishedHeadings) {
    this.csvHeading = csvHeading;
    this.jsonName = jsonName;
    this.chineseHeading = chineseHeading;
    this.publishedHeadings = ImmutableList.copyOf(publishedHeadings.split("\\|"));
  }

  /** The canonical CSV heading, such as {@code target_growth}. */
  public String csvHeading() {
    return csvHeading;
  }

  /** The name of the field in a JSON row, such as {@code targetGrowth}. */
  public String jsonName() {
    return jsonName;
  }

  /** The Chinese heading written for Excel, such as {@code 年均/累计增长}. */
  public String chineseHeading() {
    return chineseHeading;
  }

  /**
   * The headings published tables give this field, which the CSV reader knows (after {@linkplain
   * CsvHeadings#normalise normalising} them): {@code 年均增长}, {@code 累计}, {@code [累计]} … for {@link
   * #TARGET_GROWTH}; the {@linkplain #chineseHeading() Chinese heading} is one of them.
   */
  public List<String> publishedHeadings() {
    return publishedHeadings;
  }

  /** Whether the field holds a published value read with {@code PlanValue.parse}. */
  public boolean isValue() {
    return this == BASE
        || this == TARGET
        || this == TARGET_GROWTH
        || this == ACTUAL
        || this == ACTUAL_GROWTH;
  }

  /**
   * Whether the field is a year: {@link #BASE_YEAR}, {@link #TARGET_YEAR}, {@link #ACTUAL_YEAR}.
   */
  public boolean isYear() {
    return this == BASE_YEAR || this == TARGET_YEAR || this == ACTUAL_YEAR;
  }

  /**
   * The field of a canonical CSV heading, in any case: {@code ofCsvHeading("Target")} is {@link
   * #TARGET}; empty for any other text (the published headings are {@link CsvHeadings}' matter).
   */
  public static Optional<RowField> ofCsvHeading(String heading) {
    String wanted = heading.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(field -> field.csvHeading.equals(wanted)).findFirst();
  }

  /**
   * The field a canonical CSV heading names, in any case: {@code parse("base")} is {@link #BASE}.
   *
   * @throws IllegalArgumentException naming the text and the headings expected when it names none
   */
  public static RowField parse(String heading) {
    return ofCsvHeading(heading.strip())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + heading
                        + "' is not a field; expected one of "
                        + Arrays.stream(values()).map(RowField::csvHeading).toList()));
  }

  /**
   * The field of a JSON name, exactly as written: {@code ofJsonName("targetGrowth")} is {@link
   * #TARGET_GROWTH}; empty for any other name.
   */
  public static Optional<RowField> ofJsonName(String name) {
    return Arrays.stream(values()).filter(field -> field.jsonName.equals(name)).findFirst();
  }
}

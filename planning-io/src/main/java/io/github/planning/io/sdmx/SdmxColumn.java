package io.github.planning.io.sdmx;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a plan written as SDMX-CSV, in the order they are written: the dimensions, the
 * measure {@code OBS_VALUE}, then the attributes by what they are attached to.
 *
 * <pre>{@code
 * STRUCTURE[;],STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,VALUE_TYPE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,…
 * datastructure,PLANNING:DSD_PLAN(1.0.0),M,湖州市吴兴区,1-2-01,BASE,2020,752.8,元,8,1,A,752.8,…
 * }</pre>
 *
 * <p>Every column is described in the data structure definition that {@link SdmxStructureWriter}
 * writes beside the data.
 */
public enum SdmxColumn {
  /** The area: the plan's region (or a code the user gives); {@code _Z} when there is none. */
  REF_AREA(Role.DIMENSION, Attachment.OBSERVATION, "Reference area"),
  /** The row's code. */
  INDICATOR(Role.DIMENSION, Attachment.OBSERVATION, "Indicator (the row's code)"),
  /** Which figure of the row: base, target, target growth, actual, actual growth, observation. */
  VALUE_TYPE(Role.DIMENSION, Attachment.OBSERVATION, "Value type"),
  /** A year, or for a growth over the period a time range such as {@code 2021-01-01/P5Y}. */
  TIME_PERIOD(Role.TIME_DIMENSION, Attachment.OBSERVATION, "Time period"),
  /** The amount as exact decimal text, empty when the cell has none (a descriptive target). */
  OBS_VALUE(Role.MEASURE, Attachment.OBSERVATION, "Observation value"),
  /** The unit of {@code OBS_VALUE} without its scale prefix: {@code 元} for 亿元. */
  UNIT_MEASURE(Role.ATTRIBUTE, Attachment.OBSERVATION, "Unit of measure"),
  /** The power of ten of the unit's scale prefix: 8 for 亿元, 4 for 万人. */
  UNIT_MULT(Role.ATTRIBUTE, Attachment.OBSERVATION, "Unit multiplier"),
  /** The number of decimals written: 2 for {@code 51.20}. */
  DECIMALS(Role.ATTRIBUTE, Attachment.OBSERVATION, "Decimals"),
  /**
   * {@code A} final, {@code E} estimated (预计), {@code P} preliminary (初步), {@code M} not
   * applicable.
   */
  OBS_STATUS(Role.ATTRIBUTE, Attachment.OBSERVATION, "Observation status"),
  /** The cell's text as published, such as {@code [9]以上} or {@code 完成市下达指标}. */
  PUBLISHED_TEXT(Role.ATTRIBUTE, Attachment.OBSERVATION, "Published text of the cell"),
  /** How the amount bounds the value: {@code AT_LEAST}, {@code ABOUT}, {@code RANGE} …. */
  RELATION(Role.ATTRIBUTE, Attachment.OBSERVATION, "Relation of the value to the amount"),
  /** The upper end of a range ({@code 6-7}) or the second figure of a ratio. */
  UPPER_VALUE(Role.ATTRIBUTE, Attachment.OBSERVATION, "Upper value of a range"),
  /** {@code true} for a figure cumulative over the plan period ({@code [5]}). */
  CUMULATIVE(Role.ATTRIBUTE, Attachment.OBSERVATION, "Cumulative over the period"),
  /** {@code POINTS}, {@code INCREASE} or {@code DECREASE} for a figure written as a change. */
  CHANGE(Role.ATTRIBUTE, Attachment.OBSERVATION, "Change"),
  /** Who sets the value when it is assigned from above: {@code CITY}, {@code PROVINCE} …. */
  TARGET_SOURCE(Role.ATTRIBUTE, Attachment.OBSERVATION, "Source of an assigned target"),
  /** The note of an observation, such as its source. */
  OBS_COMMENT(Role.ATTRIBUTE, Attachment.OBSERVATION, "Comment on the observation"),
  /** The indicator's name as published, without a featured mark. */
  INDICATOR_NAME(Role.ATTRIBUTE, Attachment.SERIES, "Indicator name"),
  /** The category (分类). */
  CATEGORY(Role.ATTRIBUTE, Attachment.SERIES, "Category"),
  /** The sequence number (序号). */
  SEQUENCE(Role.ATTRIBUTE, Attachment.SERIES, "Sequence number"),
  /** The code of the parent row. */
  PARENT(Role.ATTRIBUTE, Attachment.SERIES, "Parent indicator"),
  /** The unit as published in the table: {@code 亿元}. */
  UNIT(Role.ATTRIBUTE, Attachment.SERIES, "Unit as published"),
  /**
   * The row's own base year, when it states one; {@code TIME_PERIOD} has the period's otherwise.
   */
  BASE_YEAR(Role.ATTRIBUTE, Attachment.SERIES, "Base year of the row"),
  /** The row's own target year, when it states one. */
  TARGET_YEAR(Role.ATTRIBUTE, Attachment.SERIES, "Target year of the row"),
  /** The row's own year of the actual value, when it states one. */
  ACTUAL_YEAR(Role.ATTRIBUTE, Attachment.SERIES, "Year of the actual value of the row"),
  /** {@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER}, when stated. */
  DIRECTION(Role.ATTRIBUTE, Attachment.SERIES, "Desired direction"),
  /** A natural limit the indicator cannot pass. */
  LIMIT(Role.ATTRIBUTE, Attachment.SERIES, "Natural limit"),
  /**
   * {@code LEVEL} (a level at a point in time) or {@code FLOW} (a flow over a year), when stated.
   */
  STOCK_FLOW(Role.ATTRIBUTE, Attachment.SERIES, "Level or flow"),
  /** {@code BINDING} (约束性) or {@code EXPECTED} (预期性). */
  BINDING_STATUS(Role.ATTRIBUTE, Attachment.SERIES, "Binding status"),
  /** {@code true} for a featured indicator (特色指标). */
  FEATURED(Role.ATTRIBUTE, Attachment.SERIES, "Featured indicator"),
  /** The published assessment (实现度) of a completion table. */
  ASSESSMENT(Role.ATTRIBUTE, Attachment.SERIES, "Assessment"),
  /** The note of the row (备注). */
  COMMENT(Role.ATTRIBUTE, Attachment.SERIES, "Comment"),
  /** The plan's title. */
  TITLE(Role.ATTRIBUTE, Attachment.DATASET, "Title"),
  /** The plan period, such as {@code 2021-2025}. */
  PLAN_PERIOD(Role.ATTRIBUTE, Attachment.DATASET, "Plan period"),
  /** The notes under the table, a multi-valued attribute. */
  PLAN_NOTES(Role.ATTRIBUTE, Attachment.DATASET, "Notes of the table");

  /** What a column is in the data structure. */
  public enum Role {
    /** A dimension. */
    DIMENSION,
    /** The time dimension. */
    TIME_DIMENSION,
    /** The measure. */
    MEASURE,
    /** An attribute. */
    ATTRIBUTE
  }

  /** What an attribute's value belongs to. */
  public enum Attachment {
    /** Each observation (cell). */
    OBSERVATION,
    /** The series of one indicator in one area: written once, on a row of its own. */
    SERIES,
    /** The whole data set: written once, on the first row. */
    DATASET
  }

  private final Role role;
  private final Attachment attachment;
  private final String title;

  SdmxColumn(Role role, Attachment attachment, String title) {
    this.role = role;
    this.attachment = attachment;
    this.title = title;
  }

  /** The component's role. */
  public Role role() {
    return role;
  }

  /** What the component is attached to. */
  public Attachment attachment() {
    return attachment;
  }

  /** The component's name in English, as written in the data structure definition. */
  public String title() {
    return title;
  }

  /** Whether the column can hold several values: {@link #PLAN_NOTES}. */
  public boolean isMultiValued() {
    return this == PLAN_NOTES;
  }

  /** The column's heading: the id, with {@code []} for a multi-valued one. */
  public String heading() {
    return isMultiValued() ? name() + "[]" : name();
  }

  /**
   * The column of a heading as other offices write it: the id, optionally followed by {@code []}, a
   * language list such as {@code [en;fr]}, or {@code ": name"} ({@code labels=both}).
   */
  public static Optional<SdmxColumn> ofHeading(String heading) {
    String id = SdmxIds.idOf(heading);
    return Arrays.stream(values()).filter(c -> c.name().equals(id)).findFirst();
  }
}

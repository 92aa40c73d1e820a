package io.github.planning.datasets;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The plan of 湖州市吴兴区 (the 14th five-year plan, 2022 update) embedded as data: its two indicator
 * tables and the targets stated in its prose.
 *
 * <pre>{@code
 * Plan table = WuxingDataset.TABLE_1_2.plan();
 * }</pre>
 *
 * <p>Each dataset is a CSV with the published headings and texts, and a JSON document written from
 * it by the library, which also carries the title and the notes.
 */
public enum WuxingDataset {
  /** 表1-2 “十四五”时期经济和社会发展主要指标. */
  TABLE_1_2(
      "table-1-2",
      "表1-2 “十四五”时期经济和社会发展主要指标",
      PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN,
      List.of("标“*”为吴兴特色指标", "[]数据为累计数据", "全员劳动生产率、常住人口城镇化率、人均地区生产总值2020年完成情况为预计值。")),
  /** 表1-1 “十三五”规划主要指标完成情况. */
  TABLE_1_1(
      "table-1-1",
      "表1-1 “十三五”规划主要指标完成情况",
      PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN,
      List.of(
          "大吴兴生产总值年均增幅7.7%",
          "2018年起暂停公布投资总量",
          "四大千亿级产业增加值数据未公布",
          "[ ]内数据为五年累计数据",
          "人均地区生产总值、常住人口城镇化率、全员劳动生产率2020年完成情况为预计值。",
          "新增劳动力平均受教育年限,2015年数据为我区自行抽样调查结果,2020年根据市教育局、市统计局口径计算," + "指标统计口径不同。")),
  /** The targets stated in the plan's prose, each with its section as the category. */
  PROSE_TARGETS(
      "prose-targets",
      "规划纲要文本中的目标",
      PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN,
      List.of("分类为目标所在章节;备注为规划原文。", "2035年远景目标的目标年份为2035。"));

  /** The region of the plan. */
  public static final String REGION = "湖州市吴兴区";

  private final String name;
  private final String title;

  @SuppressWarnings("ImmutableEnumChecker") // PlanPeriod is immutable
  private final PlanPeriod period;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> notes;

  WuxingDataset(String name, String title, PlanPeriod period, List<String> notes) {
    this.name = name;
    this.title = title;
    this.period = period;
    this.notes = notes;
  }

  /** The file name without extension, such as {@code table-1-2}. */
  public String fileName() {
    return name;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The plan period. */
  public PlanPeriod period() {
    return period;
  }

  /** The notes under the table. */
  public List<String> notes() {
    return notes;
  }

  /** The dataset as a plan, read from its embedded JSON document. */
  public Plan plan() {
    try (InputStream in = resource(name + ".json")) {
      return PlanJsonReader.open(in, ReadOptions.of(name + ".json")).readPlan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dataset read from its embedded CSV, with this dataset's title, period and notes. */
  public Plan planFromCsv() {
    try (InputStream in = resource(name + ".csv")) {
      Plan plan =
          PlanCsvReader.open(
                  in,
                  ReadOptions.builder()
                      .source(name + ".csv")
                      .title(title)
                      .region(REGION)
                      .period(period)
                      .build())
              .readPlan();
      return Plan.builder().from(plan).notes(notes).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The embedded file of the given name, such as {@code table-1-2.csv}. */
  public static InputStream resource(String file) {
    InputStream in = WuxingDataset.class.getResourceAsStream("wuxing/" + file);
    if (in == null) {
      throw new IllegalStateException("The embedded dataset file " + file + " is missing");
    }
    return in;
  }
}

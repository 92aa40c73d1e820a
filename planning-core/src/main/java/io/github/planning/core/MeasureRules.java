package io.github.planning.core;

import java.util.List;

/**
 * The rules that infer a {@link Measure} from an indicator's name and unit; see {@link
 * PlanRow#measureRule()}.
 */
final class MeasureRules {

  /** A measure and the rule that gave it, in English and in Chinese. */
  record Inferred(Measure measure, String rule, String ruleZh) {}

  private static final List<String> LEVEL_WORDS =
      List.of("率", "比重", "比例", "占比", "寿命", "年限", "拥有", "密度", "指数", "覆盖", "保有", "余额", "存量", "人口");
  private static final List<String> FLOW_WORDS =
      List.of(
          "投资", "到位", "外资", "授权", "产量", "总额", "零售", "出口", "进口", "增加值", "生产总值", "GDP", "收入", "支出",
          "消费", "发电量", "用电量", "排放量", "造林", "建设", "新建", "改造", "引进", "培训");

  private MeasureRules() {}

  static Inferred infer(Indicator indicator) {
    String name = indicator.name();
    if (name.contains("新增")) {
      return new Inferred(Measure.FLOW, "the name contains 新增", "名称含“新增”");
    }
    for (String word : LEVEL_WORDS) {
      if (name.contains(word)) {
        return new Inferred(Measure.LEVEL, "the name contains " + word, "名称含“" + word + "”");
      }
    }
    if (indicator.unit().isPercent()) {
      return new Inferred(Measure.LEVEL, "the unit is %", "单位为%");
    }
    for (String word : FLOW_WORDS) {
      if (name.contains(word)) {
        return new Inferred(Measure.FLOW, "the name contains " + word, "名称含“" + word + "”");
      }
    }
    String unit = indicator.unit().symbol();
    if (unit.equals("岁") || unit.equals("年")) {
      return new Inferred(Measure.LEVEL, "the unit is " + unit, "单位为" + unit);
    }
    return new Inferred(Measure.FLOW, "no rule for a level applies", "无水平类规则适用");
  }
}

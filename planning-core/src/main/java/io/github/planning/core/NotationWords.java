package io.github.planning.core;

/**
 * The words of the value notation and what each means, for {@link NotationScanner} and {@link
 * NotationFormatter}: prefixes and suffixes of relations and changes, the verbs and nouns of an
 * assigned target, the levels of government, the phrases of a level kept stable. Each table of
 * relations or levels lists the meaning of the words of its {@link Keywords}, in their order.
 *
 * <pre>{@code
 * int word = NotationWords.SUFFIX_RELATION_WORDS.indexAt("9%以上", 2, 4);  // 0, the word 以上
 * Relation relation = NotationWords.SUFFIX_RELATIONS[word];              // AT_LEAST
 * }</pre>
 */
final class NotationWords {

  private NotationWords() {}

  static final Keywords POINTS_WORDS = new Keywords("个百分点", "百分点");

  /**
   * Words before a figure, in the order they are tried: {@code 累计}, the words of a decrease, of an
   * increase, then of a relation (longest first where one begins another).
   */
  static final Keywords PREFIX_WORDS =
      new Keywords(
          "累计", "下降", "降低", "减少", "提高", "增加", "增长", "上升", "提升", "<=", ">=", "≤", "⩽", "≦", "≥", "⩾",
          "≧", "<", "＜", ">", "＞", "不低于", "不少于", "不小于", "至少", "不超过", "不超", "不高于", "不大于", "不多于",
          "低于", "少于", "小于", "高于", "超过", "突破", "超", "大于", "多于", "大约", "约", "=", "＝");

  static final int FIRST_DECREASE_WORD = 1;

  static final int FIRST_INCREASE_WORD = 4;

  static final int FIRST_RELATION_WORD = 9;

  /** The relations of the relation words of {@link #PREFIX_WORDS}. */
  static final Relation[] PREFIX_RELATIONS = {
    Relation.AT_MOST,
    Relation.AT_LEAST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_LEAST,
    Relation.AT_LEAST,
    Relation.AT_LEAST,
    Relation.BELOW,
    Relation.BELOW,
    Relation.ABOVE,
    Relation.ABOVE,
    Relation.AT_LEAST,
    Relation.AT_LEAST,
    Relation.AT_LEAST,
    Relation.AT_LEAST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.BELOW,
    Relation.BELOW,
    Relation.BELOW,
    Relation.ABOVE,
    Relation.ABOVE,
    Relation.ABOVE,
    Relation.ABOVE,
    Relation.ABOVE,
    Relation.ABOVE,
    Relation.ABOUT,
    Relation.ABOUT,
    Relation.EXACT,
    Relation.EXACT
  };

  static final Keywords SUFFIX_RELATION_WORDS = new Keywords("以上", "以下", "以内", "之内", "左右", "上下");

  static final Relation[] SUFFIX_RELATIONS = {
    Relation.AT_LEAST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.ABOUT,
    Relation.ABOUT
  };

  static final Keywords ASSIGNING_VERBS = new Keywords("确保完成", "完成", "达到", "实现", "落实", "确保");

  static final Keywords LEVEL_WORDS = new Keywords("国家", "上级", "省", "市");

  static final AdministrativeLevel[] LEVELS = {
    AdministrativeLevel.STATE,
    AdministrativeLevel.HIGHER,
    AdministrativeLevel.PROVINCE,
    AdministrativeLevel.CITY
  };

  static final Keywords ASSIGNED_NOUNS = new Keywords("指标", "目标", "任务", "计划");

  /** Bounds before an assigned target: {@code 不超过省下达指标} is a ceiling assigned from above. */
  static final Keywords ASSIGNED_BOUNDS = new Keywords("不超过", "不超", "不高于", "不大于", "不低于", "不少于");

  static final Relation[] ASSIGNED_BOUND_RELATIONS = {
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_MOST,
    Relation.AT_LEAST,
    Relation.AT_LEAST
  };

  /** The numerals of {@code 翻一番}, {@code 翻两番}, …: the number of doublings. */
  static final String DOUBLING_NUMERALS = "一两三四";

  /** Separators before the aspiration of a floor: {@code 6%以上，力争7%}. */
  static final Keywords ASPIRATION_WORDS = new Keywords("力争达到", "力争实现", "力争");

  static final Keywords RELATIVE_WORDS = new Keywords("不低于", "不高于", "高于", "超过", "低于", "达到");

  static final Relation[] RELATIVE_RELATIONS = {
    Relation.AT_LEAST,
    Relation.AT_MOST,
    Relation.ABOVE,
    Relation.ABOVE,
    Relation.BELOW,
    Relation.AT_LEAST
  };

  static final Keywords AVERAGE_LEVEL_WORDS = new Keywords("全国", "全省", "全市");

  static final AdministrativeLevel[] AVERAGE_LEVELS = {
    AdministrativeLevel.STATE, AdministrativeLevel.PROVINCE, AdministrativeLevel.CITY
  };

  static final Keywords AVERAGE_TAILS = new Keywords("水平", "值", "数");

  static final String[] KEEP_STABLE_PHRASES = {
    "稳定保持", "保持稳定", "保持基本稳定", "基本稳定", "总体稳定", "持续稳定", "保持不变", "稳定"
  };
}

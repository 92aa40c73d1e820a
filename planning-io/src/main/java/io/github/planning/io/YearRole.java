package io.github.planning.io;

/**
 * The role the words of a year heading give its column.
 *
 * <pre>{@code
 * YearRole.of("");        // BARE, as in 2020年
 * YearRole.of("基数");    // BASE, as in 2020年基数
 * YearRole.of("目标值");  // TARGET, as in 2025年目标值
 * YearRole.of("完成");    // ACTUAL, as in 2020年完成
 * YearRole.of("预计值");  // ESTIMATE, as in 2020年预计值
 * YearRole.of("增减");    // UNCLEAR
 * }</pre>
 */
enum YearRole {
  BARE,
  BASE,
  TARGET,
  ACTUAL,
  ESTIMATE,
  UNCLEAR;

  /**
   * The role of a year heading's words, without a number at their end: {@code 预计} → estimate,
   * {@code 完成}/{@code 实际} → actual, {@code 目标}/{@code 规划} → target, {@code 基数}/{@code 基期} → base,
   * none → bare.
   */
  static YearRole of(String words) {
    String w = words.replaceAll("[0-9]+$", "");
    if (w.isEmpty()) {
      return BARE;
    }
    if (w.contains("预计")) {
      return ESTIMATE;
    }
    if (w.contains("完成") || w.contains("实际") || w.contains("实绩") || w.contains("实现")) {
      return ACTUAL;
    }
    if (w.contains("目标")
        || w.contains("规划")
        || w.contains("预期")
        || w.equalsIgnoreCase(CsvHeader.YEARLY_TARGET_PREFIX)) {
      return TARGET;
    }
    if (w.contains("基数") || w.contains("基期") || w.contains("基础") || w.contains("现状")) {
      return BASE;
    }
    return UNCLEAR;
  }
}

package io.github.planning.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The mapping of a CSV header to columns. Canonical headings, and the published Chinese ones:
 * 分类/一级指标 → category, 序号 → seq, 指标名称/二级指标 → name, 单位 → unit, {@code YYYY年} → base
 * (base year YYYY), {@code YYYY年目标} and 规划目标 → target (target year YYYY),
 * 年均增长/年均增速/年均/累计增长/年均/累计增长 → target growth, {@code YYYY年完成} and 完成情况 → actual,
 * 完成年均增速 → actual growth, 实现度 → assessment, 指标属性/属性 → attribute, 备注 → note. White space
 * inside a heading is ignored ({@code 2025年 目标}).
 */
final class CsvHeader {

  final String[] headings;
  final int[] index = new int[CsvColumn.values().length];
  final List<Integer> unknown = new ArrayList<>();
  final Map<CsvColumn, Integer> yearFromHeading = new EnumMap<>(CsvColumn.class);
  /** The column of each heading, or null for one not mapped (unknown, empty or repeated). */
  final CsvColumn[] columnAt;

  private CsvHeader(String[] headings) {
    this.headings = headings;
    this.columnAt = new CsvColumn[headings.length];
    java.util.Arrays.fill(index, -1);
  }

  /** Maps the headings, reporting problems (unknown or repeated columns, no name) to the sink. */
  static CsvHeader of(String[] headings, Problems problems, long line, boolean keepUnknown) {
    CsvHeader header = new CsvHeader(headings);
    int unknownReported = 0;
    for (int i = 0; i < headings.length; i++) {
      String heading = headings[i].strip();
      if (i == 0 && heading.startsWith("\uFEFF")) {
        heading = heading.substring(1);
      }
      Mapping mapping = map(heading);
      if (mapping == null) {
        if (keepUnknown && !heading.isEmpty()) {
          header.unknown.add(i);
        } else if (heading.isEmpty()) {
          problems.add(line, i + 1, headings[i], "an empty heading; every column needs one");
        } else {
          problems.add(line, i + 1, headings[i], unknownReported++ == 0
              ? "unknown column; expected one of " + canonicalList()
                  + " or a published Chinese heading (or keep unknown columns)"
              : "unknown column");
        }
        continue;
      }
      if (header.index[mapping.column.ordinal()] >= 0) {
        problems.add(line, i + 1, headings[i], "the column " + mapping.column.heading()
            + " is already given by column " + (header.index[mapping.column.ordinal()] + 1));
        continue;
      }
      header.index[mapping.column.ordinal()] = i;
      header.columnAt[i] = mapping.column;
      if (mapping.year.isPresent() && mapping.yearColumn != null) {
        header.yearFromHeading.put(mapping.yearColumn, mapping.year.getAsInt());
      }
    }
    if (header.index[CsvColumn.NAME.ordinal()] < 0 && problems.isEmptySince(0)) {
      problems.add(line, 1, "", "the header has no name column (name, 指标名称 or 二级指标)");
    }
    return header;
  }

  int indexOf(CsvColumn column) {
    return index[column.ordinal()];
  }

  private static final class Mapping {
    final CsvColumn column;
    final OptionalInt year;
    final CsvColumn yearColumn;

    Mapping(CsvColumn column, OptionalInt year, CsvColumn yearColumn) {
      this.column = column;
      this.year = year;
      this.yearColumn = yearColumn;
    }
  }

  private static Mapping map(String heading) {
    CsvColumn canonical = CsvColumn.ofHeading(heading);
    if (canonical != null) {
      return new Mapping(canonical, OptionalInt.empty(), null);
    }
    String h = heading.replaceAll("\\s+", "");
    switch (h) {
      case "代码":
        return plain(CsvColumn.CODE);
      case "上级代码":
        return plain(CsvColumn.PARENT);
      case "分类":
      case "一级指标":
        return plain(CsvColumn.CATEGORY);
      case "序号":
        return plain(CsvColumn.SEQ);
      case "指标名称":
      case "二级指标":
        return plain(CsvColumn.NAME);
      case "单位":
        return plain(CsvColumn.UNIT);
      case "方向":
        return plain(CsvColumn.DIRECTION);
      case "极限值":
        return plain(CsvColumn.LIMIT);
      case "基期年份":
        return plain(CsvColumn.BASE_YEAR);
      case "基期值":
        return plain(CsvColumn.BASE);
      case "目标年份":
        return plain(CsvColumn.TARGET_YEAR);
      case "目标值":
      case "规划目标":
        return plain(CsvColumn.TARGET);
      case "年均增长":
      case "年均增速":
      case "年均":
      case "累计增长":
      case "年均/累计增长":
        return plain(CsvColumn.TARGET_GROWTH);
      case "完成年份":
        return plain(CsvColumn.ACTUAL_YEAR);
      case "完成情况":
      case "完成值":
        return plain(CsvColumn.ACTUAL);
      case "完成年均增速":
      case "实际年均增长":
        return plain(CsvColumn.ACTUAL_GROWTH);
      case "实现度":
        return plain(CsvColumn.ASSESSMENT);
      case "指标属性":
      case "属性":
        return plain(CsvColumn.ATTRIBUTE);
      case "特色指标":
        return plain(CsvColumn.FEATURED);
      case "备注":
        return plain(CsvColumn.NOTE);
      default:
        return yearHeading(h);
    }
  }

  /** {@code 2020年} → base, {@code 2025年目标} → target, {@code 2020年完成} → actual. */
  private static Mapping yearHeading(String h) {
    if (h.length() < 5 || h.charAt(4) != '年') {
      return null;
    }
    for (int i = 0; i < 4; i++) {
      if (h.charAt(i) < '0' || h.charAt(i) > '9') {
        return null;
      }
    }
    OptionalInt year = OptionalInt.of(Integer.parseInt(h.substring(0, 4)));
    switch (h.substring(5)) {
      case "":
        return new Mapping(CsvColumn.BASE, year, CsvColumn.BASE_YEAR);
      case "目标":
        return new Mapping(CsvColumn.TARGET, year, CsvColumn.TARGET_YEAR);
      case "完成":
      case "完成情况":
        return new Mapping(CsvColumn.ACTUAL, year, CsvColumn.ACTUAL_YEAR);
      default:
        return null;
    }
  }

  private static Mapping plain(CsvColumn column) {
    return new Mapping(column, OptionalInt.empty(), null);
  }

  private static String canonicalList() {
    StringBuilder out = new StringBuilder();
    for (CsvColumn column : CsvColumn.values()) {
      out.append(out.length() == 0 ? "" : ",").append(column.heading());
    }
    return out.toString();
  }
}

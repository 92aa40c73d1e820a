package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The rows of a table that hold no values, and their roles in the layout. */
class LayoutRowsTest {

  @Test
  void titleUnitRepeatedHeaderAndNotes_holdNoValues() {
    String csv =
        """
        表1 主要指标
        单位：亿元
        指标名称,2020年,2025年
        地区生产总值,101.6,130

        指标名称,2020年,2025年
        注：1. 地区生产总值按现价计算
        ,2. 增速按可比价计算
        """;
    PlanCsvReader reader =
        PlanCsvReader.open(
            new StringReader(csv), ReadOptions.of("t.csv").withMode(ReadMode.LENIENT));
    PlanReadResult result = reader.readAll();
    assertThat(result.records()).hasSize(1);
    CsvLayout layout = reader.layout();
    assertThat(layout.rows())
        .extracting(CsvLayout.Row::toString)
        .containsExactly(
            "line 1: title '表1 主要指标'",
            "line 2: unit line, the default unit 亿元 '单位：亿元'",
            "line 3: header",
            "line 6: a repeated header, skipped",
            "line 7: note '注：1. 地区生产总值按现价计算'",
            "line 8: note '2. 增速按可比价计算'");
    assertThat(layout.title()).hasValue("表1 主要指标");
    assertThat(layout.unit()).hasValue("亿元");
    assertThat(layout.notes()).containsExactly("注：1. 地区生产总值按现价计算", "2. 增速按可比价计算");
  }

  @Test
  void aSingleCellInTheNameColumnAfterANote_isARowAgain() {
    String csv =
        """
        指标名称,2020年,2025年
        注：增速按可比价计算
        人均地区生产总值,,
        """;
    PlanCsvReader reader =
        PlanCsvReader.open(
            new StringReader(csv), ReadOptions.of("t.csv").withMode(ReadMode.LENIENT));
    assertThat(reader.readAll().records()).hasSize(1);
    assertThat(reader.layout().notes()).containsExactly("注：增速按可比价计算");
  }
}

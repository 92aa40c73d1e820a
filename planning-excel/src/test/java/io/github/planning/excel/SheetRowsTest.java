package io.github.planning.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.ReadOptions;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Merged cells as offices publish them: over two header rows, over columns, over a title. */
class SheetRowsTest {

  @TempDir Path dir;

  private static Plan csvPlan(String resource) throws Exception {
    try (InputStream in = TestWorkbooks.table(resource);
        PlanCsvReader reader = PlanCsvReader.open(in, ReadOptions.of(resource))) {
      return reader.readPlan();
    }
  }

  /**
   * Table 1-1 of the seed as published: the title merged across the table; 分类, 序号, 单位, 2015年 and
   * 实现度 each merged over the two header rows; 指标名称 over two rows and two columns (its sub-item
   * column); 规划目标 and 完成情况 each over 2020年 | 年均 增速; the categories merged over their rows.
   */
  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void aPublishedTwoRowHeader_withItsHeadingsMerged_readsAsItsCsv(String extension)
      throws Exception {
    List<List<String>> rows = TestWorkbooks.csv("wuxing-13th-completion.csv");
    TestWorkbooks book =
        new TestWorkbooks(extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook());
    Sheet sheet = book.sheet("表1-1", rows, 0);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
    for (int column : new int[] {1, 4, 5, 10}) {
      sheet.addMergedRegion(new CellRangeAddress(1, 2, column, column));
    }
    sheet.addMergedRegion(new CellRangeAddress(1, 2, 2, 3));
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 6, 7));
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 8, 9));
    assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(1, 2, 0, 0));
    Path path = book.save(dir.resolve("规划." + extension));

    SheetRows read = Workbooks.sheetRows(path, SheetChoice.first());
    assertThat(read.get(2, 0)).as("分类 is one heading over both rows").isEmpty();
    assertThat(read.get(0, 5)).as("the title stays one line").isEmpty();
    assertThat(read.get(4, 0)).as("a category merged over its rows").isEqualTo("经济发展");
    Plan plan = Compared.readPlan(path, ReadOptions.of("x"), SheetChoice.first());
    assertThat(plan.rows()).isEqualTo(csvPlan("wuxing-13th-completion.csv").rows());
    PlanRow gdp = plan.row("1").orElseThrow();
    assertThat(gdp.targetGrowth().orElseThrow().text()).isEqualTo("9.5%左右");
    assertThat(gdp.actualGrowth().orElseThrow().text()).isEqualTo("7.9");
  }

  /** {@code 指标} merged over both header rows beside {@code 2025年} over {@code 目标值 | 年均增长}. */
  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void aYearMergedOverItsTargetAndGrowth_givesBothTheYear(String extension) throws Exception {
    List<List<String>> rows =
        List.of(
            List.of("指标", "单位", "2020年", "2025年", ""),
            List.of("", "", "", "目标值", "年均增长"),
            List.of("地区生产总值", "亿元", "752.8", "1000", "6"),
            List.of("全员劳动生产率", "万元/人", "16.2", "22", "6.3"));
    TestWorkbooks book =
        new TestWorkbooks(extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook());
    Sheet sheet = book.sheet("主要指标", rows, -1);
    for (int column = 0; column < 3; column++) {
      sheet.addMergedRegion(new CellRangeAddress(0, 1, column, column));
    }
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
    Path path = book.save(dir.resolve("规划." + extension));

    Plan plan = Compared.readPlan(path, ReadOptions.of("x"), SheetChoice.first());
    assertThat(plan.rows()).hasSize(2);
    PlanRow gdp = plan.rows().get(0);
    assertThat(gdp.indicator().name()).isEqualTo("地区生产总值");
    assertThat(gdp.baseYear()).hasValue(2020);
    assertThat(gdp.base().orElseThrow().text()).isEqualTo("752.8");
    assertThat(gdp.targetYear()).hasValue(2025);
    assertThat(gdp.target().orElseThrow().text()).isEqualTo("1000");
    assertThat(gdp.targetGrowth().orElseThrow().text()).isEqualTo("6");
  }

  @Test
  void aGroupRowMergedAcrossTheTable_staysInItsFirstCell() {
    SheetRows rows =
        new ListSheet("b.xlsx", "s")
            .put(0, 0, "指标名称")
            .put(0, 1, "2020年")
            .put(1, 0, "一、经济发展")
            .put(2, 0, "地区生产总值")
            .put(2, 1, "752.8")
            .merge("A2:B2")
            .read();
    assertThat(rows.get(1, 1)).isEmpty();
  }
}

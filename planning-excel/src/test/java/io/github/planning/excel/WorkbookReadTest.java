package io.github.planning.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.analysis.Finding;
import io.github.planning.analysis.PlanChecks;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem and finding of a workbook named by its sheet and cell. */
class WorkbookReadTest {

  @TempDir Path dir;

  private Path book(List<List<String>> rows) {
    TestWorkbooks book = new TestWorkbooks(new XSSFWorkbook());
    book.sheet("主要指标", rows, -1);
    return book.save(dir.resolve("规划.xlsx"));
  }

  @Test
  void aFindingOfARow_isPlacedAtTheRowsNameCell() {
    Path path =
        book(
            List.of(
                List.of("表1 主要指标"),
                List.of("序号", "指标名称", "单位", "2020年", "2025年", "年均增长"),
                List.of("1", "地区生产总值", "亿元", "752.8", "1000", "9"),
                List.of("2", "全员劳动生产率", "万元/人", "16.2", "22", "6.3")));
    WorkbookRead read = Compared.read(path, ReadOptions.of("规划"), SheetChoice.first());
    List<Finding> findings = PlanChecks.check(read.result().plan().orElseThrow());
    Finding mismatch =
        findings.stream()
            .filter(f -> f.code().equals("growth-mismatch") && f.rowCode().isPresent())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no growth-mismatch in " + findings));
    assertThat(mismatch.rowCode()).contains("1");
    assertThat(read.place(mismatch)).isEqualTo("规划.xlsx!主要指标!B3:3:2");
    assertThat(read.place(Finding.of(mismatch.severity(), "any", "无此行", "表", "table")))
        .isEqualTo("规划.xlsx!主要指标!A1:1:1");
  }

  @Test
  void aProblemOfTheWholeTable_isPlacedAtItsFirstCell_andABadCellAtItsCell() {
    Path path =
        book(
            List.of(
                List.of(),
                List.of("", "表1 主要指标"),
                List.of("", "指标名称", "单位", "目标值"),
                List.of("", "地区生产总值", "亿元", "1000%%")));
    WorkbookRead read =
        Compared.read(
            path,
            ReadOptions.builder().source("规划").mode(ReadMode.LENIENT).build(),
            SheetChoice.first());
    assertThat(read.problems()).isNotEmpty();
    assertThat(read.problems())
        .allSatisfy(
            problem -> {
              assertThat(problem.source()).matches("规划\\.xlsx!主要指标![A-Z]+[0-9]+");
              assertThat(problem.line()).isPositive();
              assertThat(problem.column()).isPositive();
            });
    assertThat(read.problems())
        .filteredOn(p -> p.reason().contains("period"))
        .extracting(Problem::source, Problem::line, Problem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("规划.xlsx!主要指标!B2", 2L, 2L));
    assertThat(read.problems()).extracting(Problem::source).contains("规划.xlsx!主要指标!D4");
  }
}

package io.github.planning.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Plan;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Several tables on one sheet: each read by a cell of it, or refused where the second starts. */
class SheetTablesTest {

  private static final String TITLE_1 = "表1-1 “十三五”规划主要指标完成情况";
  private static final String TITLE_2 = "表1-2 “十四五”时期经济和社会发展主要指标";

  @TempDir Path dir;

  private static Plan csvPlan(String resource) throws Exception {
    try (InputStream in = TestWorkbooks.table(resource);
        PlanCsvReader reader = PlanCsvReader.open(in, ReadOptions.of(resource))) {
      return reader.readPlan();
    }
  }

  /** Tables 1-1 and 1-2 of the seed as published, each with its title and note, a blank between. */
  private static List<List<String>> twoTables(List<List<String>> second) {
    List<List<String>> rows = new ArrayList<>(TestWorkbooks.csv("wuxing-13th-completion.csv"));
    rows.add(List.of());
    rows.addAll(second);
    return rows;
  }

  private Path book(String extension, List<List<String>> rows) {
    TestWorkbooks book =
        new TestWorkbooks(extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook());
    book.sheet("主要指标", rows, -1);
    return book.save(dir.resolve("规划." + extension));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void twoTablesOnASheet_eachIsReadByItsFirstCell(String extension) throws Exception {
    List<List<String>> second = new ArrayList<>();
    TestWorkbooks.csv("wuxing-14th-main.csv").forEach(r -> second.add(new ArrayList<>(r)));
    List<List<String>> rows = twoTables(second);
    int secondAt = rows.indexOf(second.get(0)) + 1;
    Path path = book(extension, rows);

    WorkbookRead first = Compared.read(path, ReadOptions.of("规划"), SheetChoice.parse("主要指标!A1"));
    assertThat(first.tables())
        .containsExactly(new SheetTable(TITLE_1, "A1"), new SheetTable(TITLE_2, "A" + secondAt));
    assertThat(first.result().plan().orElseThrow().rows())
        .isEqualTo(csvPlan("wuxing-13th-completion.csv").rows());
    assertThat(first.result().plan().orElseThrow().title()).isEqualTo(TITLE_1);
    assertThat(first.result().plan().orElseThrow().notes())
        .isEqualTo(csvPlan("wuxing-13th-completion.csv").notes());

    Plan plan = Compared.readPlan(path, ReadOptions.of("规划"), SheetChoice.parse("1!A" + secondAt));
    assertThat(plan.rows()).isEqualTo(csvPlan("wuxing-14th-main.csv").rows());
    assertThat(plan.title()).isEqualTo(TITLE_2);
    // any cell of the table chooses it, its header's too
    assertThat(
            Compared.readPlan(
                    path,
                    ReadOptions.of("规划"),
                    SheetChoice.named("主要指标").table("C" + (secondAt + 1)))
                .rows())
        .isEqualTo(plan.rows());
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void twoTablesOnASheet_readWithoutAChoice_areRefusedWhereTheSecondStarts(String extension) {
    List<List<String>> rows = twoTables(TestWorkbooks.csv("wuxing-14th-main.csv"));
    int secondAt = rows.indexOf(List.of(TITLE_2)) + 1;
    Path path = book(extension, rows);

    assertThatThrownBy(() -> Compared.read(path, ReadOptions.of("规划"), SheetChoice.first()))
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              Problem problem = e.problems().get(0);
              assertThat(problem.source()).isEqualTo("规划." + extension + "!主要指标!A" + secondAt);
              assertThat(problem.line()).isEqualTo(secondAt);
              assertThat(problem.column()).isEqualTo(1);
              assertThat(problem.text()).isEqualTo(TITLE_2);
              assertThat(problem.reason())
                  .contains(
                      "2 tables", "'" + TITLE_1 + "' at A1", "'" + TITLE_2 + "' at A" + secondAt)
                  .contains("主要指标!A" + secondAt);
            });
    assertThatThrownBy(
            () -> Compared.read(path, ReadOptions.of("规划"), SheetChoice.parse("主要指标!A999")))
        .hasMessageContaining("no table of the sheet holds row 999");
  }

  @Test
  void aBadCellOfTheSecondTable_isPlacedAtItsSheetCell() throws Exception {
    List<List<String>> second = new ArrayList<>();
    TestWorkbooks.csv("wuxing-14th-main.csv").forEach(r -> second.add(new ArrayList<>(r)));
    second.get(3).set(7, "6%%");
    List<List<String>> rows = twoTables(second);
    int secondAt = rows.indexOf(second.get(0)) + 1;
    Path path = book("xlsx", rows);

    WorkbookRead read =
        Compared.read(
            path,
            ReadOptions.builder().source("规划").mode(ReadMode.LENIENT).build(),
            SheetChoice.parse("主要指标!A" + secondAt));
    // the title is row secondAt, the header the next, data row 2 two further
    assertThat(read.problems())
        .extracting(Problem::source)
        .contains("规划.xlsx!主要指标!H" + (secondAt + 3));
  }

  @Test
  void aSecondHeaderAfterABlankRow_startsATableWithoutATitle() throws Exception {
    List<List<String>> rows = new ArrayList<>(TestWorkbooks.csv("table-1-1.csv"));
    rows.add(List.of());
    int secondAt = rows.size() + 1;
    rows.addAll(TestWorkbooks.csv("table-1-2.csv"));
    Path path = book("xlsx", rows);
    WorkbookRead read =
        Compared.read(path, ReadOptions.of("规划"), SheetChoice.parse("主要指标!A" + secondAt));
    assertThat(read.tables())
        .containsExactly(new SheetTable("", "A1"), new SheetTable("", "A" + secondAt));
    assertThat(read.result().plan().orElseThrow().rows())
        .isEqualTo(csvPlan("table-1-2.csv").rows());
  }

  @Test
  void aSheetOfOneTable_listsIt_andIsReadWithoutAChoice() throws Exception {
    List<List<String>> rows = TestWorkbooks.csv("wuxing-13th-completion.csv");
    WorkbookRead read =
        Compared.read(book("xlsx", rows), ReadOptions.of("规划"), SheetChoice.first());
    assertThat(read.tables()).containsExactly(new SheetTable(TITLE_1, "A1"));
  }
}

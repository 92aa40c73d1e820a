package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.io.internal.Problems;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The rows of a CSV input as texts. */
class CsvRowsTest {

  private static CsvRows rows(String csv, Problems problems, boolean lenient) {
    CsvRows rows = new CsvRows(new StringReader(csv), problems, lenient);
    rows.start();
    return rows;
  }

  @Test
  void theCellsPastThoseAskedFor_areCounted_theFirstNonEmptyKept() {
    CsvRows rows = rows("a,b\n\"x\ny\",2,,4,5\n", new Problems("r.csv", 10), false);
    assertThat(rows.next(2)).isTrue();
    assertThat(rows.cells()).containsExactly("a", "b");
    assertThat(rows.line()).isEqualTo(1);
    assertThat(rows.next(2)).isTrue();
    assertThat(rows.cells()).containsExactly("x\ny", "2");
    assertThat(rows.line()).isEqualTo(2);
    assertThat(rows.lastLine()).isEqualTo(3);
    assertThat(rows.count()).isEqualTo(5);
    assertThat(rows.surplus()).isEqualTo("4");
    assertThat(rows.surplusAt()).isEqualTo(4);
    assertThat(rows.next(2)).isFalse();
    assertThat(rows.line()).isEqualTo(-1);
    assertThat(rows.failedLine()).isEqualTo(4);
  }

  @Test
  void aRowPushedBack_isReadAgain_withTheCellsAskedForThen() {
    CsvRows rows = rows("a,b,c\nd\n", new Problems("r.csv", 10), false);
    assertThat(rows.next(10)).isTrue();
    rows.pushBack();
    assertThat(rows.next(1)).isTrue();
    assertThat(rows.cells()).containsExactly("a");
    assertThat(rows.count()).isEqualTo(3);
    assertThat(rows.surplus()).isEqualTo("b");
    assertThat(rows.surplusAt()).isEqualTo(2);
    assertThat(rows.next(1)).isTrue();
    assertThat(rows.cells()).containsExactly("d");
  }

  @Test
  void aMalformedCell_isAProblemInALenientReading_andTheEndOfAStrictOne() {
    String csv = "\"GDP\"x,1\nb,2\n";
    Problems problems = new Problems("r.csv", 10);
    CsvRows lenient = rows(csv, problems, true);
    assertThat(lenient.next(10)).isTrue();
    assertThat(problems.all()).singleElement().asString().contains("the cell is read as empty");
    assertThat(lenient.next(10)).isTrue();
    assertThat(lenient.cells()).containsExactly("b", "2");

    CsvRows strict = rows(csv, new Problems("r.csv", 10), false);
    assertThatThrownBy(() -> strict.next(10)).isInstanceOf(JacksonException.class);
  }
}

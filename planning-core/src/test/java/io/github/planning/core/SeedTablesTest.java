package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapped seed tables hold every cell of the seed's table lines, and nothing else. */
class SeedTablesTest {

  @ParameterizedTest
  @CsvSource({"1-1, 9, 12, 48", "1-2, 79, 81, 121"})
  void everyCellOfEveryDataLineIsMappedExactlyOnce(
      String table, int firstLine, int firstDataLine, int lastDataLine) {
    List<String> raw = SeedTables.rawLines(table);
    List<Map<String, String>> rows = SeedTables.rows(table);
    TreeSet<Integer> mappedLines = new TreeSet<>();
    rows.forEach(row -> mappedLines.add(Integer.parseInt(row.get("seed_line"))));
    assertThat(mappedLines.first()).isEqualTo(firstDataLine);
    assertThat(mappedLines.last()).isEqualTo(lastDataLine);
    assertThat(mappedLines).hasSize(lastDataLine - firstDataLine + 1);

    for (int line : mappedLines) {
      Multiset<String> published = HashMultiset.create();
      for (String cell : raw.get(line - firstLine).split("\\|")) {
        if (!cell.strip().isEmpty()) {
          published.add(cell.strip());
        }
      }
      Multiset<String> mapped = HashMultiset.create();
      for (Map<String, String> row : rows) {
        if (Integer.parseInt(row.get("seed_line")) == line) {
          row.forEach(
              (column, text) -> {
                if (!text.isEmpty() && !List.of("seed_line", "code", "parent").contains(column)) {
                  mapped.add(text);
                }
              });
        }
      }
      assertThat(mapped).as("cells of seed line %s", line).isEqualTo(published);
    }
  }
}

package io.github.planning.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two indicator tables of the seed document as test data: the raw lines copied from the
 * document ({@code seed/table-1-1.txt} from line 9, {@code seed/table-1-2.txt} from line 79) and,
 * for each of their data lines, the cells mapped to columns ({@code seed/table-1-x.tsv}).
 */
public final class SeedTables {

  public static final int TABLE_1_1_FIRST_LINE = 9;
  public static final int TABLE_1_2_FIRST_LINE = 79;

  /** Columns of the mapped tables that hold published values. */
  public static final List<String> VALUE_COLUMNS =
      List.of("base", "target", "target_growth", "actual", "actual_growth");

  private SeedTables() {}

  public static List<String> rawLines(String table) {
    return ImmutableList.copyOf(read("seed/table-" + table + ".txt").split("\n", -1));
  }

  /** The rows of {@code seed/table-<table>.tsv}, each a map from column to cell text. */
  public static List<Map<String, String>> rows(String table) {
    String[] lines = read("seed/table-" + table + ".tsv").split("\n");
    String[] header = lines[0].split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], c < cells.length ? cells[c] : "");
      }
      rows.add(ImmutableMap.copyOf(row));
    }
    return rows;
  }

  /** Every row of both tables. */
  public static List<Map<String, String>> allRows() {
    return ImmutableList.<Map<String, String>>builder()
        .addAll(rows("1-1"))
        .addAll(rows("1-2"))
        .build();
  }

  private static String read(String resource) {
    try {
      return Resources.toString(Resources.getResource(resource), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

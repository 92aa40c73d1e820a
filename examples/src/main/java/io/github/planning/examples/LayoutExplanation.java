package io.github.planning.examples;

import io.github.planning.io.CsvLayout;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how a CSV table was understood, for {@code planning check --explain}: each column's
 * heading and field, then each row the layout gave a role (title, unit line, header, group,
 * sub-row, note).
 *
 * <pre>
 * plan.csv: columns
 *   column 3 '指  标' → name (the published heading '指标')
 * plan.csv: rows
 *   line 1: title '表1 主要指标'
 *   line 7: group → 二 '社会民生'
 * </pre>
 */
final class LayoutExplanation {

  private LayoutExplanation() {}

  /** Reads the CSV file leniently and prints its layout. */
  static void print(Path file, ReadOptions options, PrintWriter out) throws IOException {
    String name = options.source();
    try (InputStream in = Files.newInputStream(file);
        PlanCsvReader reader = PlanCsvReader.open(in, options.withMode(ReadMode.LENIENT))) {
      reader.forEachRemaining(record -> {});
      CsvLayout layout = reader.layout();
      out.println(
          name
              + ": "
              + (layout.published() ? "a table as published" : "a data table")
              + layout.title().map(t -> ", title '" + t + "'").orElse("")
              + layout.unit().map(u -> ", default unit " + u).orElse(""));
      out.println(name + ": columns");
      layout.columns().forEach(column -> out.println("  " + column));
      out.println(name + ": rows");
      layout.rows().forEach(row -> out.println("  " + row));
      if (layout.rowsLeftOut() > 0) {
        out.println("  … and " + layout.rowsLeftOut() + " more");
      }
    }
  }
}

package io.github.planning.datasets;

import io.github.planning.io.PlanJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the JSON document of each embedded dataset from its CSV:
 *
 * <pre>
 * mvn -q package -DskipTests
 * java -cp planning-datasets/target/test-classes:examples/target/planning.jar \
 *     io.github.planning.datasets.DatasetGenerator \
 *     planning-datasets/src/main/resources/io/github/planning/datasets/wuxing
 * </pre>
 *
 * {@link WuxingDatasetTest} checks that the committed JSON documents are what this writes.
 */
public final class DatasetGenerator {

  private DatasetGenerator() {}

  /** Writes the JSON document of {@code dataset}, read from its CSV. */
  static void write(WuxingDataset dataset, OutputStream out) {
    PlanJsonWriter.write(dataset.planFromCsv(), out);
  }

  /** Writes {@code <name>.json} for every dataset into the directory given as the argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DatasetGenerator DIRECTORY");
      System.exit(2);
    }
    Path directory = Path.of(args[0]);
    for (WuxingDataset dataset : WuxingDataset.values()) {
      try (OutputStream out =
          Files.newOutputStream(directory.resolve(dataset.fileName() + ".json"))) {
        write(dataset, out);
      }
    }
  }
}

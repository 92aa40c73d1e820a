package io.github.planning.examples;

import io.github.planning.datasets.WuxingDataset;
import io.github.planning.io.PlanJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the JSON document of each embedded dataset from its CSV:
 *
 * <pre>
 * java -cp examples/target/planning.jar io.github.planning.examples.DatasetGenerator \
 *     planning-datasets/src/main/resources/io/github/planning/datasets/wuxing
 * </pre>
 *
 * A test checks that the committed JSON documents are what this writes.
 */
public final class DatasetGenerator {

  private DatasetGenerator() {}

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
        PlanJsonWriter.write(dataset.planFromCsv(), out);
      }
    }
  }
}

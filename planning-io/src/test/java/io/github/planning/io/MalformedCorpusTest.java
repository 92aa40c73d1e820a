package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.PlanPeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each malformed file gives one problem at the expected line and column, with its reason. */
class MalformedCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/malformed");

  static Stream<Arguments> corpus() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve("expected.tsv"), UTF_8);
    return lines.stream()
        .skip(1)
        .map(line -> line.split("\t", -1))
        .map(
            cells ->
                Arguments.of(
                    cells[0], Long.parseLong(cells[1]), Long.parseLong(cells[2]), cells[3]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void strictRead_reportsTheProblemAtItsPlace(String file, long line, long column, String reason) {
    ReadOptions options =
        ReadOptions.builder().source(file).period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
    assertThatThrownBy(() -> PlanFiles.readPlan(CORPUS.resolve(file), options))
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              Problem problem = e.problems().get(0);
              assertThat(problem.source()).isEqualTo(file);
              assertThat(problem.line()).isEqualTo(line);
              assertThat(problem.column()).isEqualTo(column);
              assertThat(problem.reason()).contains(reason);
              assertThat(e.getMessage()).contains(file + ":" + line + ":" + column + ": ");
            });
  }

  @org.junit.jupiter.api.Test
  void corpus_coversEveryFileAndAtLeast25() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("expected.tsv"))
              .sorted()
              .toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(25);
      assertThat(corpus().map(a -> (String) a.get()[0]).sorted().toList()).isEqualTo(names);
    }
  }
}

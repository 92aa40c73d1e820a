package io.github.planning.assertj;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example of testing statistics code is {@link ReadmeExampleTest}, which runs. */
class ReadmeTest {

  @Test
  void readmeQuotesTheExampleTestVerbatim() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), UTF_8);
    String example =
        Files.readString(
            Path.of("src/test/java/io/github/planning/assertj/ReadmeExampleTest.java"), UTF_8);
    int start = readme.indexOf("<!-- testing-example:start -->");
    int end = readme.indexOf("<!-- testing-example:end -->");
    assertThat(start).isPositive();
    String block = readme.substring(start, end);
    String code = block.substring(block.indexOf("```java\n") + 8, block.lastIndexOf("```"));
    assertThat(code).isEqualTo(example);
  }
}

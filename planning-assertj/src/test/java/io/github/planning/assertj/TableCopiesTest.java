package io.github.planning.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The published tables are kept once, here; planning-io's and planning-core's tests read copies of
 * them next to their own tests (they cannot depend on this module), which must stay byte-identical.
 */
class TableCopiesTest {

  @Test
  void planningIoHasTheSameBytesOfEveryPublishedTableAndItsSource() throws IOException {
    for (String name : PlanningFixtures.publishedTables()) {
      for (String suffix : new String[] {".csv", ".source.txt"}) {
        assertThat(bytes("/io/github/planning/io/tables/" + name + suffix))
            .as("planning-io's copy of %s%s", name, suffix)
            .isEqualTo(bytes("/io/github/planning/assertj/tables/" + name + suffix));
      }
    }
  }

  @Test
  void planningCoreHasTheSameBytesOfTheNationalTable() throws IOException {
    for (String suffix : new String[] {".csv", ".source.txt"}) {
      assertThat(bytes("/national/national-14th-main" + suffix))
          .as("planning-core's copy of national-14th-main%s", suffix)
          .isEqualTo(bytes("/io/github/planning/assertj/tables/national-14th-main" + suffix));
    }
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = TableCopiesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }
}

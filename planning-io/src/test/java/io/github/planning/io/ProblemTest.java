package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.planning.io.internal.Encodings;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Problems, the exception that lists them, and decoding errors with their byte offset. */
class ProblemTest {

  @Test
  void equality_andText() {
    new EqualsTester()
        .addEqualityGroup(
            new Problem("a.csv", 2, 3, "x", "bad"), new Problem("a.csv", 2, 3, "x", "bad"))
        .addEqualityGroup(new Problem("b.csv", 2, 3, "x", "bad"))
        .addEqualityGroup(new Problem("a.csv", 4, 3, "x", "bad"))
        .addEqualityGroup(new Problem("a.csv", 2, 5, "x", "bad"))
        .addEqualityGroup(new Problem("a.csv", 2, 3, "y", "bad"))
        .addEqualityGroup(new Problem("a.csv", 2, 3, "x", "worse"))
        .testEquals();
    String long64 = "字".repeat(64);
    assertThat(new Problem("a.csv", 1, 1, long64, "r").toString())
        .isEqualTo("a.csv:1:1: '" + long64 + "': r");
    assertThat(new Problem("a.csv", 1, 1, long64 + "字", "r").toString())
        .isEqualTo("a.csv:1:1: '" + long64 + "…': r");
    assertThat(new Problem("a.csv", 1, 1, "a\u0000b", "r").toString())
        .isEqualTo("a.csv:1:1: 'a\\u0000b': r");
    assertThat(new Problem("a.csv", 0, 0, "", "r").toString()).isEqualTo("a.csv:0:0: r");
  }

  @Test
  void controlCharacters_areEscapedInEveryPartOfAMessage_andLongTextsCut() {
    String hostile = "x\u001b]0;pwned\u0007\u001b[2J\u0085";
    Problem problem = new Problem("a\u001b.csv", 2, 3, hostile, "unknown field '" + hostile + "'");

    assertThat(problem.toString())
        .doesNotContainPattern("\\p{Cc}")
        .isEqualTo(
            "a\\u001B.csv:2:3: 'x\\u001B]0;pwned\\u0007\\u001B[2J\\u0085': unknown field "
                + "'x\\u001B]0;pwned\\u0007\\u001B[2J\\u0085'");
    PlanningReadException e =
        new PlanningReadException("a\u0000.csv", java.util.List.of(problem), false);
    assertThat(e.getMessage()).doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
    assertThat(new Problem("a.csv", 1, 1, "", "r " + "9".repeat(1_000_000)).toString())
        .hasSizeLessThan(500)
        .endsWith("…");
    assertThat(Problem.excerpt("abcdef", 3)).isEqualTo("abc…");
    assertThat(Problem.excerpt("ab\uD83D\uDE00", 3)).isEqualTo("ab…");
    assertThat(Problem.excerpt("abc", 3)).isEqualTo("abc");
  }

  @Test
  void pastTheCap_everyRecordKeepsItsProblems_andTheListSaysHowManyMoreWereFound() {
    StringBuilder csv = new StringBuilder("name,base\n");
    for (int i = 0; i < 150; i++) {
      csv.append("n").append(i).append(",9.5%%\n");
    }
    ReadOptions lenient =
        ReadOptions.builder()
            .source("c.csv")
            .mode(ReadMode.LENIENT)
            .period(io.github.planning.core.PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
            .build();
    try (PlanCsvReader reader = PlanCsvReader.open(new StringReader(csv.toString()), lenient)) {
      PlanReadResult result = reader.readAll();

      assertThat(result.records())
          .hasSize(150)
          .allSatisfy(
              record ->
                  assertThat(record.problems())
                      .singleElement()
                      .satisfies(p -> assertThat(p.reason()).contains("not a valid value")));
      assertThat(result.records().get(149).problems().get(0).line()).isEqualTo(151);
      assertThat(result.problems()).hasSize(101);
      assertThat(result.problems().get(100).reason())
          .isEqualTo("the list of problems stops at 100; 50 more were found");
    }
  }

  @Test
  void theCap_truncatesTheListAndSaysSo() {
    StringBuilder csv = new StringBuilder("name,base\n");
    for (int i = 0; i < 5; i++) {
      csv.append("n").append(i).append(",9.5%%\n");
    }
    ReadOptions capped = ReadOptions.builder().source("c.csv").maxProblems(3).build();
    assertThatThrownBy(
            () -> PlanCsvReader.open(new StringReader(csv.toString()), capped).readPlan())
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e -> {
              assertThat(e.problems()).hasSize(3);
              assertThat(e.isTruncated()).isTrue();
              assertThat(e.getMessage()).startsWith("3 problems (stopped at the cap) in c.csv:");
            });
    assertThatThrownBy(
            () ->
                PlanCsvReader.open(
                        new StringReader("name,base\nn,9.5%%\n"), ReadOptions.of("d.csv"))
                    .readPlan())
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e -> {
              assertThat(e.isTruncated()).isFalse();
              assertThat(e.getMessage()).startsWith("1 problem in d.csv:");
            });
    assertThatThrownBy(() -> ReadOptions.builder().source("x").maxProblems(0).build())
        .hasMessage("maxProblems (0) must be >= 1");
  }

  @Test
  void aBadByteBeyondTheFirstMegabyte_isReportedWithItsExactOffset() {
    StringBuilder text = new StringBuilder("name,note\n");
    while (text.length() < (1 << 20) + 1000) {
      text.append("GDP,").append("a".repeat(95)).append('\n');
    }
    byte[] valid = text.append("GDP,").toString().getBytes(UTF_8);
    byte[] bytes = Arrays.copyOf(valid, valid.length + 2);
    bytes[bytes.length - 2] = (byte) 0xFF;
    bytes[bytes.length - 1] = '\n';
    assertThatThrownBy(
            () ->
                PlanCsvReader.open(new ByteArrayInputStream(bytes), ReadOptions.of("big.csv"))
                    .readPlan())
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining("byte " + (bytes.length - 2) + " (0xFF) is not valid UTF-8");
  }

  @Test
  void aBom_isSkippedForUtf8Only_andTwoOfItsBytesAreNoBom() {
    byte[] bom = "\uFEFFname,base\nGDP,1\n".getBytes(UTF_8);
    assertThat(
            PlanCsvReader.open(
                    new ByteArrayInputStream(bom),
                    ReadOptions.builder()
                        .source("x")
                        .encoding(UTF_8)
                        .period(io.github.planning.core.PlanPeriod.of(2021, 2025))
                        .build())
                .readPlan()
                .rows())
        .hasSize(1);
    byte[] half = {(byte) 0xEF, (byte) 0xBB, 'n', 'a', 'm', 'e', '\n'};
    assertThatThrownBy(
            () -> PlanCsvReader.open(new ByteArrayInputStream(half), ReadOptions.of("half.csv")))
        .isInstanceOf(PlanningReadException.class);
    byte[] gb = "name,base\n地区生产总值,752.8\n".getBytes(Encodings.GB18030);
    assertThat(
            PlanCsvReader.open(
                    new ByteArrayInputStream(gb),
                    ReadOptions.builder()
                        .source("gb")
                        .period(io.github.planning.core.PlanPeriod.of(2021, 2025))
                        .build())
                .readPlan()
                .rows()
                .get(0)
                .indicator()
                .name())
        .isEqualTo("地区生产总值");
  }
}

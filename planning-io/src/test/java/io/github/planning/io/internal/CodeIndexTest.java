package io.github.planning.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CodeIndexTest {

  /** Characters of one, two and three UTF-8 bytes, a surrogate pair's halves and a lone one. */
  private static final String[] CHARACTERS = {
    "a", "b", "-", "é", "代", "码", "\uD83D", "\uDE00", "\uD83D\uDE00", "\uDC00"
  };

  /** Codes of up to six such characters, many of them repeated. */
  private static Gen<String> codes() {
    return lists()
        .of(integers().between(0, CHARACTERS.length - 1))
        .ofSizeBetween(0, 6)
        .map(list -> list.stream().map(i -> CHARACTERS[i]).collect(Collectors.joining()));
  }

  @Test
  void addIfAbsentAndContains_agreeWithAHashMap() {
    qt().forAll(lists().of(codes()).ofSizeBetween(1, 3_000))
        .checkAssert(
            (List<String> codes) -> {
              CodeIndex index = new CodeIndex();
              Map<String, Long> reference = new HashMap<>();
              for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                long line = i + 2L;
                assertThat(index.contains(code)).isEqualTo(reference.containsKey(code));
                assertThat(index.addIfAbsent(code, line))
                    .as("code %s on line %s", code, line)
                    .isEqualTo(reference.getOrDefault(code, -1L));
                reference.putIfAbsent(code, line);
              }
            });
  }

  @Test
  void addIfAbsent_returnsTheFirstLineOfARepeatedCode() {
    CodeIndex index = new CodeIndex();
    assertThat(index.addIfAbsent("gdp", 2)).isEqualTo(-1);
    assertThat(index.addIfAbsent("rev", 3)).isEqualTo(-1);
    assertThat(index.addIfAbsent("gdp", 9)).isEqualTo(2);
    assertThat(index.addIfAbsent("rev", 10)).isEqualTo(3);
    assertThat(index.contains("gdp")).isTrue();
    assertThat(index.contains("gd")).isFalse();
    assertThat(index.contains("gdpx")).isFalse();
    assertThat(index.contains("")).isFalse();
    assertThat(index.addIfAbsent("", 11)).isEqualTo(-1);
    assertThat(index.contains("")).isTrue();
  }

  @Test
  void manyCodes_growTheIndex_andEveryOneIsFoundAgain() {
    CodeIndex index = new CodeIndex();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      assertThat(index.addIfAbsent("代码-" + i, i + 2L)).isEqualTo(-1);
    }
    for (int i = 0; i < n; i += 997) {
      assertThat(index.contains("代码-" + i)).isTrue();
      assertThat(index.addIfAbsent("代码-" + i, 0)).isEqualTo(i + 2L);
    }
    assertThat(index.contains("代码-" + n)).isFalse();
    assertThat(index.contains("代码-")).isFalse();
  }

  @Test
  void codesOfEqualLengthAndPrefix_areTellApart() {
    CodeIndex index = new CodeIndex();
    index.addIfAbsent("1-2-01", 2);
    assertThat(index.addIfAbsent("1-2-02", 3)).isEqualTo(-1);
    assertThat(index.addIfAbsent("1-2-0", 4)).isEqualTo(-1);
    assertThat(index.addIfAbsent("1-2-01", 5)).isEqualTo(2);
    assertThat(index.addIfAbsent("😀", 6)).isEqualTo(-1);
    assertThat(index.addIfAbsent("😀", 7)).isEqualTo(6);
    assertThat(index.addIfAbsent("x", Long.MAX_VALUE)).isEqualTo(-1);
    assertThat(index.addIfAbsent("x", 1)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void codesThatDifferOnlyInAnUnpairedSurrogate_areTwoCodes() {
    CodeIndex index = new CodeIndex();
    assertThat(index.addIfAbsent("a\uD800", 2)).isEqualTo(-1);
    assertThat(index.addIfAbsent("a\uD801", 3)).isEqualTo(-1);
    assertThat(index.addIfAbsent("a?", 4)).isEqualTo(-1);
    assertThat(index.addIfAbsent("a\uD800", 5)).isEqualTo(2);
    assertThat(index.contains("a\uDC00")).isFalse();
  }

  @Test
  void codesOfOneTwoAndThreeByteCharacters_areFoundAfterTheIndexGrows() {
    CodeIndex index = new CodeIndex();
    String[] stems = {"r", "é", "指", "\uD83D\uDE00", "\u07FF", "\u0800", "\uFFFF"};
    for (int i = 0; i < 30_000; i++) {
      assertThat(index.addIfAbsent(stems[i % stems.length] + i, i)).isEqualTo(-1);
    }
    for (int i = 0; i < 30_000; i++) {
      assertThat(index.addIfAbsent(stems[i % stems.length] + i, 0)).isEqualTo(i);
      assertThat(index.contains(stems[(i + 1) % stems.length] + i)).isFalse();
    }
  }
}

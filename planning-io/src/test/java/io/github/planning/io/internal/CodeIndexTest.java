package io.github.planning.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeIndexTest {

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

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class KeywordsTest {

  private final Keywords words = new Keywords("不低于", "不超过", "低于", "约");

  @Test
  void findsTheFirstKeywordWrittenAtThePlace() {
    assertThat(words.indexAt("不超过5", 0, 4)).isEqualTo(1);
    assertThat(words.indexAt("5不低于", 1, 4)).isEqualTo(0);
    assertThat(words.indexAt("约5", 0, 2)).isEqualTo(3);
    assertThat(words.length(1)).isEqualTo(3);
  }

  @Test
  void aKeywordMustEndByTheEnd() {
    assertThat(words.indexAt("不低于5", 0, 2)).isEqualTo(-1);
    assertThat(words.indexAt("低于", 0, 2)).isEqualTo(2);
    assertThat(words.indexAt("低于", 0, 1)).isEqualTo(-1);
  }

  @Test
  void missesAnotherWordOrThePlaceAfterTheEnd() {
    assertThat(words.indexAt("不变", 0, 2)).isEqualTo(-1);
    assertThat(words.indexAt("高于", 0, 2)).isEqualTo(-1);
    assertThat(words.indexAt("约", 1, 1)).isEqualTo(-1);
    assertThat(words.indexAt("", 0, 0)).isEqualTo(-1);
  }

  @Test
  void tellsApartFirstCharactersThatShareTheirLowBits() {
    // 下 (U+4E0B) and 之 (U+4E4B) differ by 64: one slot of the table holds both
    Keywords shared = new Keywords("下降", "之内", "下达");
    assertThat(shared.indexAt("之内", 0, 2)).isEqualTo(1);
    assertThat(shared.indexAt("下达", 0, 2)).isEqualTo(2);
    assertThat(shared.indexAt("下降", 0, 2)).isZero();
    assertThat(shared.indexAt("事内", 0, 2)).isEqualTo(-1); // 事 (U+4E8B) shares the slot too
  }

  @Test
  void takesAtMost64Keywords() {
    String[] many = new String[65];
    for (int i = 0; i < many.length; i++) {
      many[i] = "词" + i + "。";
    }
    Keywords most = new Keywords(java.util.Arrays.copyOf(many, 64));
    assertThat(most.indexAt("词63。", 0, 4)).isEqualTo(63);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Keywords(many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most 64 keywords, not 65");
  }

  @Test
  void keepsItsOwnCopyOfTheWords() {
    String[] given = {"以上"};
    Keywords copied = new Keywords(given);
    given[0] = "以下";
    assertThat(copied.indexAt("以上", 0, 2)).isZero();
  }

  /** The plain form the table of first characters stands for: every keyword tried in order. */
  private static int reference(String[] words, String text, int at, int end) {
    for (int i = 0; i < words.length; i++) {
      if (at + words[i].length() <= end && text.startsWith(words[i], at)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void agreesWithTryingEveryKeywordInOrder() {
    // characters that share their low six bits (下 之 事 differ by 64), so that slots collide
    Gen<String> word =
        lists().of(integers().between(0, 5)).ofSizeBetween(1, 3).map(KeywordsTest::of);
    qt().forAll(
            lists().of(word).ofSizeBetween(1, 12),
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 8).map(KeywordsTest::of),
            integers().between(0, 8),
            integers().between(0, 8))
        .checkAssert(
            (list, text, at, end) -> {
              String[] words = list.toArray(String[]::new);
              int e = Math.min(end, text.length());
              assertThat(new Keywords(words).indexAt(text, at, e))
                  .as("%s in %s at %d..%d", list, text, at, e)
                  .isEqualTo(at >= e ? -1 : reference(words, text, at, e));
            });
  }

  private static String of(java.util.List<Integer> picks) {
    String alphabet = "下之事降内达";
    StringBuilder out = new StringBuilder();
    picks.forEach(p -> out.append(alphabet.charAt(p)));
    return out.toString();
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  void keepsItsOwnCopyOfTheWords() {
    String[] given = {"以上"};
    Keywords copied = new Keywords(given);
    given[0] = "以下";
    assertThat(copied.indexAt("以上", 0, 2)).isZero();
  }
}

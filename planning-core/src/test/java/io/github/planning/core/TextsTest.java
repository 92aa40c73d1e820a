package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

  @Test
  void mayBeWhitespace_holdsForEveryWhitespaceCharacter() {
    int whitespace = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isWhitespace((char) c)) {
        whitespace++;
        assertThat(Texts.mayBeWhitespace((char) c)).as("U+%04X", c).isTrue();
      }
    }
    assertThat(whitespace).isEqualTo(25);
    assertThat(Texts.mayBeWhitespace('亿')).isFalse();
    assertThat(Texts.mayBeWhitespace('a')).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "亿元", " 亿元", "亿元\u3000", "\t万人 ", "\u2000\u2001",
      "a\u00A0", "\u00A0", "\u001C", "\u0085x\u0085", "x\u2007", "人\u205F人", "\u1680"})
  void stripAndIsBlank_agreeWithString(String text) {
    assertThat(Texts.strip(text)).isEqualTo(text.strip());
    assertThat(Texts.isBlank(text)).isEqualTo(text.isBlank());
  }

  @Test
  void strip_returnsTheSameTextWhenThereIsNothingToStrip() {
    String text = new String("亿元");
    assertThat(Texts.strip(text)).isSameAs(text);
  }
}

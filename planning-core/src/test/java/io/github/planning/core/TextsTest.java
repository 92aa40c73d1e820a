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
  @ValueSource(
      strings = {
        "",
        " ",
        "亿元",
        " 亿元",
        "亿元\u3000",
        "\t万人 ",
        "\u2000\u2001",
        "a\u00A0",
        "\u00A0",
        "\u001C",
        "\u0085x\u0085",
        "x\u2007",
        "人\u205F人",
        "\u1680"
      })
  void stripAndIsBlank_agreeWithString(String text) {
    assertThat(Texts.strip(text)).isEqualTo(text.strip());
    assertThat(Texts.isBlank(text)).isEqualTo(text.isBlank());
  }

  @Test
  void strip_returnsTheSameTextWhenThereIsNothingToStrip() {
    String text = new String("亿元");
    assertThat(Texts.strip(text)).isSameAs(text);
  }

  @Test
  void printable_showsControlAndBidiCharactersAsEscapes_andKeepsOtherText() {
    assertThat(Texts.printable("x\u001B]0;pwned\u0007\u001B[2J"))
        .isEqualTo("x\\u001B]0;pwned\\u0007\\u001B[2J");
    assertThat(Texts.printable("a\tb\nc\rd\u007Fe\u0085f\u009Fg"))
        .isEqualTo("a\\u0009b\\u000Ac\\u000Dd\\u007Fe\\u0085f\\u009Fg");
    assertThat(Texts.printable("\u202A\u202E\u2066\u2069"))
        .isEqualTo("\\u202A\\u202E\\u2066\\u2069");
    assertThat(Texts.printable("\u2029\u202F\u2065\u206A")).isEqualTo("\u2029\u202F\u2065\u206A");
    String plain = "地区生产总值(GDP) 9.5%左右 \\ \u00A0 \uD840\uDC00 \u00A0";
    assertThat(Texts.printable(plain)).isSameAs(plain);
    assertThat(Texts.printable("")).isEmpty();
    assertThat(Texts.printable("\u0000")).isEqualTo("\\u0000");
    assertThat(Texts.printable(" \u0020\u00A0\u001F")).isEqualTo("  \u00A0\\u001F");
  }
}

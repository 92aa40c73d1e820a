package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotationScannerTest {

  @Test
  void isSpaceAgreesWithCharacterIsSpaceCharOnEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean expected = c == ' ' || (c >= 0x80 && Character.isSpaceChar((char) c));
      assertThat(NotationScanner.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void aSymbolIsNeitherDigitNorLetterNorControlCharacter() {
    int symbols = 0;
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      if (NotationScanner.isSymbol((char) c)) {
        symbols++;
        assertThat(Character.isDigit(c) || Character.isLetter(c) || Character.isISOControl(c))
            .as("U+%04X", c).isFalse();
      }
    }
    assertThat(symbols).isEqualTo(0x70 + 0x170 + 0x80);
    assertThat(NotationScanner.isSymbol('≤')).isTrue();
    assertThat(NotationScanner.isSymbol('—')).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "7", "-13", "752.8", "0.0197", "51.20", "-0", "-0.50",
      "123456789012345678", "000012", "[5]", "[9.2]", "[10]", "[-1.70]", "[0]",
      "[123456789012345678]"})
  void readsASimpleFigureAsTheScannerDoes(String text) {
    PlanValue simple = NotationScanner.simpleFigure(text);
    PlanValue scanned = new NotationScanner(text).scan();
    assertThat(simple).isNotNull().isEqualTo(scanned);
    assertThat(simple.isCumulative()).isEqualTo(scanned.isCumulative())
        .isEqualTo(text.startsWith("["));
    assertThat(simple.amount().orElseThrow())
        .hasToString(new BigDecimal(text.replaceAll("[\\[\\]]", "")).toString());
    assertThat(simple.text()).isSameAs(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".5", "5.", "1.2.3", "+5", "--5", " 5", "5 ", "5%", "[5",
      "5]", "[]", "[-]", "[.5]", "[5.]", "[ 5]", "[5]%", "[[5]]", "［5］", "[5]以上",
      "１", "1234567890123456789", "5e3", "-.5", "5\u0000", "[5\u0000]"})
  void leavesAnythingElseToTheScanner(String text) {
    assertThat(NotationScanner.simpleFigure(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"5万\u0001", "5x\u0007人", "[5\u0000", "5 \u0085 6", "下降\u0002"})
  void reportsTheFirstControlCharacterBeforeAnyOtherProblem(String text) {
    int at = 0;
    while (!Character.isISOControl(text.charAt(at))) {
      at++;
    }
    assertThatThrownBy(() -> PlanValue.parse(text))
        .isInstanceOf(PlanValueParseException.class)
        .hasMessageEndingWith(String.format("control character U+%04X", (int) text.charAt(at)))
        .extracting(e -> ((PlanValueParseException) e).getErrorIndex())
        .isEqualTo(at);
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotationScannerTest {

  @Test
  void isSpaceAgreesWithCharacterIsSpaceCharOnEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean expected = c == ' ' || (c >= 0x80 && Character.isSpaceChar((char) c));
      assertThat(NotationCharacters.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void aSymbolIsNeitherDigitNorLetterNorControlCharacter() {
    int symbols = 0;
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      if (NotationCharacters.isSymbol((char) c)) {
        symbols++;
        assertThat(Character.isDigit(c) || Character.isLetter(c) || Character.isISOControl(c))
            .as("U+%04X", c)
            .isFalse();
      }
    }
    assertThat(symbols).isEqualTo(0x70 + 0x170 + 0x80);
    assertThat(NotationCharacters.isSymbol('≤')).isTrue();
    assertThat(NotationCharacters.isSymbol('—')).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "7",
        "-13",
        "752.8",
        "0.0197",
        "51.20",
        "-0",
        "-0.50",
        "123456789012345678",
        "000012",
        "[5]",
        "[9.2]",
        "[10]",
        "[-1.70]",
        "[0]",
        "[123456789012345678]"
      })
  void readsASimpleFigureAsTheScannerDoes(String text) {
    PlanValue simple = NotationScanner.simpleFigure(text);
    PlanValue scanned = new NotationScanner(text).scan();
    assertThat(simple).isNotNull().isEqualTo(scanned);
    assertThat(simple.isCumulative())
        .isEqualTo(scanned.isCumulative())
        .isEqualTo(text.startsWith("["));
    assertThat(simple.amount().orElseThrow())
        .hasToString(new BigDecimal(text.replaceAll("[\\[\\]]", "")).toString());
    assertThat(simple.text()).isSameAs(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        ".5",
        "5.",
        "1.2.3",
        "+5",
        "--5",
        " 5",
        "5 ",
        "5%",
        "[5",
        "5]",
        "[]",
        "[-]",
        "[.5]",
        "[5.]",
        "[ 5]",
        "[5]%",
        "[[5]]",
        "［5］",
        "[5]以上",
        "１",
        "1234567890123456789",
        "5e3",
        "-.5",
        "5\u0000",
        "[5\u0000]"
      })
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

  // ------------------------------------------------------------ figures as offices write them

  /**
   * Thousands separators, units and counting words after the figure, spaces inside brackets and
   * after relations, an explicit {@code =}, the ideographic full stop as a decimal point and
   * full-width digits: the amount with its written precision, the relation, the unit, whether
   * cumulative, and the warnings a reader reports.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "1,200.5               | 1200.5               | EXACT    | none | false | ''",
        "1，200                | 1200                 | EXACT    | none | false | ''",
        "12,345,678.9          | 12345678.9           | EXACT    | none | false | ''",
        "123,456               | 123456               | EXACT    | none | false | ''",
        "1,200.50              | 1200.50              | EXACT    | none | false | ''",
        "-1,200                | -1200                | EXACT    | none | false | ''",
        "[1,200]               | 1200                 | EXACT    | none | true  | ''",
        "≥1,000万元            | 1000                 | AT_LEAST | 万元 | false | ''",
        "1,234,567,890,123,456,789.5 | 1234567890123456789.5 | EXACT | none | false | ''",
        "10.8年                | 10.8                 | EXACT    | 年   | false | ''",
        "10.5年以上            | 10.5                 | AT_LEAST | 年   | false | ''",
        "85万                  | 85                   | EXACT    | 万   | false | ''",
        "120L/d                | 120                  | EXACT    | L/d  | false | ''",
        "4/人                  | 4                    | EXACT    | /人  | false | ''",
        "5吨/万元              | 5                    | EXACT    | 吨/万元 | false | ''",
        "[3.2 ]                | 3.2                  | EXACT    | none | true  | ''",
        "'[ 3.2 ]'             | 3.2                  | EXACT    | none | true  | ''",
        "≤ 4.5%                | 4.5                  | AT_MOST  | %    | false | ''",
        "≥ 10.8                | 10.8                 | AT_LEAST | none | false | ''",
        "≥9                    | 9                    | AT_LEAST | none | false | ''",
        "=100                  | 100                  | EXACT    | none | false | ''",
        "＝100                 | 100                  | EXACT    | none | false | ''",
        "'= 98%'               | 98                   | EXACT    | %    | false | ''",
        "65。3                 | 65.3                 | EXACT    | none | false | ideographic-full-stop",
        "65。30%               | 65.30                | EXACT    | %    | false | ideographic-full-stop",
        "1,234。5              | 1234.5               | EXACT    | none | false | ideographic-full-stop",
        "1。200                | 1.200                | EXACT    | none | false | ideographic-full-stop",
        "1234567890123456789。5 | 1234567890123456789.5 | EXACT  | none | false | ideographic-full-stop",
        "６５.３               | 65.3                 | EXACT    | none | false | full-width-digits",
        "-６                   | -6                   | EXACT    | none | false | full-width-digits",
        "１,２００             | 1200                 | EXACT    | none | false | full-width-digits",
        "１２３４５６７８９０１２３４５６７８９ | 1234567890123456789 | EXACT | none | false | full-width-digits",
        "６５。３              | 65.3                 | EXACT    | none | false | ideographic-full-stop full-width-digits",
        "65．3                 | 65.3                 | EXACT    | none | false | ''",
      })
  void readsFiguresAsOfficesWriteThem(
      String text,
      String amount,
      Relation relation,
      String unit,
      boolean cumulative,
      String warnings) {
    PlanValue value = PlanValue.parse(text);
    assertThat(value.kind()).isEqualTo(ValueKind.FIGURE);
    assertThat(value.amount().orElseThrow()).hasToString(amount);
    assertThat(value.relation()).contains(relation);
    assertThat(value.unit().map(Unit::symbol).orElse(null)).isEqualTo(unit);
    assertThat(value.isCumulative()).isEqualTo(cumulative);
    assertThat(value.warnings()).isEqualTo(warnings(warnings));
    assertThat(value.parts()).isEmpty();
    assertThat(value).hasToString(text);
    assertThat(PlanValue.parse(value.toString())).isEqualTo(value);
  }

  @Test
  void aRangeOfFiguresWithThousandsSeparators() {
    PlanValue value = PlanValue.parse("1,000-2,500.5");
    assertThat(value.relation()).contains(Relation.RANGE);
    assertThat(value.amount().orElseThrow()).hasToString("1000");
    assertThat(value.secondAmount().orElseThrow()).hasToString("2500.5");
  }

  /** Malformed separators, full stops, {@code =} and {@code /}: the index and the reason. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1,20        | 1 | expected three digits after a thousands separator",
        "1,2345      | 1 | expected three digits after a thousands separator",
        "1,20,000    | 1 | expected three digits after a thousands separator",
        "1,000,00    | 5 | expected three digits after a thousands separator",
        "1,20.5      | 1 | expected three digits after a thousands separator",
        "1234,567    | 4 | expected at most three digits before a thousands separator",
        "12,3456,789 | 2 | expected three digits after a thousands separator",
        "1,,200      | 1 | unexpected ','",
        ",200        | 0 | expected a figure, found ','",
        "1.200,5     | 5 | unexpected ','",
        "1,200,      | 5 | unexpected ','",
        "1,          | 1 | unexpected ','",
        "65。        | 2 | unexpected '。'",
        "。5         | 0 | expected a figure, found '。'",
        "6。5。3     | 3 | unexpected '。'",
        "6.5。3      | 3 | unexpected '。'",
        "=           | 1 | expected a figure",
        "==5         | 1 | a relation given twice",
        "=5以上      | 2 | a relation given twice",
        "≥=5         | 1 | a relation given twice",
        "<4/         | 2 | unexpected '/'",
        "4//         | 1 | unexpected '/'",
        "'<4/ /<5'   | 2 | unexpected '/'",
        "/5          | 0 | expected a figure, found '/'",
        "<4/<        | 4 | expected a figure",
        "<4/<5%%     | 6 | unexpected '%'",
        "4/5/        | 3 | unexpected '/'",
        "1,20/5      | 1 | expected three digits after a thousands separator",
        "5/1,20      | 3 | expected three digits after a thousands separator",
        "5/6/7,8     | 5 | expected three digits after a thousands separator",
      })
  void rejectsMalformedOfficeFiguresAtTheIndex(String text, int index, String reason) {
    assertThatThrownBy(() -> PlanValue.parse(text))
        .isInstanceOf(PlanValueParseException.class)
        .satisfies(
            e -> {
              PlanValueParseException error = (PlanValueParseException) e;
              assertThat(error.getErrorIndex()).isEqualTo(index);
              assertThat(error.getReason()).isEqualTo(reason);
              assertThat(error.getParsedString()).isEqualTo(text);
            });
  }

  /**
   * One target for each indicator the row names ({@code 城镇登记失业率/城镇调查失业率}: {@code <4/<5}): the text
   * is kept, each part is read with its own text, and the warning says that which part belongs to
   * which indicator is not in the cell.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<4/<5         | <4 (FIGURE BELOW 4)¦<5 (FIGURE BELOW 5)                          | several-targets",
        "<4/<5.5       | <4 (FIGURE BELOW 4)¦<5.5 (FIGURE BELOW 5.5)                      | several-targets",
        "'<4 / <5.5*'  | <4  (FIGURE BELOW 4)¦ <5.5* (FIGURE BELOW 5.5 footnote *)        | several-targets",
        "≤4/≤5         | ≤4 (FIGURE AT_MOST 4)¦≤5 (FIGURE AT_MOST 5)                      | several-targets",
        "4/5/6         | 4 (FIGURE EXACT 4)¦5 (FIGURE EXACT 5)¦6 (FIGURE EXACT 6)         | several-targets",
        "4/-5          | 4 (FIGURE EXACT 4)¦-5 (FIGURE EXACT -5)                          | several-targets",
        "4／5          | 4 (FIGURE EXACT 4)¦5 (FIGURE EXACT 5)                            | several-targets",
        "4/0           | 4 (FIGURE EXACT 4)¦0 (FIGURE EXACT 0)                            | several-targets",
        "4/累计5       | 4 (FIGURE EXACT 4)¦累计5 (FIGURE EXACT 5 cumulative)              | several-targets",
        "[5]/[6]       | [5] (FIGURE EXACT 5 cumulative)¦[6] (FIGURE EXACT 6 cumulative)  | several-targets",
        "98%/96%       | 98% (FIGURE EXACT 98 %)¦96% (FIGURE EXACT 96 %)                  | several-targets",
        "下降5/下降6   | 下降5 (FIGURE EXACT 5 change DECREASE)¦下降6 (FIGURE EXACT 6 change DECREASE) | several-targets",
        "——/<5.5       | —— (NOT_APPLICABLE)¦<5.5 (FIGURE BELOW 5.5)                      | several-targets",
        "1,200/1,500   | 1,200 (FIGURE EXACT 1200)¦1,500 (FIGURE EXACT 1500)              | several-targets",
        "65。3/66      | 65。3 (FIGURE EXACT 65.3 warning ideographic-full-stop)¦66 (FIGURE EXACT 66) | ideographic-full-stop several-targets",
        "66/６５       | 66 (FIGURE EXACT 66)¦６５ (FIGURE EXACT 65 warning full-width-digits) | full-width-digits several-targets",
      })
  void readsEachTargetOfACompoundCell(String text, String parts, String warnings) {
    PlanValue value = PlanValue.parse(text);
    assertThat(value.kind()).isEqualTo(ValueKind.COMPOUND);
    assertThat(value).hasToString(text);
    assertThat(value.amount()).isEmpty();
    assertThat(value.relation()).isEmpty();
    assertThat(value.parts()).extracting(PlanValue::describe).containsExactly(parts.split("¦"));
    assertThat(value.warnings()).isEqualTo(warnings(warnings));
    assertThat(PlanValue.parse(value.toString())).isEqualTo(value);
    assertThat(value.parts().stream().map(PlanValue::text).collect(Collectors.joining("/")))
        .isEqualTo(text.strip().replace('／', '/'));
  }

  private static Set<NotationWarning> warnings(String codes) {
    Set<NotationWarning> out = EnumSet.noneOf(NotationWarning.class);
    Arrays.stream(codes.split(" "))
        .filter(code -> !code.isEmpty())
        .forEach(
            code ->
                out.add(
                    Arrays.stream(NotationWarning.values())
                        .filter(w -> w.code().equals(code))
                        .findFirst()
                        .orElseThrow()));
    return out;
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanValueTest {

  // ------------------------------------------------------------------ the seed tables

  static Stream<String> seedValueCells() {
    return SeedTables.allRows().stream()
        .flatMap(
            row -> SeedTables.VALUE_COLUMNS.stream().map(column -> row.getOrDefault(column, "")))
        .filter(text -> !text.isEmpty());
  }

  @ParameterizedTest
  @MethodSource("seedValueCells")
  void parse_everyValueCellOfTheSeedTables_printsBackExactly(String cell) {
    PlanValue value = PlanValue.parse(cell);

    assertThat(value.toString()).isEqualTo(cell);
    assertThat(value.text()).isEqualTo(cell);
    assertThat(value.kind()).isNotEqualTo(ValueKind.DESCRIPTIVE);
    assertThat(PlanValue.parse(value.toString())).isEqualTo(value);
  }

  @Test
  void parse_seedTables_everyLabelAndUnitCellIsRead() {
    for (Map<String, String> row : SeedTables.allRows()) {
      String unit = row.get("unit");
      if (!unit.isEmpty()) {
        assertThat(Unit.parse(unit).isKnown()).as("unit %s", unit).isTrue();
      }
      if (row.containsKey("assessment") && !row.get("assessment").isEmpty()) {
        assertThat(Assessment.parse(row.get("assessment")).label())
            .isEqualTo(row.get("assessment"));
      }
      if (row.containsKey("attribute") && !row.get("attribute").isEmpty()) {
        assertThat(Attribute.parse(row.get("attribute")).label()).isEqualTo(row.get("attribute"));
      }
    }
  }

  // ------------------------------------------------------------------ typed readings

  /** text, kind, relation, amount, second amount, cumulative, change, unit, level, subject. */
  static Stream<Arguments> readings() {
    return Stream.of(
        reading(
            "752.8",
            ValueKind.FIGURE,
            Relation.EXACT,
            "752.8",
            null,
            false,
            null,
            null,
            null,
            null),
        reading(
            "51.20",
            ValueKind.FIGURE,
            Relation.EXACT,
            "51.20",
            null,
            false,
            null,
            null,
            null,
            null),
        reading(
            "11.0", ValueKind.FIGURE, Relation.EXACT, "11.0", null, false, null, null, null, null),
        reading(
            "-13", ValueKind.FIGURE, Relation.EXACT, "-13", null, false, null, null, null, null),
        reading(
            "0.0197",
            ValueKind.FIGURE,
            Relation.EXACT,
            "0.0197",
            null,
            false,
            null,
            null,
            null,
            null),
        reading(
            "[9.2]", ValueKind.FIGURE, Relation.EXACT, "9.2", null, true, null, null, null, null),
        reading("[5]", ValueKind.FIGURE, Relation.EXACT, "5", null, true, null, null, null, null),
        reading(
            "[9]以上", ValueKind.FIGURE, Relation.AT_LEAST, "9", null, true, null, null, null, null),
        reading("[70]项", ValueKind.FIGURE, Relation.EXACT, "70", null, true, null, "项", null, null),
        reading(
            "[1.7]个百分点",
            ValueKind.FIGURE,
            Relation.EXACT,
            "1.7",
            null,
            true,
            Change.POINTS,
            "个百分点",
            null,
            null),
        reading(
            "[0.5] 个百分点",
            ValueKind.FIGURE,
            Relation.EXACT,
            "0.5",
            null,
            true,
            Change.POINTS,
            "个百分点",
            null,
            null),
        reading(
            "9.5%左右", ValueKind.FIGURE, Relation.ABOUT, "9.5", null, false, null, "%", null, null),
        reading(
            "12%左右", ValueKind.FIGURE, Relation.ABOUT, "12", null, false, null, "%", null, null),
        reading("≤4", ValueKind.FIGURE, Relation.AT_MOST, "4", null, false, null, null, null, null),
        reading(
            "≤3.5", ValueKind.FIGURE, Relation.AT_MOST, "3.5", null, false, null, null, null, null),
        reading(
            "下降2.5",
            ValueKind.FIGURE,
            Relation.EXACT,
            "2.5",
            null,
            false,
            Change.DECREASE,
            null,
            null,
            null),
        reading(
            "累计11.36",
            ValueKind.FIGURE,
            Relation.EXACT,
            "11.36",
            null,
            true,
            null,
            null,
            null,
            null),
        reading("1万人", ValueKind.FIGURE, Relation.EXACT, "1", null, false, null, "万人", null, null),
        reading(
            "5万吨以上", ValueKind.FIGURE, Relation.AT_LEAST, "5", null, false, null, "万吨", null, null),
        reading("6-7", ValueKind.FIGURE, Relation.RANGE, "6", "7", false, null, null, null, null),
        reading("6～7", ValueKind.FIGURE, Relation.RANGE, "6", "7", false, null, null, null, null),
        reading("8%至9%", ValueKind.FIGURE, Relation.RANGE, "8", "9", false, null, "%", null, null),
        reading(
            "1.65:1", ValueKind.RATIO, Relation.EXACT, "1.65", "1", false, null, null, null, null),
        reading(
            "不低于95",
            ValueKind.FIGURE,
            Relation.AT_LEAST,
            "95",
            null,
            false,
            null,
            null,
            null,
            null),
        reading(
            "不超过3.5%",
            ValueKind.FIGURE, Relation.AT_MOST, "3.5", null, false, null, "%", null, null),
        reading(
            "突破2000",
            ValueKind.FIGURE,
            Relation.ABOVE,
            "2000",
            null,
            false,
            null,
            null,
            null,
            null),
        reading(
            "超1000", ValueKind.FIGURE, Relation.ABOVE, "1000", null, false, null, null, null, null),
        reading(
            "增加1万元以上",
            ValueKind.FIGURE,
            Relation.AT_LEAST,
            "1",
            null,
            false,
            Change.INCREASE,
            "万元",
            null,
            null),
        reading(
            "10以内", ValueKind.FIGURE, Relation.AT_MOST, "10", null, false, null, null, null, null),
        reading("约9%", ValueKind.FIGURE, Relation.ABOUT, "9", null, false, null, "%", null, null),
        reading(
            "提高3个百分点",
            ValueKind.FIGURE,
            Relation.EXACT,
            "3",
            null,
            false,
            Change.INCREASE,
            "个百分点",
            null,
            null),
        reading(
            "下降15%以上",
            ValueKind.FIGURE,
            Relation.AT_LEAST,
            "15",
            null,
            false,
            Change.DECREASE,
            "%",
            null,
            null),
        reading("［20］", ValueKind.FIGURE, Relation.EXACT, "20", null, true, null, null, null, null),
        reading("【5】", ValueKind.FIGURE, Relation.EXACT, "5", null, true, null, null, null, null),
        reading(
            "９．５％", ValueKind.FIGURE, Relation.EXACT, "9.5", null, false, null, "%", null, null),
        reading(
            "12.5*", ValueKind.FIGURE, Relation.EXACT, "12.5", null, false, null, null, null, null),
        reading(
            "完成市下达指标",
            ValueKind.ASSIGNED,
            null,
            null,
            null,
            false,
            null,
            null,
            AdministrativeLevel.CITY,
            null),
        reading(
            "完成市下达目标",
            ValueKind.ASSIGNED,
            null,
            null,
            null,
            false,
            null,
            null,
            AdministrativeLevel.CITY,
            null),
        reading(
            "完成省下达任务",
            ValueKind.ASSIGNED,
            null,
            null,
            null,
            false,
            null,
            null,
            AdministrativeLevel.PROVINCE,
            null),
        reading(
            "完成国家下达目标",
            ValueKind.ASSIGNED,
            null,
            null,
            null,
            false,
            null,
            null,
            AdministrativeLevel.STATE,
            null),
        reading(
            "高于全省平均",
            ValueKind.RELATIVE,
            Relation.ABOVE,
            null,
            null,
            false,
            null,
            null,
            AdministrativeLevel.PROVINCE,
            null),
        reading(
            "不低于全市平均水平",
            ValueKind.RELATIVE,
            Relation.AT_LEAST,
            null,
            null,
            false,
            null,
            null,
            AdministrativeLevel.CITY,
            null),
        reading("与经济增长同步", ValueKind.LINKED, null, null, null, false, null, null, null, "经济增长"),
        reading("与经济增长基本同步", ValueKind.LINKED, null, null, null, false, null, null, null, "经济增长"),
        reading("稳定保持", ValueKind.KEEP_STABLE, null, null, null, false, null, null, null, null),
        reading("保持稳定", ValueKind.KEEP_STABLE, null, null, null, false, null, null, null, null),
        reading("——", ValueKind.NOT_APPLICABLE, null, null, null, false, null, null, null, null),
        reading("—", ValueKind.NOT_APPLICABLE, null, null, null, false, null, null, null, null),
        reading("", ValueKind.NOT_APPLICABLE, null, null, null, false, null, null, null, null),
        reading("全面完成", ValueKind.DESCRIPTIVE, null, null, null, false, null, null, null, null));
  }

  private static Arguments reading(
      String text,
      ValueKind kind,
      Relation relation,
      String amount,
      String second,
      boolean cumulative,
      Change change,
      String unit,
      AdministrativeLevel level,
      String subject) {
    return Arguments.of(
        text, kind, relation, amount, second, cumulative, change, unit, level, subject);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource("readings")
  void parse_readsTheTypedReading(
      String text,
      ValueKind kind,
      Relation relation,
      String amount,
      String second,
      boolean cumulative,
      Change change,
      String unit,
      AdministrativeLevel level,
      String subject) {
    PlanValue value = PlanValue.parse(text);

    assertThat(value.kind()).isEqualTo(kind);
    assertThat(value.relation().orElse(null)).isEqualTo(relation);
    assertThat(value.amount().orElse(null))
        .isEqualTo(amount == null ? null : new BigDecimal(amount));
    assertThat(value.secondAmount().orElse(null))
        .isEqualTo(second == null ? null : new BigDecimal(second));
    assertThat(value.isCumulative()).isEqualTo(cumulative);
    assertThat(value.change().orElse(null)).isEqualTo(change);
    assertThat(value.isChange()).isEqualTo(change != null);
    assertThat(value.unit().map(Unit::symbol).orElse(null)).isEqualTo(unit);
    assertThat(value.level().orElse(null)).isEqualTo(level);
    assertThat(value.subject().orElse(null)).isEqualTo(subject);
    assertThat(value.toString()).isEqualTo(text);
  }

  @Test
  void parse_keepsTheWrittenPrecision() {
    assertThat(PlanValue.parse("51.20").amount()).get().extracting(BigDecimal::scale).isEqualTo(2);
    assertThat(PlanValue.parse("11.0").amount()).get().extracting(BigDecimal::scale).isEqualTo(1);
    assertThat(PlanValue.parse("1000").amount()).get().extracting(BigDecimal::scale).isEqualTo(0);
  }

  @Test
  void parse_readsLongFiguresExactly() {
    String digits = Strings.repeat("9", 60) + "." + Strings.repeat("1", 40);
    assertThat(PlanValue.parse(digits).amount()).contains(new BigDecimal(digits));
    assertThat(PlanValue.parse("-" + digits).amount()).contains(new BigDecimal("-" + digits));
    assertThat(PlanValue.parse("１２３４５６７８９０１２３４５６７８９０").amount())
        .contains(new BigDecimal("12345678901234567890"));
  }

  @Test
  void parse_keepsTheFootnoteMark() {
    assertThat(PlanValue.parse("12.5*").footnote()).contains("*");
    assertThat(PlanValue.parse("[9]以上**").footnote()).contains("**");
    assertThat(PlanValue.parse("12.5").footnote()).isEmpty();
  }

  @Test
  void parse_surroundingSpacesAreKeptInTheText() {
    PlanValue value = PlanValue.parse(" 752.8\u3000");
    assertThat(value.toString()).isEqualTo(" 752.8\u3000");
    assertThat(value.isEquivalentTo(PlanValue.parse("752.8"))).isTrue();
  }

  @Test
  void signedChange_isNegativeForADecrease() {
    assertThat(PlanValue.parse("下降2.5").signedChange()).contains(new BigDecimal("-2.5"));
    assertThat(PlanValue.parse("[1.7]个百分点").signedChange()).contains(new BigDecimal("1.7"));
    assertThat(PlanValue.parse("提高3").signedChange()).contains(new BigDecimal("3"));
    assertThat(PlanValue.parse("752.8").signedChange()).isEmpty();
  }

  // ------------------------------------------------------------------ equality

  @Test
  void equals_comparesTextAndReading() {
    new EqualsTester()
        .addEqualityGroup(PlanValue.parse("51.20"), PlanValue.parse("51.20"))
        .addEqualityGroup(PlanValue.parse("51.2"), PlanValue.of(new BigDecimal("51.2")))
        .addEqualityGroup(PlanValue.parse("[0.5] 个百分点"))
        .addEqualityGroup(PlanValue.parse("[0.5]个百分点"))
        .addEqualityGroup(PlanValue.parse("——"), PlanValue.notApplicable())
        .addEqualityGroup(PlanValue.parse("—"))
        .testEquals();
  }

  @Test
  void isEquivalentTo_ignoresSpellingButNotScale() {
    assertThat(PlanValue.parse("[0.5] 个百分点").isEquivalentTo(PlanValue.parse("[0.5]个百分点"))).isTrue();
    assertThat(PlanValue.parse("完成市下达指标").isEquivalentTo(PlanValue.parse("完成市下达目标"))).isTrue();
    assertThat(PlanValue.parse("≤3.5").isEquivalentTo(PlanValue.parse("不超过3.5"))).isTrue();
    assertThat(PlanValue.parse("[9]以上").isEquivalentTo(PlanValue.parse("【9】以上"))).isTrue();
    assertThat(PlanValue.parse("——").isEquivalentTo(PlanValue.parse("—"))).isTrue();
    assertThat(PlanValue.parse("51.20").isEquivalentTo(PlanValue.parse("51.2"))).isFalse();
    assertThat(PlanValue.parse("[9]以上").isEquivalentTo(PlanValue.parse("9以上"))).isFalse();
    assertThat(PlanValue.parse("完成市下达指标").isEquivalentTo(PlanValue.parse("完成省下达指标"))).isFalse();
    assertThat(PlanValue.parse("全面完成").isEquivalentTo(PlanValue.parse("基本完成"))).isFalse();
  }

  @Test
  void isNumericallyEquivalentTo_comparesAmountsByValue() {
    assertThat(PlanValue.parse("51.20").isNumericallyEquivalentTo(PlanValue.parse("51.2")))
        .isTrue();
    assertThat(PlanValue.parse("[5.0]").isNumericallyEquivalentTo(PlanValue.parse("[5]"))).isTrue();
    assertThat(PlanValue.parse("51.21").isNumericallyEquivalentTo(PlanValue.parse("51.2")))
        .isFalse();
    assertThat(PlanValue.parse("5%").isNumericallyEquivalentTo(PlanValue.parse("5"))).isFalse();
  }

  @Test
  void publicMethods_rejectNullsNamingTheArgument() {
    new NullPointerTester().testAllPublicStaticMethods(PlanValue.class);
    new NullPointerTester().testAllPublicInstanceMethods(PlanValue.parse("[9]以上"));
    new NullPointerTester().testAllPublicInstanceMethods(PlanValue.builder());
  }

  // ------------------------------------------------------------------ building

  @Test
  void builder_writesTheCanonicalSpelling() {
    assertThat(
            PlanValue.builder()
                .cumulative(true)
                .relation(Relation.AT_LEAST)
                .amount(new BigDecimal("9"))
                .build())
        .hasToString("[9]以上");
    assertThat(
            PlanValue.builder()
                .cumulative(true)
                .change(Change.POINTS)
                .unit(Unit.PERCENTAGE_POINT)
                .amount(new BigDecimal("1.7"))
                .build())
        .hasToString("[1.7]个百分点");
    assertThat(
            PlanValue.builder()
                .relation(Relation.ABOUT)
                .unit(Unit.PERCENT)
                .amount(new BigDecimal("9.5"))
                .build())
        .hasToString("9.5%左右");
    assertThat(PlanValue.builder().relation(Relation.AT_MOST).amount(new BigDecimal("3.5")).build())
        .hasToString("≤3.5");
    assertThat(PlanValue.builder().change(Change.DECREASE).amount(new BigDecimal("2.5")).build())
        .hasToString("下降2.5");
    assertThat(
            PlanValue.builder()
                .amount(new BigDecimal("6"))
                .secondAmount(new BigDecimal("-7"))
                .build())
        .hasToString("6至-7");
    assertThat(
            PlanValue.builder()
                .kind(ValueKind.RATIO)
                .amount(new BigDecimal("1.65"))
                .secondAmount(BigDecimal.ONE)
                .build())
        .hasToString("1.65:1");
    assertThat(PlanValue.builder().kind(ValueKind.ASSIGNED).level(AdministrativeLevel.CITY).build())
        .hasToString("完成市下达指标");
    assertThat(
            PlanValue.builder()
                .kind(ValueKind.RELATIVE)
                .relation(Relation.ABOVE)
                .level(AdministrativeLevel.PROVINCE)
                .build())
        .hasToString("高于全省平均");
    assertThat(PlanValue.builder().kind(ValueKind.LINKED).subject("经济增长").build())
        .hasToString("与经济增长同步");
    assertThat(PlanValue.builder().kind(ValueKind.KEEP_STABLE).build()).hasToString("稳定保持");
    assertThat(PlanValue.builder().kind(ValueKind.NOT_APPLICABLE).build()).hasToString("——");
    assertThat(PlanValue.builder().kind(ValueKind.DESCRIPTIVE).text("全面完成").build())
        .hasToString("全面完成");
  }

  @Test
  void builder_refusesAReadingItsTextWouldNotGiveBack() {
    assertThatThrownBy(() -> PlanValue.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no amount");
    assertThatThrownBy(
            () ->
                PlanValue.builder()
                    .relation(Relation.AT_MOST)
                    .amount(BigDecimal.ONE)
                    .secondAmount(BigDecimal.TEN)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a range takes no other relation");
    assertThatThrownBy(
            () -> PlanValue.builder().kind(ValueKind.DESCRIPTIVE).text("完成市下达指标").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reads as 完成市下达指标 (ASSIGNED");
    assertThatThrownBy(() -> PlanValue.builder().kind(ValueKind.ASSIGNED).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no level");
  }

  // ------------------------------------------------------------------ malformed text

  /** text, the index where parsing fails, and part of the reason. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("[5", 2, "expected ']'"),
        Arguments.of("[]", 1, "expected a figure"),
        Arguments.of("[", 1, "expected a figure"),
        Arguments.of("]", 0, "expected a figure"),
        Arguments.of("9.5%%", 4, "unexpected '%'"),
        Arguments.of("≤", 1, "expected a figure"),
        Arguments.of("≤≤4", 1, "a relation given twice"),
        Arguments.of("≤4以下", 2, "a relation given twice"),
        Arguments.of("--3", 1, "expected a digit after the sign"),
        Arguments.of("1.2.3", 3, "unexpected '.'"),
        Arguments.of("1.", 2, "expected a digit after the decimal point"),
        Arguments.of("1..2", 2, "expected a digit after the decimal point"),
        Arguments.of("-１．万人", 3, "expected a digit after the decimal point"),
        Arguments.of(Strings.repeat("9", 101) + ".", 100, "at most 100 digits"),
        Arguments.of(Strings.repeat("9", 40) + ".", 41, "expected a digit after the decimal point"),
        Arguments.of(Strings.repeat("9", 40) + "e3", 40, "exponent notation is not accepted"),
        Arguments.of(".5", 0, "expected a figure"),
        Arguments.of("1e999999999", 1, "exponent notation is not accepted"),
        Arguments.of("1E-5", 1, "exponent notation is not accepted"),
        Arguments.of("1" + Strings.repeat("0", 10_000), 100, "at most 100 digits"),
        Arguments.of("0." + Strings.repeat("1", 200), 101, "at most 100 digits"),
        Arguments.of("5\u0000", 1, "control character U+0000"),
        Arguments.of("\u00075", 0, "control character U+0007"),
        Arguments.of("5\t6", 1, "control character U+0009"),
        Arguments.of("[5]]", 3, "unexpected ']'"),
        Arguments.of("[5】", 2, "expected ']'"),
        Arguments.of("5-", 1, "unexpected '-'"),
        Arguments.of("%", 0, "expected a figure"),
        Arguments.of("%5", 0, "expected a figure"),
        Arguments.of("5%万人", 2, "unexpected '万'"),
        Arguments.of("累计累计5", 2, "'累计' given twice"),
        Arguments.of("下降提高5", 2, "a change given twice"),
        Arguments.of("约6-7", 0, "a range takes no other relation"),
        Arguments.of("[1.65:1]", 5, "a ratio takes no brackets"),
        Arguments.of("1:2:3", 3, "unexpected ':'"),
        Arguments.of("5,00", 1, "expected three digits after a thousands separator"),
        Arguments.of("年均增长8%", 0, "expected a figure, found '年'"),
        Arguments.of("5 6", 2, "unexpected '6'"),
        Arguments.of("*", 0, "expected a figure"),
        Arguments.of("+", 1, "expected a figure"),
        Arguments.of("≥ ≤", 2, "a relation given twice"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("malformed")
  void parse_malformedText_failsAtTheIndexWithTheReason(String text, int index, String reason) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatThrownBy(() -> PlanValue.parse(text))
                .isInstanceOfSatisfying(
                    PlanValueParseException.class,
                    e -> {
                      assertThat(e.getErrorIndex()).isEqualTo(index);
                      assertThat(e.getParsedString()).isEqualTo(text);
                      assertThat(e.getReason()).contains(reason);
                      assertThat(e.getMessage()).startsWith("Text '").contains("at index " + index);
                    }));
  }

  @Test
  void parseException_messageCutsLongTextAndShowsControlCharacters() {
    String longText = Strings.repeat("1", 200) + "x";
    assertThatThrownBy(() -> PlanValue.parse(longText))
        .hasMessage(
            "Text '"
                + Strings.repeat("1", 64)
                + "…' could not be parsed at index 100: "
                + "a figure may have at most 100 digits");
    assertThatThrownBy(() -> PlanValue.parse("5\n"))
        .hasMessage("Text '5\\u000A' could not be parsed at index 1: control character U+000A");
  }

  @Test
  void parse_textWithoutDigits_isNeverRejected() {
    assertThat(PlanValue.parse("以上").kind()).isEqualTo(ValueKind.DESCRIPTIVE);
    assertThat(PlanValue.parse("达到国内先进水平").kind()).isEqualTo(ValueKind.DESCRIPTIVE);
    assertThat(PlanValue.parse("完成市下达").kind()).isEqualTo(ValueKind.DESCRIPTIVE);
    assertThat(PlanValue.parse("high").kind()).isEqualTo(ValueKind.DESCRIPTIVE);
  }

  // ------------------------------------------------------------ warnings and compound values

  @Test
  void warnings_areAboutTheSpellingAndLeaveTheReadingEquivalent() {
    PlanValue stop = PlanValue.parse("65。3");
    PlanValue point = PlanValue.parse("65.3");
    assertThat(stop.warnings()).containsExactly(NotationWarning.IDEOGRAPHIC_FULL_STOP);
    assertThat(point.warnings()).isEmpty();
    assertThat(PlanValue.parse("≥65.3").warnings()).isEmpty();
    assertThat(stop.isEquivalentTo(point)).isTrue();
    assertThat(stop).isNotEqualTo(point);
    assertThat(stop.plainAmount()).contains(new BigDecimal("65.3"));
    assertThat(stop.describe()).isEqualTo("65。3 (FIGURE EXACT 65.3 warning ideographic-full-stop)");
    assertThat(PlanValue.parse("６５。３").describe())
        .isEqualTo(
            "６５。３ (FIGURE EXACT 65.3 warning ideographic-full-stop"
                + " warning full-width-digits)");
    assertThatThrownBy(() -> stop.warnings().add(NotationWarning.FULL_WIDTH_DIGITS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void compound_keepsItsTextAndReadsEachPart() {
    PlanValue value = PlanValue.parse("<4/<5.5");
    assertThat(value.kind()).isEqualTo(ValueKind.COMPOUND);
    assertThat(value.isFigure()).isFalse();
    assertThat(value.plainAmount()).isEmpty();
    assertThat(value.parts()).containsExactly(PlanValue.parse("<4"), PlanValue.parse("<5.5"));
    assertThat(value.warnings()).containsExactly(NotationWarning.SEVERAL_TARGETS);
    assertThat(value.describe())
        .isEqualTo("<4/<5.5 (COMPOUND parts [<4, <5.5] warning several-targets)");
    assertThat(value).hasToString("<4/<5.5");
    assertThatThrownBy(() -> value.parts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(PlanValue.parse("752.8").parts()).isEmpty();
    assertThat(PlanValue.parse("≥752.8").parts()).isEmpty();
  }

  @Test
  void compound_isEquivalentPartByPart() {
    PlanValue value = PlanValue.parse("<4/<5");
    assertThat(value.isEquivalentTo(PlanValue.parse("<4 / <5"))).isTrue();
    assertThat(value.isEquivalentTo(PlanValue.parse("<4/<6"))).isFalse();
    assertThat(value.isEquivalentTo(PlanValue.parse("<3/<5"))).isFalse();
    assertThat(value.isEquivalentTo(PlanValue.parse("<4/<5/<6"))).isFalse();
    assertThat(value.isEquivalentTo(PlanValue.parse("<4/<5.0"))).isFalse();
    assertThat(value.isNumericallyEquivalentTo(PlanValue.parse("<4/<5.0"))).isTrue();
    assertThat(value.isNumericallyEquivalentTo(PlanValue.parse("<4/<6"))).isFalse();
    assertThat(value.isNumericallyEquivalentTo(PlanValue.parse("<4/<5/<6"))).isFalse();
    assertThat(value.isEquivalentTo(PlanValue.parse("——"))).isFalse();
  }

  @Test
  void compound_hasNoCanonicalSpellingToBuild() {
    assertThatThrownBy(() -> PlanValue.builder().kind(ValueKind.COMPOUND).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void plainAmountIn_convertsTheCellsUnitToTheRows() {
    Unit hectare = Unit.parse("公顷");
    assertThat(PlanValue.parse("12万亩").plainAmountIn(hectare)).hasValue(new BigDecimal("8000"));
    assertThat(PlanValue.parse("752.8").plainAmountIn(hectare)).hasValue(new BigDecimal("752.8"));
    assertThat(PlanValue.parse("9%").plainAmountIn(hectare)).hasValue(new BigDecimal("9"));
    assertThat(PlanValue.parse("1万亩").plainAmountIn(hectare).orElseThrow())
        .isEqualTo(new BigDecimal("666.6666666666666666666666666666667"));
    assertThat(PlanValue.parse("12万人").plainAmountIn(hectare)).isEmpty();
    assertThat(PlanValue.parse("[12]万亩").plainAmountIn(hectare)).isEmpty();
    assertThat(PlanValue.parse("12万亩以上").plainAmountIn(hectare)).isEmpty();
    assertThat(PlanValue.parse("下降12").plainAmountIn(hectare)).isEmpty();
    assertThat(PlanValue.parse("全面完成").plainAmountIn(hectare)).isEmpty();
    assertThat(PlanValue.parse("12万亩").plainAmount()).isEmpty();
  }
}

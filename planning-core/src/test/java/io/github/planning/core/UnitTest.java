package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

  @ParameterizedTest
  @ValueSource(strings = {"%", "亿元", "万人", "万元/亩", "万元/人", "万吨", "万吨标煤", "万立方米", "个", "人",
      "人/亿元", "亿斤", "亿美元", "件", "元", "千套", "岁", "平方米", "年", "张", "微克/立方米", "——", "立方米"})
  void parse_everyUnitOfTheSeedTables_isKnownAndKeepsItsText(String text) {
    Unit unit = Unit.parse(text);
    assertThat(unit.isKnown()).isTrue();
    assertThat(unit.symbol()).isEqualTo(text);
    assertThat(unit).hasToString(text).isEqualTo(Unit.parse(unit.toString()));
  }

  @ParameterizedTest
  @CsvSource({
    "亿元, 元, 8", "万元, 元, 4", "元, 元, 0", "十万人, 人, 5", "百万吨, 克, 12", "千万元, 元, 7",
    "万亿元, 元, 12", "十亿元, 元, 9", "千套, 套, 3", "万吨, 克, 10", "吨, 克, 6", "微克/立方米, 克/立方米, -6",
    "万元/人, 元/人, 4", "人/亿元, 人/元, -8", "万吨标煤, 吨标煤, 4", "亿斤, 斤, 8", "亿美元, 美元, 8",
    "万立方米, 立方米, 4", "十元, 元, 1", "百元, 元, 2"
  })
  void scale_isThePowerOfTenOfThePrefixes(String text, String base, int scale) {
    Unit unit = Unit.parse(text);
    assertThat(unit.scale()).isEqualTo(scale);
    assertThat(unit.baseUnit()).contains(Unit.parse(base));
  }

  @ParameterizedTest
  @CsvSource({
    "752.8, 亿元, 万元, 7528000",
    "12, 万元/人, 元/人, 120000",
    "7528000, 万元, 亿元, 752.8000",
    "1.3, 亿斤, 万斤, 13000",
    "27, 微克/立方米, 克/立方米, 0.000027",
    "0.0197, 人/亿元, 人/万元, 0.00000197",
    "5, %, ‰, 50",
    "1, 万吨, 吨, 10000",
    "16.2, 万人, 人, 162000",
    "3, 个百分点, 百分点, 3"
  })
  void convert_isExact(String amount, String from, String to, String expected) {
    BigDecimal converted = Unit.parse(from).convert(new BigDecimal(amount), Unit.parse(to));
    assertThat(converted).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void convert_acrossDimensions_namesBothUnits() {
    assertThatThrownBy(() -> Unit.YI_YUAN.convert(BigDecimal.ONE, Unit.WAN_PERSONS))
        .isInstanceOfSatisfying(UnitConversionException.class, e -> {
          assertThat(e.from()).isEqualTo(Unit.YI_YUAN);
          assertThat(e.to()).isEqualTo(Unit.WAN_PERSONS);
        })
        .hasMessage("Cannot convert '亿元' to '万人': they measure different quantities (元 and 人)");
    assertThatThrownBy(() -> Unit.parse("亿元").convert(BigDecimal.ONE, Unit.parse("亿美元")))
        .hasMessageContaining("'亿元'").hasMessageContaining("'亿美元'");
    assertThatThrownBy(() -> Unit.parse("万元/人").convert(BigDecimal.ONE, Unit.parse("万元/亩")))
        .hasMessage("Cannot convert '万元/人' to '万元/亩': they measure different quantities "
            + "(元/人 and 元/亩)");
  }

  @Test
  void percentAndPercentagePoint_areDistinct() {
    assertThat(Unit.PERCENT.isPercent()).isTrue();
    assertThat(Unit.PERCENT.isPercentagePoint()).isFalse();
    assertThat(Unit.PERCENTAGE_POINT.isPercentagePoint()).isTrue();
    assertThat(Unit.PERCENT.isConvertibleTo(Unit.PERCENTAGE_POINT)).isFalse();
    assertThatThrownBy(() -> Unit.PERCENT.convert(BigDecimal.ONE, Unit.PERCENTAGE_POINT))
        .isInstanceOf(UnitConversionException.class)
        .hasMessage("Cannot convert '%' to '个百分点': percent and percentage points are different "
            + "quantities");
  }

  @Test
  void unknownUnit_isKeptVerbatimComparesByTextAndDoesNotConvert() {
    Unit unknown = Unit.parse("吨公里");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.symbol()).isEqualTo("吨公里");
    assertThat(unknown).isEqualTo(Unit.parse("吨公里")).isNotEqualTo(Unit.parse("公里"));
    assertThat(unknown.baseUnit()).isEmpty();
    assertThat(unknown.convert(BigDecimal.TEN, Unit.parse("吨公里"))).isEqualTo(BigDecimal.TEN);
    assertThatThrownBy(() -> unknown.convert(BigDecimal.ONE, Unit.parse("公里")))
        .hasMessage("Cannot convert '吨公里' to '公里': '吨公里' is not a known unit");
    assertThat(Unit.parse("万万元").isKnown()).isFalse();
    assertThat(Unit.parse("元/人/年").isKnown()).isFalse();
  }

  @Test
  void parseOfAPart_readsThatPartEvenWhenRecentUnitsShareASlot() {
    java.util.List<String> symbols = new java.util.ArrayList<>(
        java.util.List.of("万人", "亿元", "万元/人", "%", "个百分点", "吨公里", "人", "元"));
    for (int i = 0; i < 300; i++) {
      symbols.add("项" + i); // more symbols than slots: some share one
    }
    for (int round = 0; round < 2; round++) {
      for (String symbol : symbols) {
        String cell = "12" + symbol + "以上";
        Unit unit = Unit.parse(cell, 2, 2 + symbol.length());
        assertThat(unit).isEqualTo(Unit.parse(symbol));
        assertThat(unit.symbol()).isEqualTo(symbol);
      }
    }
    assertThat(Unit.parse("1万人", 1, 3)).isSameAs(Unit.WAN_PERSONS);
  }

  @Test
  void none_isNoUnit() {
    assertThat(Unit.parse("——")).isSameAs(Unit.NONE);
    assertThat(Unit.parse("").isNone()).isTrue();
    assertThat(Unit.parse("—").isNone()).isTrue();
    assertThat(Unit.parse("").isEquivalentTo(Unit.NONE)).isTrue();
    assertThat(Unit.NONE.isConvertibleTo(Unit.PERCENT)).isFalse();
  }

  @Test
  void equality_isBySymbol_equivalenceByMeaning() {
    new EqualsTester()
        .addEqualityGroup(Unit.parse("万元/人"), Unit.parse(" 万元/人 "))
        .addEqualityGroup(Unit.parse("万元／人"))
        .addEqualityGroup(Unit.parse("%"), Unit.PERCENT)
        .addEqualityGroup(Unit.parse("％"))
        .testEquals();
    assertThat(Unit.parse("万元/人").isEquivalentTo(Unit.parse("万元／人"))).isTrue();
    assertThat(Unit.parse("%").isEquivalentTo(Unit.parse("％"))).isTrue();
    assertThat(Unit.parse("万元").isEquivalentTo(Unit.parse("元"))).isFalse();
    assertThat(Unit.parse("万元").isConvertibleTo(Unit.parse("元"))).isTrue();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Unit.class);
    new NullPointerTester().testAllPublicInstanceMethods(Unit.YI_YUAN);
  }
}

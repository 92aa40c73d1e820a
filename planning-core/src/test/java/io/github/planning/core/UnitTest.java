package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%", "亿元", "万人", "万元/亩", "万元/人", "万吨", "万吨标煤", "万立方米", "个", "人", "人/亿元", "亿斤", "亿美元", "件",
        "元", "千套", "岁", "平方米", "年", "张", "微克/立方米", "——", "立方米", "万亩", "公顷", "平方公里", "公里", "吨标准煤/万元",
        "个/千人", "张/千人", "元/人·月", "个/每千人", "万千瓦", "万千瓦时", "亿立方米", "千米", "kg", "m²", "‰", "个百分点"
      })
  void parse_everyUnitOfTheSeedAndRealTables_isKnownAndKeepsItsText(String text) {
    Unit unit = Unit.parse(text);
    assertThat(unit.isKnown()).isTrue();
    assertThat(unit.symbol()).isEqualTo(text);
    assertThat(unit).hasToString(text).isEqualTo(Unit.parse(unit.toString()));
  }

  @ParameterizedTest
  @CsvSource({
    "亿元, 元, 8",
    "万元, 元, 4",
    "元, 元, 0",
    "十万人, 人, 5",
    "百万吨, 吨, 6",
    "千万元, 元, 7",
    "万亿元, 元, 12",
    "十亿元, 元, 9",
    "千套, 套, 3",
    "万吨, 吨, 4",
    "吨, 吨, 0",
    "微克/立方米, 克/立方米, -6",
    "万元/人, 元/人, 4",
    "人/亿元, 人/元, -8",
    "万吨标煤, 吨标煤, 4",
    "亿斤, 斤, 8",
    "亿美元, 美元, 8",
    "万立方米, 立方米, 4",
    "十元, 元, 1",
    "百元, 元, 2",
    "个/千人, 个/人, -3",
    "万元/人·月, 元/人·月, 4",
    "%, %, 0",
    "百亿千瓦时, 千瓦时, 10"
  })
  void scale_isThePowerOfTenOfThePrefixes(String text, String base, int scale) {
    Unit unit = Unit.parse(text);
    assertThat(unit.scale()).isEqualTo(scale);
    assertThat(unit.baseUnit()).contains(Unit.parse(base));
  }

  /**
   * One row per dimension, each factor written from its legal source: 中华人民共和国法定计量单位 (国务院, 1984) and
   * GB 3100-93 (SI units and the units allowed beside them: t, hm² as 公顷, L, h, d, kW·h), the 1959
   * order on the 市制 (1 市斤 = 0.5 kg, 1 亩 = 10000/15 m²) and GB/T 2589-2020 (1 kgce = 29 307.6 kJ).
   * Each converts exactly and back to the amount with its scale.
   */
  @ParameterizedTest(name = "{0} {1} = {3} {2}")
  @CsvSource({
    // money (a unit of account: powers of ten only)
    "752.8, 亿元, 万元, 7528000",
    "7528000, 万元, 亿元, 752.8000",
    // people
    "16.2, 万人, 人, 162000",
    // mass: 1 t = 1000 kg, 1 kg = 1000 g, 1 斤 = 0.5 kg
    "1.5, 吨, 千克, 1500",
    "2.5, 千克, 克, 2500",
    "1.5, 斤, 千克, 0.75",
    "1.3, 亿斤, 万吨, 6.5",
    // length: 1 km = 1000 m
    "12.5, 公里, 米, 12500",
    "3.20, 千米, 公里, 3.20",
    // area: 1 hm² = 10⁴ m², 1 km² = 10⁶ m², 15 亩 = 1 hm²
    "4.5, 公顷, 平方米, 45000",
    "2.35, 平方公里, 公顷, 235",
    "30, 亩, 公顷, 2.0",
    "8000, 公顷, 万亩, 12.00",
    // volume: 1 L = 10⁻³ m³
    "4606.24, 万立方米, 亿立方米, 0.460624",
    "2.5, 立方米, 升, 2500",
    // energy: 1 kW·h = 3.6 MJ = 3.6 × 10⁶ J, 1 tce = 29.3076 GJ
    "1, 千瓦时, 焦耳, 3600000",
    "2.5, 万千瓦时, 千瓦时, 25000",
    "1, 吨标准煤, 焦耳, 29307600000",
    "1.000, 吨标准煤, 千克标准煤, 1000",
    // power
    "120, 万千瓦, 千瓦, 1200000",
    // time: 1 h = 3600 s, 1 d = 86400 s; calendar: 1 年 = 12 月
    "1.5, 小时, 秒, 5400",
    "2, 天, 小时, 48",
    "1.5, 年, 月, 18",
    // count
    "3, 千套, 套, 3000",
    // ratios: 1 % = 10 ‰; percentage points
    "5, %, ‰, 50",
    "3, 个百分点, 百分点, 3"
  })
  void convert_perDimension_isExactAndRoundTrips(
      String amount, String from, String to, String expected) {
    BigDecimal x = new BigDecimal(amount);
    BigDecimal y = Unit.parse(from).convert(x, Unit.parse(to));
    assertThat(y).isEqualByComparingTo(expected);
    assertThat(y.precision())
        .isEqualTo(Math.max(x.precision(), y.stripTrailingZeros().precision()));
    BigDecimal back = Unit.parse(to).convert(y, Unit.parse(from));
    if (y.stripTrailingZeros().precision() <= x.precision()) {
      assertThat(back).isEqualTo(x); // with its scale
    } else {
      assertThat(back).isEqualByComparingTo(x);
    }
  }

  @Test
  void convert_keepsTheSignificantDigits() {
    assertThat(Unit.YI_YUAN.convert(new BigDecimal("752.8"), Unit.WAN_YUAN))
        .isEqualTo(new BigDecimal("7.528E+6"));
    assertThat(Unit.WAN_YUAN.convert(new BigDecimal("7528000"), Unit.YI_YUAN))
        .isEqualTo(new BigDecimal("752.8000"));
    assertThat(Unit.parse("斤").convert(new BigDecimal("3"), Unit.parse("千克")))
        .isEqualTo(new BigDecimal("1.5")); // one digit more: the exact value needs it
    assertThat(Unit.parse("千克").convert(new BigDecimal("1.5"), Unit.parse("斤")))
        .isEqualTo(new BigDecimal("3.0"));
    assertThat(Unit.parse("公顷").convert(new BigDecimal("0.00"), Unit.parse("亩")))
        .isEqualTo(new BigDecimal("0.00"));
    assertThat(Unit.parse("亩").convert(new BigDecimal("-30"), Unit.parse("公顷")))
        .isEqualTo(new BigDecimal("-2.0"));
    assertThat(Unit.PERCENT.convert(new BigDecimal("5"), Unit.PERCENT))
        .isEqualTo(new BigDecimal("5"));
  }

  @ParameterizedTest(name = "{0} {1} = {3} {2}")
  @CsvSource({
    "12, 万元/人, 元/人, 120000",
    "20.5, 万元/亩, 元/平方米, 307.5",
    "20.5, 万元/亩, 亿元/万亩, 20.5",
    "27, 微克/立方米, 毫克/立方米, 0.027",
    "27, 微克/立方米, 克/立方米, 0.000027",
    "0.0197, 人/亿元, 人/万元, 0.00000197",
    "0.45, 吨标准煤/万元, 千克标准煤/元, 0.045",
    "0.45, 吨标准煤/万元, 千瓦时/元, 0.366345",
    "4.5, 个/千人, 个/万人, 45",
    "4.5, 个/每千人, 个/千人, 4.5",
    "6.3, 张/千人, 张/人, 0.0063",
    "3500, 元/人·月, 万元/人·年, 4.200",
    "2, 万千瓦时/平方公里, 千瓦时/公顷, 200"
  })
  void convert_compositeUnits_factorByFactor(
      String amount, String from, String to, String expected) {
    BigDecimal x = new BigDecimal(amount);
    BigDecimal y = Unit.parse(from).convert(x, Unit.parse(to));
    assertThat(y).isEqualByComparingTo(expected);
    assertThat(Unit.parse(to).convert(y, Unit.parse(from))).isEqualByComparingTo(x);
  }

  @Test
  void convert_withoutAFiniteDecimal_asksForARounding() {
    Unit mu = Unit.parse("亩");
    Unit squareMetre = Unit.parse("平方米");
    assertThatThrownBy(() -> mu.convert(BigDecimal.ONE, squareMetre))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "1 亩 in 平方米 has no finite decimal expansion (the factor is 2000/3): give a "
                + "MathContext or a scale and a RoundingMode");
    assertThat(mu.convert(BigDecimal.ONE, squareMetre, MathContext.DECIMAL64))
        .isEqualTo(new BigDecimal("666.6666666666667"));
    assertThat(mu.convert(BigDecimal.ONE, squareMetre, new MathContext(5, RoundingMode.DOWN)))
        .isEqualTo(new BigDecimal("666.66"));
    assertThat(mu.convert(BigDecimal.ONE, Unit.parse("公顷"), 4, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("0.0667"));
    assertThat(
            Unit.parse("万亩")
                .convert(new BigDecimal("12"), Unit.parse("公顷"), 2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("8000.00"));
    assertThat(Unit.parse("万亩").convert(BigDecimal.ONE, Unit.parse("公顷"), 0, RoundingMode.DOWN))
        .isEqualTo(new BigDecimal("666"));
  }

  @Test
  void equivalentSpellings_convertWithAFactorOfOne() {
    assertThat(Unit.parse("公里").isEquivalentTo(Unit.parse("千米"))).isTrue();
    assertThat(Unit.parse("公斤").isEquivalentTo(Unit.parse("千克"))).isTrue();
    assertThat(Unit.parse("度").isEquivalentTo(Unit.parse("千瓦时"))).isTrue();
    assertThat(Unit.parse("吨标煤").isEquivalentTo(Unit.parse("吨标准煤"))).isTrue();
    assertThat(Unit.parse("个/每千人").isEquivalentTo(Unit.parse("个/千人"))).isTrue();
    assertThat(Unit.parse("公顷").isEquivalentTo(Unit.parse("亩"))).isFalse();
    assertThat(Unit.parse("公顷").isConvertibleTo(Unit.parse("亩"))).isTrue();
  }

  @Test
  void convert_acrossDimensions_namesBoth() {
    assertThatThrownBy(() -> Unit.YI_YUAN.convert(BigDecimal.ONE, Unit.WAN_PERSONS))
        .isInstanceOfSatisfying(
            UnitConversionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(Unit.YI_YUAN);
              assertThat(e.to()).isEqualTo(Unit.WAN_PERSONS);
            })
        .hasMessage(
            "Cannot convert '亿元' to '万人': '亿元' is money in CNY, '万人' is a number of " + "people");
    assertThatThrownBy(() -> Unit.parse("亩").convert(BigDecimal.ONE, Unit.YI_YUAN))
        .hasMessage("Cannot convert '亩' to '亿元': '亩' is an area, '亿元' is money in CNY");
    assertThatThrownBy(() -> Unit.parse("万元/人").convert(BigDecimal.ONE, Unit.parse("万元/亩")))
        .hasMessage(
            "Cannot convert '万元/人' to '万元/亩': '万元/人' is money in CNY per person, "
                + "'万元/亩' is money in CNY per area");
    assertThatThrownBy(() -> Unit.parse("件").convert(BigDecimal.ONE, Unit.parse("个")))
        .hasMessage("Cannot convert '件' to '个': '件' is a count of 件, '个' is a count of 个");
    assertThatThrownBy(() -> Unit.parse("元/人·月").convert(BigDecimal.ONE, Unit.parse("元")))
        .hasMessage(
            "Cannot convert '元/人·月' to '元': '元/人·月' is money in CNY per person × "
                + "calendar period, '元' is money in CNY");
    assertThatThrownBy(() -> Unit.NONE.convert(BigDecimal.ONE, Unit.PERCENT))
        .hasMessage("Cannot convert '——' to '%': '——' is no unit, '%' is a ratio");
    assertThatThrownBy(() -> Unit.parse("年").convert(BigDecimal.ONE, Unit.parse("天")))
        .hasMessage("Cannot convert '年' to '天': '年' is a calendar period, '天' is a duration");
  }

  @Test
  void currencies_convertOnlyAtAUsersRate() {
    Unit yiDollars = Unit.parse("亿美元");
    assertThat(yiDollars.isConvertibleTo(Unit.YI_YUAN)).isFalse();
    assertThatThrownBy(() -> yiDollars.convert(BigDecimal.ONE, Unit.YI_YUAN))
        .isInstanceOf(UnitConversionException.class)
        .hasMessage(
            "Cannot convert '亿美元' to '亿元': '亿美元' is money in USD, '亿元' is money in "
                + "CNY: converting needs an exchange rate");
    assertThatThrownBy(() -> Unit.parse("美元/人").convert(BigDecimal.ONE, Unit.parse("元/人")))
        .hasMessageEndingWith(": converting needs an exchange rate");
    ExchangeRate rate = ExchangeRate.of(Unit.parse("美元"), new BigDecimal("6.8974"), Unit.YUAN);
    MathContext context = MathContext.DECIMAL64;
    assertThat(yiDollars.convert(new BigDecimal("2"), Unit.YI_YUAN, rate, context))
        .isEqualByComparingTo("13.7948");
    assertThat(Unit.YI_YUAN.convert(new BigDecimal("13.7948"), yiDollars, rate, context))
        .isEqualByComparingTo("2");
    assertThat(Unit.parse("万美元/人").convert(BigDecimal.ONE, Unit.parse("元/人"), rate, context))
        .isEqualByComparingTo("68974");
    assertThat(
            Unit.parse("人/亿元")
                .convert(new BigDecimal("6.8974"), Unit.parse("人/亿美元"), rate, context))
        .isEqualByComparingTo("47.57412676");
    ExchangeRate perYi = ExchangeRate.of(yiDollars, new BigDecimal("6.8974"), Unit.YI_YUAN);
    assertThat(Unit.parse("美元").convert(BigDecimal.TEN, Unit.YUAN, perYi, context))
        .isEqualByComparingTo("68.974");
    assertThat(Unit.YI_YUAN.convert(BigDecimal.ONE, Unit.WAN_YUAN, rate, context))
        .isEqualByComparingTo("10000");
    assertThatThrownBy(() -> Unit.parse("欧元").convert(BigDecimal.ONE, Unit.YUAN, rate, context))
        .hasMessageContaining("exchange rate");
    assertThatThrownBy(() -> yiDollars.convert(BigDecimal.ONE, Unit.WAN_PERSONS, rate, context))
        .hasMessage(
            "Cannot convert '亿美元' to '万人': '亿美元' is money in USD, '万人' is a number of " + "people");
  }

  @Test
  void exchangeRate_needsTwoCurrenciesAndAPositiveRate() {
    Unit dollar = Unit.parse("美元");
    assertThatThrownBy(() -> ExchangeRate.of(Unit.PERSON, BigDecimal.ONE, Unit.YUAN))
        .hasMessage("'人' is not a currency");
    assertThatThrownBy(() -> ExchangeRate.of(dollar, BigDecimal.ONE, Unit.parse("元/人")))
        .hasMessage("'元/人' is not a currency");
    assertThatThrownBy(() -> ExchangeRate.of(Unit.parse("人/美元"), BigDecimal.ONE, Unit.YUAN))
        .hasMessage("'人/美元' is not a currency");
    assertThatThrownBy(() -> ExchangeRate.of(Unit.parse("万美元"), BigDecimal.ONE, dollar))
        .hasMessage("an exchange rate needs two currencies, '万美元' and '美元' are both USD");
    assertThatThrownBy(() -> ExchangeRate.of(dollar, BigDecimal.ZERO, Unit.YUAN))
        .hasMessage("rate (0) must be > 0");
    assertThatThrownBy(() -> ExchangeRate.of(dollar, new BigDecimal("-1"), Unit.YUAN))
        .hasMessage("rate (-1) must be > 0");
    assertThat(ExchangeRate.of(dollar, BigDecimal.TEN, Unit.YUAN).rate()).isEqualTo(BigDecimal.TEN);
  }

  @Test
  void percentAndPercentagePoint_areDistinct() {
    assertThat(Unit.PERCENT.isPercent()).isTrue();
    assertThat(Unit.parse("％").isPercent()).isTrue();
    assertThat(Unit.PER_MILLE.isPercent()).isFalse();
    assertThat(Unit.parse("万%").isPercent()).isFalse();
    assertThat(Unit.parse("%/人").isPercent()).isFalse();
    assertThat(Unit.PERCENT.isPercentagePoint()).isFalse();
    assertThat(Unit.PERCENTAGE_POINT.isPercentagePoint()).isTrue();
    assertThat(Unit.parse("pp").isPercentagePoint()).isTrue();
    assertThat(Unit.parse("万个百分点").isPercentagePoint()).isFalse();
    assertThat(Unit.parse("个百分点/人").isPercentagePoint()).isFalse();
    assertThat(Unit.PERCENT.isConvertibleTo(Unit.PERCENTAGE_POINT)).isFalse();
    assertThatThrownBy(() -> Unit.PERCENT.convert(BigDecimal.ONE, Unit.PERCENTAGE_POINT))
        .isInstanceOf(UnitConversionException.class)
        .hasMessage(
            "Cannot convert '%' to '个百分点': '%' is a ratio, '个百分点' is a difference of "
                + "percentages");
  }

  @Test
  void unknownUnit_isKeptVerbatimComparesByTextAndDoesNotConvert() {
    Unit unknown = Unit.parse("吨公里");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.symbol()).isEqualTo("吨公里");
    assertThat(unknown).isEqualTo(Unit.parse("吨公里")).isNotEqualTo(Unit.parse("公里"));
    assertThat(unknown.baseUnit()).isEmpty();
    assertThat(unknown.convert(BigDecimal.TEN, Unit.parse("吨公里"))).isEqualTo(BigDecimal.TEN);
    assertThat(unknown.isConvertibleTo(Unit.parse("万吨公里"))).isFalse();
    assertThatThrownBy(() -> unknown.convert(BigDecimal.ONE, Unit.parse("公里")))
        .hasMessage("Cannot convert '吨公里' to '公里': '吨公里' is not a known unit");
    assertThatThrownBy(() -> Unit.parse("公里").convert(BigDecimal.ONE, unknown))
        .hasMessage("Cannot convert '公里' to '吨公里': '吨公里' is not a known unit");
    for (String text :
        new String[] {
          "万万元", "元/人/年", "/人", "元/", "元/每", "元·", "工时", "瓦时/", "元／人／年", "十米米", "千千千克"
        }) {
      assertThat(Unit.parse(text).isKnown()).as(text).isFalse();
    }
    assertThat(Unit.parse("元／人").isKnown()).isTrue();
  }

  @Test
  void parse_longerThanTheBound_isRefusedQuicklyWithAClearError() {
    assertThat(Unit.parse("元".repeat(Unit.MAX_LENGTH)).isKnown()).isFalse();
    assertThat(Unit.parse(" " + "元".repeat(Unit.MAX_LENGTH) + " ").symbol())
        .hasSize(Unit.MAX_LENGTH);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (int length : new int[] {Unit.MAX_LENGTH + 1, 150_000, 999_000}) {
            String text = "万".repeat(length - 1) + "元";
            assertThatThrownBy(() -> Unit.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                    "a unit may have at most 32 characters: '"
                        + "万".repeat(32)
                        + "…' has "
                        + length);
            assertThatThrownBy(() -> Unit.parse("12" + text + "以上", 2, 2 + length))
                .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> PlanValue.parse("1" + text))
                .isInstanceOfSatisfying(
                    PlanValueParseException.class,
                    e -> assertThat(e.getErrorIndex()).isEqualTo(1 + Unit.MAX_LENGTH))
                .hasMessageContaining("a unit may have at most 32 characters");
          }
        });
  }

  @Test
  void cache_holdsAtMost64BoundedUnits() {
    for (int i = 0; i < 1_100; i++) {
      String symbol = String.format("%032d", i);
      assertThat(Unit.parse(symbol).symbol()).isEqualTo(symbol);
      String over = symbol + "x";
      assertThatThrownBy(() -> Unit.parse(over)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Unit.cachedCharacters()).isBetween(1, 64 * Unit.MAX_LENGTH);
  }

  @Test
  void parseOfAPart_readsThatPartEvenWhenRecentUnitsShareASlot() {
    java.util.List<String> symbols =
        new java.util.ArrayList<>(
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
    assertThat(Unit.parse("1万人", 1, 3)).isEqualTo(Unit.WAN_PERSONS);
    assertThat(Unit.parse("1 万人 ", 1, 5)).isEqualTo(Unit.WAN_PERSONS);
    assertThat(Unit.parse("1 万人 ", 1, 5).symbol()).isEqualTo("万人");
    String spaced = " ".repeat(Unit.MAX_LENGTH) + "万人";
    assertThat(Unit.parse(spaced, 0, spaced.length())).isEqualTo(Unit.WAN_PERSONS);
  }

  @Test
  void products_areWrittenWithAMiddleDot() {
    Unit perPersonMonth = Unit.parse("元/人·月");
    assertThat(Unit.parse("元/人・月").isEquivalentTo(perPersonMonth)).isTrue();
    assertThat(Unit.parse("元/人月").isKnown()).isFalse();
    assertThat(Unit.parse("人·月/元").convert(new BigDecimal("3"), Unit.parse("人·年/万元")))
        .isEqualByComparingTo("2500");
  }

  @Test
  void none_isNoUnit() {
    assertThat(Unit.parse("——")).isSameAs(Unit.NONE);
    assertThat(Unit.parse("").isNone()).isTrue();
    assertThat(Unit.parse("—").isNone()).isTrue();
    assertThat(Unit.parse("-").isNone()).isTrue();
    assertThat(Unit.parse("").isEquivalentTo(Unit.NONE)).isTrue();
    assertThat(Unit.parse("").isKnown()).isTrue();
    assertThat(Unit.NONE.isConvertibleTo(Unit.PERCENT)).isFalse();
    assertThat(Unit.PERCENT.isConvertibleTo(Unit.NONE)).isFalse();
    assertThat(Unit.NONE.baseUnit()).isEmpty();
    assertThat(Unit.NONE.scale()).isZero();
    assertThat(Unit.YUAN.isNone()).isFalse();
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
    assertThat(Unit.parse("万元").isEquivalentTo(Unit.parse("万人"))).isFalse();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(
                ExchangeRate.class, ExchangeRate.of(Unit.parse("美元"), BigDecimal.TEN, Unit.YUAN))
            .setDefault(MathContext.class, MathContext.DECIMAL64);
    tester.testAllPublicStaticMethods(Unit.class);
    tester.testAllPublicInstanceMethods(Unit.YI_YUAN);
    tester.testAllPublicStaticMethods(ExchangeRate.class);
    tester.testAllPublicConstructors(ExchangeRate.class);
  }
}

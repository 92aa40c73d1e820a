package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanPeriodTest {

  @ParameterizedTest
  @CsvSource({
    "十三五, 2016, 2020",
    "十四五, 2021, 2025",
    "十五五, 2026, 2030",
    "“十四五”, 2021, 2025",
    "十四五规划, 2021, 2025",
    "十五, 2001, 2005",
    "十一五, 2006, 2010",
    "三五, 1966, 1970",
    "一五, 1953, 1957",
    "二五, 1958, 1962",
    "二十五, 2051, 2055",
    "2021-2025, 2021, 2025",
    "2021–2025, 2021, 2025",
    "2021年-2025年, 2021, 2025",
    "2021-2035, 2021, 2035",
    "2021至2025年, 2021, 2025"
  })
  void parse_readsNamesAndYears(String text, int start, int end) {
    PlanPeriod period = PlanPeriod.parse(text);
    assertThat(period.startYear()).isEqualTo(start);
    assertThat(period.endYear()).isEqualTo(end);
    assertThat(PlanPeriod.parse(period.toString())).isEqualTo(period);
  }

  @Test
  void fourteenth_hasItsYears() {
    PlanPeriod p = PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN;
    assertThat(p.baseYear()).isEqualTo(2020);
    assertThat(p.targetYear()).isEqualTo(2025);
    assertThat(p.lengthInYears()).isEqualTo(5);
    assertThat(p.contains(2021)).isTrue();
    assertThat(p.contains(2020)).isFalse();
    assertThat(p.ordinal()).hasValue(14);
    assertThat(p.chineseName()).contains("十四五");
    assertThat(p).hasToString("2021-2025");
    assertThat(PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN.chineseName()).contains("十三五");
    assertThat(PlanPeriod.fiveYearPlan(10).chineseName()).contains("十五");
    assertThat(PlanPeriod.fiveYearPlan(20).chineseName()).contains("二十五");
    assertThat(PlanPeriod.of(2021, 2035).ordinal()).isEmpty();
    assertThat(PlanPeriod.of(2021, 2035).chineseName()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "十四", "五", "十十五", "2025-2021", "2021", "20212025", "十四六", "abc"})
  void parse_rejectsWhatIsNotAPeriod(String text) {
    assertThatThrownBy(() -> PlanPeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1953",
    "2, 1958",
    "3, 1966",
    "9, 1996",
    "10, 2001",
    "11, 2006",
    "19, 2046",
    "20, 2051",
    "21, 2056",
    "99, 2446"
  })
  void fiveYearPlans_haveTheirYearsOrdinalAndName(int ordinal, int start) {
    PlanPeriod plan = PlanPeriod.fiveYearPlan(ordinal);
    assertThat(plan.startYear()).isEqualTo(start);
    assertThat(plan.endYear()).isEqualTo(start + 4);
    assertThat(plan.lengthInYears()).isEqualTo(5);
    assertThat(plan.ordinal()).hasValue(ordinal);
    assertThat(PlanPeriod.parse(plan.chineseName().orElseThrow())).isEqualTo(plan);
  }

  @Test
  void chineseNames_ofTheOrdinals() {
    assertThat(PlanPeriod.fiveYearPlan(1).chineseName()).contains("一五");
    assertThat(PlanPeriod.fiveYearPlan(9).chineseName()).contains("九五");
    assertThat(PlanPeriod.fiveYearPlan(11).chineseName()).contains("十一五");
    assertThat(PlanPeriod.fiveYearPlan(21).chineseName()).contains("二十一五");
    assertThat(PlanPeriod.fiveYearPlan(99).chineseName()).contains("九十九五");
    assertThat(PlanPeriod.of(1960, 1964).ordinal()).isEmpty();
    assertThat(PlanPeriod.of(1900, 1904).ordinal()).isEmpty();
    assertThat(PlanPeriod.of(2021, 2024).ordinal()).isEmpty();
    assertThat(PlanPeriod.of(2020, 2024).ordinal()).isEmpty();
    assertThat(PlanPeriod.of(2021, 2021).lengthInYears()).isEqualTo(1);
  }

  @Test
  void contains_andOrder() {
    PlanPeriod p = PlanPeriod.of(2021, 2025);
    assertThat(p.contains(2025)).isTrue();
    assertThat(p.contains(2026)).isFalse();
    assertThat(p.contains(2021)).isTrue();
    assertThat(p.compareTo(PlanPeriod.of(2021, 2025))).isZero();
    assertThat(p.compareTo(PlanPeriod.of(2016, 2020))).isPositive();
    assertThat(p.compareTo(PlanPeriod.of(2021, 2024))).isPositive();
    assertThat(p.hashCode())
        .isEqualTo(PlanPeriod.of(2021, 2025).hashCode())
        .isNotEqualTo(PlanPeriod.of(2021, 2026).hashCode());
    assertThat(p).isNotEqualTo("2021-2025");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021~2025",
        "2021～2025",
        "2021年至2025年",
        "2021—2025",
        "十四五时期",
        "“十四五”规划",
        "\"十四五\""
      })
  void parse_moreSpellings(String text) {
    assertThat(PlanPeriod.parse(text)).isEqualTo(PlanPeriod.of(2021, 2025));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1十五",
        "十1五",
        "一二五",
        "十一十五",
        "2021/2025",
        "2021-20x5",
        "x021-2025",
        "百五",
        "零五",
        "〇五",
        "十零五",
        "五五五五"
      })
  void parse_rejectsMalformedNamesAndYears(String text) {
    assertThatThrownBy(() -> PlanPeriod.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_checksTheYears() {
    assertThatThrownBy(() -> PlanPeriod.of(2025, 2021))
        .hasMessage("the end year 2021 precedes the start year 2025");
    assertThatThrownBy(() -> PlanPeriod.of(99, 2021))
        .hasMessage("the start year 99 must be between 1000 and 9999");
    assertThatThrownBy(() -> PlanPeriod.of(10000, 10001))
        .hasMessage("the start year 10000 must be between 1000 and 9999");
    assertThatThrownBy(() -> PlanPeriod.of(9999, 10000))
        .hasMessage("the end year 10000 must be between 1000 and 9999");
    assertThat(PlanPeriod.of(1000, 9999).lengthInYears()).isEqualTo(9000);
    assertThatThrownBy(() -> PlanPeriod.fiveYearPlan(0))
        .hasMessage("ordinal (0) must be between 1 and 99");
    assertThatThrownBy(() -> PlanPeriod.fiveYearPlan(100))
        .hasMessage("ordinal (100) must be between 1 and 99");
    assertThatThrownBy(() -> PlanPeriod.parse("2025-2021"))
        .hasMessageContaining("the end year 2021 precedes 2025");
  }

  @Test
  void equalityAndOrder() {
    new EqualsTester()
        .addEqualityGroup(PlanPeriod.parse("十四五"), PlanPeriod.of(2021, 2025))
        .addEqualityGroup(PlanPeriod.of(2021, 2035))
        .testEquals();
    assertThat(PlanPeriod.of(2016, 2020)).isLessThan(PlanPeriod.of(2021, 2025));
    assertThat(PlanPeriod.of(2021, 2025)).isLessThan(PlanPeriod.of(2021, 2035));
  }

  @Test
  void ofBaseAndTarget_isTheYearsAfterTheBase() {
    assertThat(PlanPeriod.ofBaseAndTarget(2020, 2025)).isEqualTo(PlanPeriod.of(2021, 2025));
    assertThat(PlanPeriod.ofBaseAndTarget(2020, 2021)).isEqualTo(PlanPeriod.of(2021, 2021));
    assertThatThrownBy(() -> PlanPeriod.ofBaseAndTarget(2020, 2020))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the target year 2020 must come after the base year 2020");
  }

  @Test
  void resolve_takesTheTablesPeriod_elseTheGivenOne_andRefusesAContradiction() {
    java.util.Optional<PlanPeriod> table = java.util.Optional.of(PlanPeriod.of(2021, 2025));
    java.util.Optional<PlanPeriod> none = java.util.Optional.empty();
    assertThat(PlanPeriod.resolve(table, none)).isEqualTo(table);
    assertThat(PlanPeriod.resolve(none, table)).isEqualTo(table);
    assertThat(PlanPeriod.resolve(table, java.util.Optional.of(PlanPeriod.parse("十四五"))))
        .isEqualTo(table);
    assertThat(PlanPeriod.resolve(none, none)).isEmpty();
    assertThatThrownBy(
            () -> PlanPeriod.resolve(table, java.util.Optional.of(PlanPeriod.parse("十三五"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the period given, 十三五 2016-2020, contradicts the years of the table, "
                + "base 2020 and target 2025 (十四五 2021-2025)");
    assertThatThrownBy(
            () -> PlanPeriod.resolve(java.util.Optional.of(PlanPeriod.of(2021, 2035)), table))
        .hasMessage(
            "the period given, 十四五 2021-2025, contradicts the years of the "
                + "table, base 2020 and target 2035 (2021-2035)");
  }

  @Test
  void checkYear_isTheOneYearRuleAndNamesTheValue() {
    assertThat(PlanPeriod.checkYear("base year", 1000)).isEqualTo(1000);
    assertThat(PlanPeriod.checkYear("base year", 9999)).isEqualTo(9999);
    assertThatThrownBy(() -> PlanPeriod.checkYear("base year", 999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the base year 999 must be between 1000 and 9999");
    assertThatThrownBy(() -> PlanPeriod.checkYear("target year", 10000))
        .hasMessage("the target year 10000 must be between 1000 and 9999");
  }

  @ParameterizedTest
  @CsvSource({"2025, 2025", "' 1000 ', 1000", "9999, 9999"})
  void yearOf_readsFourDigitYears(String text, int year) {
    assertThat(PlanPeriod.yearOf(text)).hasValue(year);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0999", "999", "10000", "20x5", "２０２５", "2025年", "-2025", "+202"})
  void yearOf_refusesAnythingElse(String text) {
    assertThat(PlanPeriod.yearOf(text)).isEmpty();
  }

  @Test
  void ofRows_isThePeriodTheRowsState() {
    Indicator a = Indicator.builder().code("a").name("甲").build();
    PlanRow noYears = PlanRow.builder().indicator(a).build();
    PlanRow target2025 = PlanRow.builder().indicator(a).targetYear(2025).build();
    PlanRow target2023 = PlanRow.builder().indicator(a).targetYear(2023).build();
    PlanRow base2020 = PlanRow.builder().indicator(a).baseYear(2020).targetYear(2035).build();
    PlanRow actualOnly = PlanRow.builder().indicator(a).baseYear(2015).actualYear(2020).build();

    assertThat(PlanPeriod.ofRows(java.util.List.of(noYears, base2020)))
        .contains(PlanPeriod.of(2021, 2035));
    assertThat(PlanPeriod.ofRows(java.util.List.of(actualOnly)))
        .contains(PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN);
    assertThat(PlanPeriod.ofRows(java.util.List.of(target2025, base2020)))
        .as("a row with both years comes before a guess from a target year")
        .contains(PlanPeriod.of(2021, 2035));
    assertThat(PlanPeriod.ofRows(java.util.List.of(target2023, target2025)))
        .contains(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN);
    assertThat(PlanPeriod.ofRows(java.util.List.of(noYears, target2023))).isEmpty();
    assertThat(PlanPeriod.ofRows(java.util.List.of())).isEmpty();
  }
}

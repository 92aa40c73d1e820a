package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Destatis' weather symbols by the rules of its page "Status der Indikatoren": the average of the
 * last five yearly changes carried on to the target year, every figure computed here.
 */
class DestatisWeatherTest {

  private static ProgressInput.Builder years(int first, String... values) {
    ProgressInput.Builder in = ProgressInput.builder().baseYear(first - 1).targetYear(2030);
    for (int i = 0; i < values.length; i++) {
      in.putObservation(first + i, new BigDecimal(values[i]));
    }
    return in;
  }

  private static ProgressResult assess(ProgressInput.Builder in) {
    return ProgressMeasure.DESTATIS.assess(in.build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // six yearly values 2016–2021 from 30 to the latest, target 65 in 2030
    "sun,              45,  65, HIGHER_IS_BETTER, SUN",
    "sun behind cloud, 42,  65, HIGHER_IS_BETTER, SUN_BEHIND_CLOUD",
    "cloud,            35,  65, HIGHER_IS_BETTER, CLOUD",
    "no change,        30,  65, HIGHER_IS_BETTER, THUNDERSTORM",
    "wrong way,        28,  65, HIGHER_IS_BETTER, THUNDERSTORM",
    // an index that should fall to 20 by 2030
    "falling light,    26.8, 20, LOWER_IS_BETTER,  SUN_BEHIND_CLOUD",
    "falling cloud,    27.5, 20, LOWER_IS_BETTER,  CLOUD",
    "rising storm,     31,  20, LOWER_IS_BETTER,  THUNDERSTORM"
  })
  void theAverageOfTheLastFiveChanges_projected_againstTheRemainingGap(
      String name, String latest, String target, Direction direction, WeatherSymbol symbol) {
    double start = 30;
    double v = Double.parseDouble(latest);
    double t = Double.parseDouble(target);
    ProgressInput.Builder in =
        years(2016, "30", "31", "32", "33", "34", latest)
            .direction(direction)
            .targetValue(new BigDecimal(target));

    ProgressResult r = assess(in);

    double change = (v - start) / 5;
    double projected = v + change * 9;
    assertThat(r.status()).isEqualTo(symbol);
    assertThat(r.baseYear()).hasValue(2016);
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(change, within(1e-12));
    assertThat(r.projectedValue().orElseThrow().doubleValue()).isCloseTo(projected, within(1e-10));
    assertThat(r.requiredGrowth().orElseThrow().doubleValue())
        .isCloseTo((t - v) / 9, within(1e-12));
    assertThat(r.thresholds()).extracting(BigDecimal::doubleValue).containsExactly(0.05, 0.2);
    int right = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
    if (change * right > 0) {
      double deviation = (t - projected) / (t - v);
      assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(deviation, within(1e-12));
      assertThat(r.status())
          .isEqualTo(
              deviation < 0.05
                  ? WeatherSymbol.SUN
                  : deviation <= 0.2 ? WeatherSymbol.SUN_BEHIND_CLOUD : WeatherSymbol.CLOUD);
    } else {
      assertThat(r.ratio()).isEmpty();
    }
  }

  @Test
  void theBoundaries_fivePercentIsLightCloud_twentyPercentToo() {
    // 2021–2026, target 50 in 2030, latest 40: a gap of 10, projected over 4 years
    ProgressInput.Builder p04 = years(2021, "28", "29", "30", "31", "28", "40"); // +2.4: 49.6
    ProgressInput.Builder p05 = years(2021, "27.5", "29", "30", "31", "32", "40"); // +2.5: 50
    assertThat(assess(p04.targetValue(new BigDecimal("50"))).status()).isEqualTo(WeatherSymbol.SUN);
    assertThat(assess(p05.targetValue(new BigDecimal("50"))).status()).isEqualTo(WeatherSymbol.SUN);
    // +2.375 a year: 49.5, 0.5 of 10 = 5 % missed: "um mindestens 5 %"
    ProgressInput.Builder five = years(2021, "28.125", "29", "30", "31", "32", "40");
    ProgressResult atFive = assess(five.targetValue(new BigDecimal("50")));
    assertThat(atFive.ratio()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.05"));
    assertThat(atFive.status()).isEqualTo(WeatherSymbol.SUN_BEHIND_CLOUD);
    // +2 a year: 48, 2 of 10 = 20 %: "maximal um 20 %"
    ProgressInput.Builder twenty = years(2021, "30", "31", "32", "33", "34", "40");
    ProgressResult atTwenty = assess(twenty.targetValue(new BigDecimal("50")));
    assertThat(atTwenty.ratio()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.2"));
    assertThat(atTwenty.status()).isEqualTo(WeatherSymbol.SUN_BEHIND_CLOUD);
    // +1.95 a year: 47.8, 22 %
    ProgressInput.Builder beyond = years(2021, "30.25", "31", "32", "33", "34", "40");
    assertThat(assess(beyond.targetValue(new BigDecimal("50"))).status())
        .isEqualTo(WeatherSymbol.CLOUD);
  }

  @Test
  void aTargetMet_isSun_orSunBehindCloudWhenTheAverageWorsens() {
    ProgressInput.Builder rising = years(2018, "45", "47", "49", "51", "53");
    ProgressResult met = assess(rising.targetValue(new BigDecimal("50")));
    assertThat(met.status()).isEqualTo(WeatherSymbol.SUN);
    assertThat(met.targetMet()).isTrue();
    assertThat(met.ratio()).isEmpty();

    ProgressInput.Builder falling = years(2018, "60", "58", "56", "54", "52");
    ProgressResult worsening = assess(falling.targetValue(new BigDecimal("50")));
    assertThat(worsening.status()).isEqualTo(WeatherSymbol.SUN_BEHIND_CLOUD);
    assertThat(worsening.targetMet()).isTrue();
    assertThat(worsening.observedGrowth())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-2"));

    ProgressInput.Builder flat = years(2018, "52", "52", "52", "52", "52");
    assertThat(assess(flat.targetValue(new BigDecimal("50"))).status())
        .isEqualTo(WeatherSymbol.SUN);
  }

  @Test
  void theTargetYearReached_notMet_isCloudTowardsTheTarget_thunderstormOtherwise() {
    ProgressInput.Builder towards =
        years(2026, "40", "41", "42", "43", "44").targetYear(2030).baseYear(2025);
    ProgressResult late = assess(towards.targetValue(new BigDecimal("50")));
    assertThat(late.status()).isEqualTo(WeatherSymbol.CLOUD);
    assertThat(late.requiredGrowth()).isEmpty();
    assertThat(late.projectedValue())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("44"));

    ProgressInput.Builder away =
        years(2026, "44", "43", "42", "41", "40").targetYear(2030).baseYear(2025);
    assertThat(assess(away.targetValue(new BigDecimal("50"))).status())
        .isEqualTo(WeatherSymbol.THUNDERSTORM);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "both right,         30:31:32:33:34:36, SUN",
    "last change none,   30:31:32:33:35:35, SUN_BEHIND_CLOUD",
    "last change wrong,  30:31:32:33:36:35, SUN_BEHIND_CLOUD",
    "only the last right, 36:35:34:33:32:33, CLOUD",
    "stagnation then up, 33:32:34:33:32:33, CLOUD",
    "neither,            36:35:34:33:32:31, THUNDERSTORM"
  })
  void aDirectionWithoutATargetValue_theAverageFirst_thenTheLastChange(
      String name, String values, WeatherSymbol symbol) {
    ProgressResult r = assess(years(2016, values.split(":")));

    String[] v = values.split(":");
    double average = (Double.parseDouble(v[5]) - Double.parseDouble(v[0])) / 5;
    assertThat(r.status()).isEqualTo(symbol);
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(average, within(1e-12));
    assertThat(r.projectedValue()).isEmpty();
    assertThat(r.note()).hasValue("no target value: the average change and the change since 2020");
  }

  @Test
  void fewerThanFourYearlyValues_inTheLastSixYears_areNotAssessed() {
    // four values in 2017–2022 are enough ("mit vier oder fünf Datenpunkten")
    ProgressInput.Builder four =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2010, new BigDecimal("1"))
            .putObservation(2017, new BigDecimal("20"))
            .putObservation(2019, new BigDecimal("22"))
            .putObservation(2020, new BigDecimal("23"))
            .putObservation(2022, new BigDecimal("25"))
            .targetValue(new BigDecimal("50"));
    ProgressResult enough = assess(four);
    assertThat(enough.baseYear()).hasValue(2017);
    assertThat(enough.observedGrowth())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("1"));

    ProgressInput.Builder three =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2010, new BigDecimal("1"))
            .putObservation(2019, new BigDecimal("22"))
            .putObservation(2020, new BigDecimal("23"))
            .putObservation(2022, new BigDecimal("25"))
            .targetValue(new BigDecimal("50"));
    ProgressResult few = assess(three);
    assertThat(few.status()).isEqualTo(WeatherSymbol.NOT_AVAILABLE);
    assertThat(few.note()).hasValue("needs at least 4 yearly values in 2017–2022, has 3");

    // the stated base is the value of its year
    ProgressInput.Builder stated =
        ProgressInput.builder()
            .baseYear(2020)
            .baseValue(new BigDecimal("30"))
            .targetYear(2025)
            .putObservation(2021, new BigDecimal("32"))
            .putObservation(2022, new BigDecimal("33"))
            .putObservation(2023, new BigDecimal("36"))
            .targetValue(new BigDecimal("40"));
    ProgressResult fromBase = assess(stated);
    assertThat(fromBase.baseYear()).hasValue(2020);
    assertThat(fromBase.observedGrowth())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2"));
    // 36 + 2 × 2 = 40: the target reached
    assertThat(fromBase.status()).isEqualTo(WeatherSymbol.SUN);

    assertThat(
            ProgressMeasure.DESTATIS
                .assess(
                    ProgressInput.builder()
                        .baseYear(2015)
                        .targetYear(2020)
                        .targetValue(BigDecimal.ONE)
                        .build())
                .note())
        .hasValue("no observation after the base year 2015");
    assertThat(ProgressMeasure.DESTATIS.name()).isEqualTo(ProgressMeasureName.DESTATIS);
  }

  /**
   * Published weather symbols of the German Sustainable Development Strategy, reproduced from the
   * indicator values Destatis publishes with them.
   *
   * <p>Source: the data and metadata of Destatis' indicator platform dns-indikatoren.de as kept in
   * the public repository {@code Nachhaltige-Entwicklung-Deutschland/open-sdg-data-starter}
   * (https://github.com/Nachhaltige-Entwicklung-Deutschland/open-sdg-data-starter, commit {@code
   * 0a01ea294de45165b1745339030545e8a8c5d961}): the national values of {@code
   * data/indicator_<id>.csv} (column {@code Value}, rows without a breakdown) and the symbol of
   * {@code meta/<id>.md} ({@code weather_indicator_1_target_<n>_item_<x>}, "Sonne", "Leicht
   * bewölkt", "Wolke", "Blitz", for the year of {@code weather_indicator_1_year_<x>}). Typed here:
   * the six values of the assessed year and the five before it, the target and the symbol.
   *
   * <ul>
   *   <li>7.2.b share of renewable electricity in gross electricity consumption, %: target 2 "80 %
   *       bis 2030" (items a, b), target 3 "mindestens 65 % bis 2030" (items c, d);
   *   <li>13.1.a greenhouse gas emissions, 1990 = 100: target 2 "Minderung um mindestens 65 % bis
   *       2030 gegenüber 1990", that is 35 (items a, b, c);
   *   <li>3.1.a premature mortality per 100 000: "Senkung auf 200 … bis 2030" (items a, b);
   *   <li>4.1.a early leavers from education and training, %: "9,5 % bis 2030" (item a);
   *   <li>4.1.b persons aged 30 to 34 with a tertiary or post-secondary qualification, %: "55 % bis
   *       2030" (item a).
   * </ul>
   *
   * <p>The values are those of the data state the repository holds (revised values included); they
   * give the symbols published for those years.
   */
  @ParameterizedTest(name = "{0} in {2}: {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        "7.2.b  | HIGHER_IS_BETTER | 2024 | 42.2 45.4 41.7 46.3 52.9 54.4       | 80  | 2030 | CLOUD",
        "7.2.b  | HIGHER_IS_BETTER | 2023 | 37.9 42.2 45.4 41.7 46.3 52.9       | 80  | 2030 | CLOUD",
        "7.2.b  | HIGHER_IS_BETTER | 2022 | 36.2 37.9 42.2 45.4 41.7 46.3       | 65  | 2030 |"
            + " SUN_BEHIND_CLOUD",
        "7.2.b  | HIGHER_IS_BETTER | 2021 | 31.8 36.2 37.9 42.2 45.4 41.7       | 65  | 2030 | CLOUD",
        "13.1.a | LOWER_IS_BETTER  | 2024 | 63.681 58.332 60.869 59.792 53.433 51.852 | 35 | 2030 |"
            + " SUN_BEHIND_CLOUD",
        "13.1.a | LOWER_IS_BETTER  | 2023 | 67.841 63.681 58.332 60.869 59.792 53.433 | 35 | 2030 |"
            + " SUN",
        "13.1.a | LOWER_IS_BETTER  | 2022 | 70.725 67.841 63.681 58.332 60.869 59.792 | 35 | 2030 |"
            + " CLOUD",
        "3.1.a  | LOWER_IS_BETTER  | 2021 | 244.56 241.05 241.0 231.41 238.07 252.54 | 200 | 2030 |"
            + " THUNDERSTORM",
        "3.1.a  | LOWER_IS_BETTER  | 2020 | 249.22 244.56 241.05 241.0 231.41 238.07 | 200 | 2030 |"
            + " CLOUD",
        "4.1.a  | LOWER_IS_BETTER  | 2023 | 10.3 10.3 10.2 12.4 12.8 13.1       | 9.5 | 2030 |"
            + " THUNDERSTORM",
        "4.1.b  | HIGHER_IS_BETTER | 2024 | 50.488 52.285 53.642 53.547 55.339 57.329 | 55 | 2030 |"
            + " SUN"
      })
  void publishedSymbols_ofRealIndicators(
      String indicator,
      Direction direction,
      int year,
      String values,
      String target,
      int targetYear,
      WeatherSymbol published) {
    String[] v = values.trim().split("\\s+");
    ProgressInput.Builder in = years(year - 5, v).targetYear(targetYear).direction(direction);
    ProgressResult r = assess(in.targetValue(new BigDecimal(target)));

    // the average of the five changes from year − 5 to year, carried on to the target year
    double first = Double.parseDouble(v[0]);
    double last = Double.parseDouble(v[5]);
    double t = Double.parseDouble(target);
    double change = (last - first) / 5;
    double projected = last + change * (targetYear - year);
    int right = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
    WeatherSymbol expected;
    if ((t - last) * right <= 0) {
      expected = change * right >= 0 ? WeatherSymbol.SUN : WeatherSymbol.SUN_BEHIND_CLOUD;
    } else if (change * right <= 0) {
      expected = WeatherSymbol.THUNDERSTORM;
    } else {
      double deviation = (t - projected) / (t - last);
      assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(deviation, within(1e-12));
      expected =
          deviation < 0.05
              ? WeatherSymbol.SUN
              : deviation <= 0.2 ? WeatherSymbol.SUN_BEHIND_CLOUD : WeatherSymbol.CLOUD;
    }
    assertThat(expected).as("the published symbol by the published rule").isEqualTo(published);
    assertThat(r.status()).isEqualTo(published);
    assertThat(r.baseYear()).hasValue(year - 5);
    assertThat(r.projectedValue().orElseThrow().doubleValue()).isCloseTo(projected, within(1e-9));
  }
}

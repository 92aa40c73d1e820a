package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Destatis' weather symbols: the five-year change projected to the target year, computed here. */
class DestatisWeatherTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // renewable share of electricity: 2016 → 2021, target 65 in 2030
    "sun,              31.6, 45,    65, HIGHER_IS_BETTER, SUN",
    "sun behind cloud, 31.6, 43,    65, HIGHER_IS_BETTER, SUN_BEHIND_CLOUD",
    "cloud,            31.6, 35,    65, HIGHER_IS_BETTER, CLOUD",
    "thunderstorm,     31.6, 30,    65, HIGHER_IS_BETTER, THUNDERSTORM",
    // primary energy consumption index 2016 → 2021, target 70 in 2030 (lower is better)
    "energy sun,       100,  84,    70, LOWER_IS_BETTER,  SUN",
    "energy cloud,     100,  95,    70, LOWER_IS_BETTER,  CLOUD",
    "energy storm,     100,  101,   70, LOWER_IS_BETTER,  THUNDERSTORM"
  })
  void deviationOfTheProjection_relativeToTheRemainingGap(
      String name,
      String start,
      String latest,
      String target,
      Direction direction,
      WeatherSymbol symbol) {
    ProgressInput in =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .direction(direction)
            .putObservation(2015, new BigDecimal("1"))
            .putObservation(2016, new BigDecimal(start))
            .putObservation(2019, new BigDecimal("33"))
            .putObservation(2021, new BigDecimal(latest))
            .targetValue(new BigDecimal(target))
            .build();

    ProgressResult r = ProgressMeasure.DESTATIS.assess(in);

    double s = Double.parseDouble(start);
    double v = Double.parseDouble(latest);
    double t = Double.parseDouble(target);
    double change = (v - s) / 5;
    double projected = v + change * 9;
    assertThat(r.status()).isEqualTo(symbol);
    assertThat(r.baseYear()).hasValue(2016);
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(change, within(1e-12));
    assertThat(r.projectedValue().orElseThrow().doubleValue()).isCloseTo(projected, within(1e-10));
    assertThat(r.requiredGrowth().orElseThrow().doubleValue())
        .isCloseTo((t - v) / 9, within(1e-12));
    assertThat(r.thresholds()).extracting(BigDecimal::doubleValue).containsExactly(0.05, 0.2);
    if (symbol != WeatherSymbol.THUNDERSTORM) {
      double deviation = (t - projected) / (t - v);
      assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(deviation, within(1e-12));
      assertThat(r.status())
          .isEqualTo(
              deviation < 0.05
                  ? WeatherSymbol.SUN
                  : deviation <= 0.2 ? WeatherSymbol.SUN_BEHIND_CLOUD : WeatherSymbol.CLOUD);
    }
  }

  private static ProgressInput series(String... yearValues) {
    ProgressInput.Builder in =
        ProgressInput.builder().baseYear(2015).targetYear(2030).targetValue(new BigDecimal("50"));
    for (String yv : yearValues) {
      String[] p = yv.split(":");
      in.putObservation(Integer.parseInt(p[0]), new BigDecimal(p[1]));
    }
    return in.build();
  }

  @Test
  void boundaries_metTargets_andShortSeries() {
    // +4 a year from 30 for 9 years: 66, beyond the target: (50 − 66) / (50 − 30)
    assertThat(ProgressMeasure.DESTATIS.assess(series("2016:10", "2021:30")).ratio())
        .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-0.8"));
    ProgressInput slow = series("2021:20", "2026:30"); // +2 a year, 4 years: 38; 12 / 20
    assertThat(ProgressMeasure.DESTATIS.assess(slow).status()).isEqualTo(WeatherSymbol.CLOUD);
    ProgressInput reaches = series("2025:40", "2026:42"); // +2 a year, 4 years: 50, 0 %
    assertThat(ProgressMeasure.DESTATIS.assess(reaches).status()).isEqualTo(WeatherSymbol.SUN);
    ProgressInput slower = series("2025:40.2", "2026:41"); // +0.8, 4 years: 44.2; 5.8 / 9
    assertThat(ProgressMeasure.DESTATIS.assess(slower).status()).isEqualTo(WeatherSymbol.CLOUD);
    ProgressInput sixTenths = series("2025:39", "2026:40"); // +1 ×4 = 44, (50−44)/10 = 0.6
    assertThat(ProgressMeasure.DESTATIS.assess(sixTenths).ratio())
        .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.6"));
    ProgressInput sunCloud = series("2025:37.6", "2026:40"); // +2.4 ×4 = 49.6: 0.4/10 = 0.04
    assertThat(ProgressMeasure.DESTATIS.assess(sunCloud).status()).isEqualTo(WeatherSymbol.SUN);
    ProgressInput p05 = series("2025:37.625", "2026:40"); // 0.5/10 = 0.05
    assertThat(ProgressMeasure.DESTATIS.assess(p05).status())
        .isEqualTo(WeatherSymbol.SUN_BEHIND_CLOUD);
    ProgressInput p20 = series("2025:38", "2026:40"); // 2/10 = 0.2
    assertThat(ProgressMeasure.DESTATIS.assess(p20).status())
        .isEqualTo(WeatherSymbol.SUN_BEHIND_CLOUD);
    ProgressInput flat = series("2025:40", "2026:40"); // no change: 100 % of the gap
    assertThat(ProgressMeasure.DESTATIS.assess(flat).status()).isEqualTo(WeatherSymbol.CLOUD);

    ProgressResult met = ProgressMeasure.DESTATIS.assess(series("2020:45", "2022:52"));
    assertThat(met.status()).isEqualTo(WeatherSymbol.SUN);
    assertThat(met.targetMet()).isTrue();
    ProgressResult metButFalling = ProgressMeasure.DESTATIS.assess(series("2020:55", "2022:52"));
    assertThat(metButFalling.status()).isEqualTo(WeatherSymbol.THUNDERSTORM);

    ProgressInput stated =
        ProgressInput.builder()
            .baseYear(2020)
            .baseValue(new BigDecimal("30"))
            .targetYear(2025)
            .putObservation(2022, new BigDecimal("34"))
            .targetValue(new BigDecimal("40"))
            .build();
    ProgressResult fromBase = ProgressMeasure.DESTATIS.assess(stated);
    assertThat(fromBase.baseYear()).hasValue(2020);
    assertThat(fromBase.observedGrowth())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2"));

    ProgressResult lone = ProgressMeasure.DESTATIS.assess(series("2010:1", "2022:52"));
    assertThat(lone.status()).isEqualTo(WeatherSymbol.NOT_AVAILABLE);
    assertThat(lone.note()).contains("no observation in the 5 years before 2022");
    ProgressInput atTargetYear =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2020)
            .putObservation(2018, new BigDecimal("40"))
            .putObservation(2020, new BigDecimal("44"))
            .targetValue(new BigDecimal("50"))
            .build();
    ProgressResult late = ProgressMeasure.DESTATIS.assess(atTargetYear);
    assertThat(late.requiredGrowth()).isEmpty();
    assertThat(late.projectedValue())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("44"));
    assertThat(
            ProgressMeasure.DESTATIS
                .assess(
                    ProgressInput.builder()
                        .from(atTargetYear)
                        .targetValue(java.util.Optional.empty())
                        .build())
                .note())
        .contains("needs a quantitative target");
    assertThat(
            ProgressMeasure.DESTATIS
                .assess(
                    ProgressInput.builder()
                        .baseYear(2015)
                        .targetYear(2020)
                        .targetValue(BigDecimal.ONE)
                        .build())
                .note())
        .contains("no observation after the base year 2015");
    assertThat(ProgressMeasure.DESTATIS.name()).isEqualTo(ProgressMeasureName.DESTATIS);
  }
}

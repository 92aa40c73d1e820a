package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Open SDG's measure against its formulas evaluated here in double precision. */
class OpenSdgProgressTest {

  private static double growth(double v1, double v2, double t1, double t2) {
    return Math.pow(v1 / v2, 1 / (t1 - t2)) - 1;
  }

  private static double clamp(double score) {
    return Math.max(-5, Math.min(5, score));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case, base, baseYear, latest, latestYear, target, targetYear, direction, status
    "on track,           752.8, 2020, 850,  2022, 1000, 2025, HIGHER_IS_BETTER, SUBSTANTIAL_PROGRESS",
    "acceleration,       752.8, 2020, 820,  2022, 1000, 2025, HIGHER_IS_BETTER, MODERATE_PROGRESS",
    "limited,            752.8, 2020, 790,  2022, 1000, 2025, HIGHER_IS_BETTER, LIMITED_PROGRESS",
    "deterioration,      752.8, 2020, 700,  2022, 1000, 2025, HIGHER_IS_BETTER, DETERIORATION",
    "PM2.5 falling,      27,    2020, 26,   2022, 25,   2025, LOWER_IS_BETTER,  SUBSTANTIAL_PROGRESS",
    "PM2.5 rising,       27,    2020, 28,   2022, 25,   2025, LOWER_IS_BETTER,  DETERIORATION",
    "death rate,         0.0197,2020, 0.015,2022, 0.004,2025, LOWER_IS_BETTER,  LIMITED_PROGRESS",
    "negative base,      -13,   2020, -10,  2022, -1,   2025, HIGHER_IS_BETTER, LIMITED_PROGRESS"
  })
  void withTarget_statusAndScoreFollowTheFormulas(
      String name,
      double b,
      int t0,
      double v,
      int t,
      double target,
      int tt,
      Direction direction,
      ProgressStatus status) {
    OpenSdgProgress.Measure m =
        OpenSdgProgress.withTarget(
            BigDecimal.valueOf(b),
            t0,
            BigDecimal.valueOf(v),
            t,
            BigDecimal.valueOf(target),
            tt,
            direction);

    double pv = growth(v, b, t, t0) / growth(target, b, tt, t0);
    double score = clamp(pv >= 0.6 ? 7.1429 * pv - 4.2857 : 4.1667 * pv - 2.5);
    assertThat(m.status()).isEqualTo(status);
    assertThat(m.progressValue().orElseThrow().doubleValue()).isCloseTo(pv, within(1e-9));
    assertThat(m.score().orElseThrow().doubleValue()).isCloseTo(score, within(1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "reached,        752.8, 1001, 1000, HIGHER_IS_BETTER",
    "at the target,  752.8, 1000, 1000, HIGHER_IS_BETTER",
    "lower reached,  27,    24.9, 25,   LOWER_IS_BETTER",
    "zero target,    3,     0,    0,    LOWER_IS_BETTER"
  })
  void withTarget_achieved_scores5(
      String name, String b, String v, String target, Direction direction) {
    OpenSdgProgress.Measure m =
        OpenSdgProgress.withTarget(
            new BigDecimal(b),
            2020,
            new BigDecimal(v),
            2022,
            new BigDecimal(target),
            2025,
            direction);
    assertThat(m.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    assertThat(m.score()).contains(BigDecimal.valueOf(5));
    assertThat(m.progressValue()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case, base, latest, years, direction, limit (0 = none), status
    "fast,            100,  104,  2, HIGHER_IS_BETTER, 0,   SUBSTANTIAL_PROGRESS",
    "slow,            100,  103,  2, HIGHER_IS_BETTER, 0,   MODERATE_PROGRESS",
    "crawl,           100,  100.5,2, HIGHER_IS_BETTER, 0,   LIMITED_PROGRESS",
    "falling,         100,  99,   2, HIGHER_IS_BETTER, 0,   DETERIORATION",
    "unemployment up, 1.52, 1.60, 2, LOWER_IS_BETTER,  0,   DETERIORATION",
    "unemployment dn, 1.52, 1.40, 2, LOWER_IS_BETTER,  0,   SUBSTANTIAL_PROGRESS",
    "near max limit,  96.5, 97,   2, HIGHER_IS_BETTER, 100, SUBSTANTIAL_PROGRESS",
    // a maximum does not count when lower is better: C = 1 keeps 0.0147 below 0.015
    "max ignored,     50,   48.54,2, LOWER_IS_BETTER,  100, MODERATE_PROGRESS",
    // a minimum counts: C = 1 − 0.9^4.44 lowers the thresholds below 0.0046
    "near min limit,  11,   10.9, 2, LOWER_IS_BETTER,  10,  MODERATE_PROGRESS",
    "min far away,    15,   14.9, 2, LOWER_IS_BETTER,  10,  LIMITED_PROGRESS",
    "far from limit,  250,  258,  2, HIGHER_IS_BETTER, 100, SUBSTANTIAL_PROGRESS",
    // sdg-build takes the growth of the ratio: −13 → −12 is a fall of the magnitude
    "negative base,   -13,  -12,  2, HIGHER_IS_BETTER, 0,   DETERIORATION"
  })
  void withoutTarget_statusAndScoreFollowTheFormulas(
      String name,
      double b,
      double v,
      int years,
      Direction direction,
      double limit,
      ProgressStatus status) {
    OpenSdgProgress.Measure m =
        OpenSdgProgress.withoutTarget(
            BigDecimal.valueOf(b),
            2020,
            BigDecimal.valueOf(v),
            2020 + years,
            direction,
            limit == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(limit)));

    double d = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
    double pv = d * growth(v, b, 2020 + years, 2020);
    double c = 1;
    double ab = Math.abs(b);
    double al = Math.abs(limit);
    boolean maximumCounts = d > 0 && ab <= al;
    boolean minimumCounts = d < 0 && ab > al && ab < 2 * al;
    if (limit != 0 && maximumCounts) {
      c = 1 - Math.pow(ab / al, 4.44);
    } else if (limit != 0 && minimumCounts) {
      c = 1 - Math.pow((2 * al - ab) / al, 4.44);
    }
    double high = 0.015 * c;
    double medium = 0.005 * c;
    double score =
        pv < 0
            ? 125 * pv - 2.5
            : pv >= high
                ? 500 * pv / c - 5
                : pv >= medium ? 250 * pv / c - 1.25 : 500 * pv / c - 2.5;
    assertThat(m.status()).isEqualTo(status);
    assertThat(m.progressValue().orElseThrow().doubleValue()).isCloseTo(pv, within(1e-12));
    assertThat(m.score().orElseThrow().doubleValue()).isCloseTo(clamp(score), within(1e-9));
  }

  @org.junit.jupiter.api.Test
  void growth_ofTwoValuesOfOneSign_orEmpty() {
    assertThat(OpenSdgProgress.growth(new BigDecimal("8"), new BigDecimal("2"), 2022, 2020))
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("1"));
    assertThat(OpenSdgProgress.growth(new BigDecimal("-8"), new BigDecimal("-2"), 2022, 2020))
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("1"));
    assertThat(OpenSdgProgress.growth(new BigDecimal("-2"), new BigDecimal("-8"), 2022, 2020))
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("-0.5"));
    assertThat(OpenSdgProgress.growth(BigDecimal.ZERO, new BigDecimal("-8"), 2022, 2020))
        .contains(BigDecimal.ONE.negate());
    assertThat(OpenSdgProgress.growth(new BigDecimal("8"), new BigDecimal("-2"), 2022, 2020))
        .isEmpty();
    assertThat(OpenSdgProgress.growth(new BigDecimal("8"), BigDecimal.ZERO, 2022, 2020)).isEmpty();
    assertThat(OpenSdgProgress.growth(new BigDecimal("8"), new BigDecimal("2"), 2020, 2020))
        .isEmpty();
    // 40 digits: 1.1^(1/3) − 1
    assertThat(OpenSdgProgress.growth(new BigDecimal("1.1"), BigDecimal.ONE, 2023, 2020))
        .contains(new BigDecimal("0.03228011545636715921358522500970161173071"));
  }

  @org.junit.jupiter.api.Test
  void edgeRules() {
    // base at the limit: C = 0, a value kept at the limit is on track with score 5
    OpenSdgProgress.Measure atLimit =
        OpenSdgProgress.withoutTarget(
            new BigDecimal("100"),
            2020,
            new BigDecimal("100"),
            2022,
            Direction.HIGHER_IS_BETTER,
            Optional.of(new BigDecimal("100")));
    assertThat(atLimit.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    assertThat(atLimit.score()).contains(BigDecimal.valueOf(5));
    // a base of 0: an infinite growth, good or bad by the direction
    OpenSdgProgress.Measure fromZero =
        OpenSdgProgress.withoutTarget(
            BigDecimal.ZERO,
            2020,
            new BigDecimal("0.002"),
            2021,
            Direction.HIGHER_IS_BETTER,
            Optional.empty());
    assertThat(fromZero.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
    assertThat(fromZero.score()).contains(BigDecimal.valueOf(5));
    assertThat(fromZero.progressValue()).isEmpty();
    OpenSdgProgress.Measure fromZeroLower =
        OpenSdgProgress.withoutTarget(
            BigDecimal.ZERO,
            2020,
            new BigDecimal("0.002"),
            2021,
            Direction.LOWER_IS_BETTER,
            Optional.empty());
    assertThat(fromZeroLower.status()).isEqualTo(ProgressStatus.DETERIORATION);
    assertThat(fromZeroLower.score()).contains(BigDecimal.valueOf(-5));
    assertThat(
            OpenSdgProgress.withoutTarget(
                    BigDecimal.ZERO,
                    2020,
                    BigDecimal.ZERO,
                    2021,
                    Direction.HIGHER_IS_BETTER,
                    Optional.empty())
                .status())
        .isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(
            OpenSdgProgress.withTarget(
                    BigDecimal.ZERO,
                    2020,
                    BigDecimal.ONE,
                    2021,
                    BigDecimal.TEN,
                    2025,
                    Direction.HIGHER_IS_BETTER)
                .status())
        .isEqualTo(ProgressStatus.NOT_AVAILABLE);
    // not enough years, or values of both signs
    assertThat(
            OpenSdgProgress.withoutTarget(
                    BigDecimal.ONE,
                    2020,
                    BigDecimal.TEN,
                    2020,
                    Direction.HIGHER_IS_BETTER,
                    Optional.empty())
                .status())
        .isEqualTo(ProgressStatus.NOT_AVAILABLE);
    assertThat(
            OpenSdgProgress.withoutTarget(
                    BigDecimal.ONE.negate(),
                    2020,
                    BigDecimal.TEN,
                    2022,
                    Direction.HIGHER_IS_BETTER,
                    Optional.empty())
                .status())
        .isEqualTo(ProgressStatus.NOT_AVAILABLE);
    // a target equal to the base, moved away from
    OpenSdgProgress.Measure away =
        OpenSdgProgress.withTarget(
            BigDecimal.TEN,
            2020,
            new BigDecimal("9"),
            2022,
            BigDecimal.TEN,
            2025,
            Direction.HIGHER_IS_BETTER);
    assertThat(away.status()).isEqualTo(ProgressStatus.DETERIORATION);
    assertThat(away.score()).contains(BigDecimal.valueOf(-5));
    // scaling factor of the formula
    assertThat(
            OpenSdgProgress.scalingFactor(new BigDecimal("50"), new BigDecimal("100"), 1)
                .doubleValue())
        .isCloseTo(1 - Math.pow(0.5, 4.44), within(1e-15));
    assertThat(OpenSdgProgress.scalingFactor(new BigDecimal("200"), new BigDecimal("100"), -1))
        .isEqualByComparingTo("1");
    assertThat(ProgressStatus.MODERATE_PROGRESS.openSdgName()).isEqualTo("moderate_progress");
  }
}

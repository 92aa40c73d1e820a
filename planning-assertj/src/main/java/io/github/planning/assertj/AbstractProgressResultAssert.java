package io.github.planning.assertj;

import io.github.planning.progress.ProgressGrade;
import io.github.planning.progress.ProgressResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the result of a progress measure: its status and each figure it was computed from.
 * A failure shows the whole result: the measure, the status and every component.
 *
 * <pre>{@code
 * assertThat(ProgressMeasure.EUROSTAT.assess(input))
 *     .hasStatus(EurostatStatus.MODERATE_PROGRESS)
 *     .hasRatioCloseTo("0.7047", significantDigits(4))
 *     .hasThresholds("0.95", "0.6", "0");
 * }</pre>
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 */
public abstract class AbstractProgressResultAssert<SELF extends AbstractProgressResultAssert<SELF>>
    extends AbstractObjectAssert<SELF, ProgressResult> {

  /** Creates the assertion. */
  protected AbstractProgressResultAssert(ProgressResult actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Verifies the status: {@code hasStatus(WeatherSymbol.SUN)}. */
  public SELF hasStatus(ProgressGrade status) {
    isNotNull();
    if (!actual.status().equals(status)) {
      failWithMessage(
          "%nExpecting the %s result to be %s (%s), but it is:%n  %s",
          actual.measure().englishName(), status.englishName(), status.label(), describe(actual));
    }
    return myself;
  }

  /** Verifies that the measure could assess the series. */
  public SELF isAvailable() {
    isNotNull();
    if (!actual.isAvailable()) {
      failWithMessage(
          "%nExpecting the %s result to be available, but it is:%n  %s",
          actual.measure().englishName(), describe(actual));
    }
    return myself;
  }

  /** Verifies that the measure could not assess the series, with a note that says why. */
  public SELF isNotAvailable() {
    isNotNull();
    if (actual.isAvailable() || actual.note().isEmpty()) {
      failWithMessage(
          "%nExpecting the %s result to be not available with a reason, but it is:" + "%n  %s",
          actual.measure().englishName(), describe(actual));
    }
    return myself;
  }

  /** Verifies whether the latest value meets the target. */
  public SELF hasTargetMet(boolean met) {
    isNotNull();
    if (actual.targetMet() != met) {
      failWithMessage(
          "%nExpecting the %s result to have the target %s, but it is:%n  %s",
          actual.measure().englishName(), met ? "met" : "not met", describe(actual));
    }
    return myself;
  }

  /** Verifies the base year and value: {@code hasBase(2020, "752.8")}. */
  public SELF hasBase(int year, String value) {
    return hasYearValue("base", actual.baseYear(), actual.baseValue(), year, value);
  }

  /** Verifies the latest year and value: {@code hasLatest(2023, "920")}. */
  public SELF hasLatest(int year, String value) {
    return hasYearValue("latest", actual.latestYear(), actual.latestValue(), year, value);
  }

  /** Verifies the figure compared with the thresholds. */
  public SELF hasRatioCloseTo(String expected, SignificantDigits digits) {
    return hasFigure("ratio", actual.ratio(), expected, digits);
  }

  /** Verifies the observed growth a year. */
  public SELF hasObservedGrowthCloseTo(String expected, SignificantDigits digits) {
    return hasFigure("observed growth", actual.observedGrowth(), expected, digits);
  }

  /** Verifies the required growth a year. */
  public SELF hasRequiredGrowthCloseTo(String expected, SignificantDigits digits) {
    return hasFigure("required growth", actual.requiredGrowth(), expected, digits);
  }

  /** Verifies the value projected for the target year. */
  public SELF hasProjectedValueCloseTo(String expected, SignificantDigits digits) {
    return hasFigure("projected value", actual.projectedValue(), expected, digits);
  }

  /** Verifies Open SDG's limit coefficient C. */
  public SELF hasLimitCoefficientCloseTo(String expected, SignificantDigits digits) {
    return hasFigure("limit coefficient", actual.limitCoefficient(), expected, digits);
  }

  /** Verifies the score. */
  public SELF hasScoreCloseTo(String expected, SignificantDigits digits) {
    return hasFigure("score", actual.score(), expected, digits);
  }

  /** Verifies the thresholds, highest first, compared by value: {@code hasThresholds("0.95")}. */
  public SELF hasThresholds(String... expected) {
    isNotNull();
    List<BigDecimal> thresholds = actual.thresholds();
    boolean same = thresholds.size() == expected.length;
    for (int i = 0; same && i < expected.length; i++) {
      same = thresholds.get(i).compareTo(new BigDecimal(expected[i])) == 0;
    }
    if (!same) {
      failWithMessage(
          "%nExpecting the %s result to have the thresholds %s, but it is:%n  %s",
          actual.measure().englishName(), List.of(expected), describe(actual));
    }
    return myself;
  }

  private SELF hasYearValue(
      String what,
      OptionalInt actualYear,
      Optional<BigDecimal> actualValue,
      int year,
      String value) {
    isNotNull();
    if (actualYear.isEmpty()
        || actualYear.getAsInt() != year
        || actualValue.isEmpty()
        || actualValue.get().compareTo(new BigDecimal(value)) != 0) {
      failWithMessage(
          "%nExpecting the %s result to have the %s %s in %s, but it is:%n  %s",
          actual.measure().englishName(), what, value, year, describe(actual));
    }
    return myself;
  }

  private SELF hasFigure(
      String what, Optional<BigDecimal> figure, String expected, SignificantDigits digits) {
    isNotNull();
    BigDecimal e = new BigDecimal(expected);
    if (figure.isEmpty() || figure.get().subtract(e).abs().compareTo(digits.tolerance(e)) > 0) {
      failWithMessage(
          "%nExpecting the %s result to have the %s %s to %s, but it is:%n  %s",
          actual.measure().englishName(), what, expected, digits, describe(actual));
    }
    return myself;
  }

  /** The result in one line: measure, status and every component present. */
  static String describe(ProgressResult r) {
    StringBuilder out =
        new StringBuilder(r.measure().englishName())
            .append(": ")
            .append(r.status().englishName())
            .append(" (")
            .append(r.status().label())
            .append(')');
    yearValue(out, "base", r.baseYear(), r.baseValue());
    yearValue(out, "latest", r.latestYear(), r.latestValue());
    yearValue(out, "target", r.targetYear(), r.targetValue());
    figure(out, "observed growth", r.observedGrowth());
    figure(out, "required growth", r.requiredGrowth());
    figure(out, "ratio", r.ratio());
    if (!r.thresholds().isEmpty()) {
      out.append(", thresholds ")
          .append(
              r.thresholds().stream().map(t -> t.stripTrailingZeros().toPlainString()).toList());
    }
    figure(out, "limit coefficient", r.limitCoefficient());
    figure(out, "projected value", r.projectedValue());
    figure(out, "score", r.score());
    if (r.targetMet()) {
      out.append(", target met");
    }
    r.note().ifPresent(n -> out.append(" (").append(n).append(')'));
    return out.toString();
  }

  private static void yearValue(
      StringBuilder out, String what, OptionalInt year, Optional<BigDecimal> value) {
    if (year.isPresent() || value.isPresent()) {
      out.append(", ").append(what);
      year.ifPresent(y -> out.append(' ').append(y));
      value.ifPresent(v -> out.append(' ').append(v.toPlainString()));
    }
  }

  private static void figure(StringBuilder out, String what, Optional<BigDecimal> figure) {
    figure.ifPresent(
        f ->
            out.append(", ")
                .append(what)
                .append(' ')
                .append(f.round(new java.math.MathContext(8)).toPlainString()));
  }
}

package io.github.planning.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.Direction;
import io.github.planning.core.Measure;
import io.github.planning.core.internal.BigMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Open SDG's progress measure (the Statistics Canada methodology), on exact decimals.
 *
 * <pre>{@code
 * OpenSdgProgress.Measure m = OpenSdgProgress.withTarget(
 *     new BigDecimal("752.8"), 2020,      // base
 *     new BigDecimal("850"), 2022,        // latest observation
 *     new BigDecimal("1000"), 2025,       // target
 *     Direction.HIGHER_IS_BETTER);
 * m.status();   // SUBSTANTIAL_PROGRESS
 * m.score();    // Optional[...] in [−5, 5]
 * }</pre>
 *
 * <p>The statuses follow Open SDG's own implementation ({@code sdg/ProgressMeasure.py} of
 * sdg-build, {@code measure_indicator_progress}); the score and the natural limit follow the
 * methodology Open SDG documents (Statistics Canada's). With {@code growth(v1, v2, t1, t2) = (v1 /
 * v2)^(1 / (t1 − t2)) − 1} and {@code d} = +1 when higher is better and −1 when lower is better:
 *
 * <ul>
 *   <li>with a target, a latest value at or beyond it in the good direction is {@code
 *       target_achieved} (score 5); otherwise the progress value is {@code CAGR_observed /
 *       CAGR_required} with {@code CAGR_required = growth(target, base, targetYear, baseYear)},
 *       against the thresholds 0.95, 0.6 and 0; the score is {@code 7.1429·pv − 4.2857} from 0.6 up
 *       and {@code 4.1667·pv − 2.5} below;
 *   <li>without a target, the progress value is {@code d·CAGR_observed}, against the thresholds
 *       0.015·C, 0.005·C and 0; the score is {@code 125·pv − 2.5} below 0, {@code 500·pv/C − 5}
 *       from the high threshold, {@code 250·pv/C − 1.25} from the medium one and {@code 500·pv/C −
 *       2.5} otherwise;
 *   <li>C is 1 without a natural limit {@code l}; with one, for base {@code b}: 1 when {@code |b| ≥
 *       2|l|}, {@code 1 − (|b|/|l|)^4.44} when {@code |b| ≤ |l|}, otherwise {@code 1 − ((2|l| −
 *       |b|)/|l|)^4.44}; only a limit in the good direction counts (a maximum for higher-is-better,
 *       a minimum for lower-is-better), and when C is 0 a progress value of 0 or more is {@code
 *       substantial_progress} with score 5. sdg-build has no limit option: the same result comes
 *       from giving it these thresholds as {@code progress_thresholds};
 *   <li>a target of 0 is replaced by 0.001, as sdg-build does; a base of 0 gives an infinite
 *       growth, as sdg-build's division does: {@code not_available} with a target, and without one
 *       {@code substantial_progress} (score 5) when higher is better or {@code deterioration}
 *       (score −5) when lower is better, if the latest value is positive;
 *   <li>scores are clamped to [−5, 5]; fewer than one year between base and latest, or values of
 *       both signs, give {@code not_available} (sdg-build returns no status).
 * </ul>
 *
 * <p>A target equal to the base that is not achieved means the value moved away from it: {@code
 * deterioration} with score −5 (sdg-build divides by a zero required growth there and reports
 * {@code on_track} when lower is better).
 *
 * <p>For a whole series, with the base year moved as Open SDG moves it, see {@link
 * ProgressMeasure#OPEN_SDG}.
 */
public final class OpenSdgProgress {

  private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);
  private static final BigDecimal ZERO_REPLACEMENT = new BigDecimal("0.001");
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final List<BigDecimal> WITH_TARGET =
      List.of(new BigDecimal("0.95"), new BigDecimal("0.6"), BigDecimal.ZERO);

  private OpenSdgProgress() {}

  /** The result: a status, and for assessable series the progress value and score. */
  public static final class Measure {
    private final ProgressStatus status;
    private final @Nullable BigDecimal progressValue;
    private final @Nullable BigDecimal score;
    private @Nullable BigDecimal observedGrowth;
    private @Nullable BigDecimal requiredGrowth;
    private @Nullable BigDecimal limitCoefficient;
    private List<BigDecimal> thresholds = List.of();

    private Measure(
        ProgressStatus status, @Nullable BigDecimal progressValue, @Nullable BigDecimal score) {
      this.status = status;
      this.progressValue = progressValue;
      this.score = score;
    }

    private Measure with(
        BigDecimal observed,
        @Nullable BigDecimal required,
        @Nullable BigDecimal c,
        List<BigDecimal> thresholds) {
      this.observedGrowth = observed;
      this.requiredGrowth = required;
      this.limitCoefficient = c;
      this.thresholds = thresholds;
      return this;
    }

    /** The observed compound annual growth from the base to the latest value. */
    public Optional<BigDecimal> observedGrowth() {
      return Optional.ofNullable(observedGrowth);
    }

    /** The compound annual growth from the base that reaches the target in the target year. */
    public Optional<BigDecimal> requiredGrowth() {
      return Optional.ofNullable(requiredGrowth);
    }

    /** The coefficient C of a natural limit that scales the thresholds (1 without a limit). */
    public Optional<BigDecimal> limitCoefficient() {
      return Optional.ofNullable(limitCoefficient);
    }

    /** The high, medium and low thresholds the progress value was compared with. */
    public List<BigDecimal> thresholds() {
      return thresholds;
    }

    /** The status. */
    public ProgressStatus status() {
      return status;
    }

    /** The progress value (the ratio R with a target, the directed CAGR without). */
    public Optional<BigDecimal> progressValue() {
      return Optional.ofNullable(progressValue);
    }

    /** The score in [−5, 5]; 5 when the target is achieved. */
    public Optional<BigDecimal> score() {
      return Optional.ofNullable(score);
    }

    @Override
    public String toString() {
      return status.openSdgName()
          + (progressValue == null ? "" : " pv=" + progressValue.round(MathContext.DECIMAL64))
          + (score == null ? "" : " score=" + score.round(MathContext.DECIMAL64));
    }
  }

  /** The measure of a series whose target is achieved: score 5. */
  public static Measure targetAchieved() {
    return new Measure(ProgressStatus.TARGET_ACHIEVED, null, FIVE);
  }

  /** The not-available measure. */
  public static Measure notAvailable() {
    return new Measure(ProgressStatus.NOT_AVAILABLE, null, null);
  }

  /**
   * The measure of a series with a quantitative target.
   *
   * @throws IllegalArgumentException if {@code targetYear} is not after {@code baseYear}
   */
  public static Measure withTarget(
      BigDecimal base,
      int baseYear,
      BigDecimal latest,
      int latestYear,
      BigDecimal target,
      int targetYear,
      Direction direction) {
    requireNonNull(base, "base");
    requireNonNull(latest, "latest");
    requireNonNull(target, "target");
    requireNonNull(direction, "direction");
    checkArgument(
        targetYear > baseYear, "targetYear (%s) must be after baseYear (%s)", targetYear, baseYear);
    BigDecimal t = target.signum() == 0 ? ZERO_REPLACEMENT : target;
    boolean achieved =
        direction == Direction.HIGHER_IS_BETTER
            ? latest.compareTo(t) >= 0
            : latest.compareTo(t) <= 0;
    if (achieved) {
      return targetAchieved();
    }
    Optional<BigDecimal> observed = growth(latest, base, latestYear, baseYear);
    Optional<BigDecimal> required = growth(t, base, targetYear, baseYear);
    if (observed.isEmpty() || required.isEmpty()) {
      return notAvailable();
    }
    if (required.get().signum() == 0) {
      return new Measure(ProgressStatus.DETERIORATION, null, FIVE.negate())
          .with(observed.get(), required.get(), null, WITH_TARGET);
    }
    return fromRatio(observed.get().divide(required.get(), MC))
        .with(observed.get(), required.get(), null, WITH_TARGET);
  }

  /**
   * The status and score of a progress value {@code R} (observed over required growth) against a
   * target not yet achieved: the thresholds 0.95, 0.6 and 0, and the score {@code 7.1429·R −
   * 4.2857} from 0.6 up, {@code 4.1667·R − 2.5} below, clamped to [−5, 5].
   */
  public static Measure fromRatio(BigDecimal ratio) {
    requireNonNull(ratio, "ratio");
    ProgressStatus status = status(ratio, new BigDecimal("0.95"), new BigDecimal("0.6"));
    BigDecimal score =
        ratio.compareTo(new BigDecimal("0.6")) >= 0
            ? new BigDecimal("7.1429").multiply(ratio).subtract(new BigDecimal("4.2857"))
            : new BigDecimal("4.1667").multiply(ratio).subtract(new BigDecimal("2.5"));
    return new Measure(status, ratio, clamp(score));
  }

  /**
   * The measure of a series without a quantitative target, with an optional natural limit (such as
   * 100 for a share in percent).
   */
  public static Measure withoutTarget(
      BigDecimal base,
      int baseYear,
      BigDecimal latest,
      int latestYear,
      Direction direction,
      Optional<BigDecimal> limit) {
    requireNonNull(base, "base");
    requireNonNull(latest, "latest");
    requireNonNull(direction, "direction");
    requireNonNull(limit, "limit");
    int d = d(direction);
    if (base.signum() == 0) {
      // Open SDG divides by the zero base: an infinite growth, undefined unless the latest value
      // is positive
      return latest.signum() <= 0
          ? notAvailable()
          : new Measure(
              d > 0 ? ProgressStatus.SUBSTANTIAL_PROGRESS : ProgressStatus.DETERIORATION,
              null,
              FIVE.multiply(BigDecimal.valueOf(d)));
    }
    Optional<BigDecimal> observed = growth(latest, base, latestYear, baseYear);
    if (observed.isEmpty()) {
      return notAvailable();
    }
    BigDecimal pv = observed.get().multiply(BigDecimal.valueOf(d));
    BigDecimal c = limit.map(l -> scalingFactor(base, l, d)).orElse(BigDecimal.ONE);
    BigDecimal high = new BigDecimal("0.015").multiply(c);
    BigDecimal medium = new BigDecimal("0.005").multiply(c);
    List<BigDecimal> thresholds = List.of(high, medium, BigDecimal.ZERO);
    if (c.signum() == 0 && pv.signum() >= 0) {
      return new Measure(ProgressStatus.SUBSTANTIAL_PROGRESS, pv, FIVE)
          .with(observed.get(), null, c, thresholds);
    }
    ProgressStatus status = status(pv, high, medium);
    BigDecimal score;
    if (pv.signum() < 0) {
      score = new BigDecimal("125").multiply(pv).subtract(new BigDecimal("2.5"));
    } else if (pv.compareTo(high) >= 0) {
      score = new BigDecimal("500").multiply(pv).divide(c, MC).subtract(FIVE);
    } else if (pv.compareTo(medium) >= 0) {
      score = new BigDecimal("250").multiply(pv).divide(c, MC).subtract(new BigDecimal("1.25"));
    } else {
      score = new BigDecimal("500").multiply(pv).divide(c, MC).subtract(new BigDecimal("2.5"));
    }
    return new Measure(status, pv, clamp(score)).with(observed.get(), null, c, thresholds);
  }

  /**
   * The scaling factor C of a natural limit for a base value, given the effective direction ({@code
   * sign·d}: +1 when higher is better for the values as they are).
   */
  static BigDecimal scalingFactor(BigDecimal base, BigDecimal limit, int effectiveDirection) {
    BigDecimal b = base.abs();
    BigDecimal l = limit.abs();
    if (l.signum() == 0 || b.compareTo(l.multiply(BigDecimal.valueOf(2))) >= 0) {
      return BigDecimal.ONE;
    }
    boolean maximum = b.compareTo(l) <= 0;
    if (maximum != (effectiveDirection > 0)) {
      return BigDecimal.ONE;
    }
    BigDecimal x =
        maximum ? b.divide(l, MC) : l.multiply(BigDecimal.valueOf(2)).subtract(b).divide(l, MC);
    if (x.signum() == 0) {
      return BigDecimal.ONE;
    }
    return BigDecimal.ONE.subtract(BigMath.power(x, 111, 25, MC));
  }

  /** Open SDG's growth: {@code (v1 / v2)^(1 / (t1 − t2)) − 1}; empty when undefined. */
  static Optional<BigDecimal> growth(BigDecimal v1, BigDecimal v2, int t1, int t2) {
    if (t1 - t2 < 1 || v2.signum() == 0) {
      return Optional.empty();
    }
    if (v1.signum() * v2.signum() < 0) {
      return Optional.empty();
    }
    if (v1.signum() == 0) {
      return Optional.of(BigDecimal.ONE.negate());
    }
    // v1 / v2 = |v1| / |v2|: the values have the same sign
    return Optional.of(BigMath.compoundRate(v2.abs(), v1.abs(), t1 - t2, MC));
  }

  private static ProgressStatus status(BigDecimal pv, BigDecimal high, BigDecimal medium) {
    if (pv.compareTo(high) >= 0) {
      return ProgressStatus.SUBSTANTIAL_PROGRESS;
    }
    if (pv.compareTo(medium) >= 0) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    return pv.signum() >= 0 ? ProgressStatus.LIMITED_PROGRESS : ProgressStatus.DETERIORATION;
  }

  private static BigDecimal clamp(BigDecimal score) {
    if (score.compareTo(FIVE) > 0) {
      return FIVE;
    }
    return score.compareTo(FIVE.negate()) < 0 ? FIVE.negate() : score;
  }

  private static int d(Direction direction) {
    return direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
  }
}

package io.github.planning.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a computed figure is rounded to a published precision.
 *
 * <pre>{@code
 * PublishedRounding.HALF_UP.round(new BigDecimal("2.45"), 1)      // 2.5 (四舍五入)
 * PublishedRounding.GB_T_8170.round(new BigDecimal("2.45"), 1)    // 2.4 (a 5 followed by nothing: to even)
 * PublishedRounding.GB_T_8170.round(new BigDecimal("2.4501"), 1)  // 2.5 (a 5 followed by more: up)
 * PublishedRounding.HALF_UP.roundLike(new BigDecimal("121.66101"), new BigDecimal("82.8"))  // 121.7
 * }</pre>
 *
 * <p>{@link #HALF_UP} (四舍五入) is what published statistics use and the default everywhere in this
 * library; {@link #GB_T_8170} is the rule of GB/T 8170 (四舍六入五成双).
 */
public enum PublishedRounding {
  /** 四舍五入: a dropped 5 rounds away from zero. */
  HALF_UP(RoundingMode.HALF_UP),
  /** GB/T 8170 四舍六入五成双: a dropped 5 followed by nothing rounds to the even digit. */
  GB_T_8170(RoundingMode.HALF_EVEN);

  private final RoundingMode mode;

  PublishedRounding(RoundingMode mode) {
    this.mode = mode;
  }

  /** The {@link RoundingMode} this rule applies. */
  public RoundingMode roundingMode() {
    return mode;
  }

  /**
   * Rounds to {@code places} decimal places (negative for tens, hundreds …).
   *
   * @throws IllegalArgumentException if {@code places} is beyond ±1000
   */
  public BigDecimal round(BigDecimal value, int places) {
    requireNonNull(value, "value");
    checkArgument(Math.abs(places) <= 1000, "places (%s) must be between -1000 and 1000", places);
    return value.setScale(places, mode);
  }

  /** Rounds to the precision of a published figure: to one place for {@code 82.8}. */
  public BigDecimal roundLike(BigDecimal value, BigDecimal published) {
    return round(value, requireNonNull(published, "published").scale());
  }
}

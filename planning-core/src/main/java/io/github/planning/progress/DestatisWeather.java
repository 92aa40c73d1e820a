package io.github.planning.progress;

import io.github.planning.core.Growth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Destatis' weather symbols of the German Sustainability Strategy ({@link
 * ProgressMeasure#DESTATIS}): the average annual change of the last five years is projected from
 * the latest value to the target year, and the deviation of the projected value from the target is
 * measured relative to the gap that remains between the latest value and the target (the
 * {@linkplain ProgressResult#ratio() ratio}: {@code (target − projected) / (target − latest)}).
 *
 * <p>A deviation below 5 % (or a projection at or beyond the target) is {@link WeatherSymbol#SUN},
 * 5 % to 20 % {@link WeatherSymbol#SUN_BEHIND_CLOUD}, more than 20 % in the right direction {@link
 * WeatherSymbol#CLOUD}, and a change in the wrong direction {@link WeatherSymbol#THUNDERSTORM}. A
 * target already met, with no change away from it, is sun. Destatis puts it so: "leicht bewölkt"
 * when, with the development unchanged, "im Zieljahr nur noch eine Wegstrecke zwischen 5 % und 20 %
 * bis zum Zielwert zurück zu legen" is left (Indikatorenbericht 2012), and "gewittrig" when "der
 * Indikator entwickelte sich zuletzt in die falsche Richtung" (Indikatorenbericht 2014).
 *
 * <p>The change is taken from the observation five years before the latest (or, in a shorter
 * series, the earliest observation of those five years, the stated base counting as one); that
 * observation is the result's {@linkplain ProgressResult#baseYear() base}. The observed growth is
 * the average change a year, the required growth the change a year the target needs from the latest
 * value.
 */
final class DestatisWeather implements ProgressMeasure {

  private static final MathContext MC = Growth.PRECISION;
  static final List<BigDecimal> THRESHOLDS = List.of(new BigDecimal("0.05"), new BigDecimal("0.2"));
  static final int WINDOW = 5;

  @Override
  public ProgressMeasureName name() {
    return ProgressMeasureName.DESTATIS;
  }

  @Override
  public ProgressResult assess(ProgressInput in) {
    ImmutableProgressResult.Builder out = ProgressResult.start(name(), in).thresholds(THRESHOLDS);
    Optional<Map.Entry<Integer, BigDecimal>> last = in.latest();
    if (last.isEmpty()) {
      return out.status(WeatherSymbol.NOT_AVAILABLE)
          .note("no observation after the base year " + in.baseYear())
          .build();
    }
    if (in.targetValue().isEmpty()) {
      return out.status(WeatherSymbol.NOT_AVAILABLE).note("needs a quantitative target").build();
    }
    Map.Entry<Integer, BigDecimal> latest = last.get();
    SortedMap<Integer, BigDecimal> series = new TreeMap<>(in.observations());
    in.baseValue().ifPresent(b -> series.put(in.baseYear(), b));
    SortedMap<Integer, BigDecimal> window =
        series.subMap(latest.getKey() - WINDOW, latest.getKey());
    if (window.isEmpty()) {
      return out.status(WeatherSymbol.NOT_AVAILABLE)
          .note("no observation in the " + WINDOW + " years before " + latest.getKey())
          .build();
    }
    int startYear = window.firstKey();
    BigDecimal start = window.get(startYear);
    BigDecimal target = in.targetValue().get();
    BigDecimal v = latest.getValue();
    int d = ProgressResult.d(in.direction());
    BigDecimal change =
        v.subtract(start).divide(BigDecimal.valueOf(latest.getKey() - startYear), MC);
    int remaining = Math.max(in.targetYear() - latest.getKey(), 0);
    BigDecimal projected = v.add(change.multiply(BigDecimal.valueOf(remaining)));
    out.baseYear(startYear).baseValue(start).observedGrowth(change).projectedValue(projected);
    if (remaining > 0) {
      out.requiredGrowth(target.subtract(v).divide(BigDecimal.valueOf(remaining), MC));
    }
    BigDecimal gap = target.subtract(v).multiply(BigDecimal.valueOf(d));
    boolean met = gap.signum() <= 0;
    out.targetMet(met);
    if (change.signum() * d < 0) {
      return out.status(WeatherSymbol.THUNDERSTORM).build();
    }
    if (met) {
      return out.status(WeatherSymbol.SUN).build();
    }
    BigDecimal deviation = target.subtract(projected).divide(target.subtract(v), MC);
    WeatherSymbol symbol =
        deviation.compareTo(THRESHOLDS.get(0)) < 0
            ? WeatherSymbol.SUN
            : deviation.compareTo(THRESHOLDS.get(1)) <= 0
                ? WeatherSymbol.SUN_BEHIND_CLOUD
                : WeatherSymbol.CLOUD;
    return out.status(symbol).ratio(deviation).build();
  }
}

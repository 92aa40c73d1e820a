package io.github.planning.progress;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Growth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Destatis' weather symbols of the German Sustainable Development Strategy ({@link
 * ProgressMeasure#DESTATIS}), by the rules Destatis publishes on its indicator platform
 * dns-indikatoren.de, page "Status der Indikatoren" (source {@code _pages/status.md} of the public
 * repository {@code DnsTestEnvironment/dns-indicators}; in English {@code _pages/en/status.md} of
 * {@code Nachhaltige-Entwicklung-Deutschland/open-sdg-site-starter}).
 *
 * <pre>{@code
 * // 30, 31, 32, 33, 34, 35 in 2016–2021, target 65 in 2030: +1 a year projects 44,
 * // (65 − 44) / (65 − 35) = 70 % of the remaining gap is missed
 * ProgressMeasure.DESTATIS.assess(in).status();   // CLOUD
 * }</pre>
 *
 * <p><b>A target value for a target year.</b> "Anhand der letzten sechs Datenpunkte [wird] der
 * Durchschnitt der letzten fünf jährlichen Veränderungen ermittelt" and carried on to the target
 * year; the projected value is compared with the target, relative to "der Differenz zwischen
 * Zielwert und aktuellem Wert" (the {@linkplain ProgressResult#ratio() ratio}: {@code (target −
 * projected) / (target − latest)}):
 *
 * <ul>
 *   <li>{@link WeatherSymbol#SUN}: the target "erreicht oder um weniger als 5 % … verfehlt";
 *   <li>{@link WeatherSymbol#SUN_BEHIND_CLOUD} (leicht bewölkt): "um mindestens 5 %, aber maximal
 *       um 20 %" missed;
 *   <li>{@link WeatherSymbol#CLOUD}: "in die gewünschte Richtung", but missed by more than 20 %;
 *   <li>{@link WeatherSymbol#THUNDERSTORM}: "Der Abstand zum Ziel ist konstant hoch oder vergrößert
 *       sich" – an average change of zero or in the wrong direction.
 * </ul>
 *
 * <p>The six data points are read as the yearly values of the latest year and the five years before
 * it (the stated base counting as the value of its year); the average change is the change from the
 * earliest of them to the latest, a year. "Stehen weniger als vier verwendbare Jahreswerte zur
 * Verfügung, wird von einer Berechnung abgesehen": with fewer than {@value #MIN_VALUES} of them the
 * result is not available. The earliest value used is the result's {@linkplain
 * ProgressResult#baseYear() base}; the observed growth is the average change a year, the required
 * growth the change a year the target needs from the latest value.
 *
 * <p><b>A target already met, or a target year reached.</b> Destatis then uses its rule for a
 * target to be kept every year: met, with an average change "nicht in Richtung einer
 * Verschlechterung", is sun; met, but with a change towards a worsening, sun behind cloud; not met,
 * with a change towards the target, cloud; otherwise thunderstorm.
 *
 * <p><b>A direction without a target value.</b> "Vorrangig der Durchschnitt der letzten fünf
 * Veränderungen und untergeordnet die letzte jährliche Veränderung": both in the right direction is
 * sun; the average right but the last change wrong or none, sun behind cloud; the average wrong or
 * none but the last change right, cloud; neither, thunderstorm.
 *
 * <p>Destatis' rules for target intervals (the weakest bound) and for several targets (the next
 * target year, the worst symbol) are the caller's: this measure assesses one target value.
 *
 * <p>The page gives no worked figures. The symbols it publishes for each indicator and year are in
 * the platform's metadata ({@code meta/<id>.md}, {@code weather_indicator_…_item_…}), beside the
 * values ({@code data/indicator_<id>.csv}), in the public repository {@code
 * Nachhaltige-Entwicklung-Deutschland/open-sdg-data-starter}; this measure gives the published
 * symbols of indicators 7.2.b, 13.1.a, 3.1.a, 4.1.a and 4.1.b from those values.
 */
final class DestatisWeather implements ProgressMeasure {

  private static final MathContext MC = Growth.PRECISION;
  static final List<BigDecimal> THRESHOLDS = List.of(new BigDecimal("0.05"), new BigDecimal("0.2"));

  /** The years before the latest whose values give the average change. */
  static final int WINDOW = 5;

  /** The fewest yearly values, the latest included, from which Destatis computes a change. */
  static final int MIN_VALUES = 4;

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
    Map.Entry<Integer, BigDecimal> latest = last.get();
    int year = latest.getKey();
    SortedMap<Integer, BigDecimal> series = new TreeMap<>(in.observations());
    in.baseValue().ifPresent(b -> series.put(in.baseYear(), b));
    SortedMap<Integer, BigDecimal> window = series.subMap(year - WINDOW, year + 1);
    if (window.size() < MIN_VALUES) {
      return out.status(WeatherSymbol.NOT_AVAILABLE)
          .note(
              "needs at least "
                  + MIN_VALUES
                  + " yearly values in "
                  + (year - WINDOW)
                  + "–"
                  + year
                  + ", has "
                  + window.size())
          .build();
    }
    int startYear = window.firstKey();
    BigDecimal start = requireNonNull(window.get(startYear));
    BigDecimal v = latest.getValue();
    int d = ProgressResult.d(in.direction());
    BigDecimal change = perYear(v.subtract(start), year - startYear);
    out.baseYear(startYear).baseValue(start).observedGrowth(change);
    int averageWay = change.signum() * d;
    if (in.targetValue().isEmpty()) {
      int previousYear = window.headMap(year).lastKey();
      int lastWay = v.subtract(window.get(previousYear)).signum() * d;
      WeatherSymbol symbol =
          averageWay > 0
              ? (lastWay > 0 ? WeatherSymbol.SUN : WeatherSymbol.SUN_BEHIND_CLOUD)
              : (lastWay > 0 ? WeatherSymbol.CLOUD : WeatherSymbol.THUNDERSTORM);
      return out.status(symbol)
          .note("no target value: the average change and the change since " + previousYear)
          .build();
    }
    BigDecimal target = in.targetValue().get();
    int remaining = Math.max(in.targetYear() - year, 0);
    BigDecimal projected = v.add(change.multiply(BigDecimal.valueOf(remaining)));
    out.projectedValue(projected);
    if (remaining > 0) {
      out.requiredGrowth(perYear(target.subtract(v), remaining));
    }
    boolean met = target.subtract(v).multiply(BigDecimal.valueOf(d)).signum() <= 0;
    out.targetMet(met);
    if (met || remaining == 0) {
      WeatherSymbol symbol =
          met
              ? (averageWay >= 0 ? WeatherSymbol.SUN : WeatherSymbol.SUN_BEHIND_CLOUD)
              : (averageWay > 0 ? WeatherSymbol.CLOUD : WeatherSymbol.THUNDERSTORM);
      return out.status(symbol)
          .note(met ? "the target is met" : "the target year is reached and the target is not met")
          .build();
    }
    if (averageWay <= 0) {
      return out.status(WeatherSymbol.THUNDERSTORM).build();
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

  private static BigDecimal perYear(BigDecimal change, int years) {
    return change.divide(BigDecimal.valueOf(years), MC);
  }
}

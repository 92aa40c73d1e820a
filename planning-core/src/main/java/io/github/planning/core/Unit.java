package io.github.planning.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A unit of a plan indicator as published, such as {@code 亿元}, {@code 万元/人}, {@code 万亩}, {@code %}
 * or {@code 微克/立方米}.
 *
 * <pre>{@code
 * Unit.parse("亿元").convert(new BigDecimal("752.8"), Unit.parse("万元"))   // 7.528E+6 (7528000)
 * Unit.parse("公顷").convert(new BigDecimal("8000"), Unit.parse("万亩"))    // 12.00
 * Unit.parse("万亩").convert(BigDecimal.ONE, Unit.parse("公顷"), MathContext.DECIMAL64)
 *                                                                   // 666.6666666666667
 * Unit.parse("亩").convert(BigDecimal.ONE, Unit.parse("亿元"))
 * // UnitConversionException: Cannot convert '亩' to '亿元': '亩' is an area, '亿元' is money in CNY
 * }</pre>
 *
 * <p>The units come from a catalogue, the resource {@code units.txt} of this package: each unit has
 * a symbol and aliases ({@code 千米}, {@code 公里}, {@code km}), a dimension (money in one currency,
 * mass, length, area, volume, energy, people, a count of one kind of thing, time, a ratio …) and an
 * exact factor to the dimension's base (1 亩 = 10000/15 平方米, 1 吨标准煤 = 29.3076 GJ). Any unit takes a
 * Chinese scale prefix (十, 百, 千, 万, 十万, 百万, 千万, 亿, 十亿, 百亿, 千亿, 万亿; the SI 毫 and 微): {@code 万亩},
 * {@code 百万吨标准煤}. A composite unit is a product of such units ({@code ·}), optionally per another
 * product: {@code 万元/人}, {@code 个/千人} (also written {@code 个/每千人}), {@code 元/人·月}; it converts
 * factor by factor.
 *
 * <p>Two units convert when they have the same dimensions. A currency never converts into another
 * unless the user gives an {@link ExchangeRate}. {@link #PERCENT} ({@code %}) converts to per mille
 * ({@code ‰}) but not to {@link #PERCENTAGE_POINT} ({@code 个百分点}). {@code ——} and the empty text
 * are {@linkplain #isNone() no unit}. A text the catalogue does not know ({@code 吨公里}) is kept
 * verbatim and never guessed: it is not {@linkplain #isKnown() known}, compares by its text and
 * converts only to itself.
 *
 * <p>Equality is by {@linkplain #symbol() symbol}: {@code 万元/人} and {@code 万元／人} are different
 * symbols of {@linkplain #isEquivalentTo(Unit) equivalent} units. Instances are immutable and
 * thread-safe.
 */
public final class Unit {

  /** The most characters a unit may have: {@code 吨标准煤/万元} has 7. */
  public static final int MAX_LENGTH = 32;

  private enum Kind {
    NONE,
    MEASURE,
    UNKNOWN
  }

  /**
   * Units read recently, by a hash of their symbol; a slot may be replaced at any time, and a
   * unit's fields are final, so reading it unsynchronised is safe. The only cache: 64 units of at
   * most {@link #MAX_LENGTH} characters.
   */
  private static final Unit[] RECENT = new Unit[64];

  /** No unit: {@code ——}. */
  public static final Unit NONE = new Unit("——", Kind.NONE, List.of());

  /** Percent, {@code %}. */
  public static final Unit PERCENT = parse("%");

  /** Per mille, {@code ‰}. */
  public static final Unit PER_MILLE = parse("‰");

  /** Percentage point, {@code 个百分点}: the difference of two percentages. */
  public static final Unit PERCENTAGE_POINT = parse("个百分点");

  /** Yuan, {@code 元}. */
  public static final Unit YUAN = parse("元");

  /** Ten thousand yuan, {@code 万元}. */
  public static final Unit WAN_YUAN = parse("万元");

  /** A hundred million yuan, {@code 亿元}: the unit of GDP in district plans. */
  public static final Unit YI_YUAN = parse("亿元");

  /** Person, {@code 人}. */
  public static final Unit PERSON = parse("人");

  /** Ten thousand persons, {@code 万人}. */
  public static final Unit WAN_PERSONS = parse("万人");

  private final String symbol;
  private final Kind kind;
  private final List<UnitFactor> parts;

  /** The value of one of this unit in the bases of its dimensions. */
  private final Fraction factor;

  /** The exponent of each dimension: {@code money:CNY=1, people=-1} for {@code 万元/人}. */
  private final Dimensions dimensions;

  private Unit(String symbol, Kind kind, List<UnitFactor> parts) {
    this.symbol = symbol;
    this.kind = kind;
    this.parts = parts;
    Fraction value = Fraction.ONE;
    for (UnitFactor part : parts) {
      value = value.multiply(part.value());
    }
    this.factor = value;
    this.dimensions = Dimensions.of(parts);
  }

  /**
   * Reads a unit from its published text, for example {@code 亿元}, {@code 人/亿元}, {@code 万亩}, {@code
   * %} or {@code ——}. A text the catalogue does not know gives an {@linkplain #isKnown() unknown}
   * unit with that text. Surrounding white space is not part of the symbol.
   *
   * @param text the unit as published; empty or {@code ——}/{@code —} for no unit
   * @throws IllegalArgumentException if the text is longer than {@link #MAX_LENGTH} characters
   */
  public static Unit parse(CharSequence text) {
    requireNonNull(text, "text");
    String symbol = Texts.strip(text.toString());
    if (symbol.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a unit may have at most "
              + MAX_LENGTH
              + " characters: '"
              + symbol.substring(0, MAX_LENGTH)
              + "…' has "
              + symbol.length());
    }
    return parse(symbol, 0, symbol.length());
  }

  /**
   * The unit written in {@code text} from {@code start} to {@code end}, as {@link
   * #parse(CharSequence)} reads that part: {@code parse("1万人", 1, 3)} is {@link #WAN_PERSONS}. A
   * unit read recently is found without copying the part.
   */
  static Unit parse(String text, int start, int end) {
    int length = end - start;
    if (length > MAX_LENGTH) {
      return parse(text.substring(start, end)); // white space around it, or too long
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ (hash >>> 7)) & (RECENT.length - 1);
    Unit recent = RECENT[slot];
    if (recent != null
        && recent.symbol.length() == length
        && recent.symbol.regionMatches(0, text, start, length)) {
      return recent;
    }
    String part = text.substring(start, end);
    String symbol = Texts.strip(part);
    Unit unit = symbol.equals(part) ? read(symbol) : parse(symbol, 0, symbol.length());
    if (unit.symbol.length() == length) {
      RECENT[slot] = unit;
    }
    return unit;
  }

  private static Unit read(String symbol) {
    return switch (symbol) {
      case "——" -> NONE;
      case "", "—", "-" -> new Unit(symbol, Kind.NONE, List.of());
      default -> {
        List<UnitFactor> parts = UnitFactor.decompose(symbol);
        yield parts == null
            ? new Unit(symbol, Kind.UNKNOWN, List.of())
            : new Unit(symbol, Kind.MEASURE, parts);
      }
    };
  }

  /** The text of the unit as published, for example {@code 万元/人}. */
  public String symbol() {
    return symbol;
  }

  /** Whether this is no unit ({@code ——}, {@code —} or empty). */
  public boolean isNone() {
    return kind == Kind.NONE;
  }

  /**
   * Whether the catalogue knows this unit (or it is no unit); an unknown unit is kept verbatim and
   * converts to nothing but itself. A reader reports each unknown unit of a table once.
   */
  public boolean isKnown() {
    return kind != Kind.UNKNOWN;
  }

  /** Whether this is percent ({@code %}, {@code ％}). */
  public boolean isPercent() {
    return parts.size() == 1
        && parts.get(0).entry().symbol().equals("%")
        && parts.get(0).prefix() == 0;
  }

  /** Whether this is a percentage point ({@code 个百分点}, {@code 百分点}). */
  public boolean isPercentagePoint() {
    return parts.size() == 1
        && parts.get(0).dimension().equals("points")
        && parts.get(0).prefix() == 0;
  }

  /** The currency code of a unit of money ({@code USD} for {@code 亿美元}); empty otherwise. */
  Optional<String> currency() {
    if (parts.size() != 1
        || parts.get(0).exponent() != 1
        || !parts.get(0).dimension().startsWith("money:")) {
      return Optional.empty();
    }
    return Optional.of(parts.get(0).dimension().substring("money:".length()));
  }

  /**
   * This unit without its scale prefixes: {@code 元/人} for {@code 万元/人}, {@code 吨} for {@code 万吨},
   * {@code 个/人} for {@code 个/千人}. Empty for no unit and unknown units.
   */
  public Optional<Unit> baseUnit() {
    if (kind != Kind.MEASURE) {
      return Optional.empty();
    }
    if (parts.stream().allMatch(p -> p.prefix() == 0)) {
      return Optional.of(this);
    }
    String numerator =
        parts.stream()
            .filter(p -> p.exponent() > 0)
            .map(UnitFactor::written)
            .collect(Collectors.joining("·"));
    String denominator =
        parts.stream()
            .filter(p -> p.exponent() < 0)
            .map(UnitFactor::written)
            .collect(Collectors.joining("·"));
    return Optional.of(parse(denominator.isEmpty() ? numerator : numerator + "/" + denominator));
  }

  /**
   * The power of ten of this unit's prefixes, relative to its {@linkplain #baseUnit() base unit}: 8
   * for {@code 亿元}, 4 for {@code 万元/人}, −4 for {@code 人/万元}, −3 for {@code 个/千人}.
   */
  public int scale() {
    return parts.stream().mapToInt(p -> p.prefix() * p.exponent()).sum();
  }

  /**
   * Whether amounts convert between this unit and {@code other} without an exchange rate: both
   * known with the same dimensions (亿元 and 万元; 万亩 and 公顷; 万元/人 and 元/人; % and ‰), or the same unit.
   */
  public boolean isConvertibleTo(Unit other) {
    requireNonNull(other, "other");
    return equals(other)
        || kind == other.kind && kind != Kind.UNKNOWN && dimensions.equals(other.dimensions);
  }

  /**
   * Whether this unit means the same as {@code other}, whatever the spelling: convertible with a
   * factor of one ({@code 万元/人} and {@code 万元／人}; {@code 公里} and {@code 千米}; {@code ——} and the
   * empty text).
   */
  public boolean isEquivalentTo(Unit other) {
    return isConvertibleTo(other) && factor.equals(other.factor);
  }

  /**
   * Converts an amount in this unit to {@code target}, exactly. The result keeps the significant
   * digits of {@code amount}, and has more only when the exact value needs them:
   *
   * <pre>{@code
   * 752.8 亿元 → 万元     7.528E+6   (toPlainString 7528000: four digits, as written)
   * 7528000 万元 → 亿元   752.8000
   * 1.5 斤 → 千克         0.75
   * 3 斤 → 千克           1.5        (one digit more: 1.5 is the exact value)
   * 8000 公顷 → 万亩      12.00
   * }</pre>
   *
   * <p>So a round trip {@code x → y → x} gives {@code x} with its scale whenever the first
   * conversion needed no more digits than {@code x} has, which is always so between units that
   * differ by powers of ten (万元 and 亿元, 公顷 and 平方千米). Zero keeps its scale.
   *
   * @throws UnitConversionException naming both units and their dimensions if they are not
   *     {@linkplain #isConvertibleTo(Unit) convertible}
   * @throws ArithmeticException if the result has no finite decimal expansion (1 亩 is 666.66… 平方米):
   *     give a {@link MathContext} or a scale
   */
  public BigDecimal convert(BigDecimal amount, Unit target) {
    requireNonNull(amount, "amount");
    Fraction factor = factorTo(target, null);
    try {
      return factor.timesExactly(amount);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          amount.toPlainString()
              + " "
              + symbol
              + " in "
              + target.symbol
              + " has no finite decimal expansion (the factor is "
              + factor
              + "): give a MathContext"
              + " or a scale and a RoundingMode");
    }
  }

  /**
   * Converts an amount in this unit to {@code target}, rounded once to {@code context}: {@code 1
   * 万亩} is {@code 666.6666666666667} 公顷 in {@link MathContext#DECIMAL64}.
   *
   * @throws UnitConversionException if the units are not {@linkplain #isConvertibleTo(Unit)
   *     convertible}
   * @throws ArithmeticException if {@code context} rounds {@link RoundingMode#UNNECESSARY} and the
   *     result is not exact at its precision
   */
  public BigDecimal convert(BigDecimal amount, Unit target, MathContext context) {
    requireNonNull(amount, "amount");
    requireNonNull(context, "context");
    return factorTo(target, null).times(amount, context);
  }

  /**
   * Converts an amount in this unit to {@code target}, rounded once to {@code scale} decimal
   * places: {@code 1 亩} is {@code 0.0667} 公顷 at scale 4, {@link RoundingMode#HALF_UP}.
   *
   * @throws UnitConversionException if the units are not {@linkplain #isConvertibleTo(Unit)
   *     convertible}
   */
  public BigDecimal convert(BigDecimal amount, Unit target, int scale, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    return factorTo(target, null).times(amount, scale, rounding);
  }

  /**
   * Converts an amount in this unit to {@code target} at a user's exchange rate, in either
   * direction and inside composite units, rounded once to {@code context}: {@code 2 亿美元} is {@code
   * 13.7948} 亿元 at {@code 1 美元 = 6.8974 元}; {@code 100 人/亿美元} is {@code 14.50…} 人/亿元.
   *
   * @throws UnitConversionException if the units do not convert even at that rate
   */
  public BigDecimal convert(
      BigDecimal amount, Unit target, ExchangeRate rate, MathContext context) {
    requireNonNull(amount, "amount");
    requireNonNull(rate, "rate");
    requireNonNull(context, "context");
    return factorTo(target, rate).times(amount, context);
  }

  /** The factor from this unit to {@code target}, at {@code rate} when not null. */
  private Fraction factorTo(Unit target, @Nullable ExchangeRate rate) {
    requireNonNull(target, "target");
    if (equals(target)) {
      return Fraction.ONE;
    }
    if (kind == target.kind && kind != Kind.UNKNOWN) {
      if (dimensions.equals(target.dimensions)) {
        return factor.divide(target.factor);
      }
      if (rate != null) {
        Unit rateFrom = rate.from();
        String from = rateFrom.dimensions.first();
        String to = rate.to().dimensions.first();
        Fraction oneFrom =
            Fraction.of(rate.rate())
                .multiply(rate.to().factor)
                .divide(rateFrom.factor); // one base of `from` in bases of `to`
        if (dimensions.atRate(from, to).equals(target.dimensions.atRate(from, to))) {
          return factor
              .multiply(oneFrom.pow(dimensions.exponent(from)))
              .divide(target.factor.multiply(oneFrom.pow(target.dimensions.exponent(from))));
        }
      }
    }
    throw new UnitConversionException(this, target, incompatibility(target));
  }

  /** Why this unit does not convert to {@code target}: {@code '亩' is an area, '亿元' is money}. */
  public String incompatibility(Unit target) {
    if (kind == Kind.UNKNOWN || target.kind == Kind.UNKNOWN) {
      Unit unknown = kind == Kind.UNKNOWN ? this : target;
      return "'" + unknown.symbol + "' is not a known unit";
    }
    boolean currencies =
        kind == Kind.MEASURE
            && target.kind == Kind.MEASURE
            && dimensions.withoutCurrencies().equals(target.dimensions.withoutCurrencies());
    return describe()
        + ", "
        + target.describe()
        + (currencies ? ": converting needs an exchange rate" : "");
  }

  /** {@code '亩' is an area}; {@code '万元/人' is money in CNY per person}. */
  private String describe() {
    String what;
    if (kind == Kind.NONE) {
      what = "no unit";
    } else if (parts.size() == 1 && parts.get(0).exponent() == 1) {
      what = parts.get(0).phrase(true);
    } else {
      what = nouns(1);
      String per = nouns(-1);
      what = per.isEmpty() ? what : what + " per " + per;
    }
    return "'" + symbol + "' is " + what;
  }

  private String nouns(int exponent) {
    return parts.stream()
        .filter(p -> p.exponent() == exponent)
        .map(p -> p.phrase(false))
        .collect(Collectors.joining(" × "));
  }

  /** Equal when the symbols are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Unit unit && symbol.equals(unit.symbol);
  }

  @Override
  public int hashCode() {
    return symbol.hashCode();
  }

  /** The {@linkplain #symbol() symbol}, which {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    return symbol;
  }

  /** The characters of the units the cache holds, at most 64 × {@link #MAX_LENGTH}. */
  static int cachedCharacters() {
    int characters = 0;
    for (Unit unit : RECENT) {
      characters += unit == null ? 0 : unit.symbol.length();
    }
    return characters;
  }
}

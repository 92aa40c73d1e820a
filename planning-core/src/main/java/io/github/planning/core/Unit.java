package io.github.planning.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of a plan indicator as published, such as {@code 亿元}, {@code 万元/人}, {@code %} or
 * {@code 微克/立方米}.
 *
 * <p>A unit is read from its text with {@link #parse(CharSequence)}. The text is decomposed into a
 * power-of-ten prefix (十 1, 百 2, 千 3, 万 4, 十万 5, 百万 6, 千万 7, 亿 8, 十亿 9, 百亿 10, 千亿 11, 万亿 12,
 * and the metric 毫 −3, 微 −6) and a base unit (元, 美元, 人, 克, 吨 = 10⁶ 克, 吨标煤, 立方米, 平方米, 米,
 * 亩, 斤, 个, 件, 项, 张, 套, 年, 岁 …), optionally per another such unit ({@code 人/亿元}). Amounts
 * convert exactly between units with the same base units:
 *
 * <pre>{@code
 * Unit.parse("亿元").convert(new BigDecimal("752.8"), Unit.parse("万元"))   // 7528000
 * Unit.parse("万元/人").convert(new BigDecimal("12"), Unit.parse("元/人"))   // 120000
 * Unit.parse("亿元").convert(BigDecimal.ONE, Unit.parse("万人"))            // UnitConversionException
 * }</pre>
 *
 * <p>{@link #PERCENT} ({@code %}) and {@link #PERCENTAGE_POINT} ({@code 个百分点}) are distinct and do
 * not convert into each other; percent converts to per mille ({@code ‰}). {@code ——} and the empty
 * text are {@linkplain #isNone() no unit}. A text this class does not know ({@code 吨公里}) is kept
 * verbatim: it compares by its text and converts only to itself.
 *
 * <p>Equality is by {@linkplain #symbol() symbol}: {@code 万元/人} and {@code 万元／人} are different
 * symbols of {@linkplain #isEquivalentTo(Unit) equivalent} units. Instances are immutable and
 * thread-safe.
 */
public final class Unit {

  private enum Kind {
    NONE,
    RATIO,
    PERCENTAGE_POINT,
    MEASURE,
    UNKNOWN
  }

  /** Units read so far, bounded: plan tables use a few dozen units over and over. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Unit> READ =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Units read by {@link #parse(String, int, int)}, by a hash of their symbol; a slot may be
   * replaced at any time, and a unit's fields are final, so reading it unsynchronised is safe.
   */
  private static final Unit[] RECENT = new Unit[64];

  /** Base units and the power of ten of each relative to the base it is expressed in. */
  private static final Map<String, Base> BASES = bases();

  private static final Map<String, Integer> PREFIXES =
      ImmutableMap.<String, Integer>builder()
          .put("十", 1)
          .put("百", 2)
          .put("千", 3)
          .put("万", 4)
          .put("十万", 5)
          .put("百万", 6)
          .put("千万", 7)
          .put("亿", 8)
          .put("十亿", 9)
          .put("百亿", 10)
          .put("千亿", 11)
          .put("万亿", 12)
          .put("毫", -3)
          .put("微", -6)
          .buildOrThrow();

  /** No unit: {@code ——}. */
  public static final Unit NONE = new Unit("——", Kind.NONE, null, 0, null, 0);

  /** Percent, {@code %}. */
  public static final Unit PERCENT = new Unit("%", Kind.RATIO, "%", -2, null, 0);

  /** Per mille, {@code ‰}. */
  public static final Unit PER_MILLE = new Unit("‰", Kind.RATIO, "%", -3, null, 0);

  /** Percentage point, {@code 个百分点}: the difference of two percentages. */
  public static final Unit PERCENTAGE_POINT =
      new Unit("个百分点", Kind.PERCENTAGE_POINT, "个百分点", 0, null, 0);

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
  private final String base;
  private final int scale;
  private final String perBase;
  private final int perScale;

  private Unit(String symbol, Kind kind, String base, int scale, String perBase, int perScale) {
    this.symbol = symbol;
    this.kind = kind;
    this.base = base;
    this.scale = scale;
    this.perBase = perBase;
    this.perScale = perScale;
  }

  /**
   * Reads a unit from its published text, for example {@code 亿元}, {@code 人/亿元}, {@code %} or
   * {@code ——}. Never fails: a text it does not know gives an {@linkplain #isKnown() unknown}
   * unit with that text. Surrounding white space is not part of the symbol.
   *
   * @param text the unit as published; empty or {@code ——}/{@code —} for no unit
   */
  public static Unit parse(CharSequence text) {
    requireNonNull(text, "text");
    String symbol = Texts.strip(text.toString());
    switch (symbol) {
      case "——":
        return NONE;
      case "":
      case "—":
      case "-":
        return new Unit(symbol, Kind.NONE, null, 0, null, 0);
      case "%":
        return PERCENT;
      case "％":
        return new Unit(symbol, Kind.RATIO, "%", -2, null, 0);
      case "‰":
        return PER_MILLE;
      case "个百分点":
        return PERCENTAGE_POINT;
      case "百分点":
      case "pp":
        return new Unit(symbol, Kind.PERCENTAGE_POINT, "个百分点", 0, null, 0);
      default:
        return parseMeasure(symbol);
    }
  }

  /**
   * The unit written in {@code text} from {@code start} to {@code end}, as {@link
   * #parse(CharSequence)} reads that part: {@code parse("1万人", 1, 3)} is {@link #WAN_PERSONS}. A
   * unit read recently is found without copying the part.
   */
  static Unit parse(String text, int start, int end) {
    int length = end - start;
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ (hash >>> 7)) & (RECENT.length - 1);
    Unit recent = RECENT[slot];
    if (recent != null && recent.symbol.length() == length
        && recent.symbol.regionMatches(0, text, start, length)) {
      return recent;
    }
    Unit unit = parse(text.substring(start, end));
    if (unit.symbol.length() == length) {
      RECENT[slot] = unit;
    }
    return unit;
  }

  private static Unit parseMeasure(String symbol) {
    Unit known = READ.get(symbol);
    if (known != null) {
      return known;
    }
    Unit unit = decomposeMeasure(symbol);
    if (READ.size() < 1024) {
      READ.putIfAbsent(symbol, unit);
    }
    return unit;
  }

  private static Unit decomposeMeasure(String symbol) {
    int slash = indexOfSlash(symbol);
    if (slash < 0) {
      Decomposed unit = decompose(symbol);
      return unit == null
          ? unknown(symbol)
          : new Unit(symbol, Kind.MEASURE, unit.base, unit.scale, null, 0);
    }
    Decomposed numerator = decompose(symbol.substring(0, slash));
    String rest = symbol.substring(slash + 1);
    Decomposed denominator = indexOfSlash(rest) < 0 ? decompose(rest) : null;
    if (numerator == null || denominator == null) {
      return unknown(symbol);
    }
    return new Unit(
        symbol, Kind.MEASURE, numerator.base, numerator.scale, denominator.base, denominator.scale);
  }

  private static Unit unknown(String symbol) {
    return new Unit(symbol, Kind.UNKNOWN, null, 0, null, 0);
  }

  private static int indexOfSlash(String text) {
    int slash = text.indexOf('/');
    return slash >= 0 ? slash : text.indexOf('／');
  }

  private static Decomposed decompose(String text) {
    for (int start = 0; start < text.length(); start++) {
      Base base = BASES.get(text.substring(start));
      if (base != null) {
        String prefix = text.substring(0, start);
        Integer power = prefix.isEmpty() ? Integer.valueOf(0) : PREFIXES.get(prefix);
        return power == null ? null : new Decomposed(base.name, base.power + power);
      }
    }
    return null;
  }

  /** The text of the unit as published, for example {@code 万元/人}. */
  public String symbol() {
    return symbol;
  }

  /** Whether this is no unit ({@code ——}, {@code —} or empty). */
  public boolean isNone() {
    return kind == Kind.NONE;
  }

  /** Whether this unit was recognised; an unknown unit is kept verbatim and converts to nothing. */
  public boolean isKnown() {
    return kind != Kind.UNKNOWN;
  }

  /** Whether this is percent ({@code %}, {@code ％}). */
  public boolean isPercent() {
    return kind == Kind.RATIO && scale == -2;
  }

  /** Whether this is a percentage point ({@code 个百分点}, {@code 百分点}). */
  public boolean isPercentagePoint() {
    return kind == Kind.PERCENTAGE_POINT;
  }

  /**
   * The base unit this one is a power of ten of: {@code 元/人} for {@code 万元/人}, {@code 克} for
   * {@code 万吨}. Empty for no unit, percentage points and unknown units.
   */
  public Optional<Unit> baseUnit() {
    if (kind == Kind.RATIO) {
      return Optional.of(PERCENT);
    }
    if (kind != Kind.MEASURE) {
      return Optional.empty();
    }
    return Optional.of(perBase == null ? parse(base) : parse(base + "/" + perBase));
  }

  /**
   * The power of ten of this unit relative to its {@linkplain #baseUnit() base unit}: 8 for
   * {@code 亿元}, 4 for {@code 万元/人}, −4 for {@code 人/万元}, 10 for {@code 万吨}.
   */
  public int scale() {
    return scale - perScale;
  }

  /**
   * Whether amounts convert between this unit and {@code other}: both known, with the same base
   * units (亿元 and 万元; 万元/人 and 元/人; % and ‰), or the same unit.
   */
  public boolean isConvertibleTo(Unit other) {
    requireNonNull(other, "other");
    if (equals(other)) {
      return true;
    }
    if (kind != other.kind || kind == Kind.UNKNOWN) {
      return false;
    }
    return Objects.equals(base, other.base) && Objects.equals(perBase, other.perBase);
  }

  /**
   * Whether this unit means the same as {@code other}, whatever the spelling: convertible with a
   * factor of one ({@code 万元/人} and {@code 万元／人}; {@code ——} and the empty text).
   */
  public boolean isEquivalentTo(Unit other) {
    return isConvertibleTo(other) && scale() == other.scale();
  }

  /**
   * Converts an amount in this unit to {@code target}, exactly: the decimal point moves by the
   * difference of the powers of ten, so {@code 752.8} 亿元 is {@code 7528000} 万元 and
   * {@code 7528000} 万元 is {@code 752.8000} 亿元 (the scale grows by the places moved left).
   *
   * @throws UnitConversionException naming both units if they are not
   *     {@linkplain #isConvertibleTo(Unit) convertible}
   */
  public BigDecimal convert(BigDecimal amount, Unit target) {
    requireNonNull(amount, "amount");
    requireNonNull(target, "target");
    if (!isConvertibleTo(target)) {
      throw new UnitConversionException(this, target, incompatibility(target));
    }
    int places = scale() - target.scale();
    return places >= 0 ? amount.movePointRight(places) : amount.movePointLeft(-places);
  }

  private String incompatibility(Unit target) {
    if (kind == Kind.UNKNOWN || target.kind == Kind.UNKNOWN) {
      Unit unknown = kind == Kind.UNKNOWN ? this : target;
      return "'" + unknown.symbol + "' is not a known unit";
    }
    if (isPercentagePoint() || target.isPercentagePoint()) {
      return "percent and percentage points are different quantities";
    }
    return "they measure different quantities (" + dimension() + " and " + target.dimension() + ")";
  }

  private String dimension() {
    if (kind == Kind.NONE) {
      return "no unit";
    }
    if (kind == Kind.RATIO) {
      return "%";
    }
    return perBase == null ? base : base + "/" + perBase;
  }

  /** Equal when the symbols are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Unit && symbol.equals(((Unit) other).symbol);
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

  private static Map<String, Base> bases() {
    ImmutableMap.Builder<String, Base> bases = ImmutableMap.builder();
    String[] plain = {
      "元", "美元", "欧元", "人", "人次", "户", "个", "件", "项", "张", "套", "家", "所", "座", "次", "台",
      "辆", "条", "床", "篇", "本", "册", "岁", "年", "天", "日", "小时", "吨标煤", "吨标准煤", "立方米",
      "平方米", "平方公里", "公里", "米", "亩", "公顷", "斤", "克", "瓦", "千瓦时", "标准箱", "艘",
      "TEU"
    };
    for (String name : plain) {
      bases.put(name, new Base(name, 0));
    }
    bases.put("吨", new Base("克", 6));
    bases.put("公斤", new Base("克", 3));
    bases.put("度", new Base("千瓦时", 0));
    return bases.buildKeepingLast();
  }

  private static final class Base {
    final String name;
    final int power;

    Base(String name, int power) {
      this.name = name;
      this.power = power;
    }
  }

  private static final class Decomposed {
    final String base;
    final int scale;

    Decomposed(String base, int scale) {
      this.base = base;
      this.scale = scale;
    }
  }
}

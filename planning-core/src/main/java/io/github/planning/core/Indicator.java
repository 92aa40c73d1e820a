package io.github.planning.core;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator of a plan table, such as {@code 地区生产总值(GDP)} in 亿元 or the featured {@code 城镇化率*}
 * with its sub-indicators.
 *
 * <pre>{@code
 * Indicator gdp = Indicator.builder()
 *     .code("gdp")
 *     .publishedName("地区生产总值(GDP)")
 *     .category("经济发展")
 *     .sequence("1")
 *     .unit(Unit.YI_YUAN)
 *     .attribute(Attribute.EXPECTED)
 *     .build();
 * }</pre>
 *
 * <p>The {@linkplain #name() name} is kept as written, with any spaces before or after it (a
 * table's {@code " 地区生产总值 "} stays so, and is written back so), but without the {@code *} that
 * marks a {@linkplain #featured() featured indicator} (特色指标); it cannot end with one: written out
 * and read back as published, {@code 城镇化率**} would lose its second star. {@link #publishedName()}
 * gives the mark back. Rules and matching look at the {@linkplain #normalisedName() normalised
 * name}, without those spaces (full-width U+3000 too): {@code " 单位GDP能耗降低　"} names a change, and an
 * observation of {@code 地区生产总值} finds the row {@code " 地区生产总值 "}. A sub-indicator (常住人口城镇化率 under
 * 城镇化率*, a 其中: row) names its {@linkplain #parent() parent} by code. The {@linkplain #direction()
 * direction} is empty when not published; a {@link PlanRow} then infers one. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A stable identifier, unique within a plan: {@code gdp}, {@code 1-1-03}. */
  public abstract String code();

  /**
   * The name as published, with its spaces, without the {@code *} of a featured indicator: {@code
   * "城镇化率"} for {@code 城镇化率*}, {@code " 地区生产总值 "} as written.
   */
  public abstract String name();

  /**
   * The name without white space before or after it (also full-width spaces, U+3000), for rules and
   * matching: {@code "地区生产总值"} for {@code " 地区生产总值　"}; the name itself when it has none, as a name
   * usually has.
   */
  public String normalisedName() {
    return Texts.strip(name());
  }

  /** The category (分类, 一级指标), such as {@code 经济发展}. */
  public abstract Optional<String> category();

  /**
   * The sequence number (序号) as published, such as {@code 3}; sub-indicators share their parent's.
   */
  public abstract Optional<String> sequence();

  /** The code of the parent indicator of a sub-indicator. */
  public abstract Optional<String> parent();

  /** The unit; {@link Unit#NONE} when there is none. */
  @Value.Default
  public Unit unit() {
    return Unit.NONE;
  }

  /** The attribute (指标属性): 预期性 or 约束性, when published. */
  public abstract Optional<Attribute> attribute();

  /** Whether the indicator is featured (特色指标, a {@code *} after the published name). */
  @Value.Default
  public boolean featured() {
    return false;
  }

  /** Which way the indicator improves, when stated. */
  public abstract Optional<Direction> direction();

  /**
   * What the indicator measures, a level (水平) or a flow (流量), when stated; a {@link PlanRow}
   * otherwise {@linkplain PlanRow#measure() infers it}.
   */
  public abstract Optional<Measure> measure();

  /**
   * A natural limit the indicator cannot pass, such as 100 for a share in percent; progress
   * measures use it (see Open SDG's progress methodology).
   */
  public abstract Optional<BigDecimal> limit();

  /** A note on the indicator (备注), such as a footnote of the table. */
  public abstract Optional<String> note();

  /**
   * The name as published: the {@linkplain #name() name}, marked with {@code *} after its last
   * character other than white space when featured ({@code "城镇化率* "} for the featured name {@code
   * "城镇化率 "}).
   */
  public String publishedName() {
    if (!featured()) {
      return name();
    }
    String name = name();
    int end = name.length();
    while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end) + "*" + name.substring(end);
  }

  /**
   * Whether the name ends in a word of change, as {@code 研发经费投入增长} or {@code 单位GDP能耗降低} do (降低, 下降,
   * 减少, 增长, 提高, 增速, 增幅): the indicator is itself a rate of change, so a growth column beside it is
   * not a growth of a level.
   */
  public boolean namesAChange() {
    return TargetReader.isRateOfChange(normalisedName());
  }

  @Value.Check
  void check() {
    checkState(!Texts.isBlank(code()), "An indicator needs a non-blank code (name '%s')", name());
    checkState(!Texts.isBlank(name()), "Indicator '%s' needs a non-blank name", code());
    checkState(
        !normalisedName().endsWith("*"),
        "Indicator '%s': the name '%s' ends with '*', which marks a "
            + "featured indicator and cannot be part of a name",
        code(),
        name());
    checkState(
        !code().equals(parent().orElse(null)), "Indicator '%s' cannot be its own parent", code());
  }

  /** Builds an {@link Indicator}; {@code code} and {@code name} are required. */
  public static final class Builder extends ImmutableIndicator.Builder {

    Builder() {}

    /**
     * Sets the name from its published form: a {@code *} that ends it, but for white space after
     * it, is taken off and marks the indicator {@linkplain Indicator#featured() featured}, so
     * {@code 城镇化率*} gives the name {@code 城镇化率}, featured. Nothing else is taken off: {@code "
     * 城镇化率* "} gives the name {@code " 城镇化率 "}, whose {@linkplain Indicator#publishedName()
     * published name} is again {@code " 城镇化率* "}.
     */
    public Builder publishedName(String publishedName) {
      int end = publishedName.length();
      while (end > 0 && Character.isWhitespace(publishedName.charAt(end - 1))) {
        end--;
      }
      boolean featured = end > 0 && publishedName.charAt(end - 1) == '*';
      name(
          featured
              ? publishedName.substring(0, end - 1) + publishedName.substring(end)
              : publishedName);
      return featured(featured);
    }
  }
}

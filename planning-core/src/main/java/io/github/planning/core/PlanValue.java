package io.github.planning.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The published value of a cell of a plan table, such as {@code 752.8}, {@code [9]以上}, {@code
 * 9.5%左右}, {@code ≤3.5}, {@code [1.7]个百分点}, {@code 下降2.5} or {@code 完成市下达指标}: the text exactly as
 * written and a typed reading of it.
 *
 * <pre>{@code
 * PlanValue v = PlanValue.parse("[9]以上");
 * v.kind();        // FIGURE
 * v.isCumulative(); // true: over the whole plan period
 * v.relation();    // Optional[AT_LEAST]
 * v.amount();      // Optional[9]
 * v.toString();    // "[9]以上", exactly as written
 * }</pre>
 *
 * <h2>Reading</h2>
 *
 * A {@linkplain ValueKind#FIGURE figure expression} has an {@linkplain #amount() amount} (and for a
 * range or ratio a {@linkplain #secondAmount() second amount}) as {@link BigDecimal} with the
 * written precision ({@code 51.20} keeps scale 2), a {@linkplain #relation() relation} to it, a
 * {@linkplain #isCumulative() cumulative} flag ({@code [x]} or {@code 累计x}: over the plan period),
 * a {@linkplain #change() change} ({@code 个百分点}, {@code 下降}, {@code 提高}) when it states a change
 * rather than a level, and any {@linkplain #unit() unit} or counting word written in the cell
 * ({@code %}, {@code 万人}, {@code 项}). Qualitative kinds carry their {@linkplain #level() level}
 * ({@code 完成市下达指标}: {@link AdministrativeLevel#CITY}) or {@linkplain #subject() subject} ({@code
 * 与经济增长同步}: {@code 经济增长}). A trailing footnote mark such as the {@code *} of {@code 12.5*} is kept
 * as the {@linkplain #footnote() footnote}.
 *
 * <p>Figures are read as offices write them: with thousands separators ({@code 1,200.5}, {@code
 * 1，200}), a unit or counting word after them ({@code 10.8年}, {@code 85万}, {@code 120L/d}), spaces
 * inside brackets and after relations ({@code [3.2 ]}, {@code ≤ 4.5%}) and an explicit {@code =}
 * ({@code =100}). What the reading had to assume about the spelling, such as the decimal point of
 * {@code 65。3} or the full-width digits of {@code ６５.３}, is kept as its {@linkplain #warnings()
 * warnings}, for a reader to report. A cell with one target for each of several indicators ({@code
 * <4/<5}) is {@linkplain ValueKind#COMPOUND compound}: its {@linkplain #parts() parts} are read one
 * by one.
 *
 * <h2>Equality</h2>
 *
 * {@link #equals(Object)} compares the text and the reading, so it is scale-sensitive ({@code
 * 51.20} is not {@code 51.2}) and spelling-sensitive ({@code [0.5] 个百分点} is not {@code [0.5]个百分点}).
 * {@link #isEquivalentTo(PlanValue)} compares only the readings (the two spellings above are
 * equivalent; {@code 51.20} and {@code 51.2} are not), and {@link
 * #isNumericallyEquivalentTo(PlanValue)} also compares amounts by value. Warnings are about the
 * spelling and take no part in equivalence ({@code 65。3} is equivalent to {@code 65.3}); the parts
 * of compound values are compared part by part.
 *
 * <p>Instances are immutable and thread-safe. Build one that is not parsed with {@link #builder()};
 * its text is then the canonical spelling of its reading.
 *
 * @see PlanValueParseException for what malformed text gives
 */
public final class PlanValue {

  /** The significant digits of an amount converted into its row's unit. */
  private static final int UNIT_DIGITS = 34;

  private static final MathContext UNIT_CONTEXT =
      new MathContext(UNIT_DIGITS, RoundingMode.HALF_UP);

  private static final PlanValue NOT_APPLICABLE =
      new PlanValue(
          "——", ValueKind.NOT_APPLICABLE, null, null, null, false, null, null, null, null, null);

  private final String text;
  private final ValueKind kind;
  private final @Nullable Relation relation;
  private final @Nullable Change change;
  private final @Nullable AdministrativeLevel level;
  private final boolean cumulative;
  private final @Nullable BigDecimal amount;
  private final @Nullable BigDecimal secondAmount;
  private final @Nullable Unit unit;
  private final @Nullable String subject;
  private final @Nullable String footnote;
  private final Set<NotationWarning> warnings;
  private final @Nullable List<PlanValue> parts;

  PlanValue(
      String text,
      ValueKind kind,
      @Nullable Relation relation,
      @Nullable BigDecimal amount,
      @Nullable BigDecimal secondAmount,
      boolean cumulative,
      @Nullable Change change,
      @Nullable Unit unit,
      @Nullable AdministrativeLevel level,
      @Nullable String subject,
      @Nullable String footnote) {
    this.text = text;
    this.kind = kind;
    this.relation = relation;
    this.change = change;
    this.level = level;
    this.cumulative = cumulative;
    this.amount = amount;
    this.secondAmount = secondAmount;
    this.unit = unit;
    this.subject = subject;
    this.footnote = footnote;
    this.warnings = Set.of();
    this.parts = null;
  }

  /** {@code reading} with the warnings of its spelling and, for a compound value, its parts. */
  PlanValue(PlanValue reading, Set<NotationWarning> warnings, @Nullable List<PlanValue> parts) {
    this.text = reading.text;
    this.kind = reading.kind;
    this.relation = reading.relation;
    this.change = reading.change;
    this.level = reading.level;
    this.cumulative = reading.cumulative;
    this.amount = reading.amount;
    this.secondAmount = reading.secondAmount;
    this.unit = reading.unit;
    this.subject = reading.subject;
    this.footnote = reading.footnote;
    this.warnings =
        warnings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(warnings));
    this.parts = parts == null ? null : List.copyOf(parts);
  }

  /**
   * Reads the published text of a cell.
   *
   * <p>Text that contains a digit, or that is made only of symbols, must be a well-formed figure
   * expression. Text without digits that contains words is read as one of the qualitative kinds, or
   * else kept as a {@linkplain ValueKind#DESCRIPTIVE descriptive} target; it is never rejected.
   * Blank text, {@code —} and {@code ——} are {@linkplain ValueKind#NOT_APPLICABLE not applicable}.
   * The grammar is described in the {@linkplain io.github.planning.core package documentation}.
   *
   * @param text the cell text, exactly as published
   * @return the value, whose {@link #toString()} is {@code text}
   * @throws PlanValueParseException if the text is not well formed, with the index where parsing
   *     failed; a figure of more than 100 digits or written with an exponent is rejected
   */
  public static PlanValue parse(CharSequence text) {
    requireNonNull(text, "text");
    String string = text.toString();
    if (string.length() == 2 && string.charAt(0) == '—' && string.charAt(1) == '—') {
      return NOT_APPLICABLE; // the most common text after figures
    }
    PlanValue simple = NotationScanner.simpleFigure(string);
    return simple != null ? simple : new NotationScanner(string).scan();
  }

  /** The not-applicable value {@code ——}. */
  public static PlanValue notApplicable() {
    return NOT_APPLICABLE;
  }

  /**
   * An exact figure with the precision of {@code amount}: {@code of(new BigDecimal("51.20"))} is
   * {@code 51.20}.
   */
  public static PlanValue of(BigDecimal amount) {
    return builder().amount(amount).build();
  }

  /** A builder of values whose text is the canonical spelling of their reading. */
  public static Builder builder() {
    return new Builder();
  }

  /** The text exactly as published (or, for a built value, its canonical spelling). */
  public String text() {
    return text;
  }

  /** The kind of value. */
  public ValueKind kind() {
    return kind;
  }

  /** Whether this is a {@linkplain ValueKind#FIGURE figure expression}. */
  public boolean isFigure() {
    return kind() == ValueKind.FIGURE;
  }

  /** Whether nothing was published ({@code ——}, {@code —}, blank). */
  public boolean isNotApplicable() {
    return kind() == ValueKind.NOT_APPLICABLE;
  }

  /**
   * The relation of the figures to the quantity: {@code EXACT} for {@code 752.8}, {@code AT_LEAST}
   * for {@code [9]以上} and {@code 不低于全市平均}. Empty for kinds without one.
   */
  public Optional<Relation> relation() {
    return Optional.ofNullable(relation);
  }

  /**
   * The figure as written, with its precision: {@code 9.5} for {@code 9.5%左右}, {@code 2.5} for
   * {@code 下降2.5}, the lower end of a range, the first term of a ratio. Empty for qualitative
   * kinds.
   */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The upper end of a range ({@code 7} for {@code 6-7}), the second term of a ratio ({@code 1} for
   * {@code 1.65:1}), or the aspiration above a floor ({@code 8} for {@code 7%以上，力争8%}, whose
   * relation is {@link Relation#AT_LEAST}).
   */
  public Optional<BigDecimal> secondAmount() {
    return Optional.ofNullable(secondAmount);
  }

  /** Whether the figure is cumulative over the plan period: {@code [5]}, {@code 累计11.36}. */
  public boolean isCumulative() {
    return cumulative;
  }

  /** The change this value states, when it states a change rather than a level. */
  public Optional<Change> change() {
    return Optional.ofNullable(change);
  }

  /**
   * Whether this value states a change ({@code 个百分点}, {@code 下降}, {@code 提高}) rather than a level.
   */
  public boolean isChange() {
    return change != null;
  }

  /**
   * The unit or counting word written in the cell: {@link Unit#PERCENT} for {@code 9.5%左右}, {@link
   * Unit#PERCENTAGE_POINT} for {@code [1.7]个百分点}, {@code 万人} for {@code 1万人}, {@code 项} for {@code
   * [70]项}. Empty when the cell has none (the indicator's unit applies).
   */
  public Optional<Unit> unit() {
    return Optional.ofNullable(unit);
  }

  /** Whether a percent sign was written. */
  public boolean isPercent() {
    return unit != null && unit.isPercent();
  }

  /**
   * The level of government: the one that assigns an {@linkplain ValueKind#ASSIGNED assigned}
   * target ({@code 完成省下达任务}: {@code PROVINCE}) or whose average a {@linkplain ValueKind#RELATIVE
   * relative} target refers to ({@code 高于全省平均}).
   */
  public Optional<AdministrativeLevel> level() {
    return Optional.ofNullable(level);
  }

  /** The quantity a {@linkplain ValueKind#LINKED linked} target follows: {@code 经济增长}. */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** A footnote mark after the value, such as {@code *} in {@code 12.5*}. */
  public Optional<String> footnote() {
    return Optional.ofNullable(footnote);
  }

  /**
   * What the reading assumed about the spelling, for a reader to report as warnings naming the
   * cell: {@link NotationWarning#IDEOGRAPHIC_FULL_STOP} for {@code 65。3}, {@link
   * NotationWarning#FULL_WIDTH_DIGITS} for {@code ６５.３}, {@link NotationWarning#SEVERAL_TARGETS}
   * for {@code <4/<5}. Empty for most cells.
   */
  public Set<NotationWarning> warnings() {
    return warnings;
  }

  /**
   * The targets of a {@linkplain ValueKind#COMPOUND compound} cell in the order written: {@code <4}
   * and {@code <5.5} for {@code <4/<5.5}, each read as a value of its own with its text exactly as
   * written between the separators. Empty for the other kinds.
   */
  public List<PlanValue> parts() {
    return parts == null ? List.of() : parts;
  }

  /**
   * The amount of a plain level: an exact figure that is neither cumulative nor a change, with no
   * unit in the cell or only {@code %}. {@code 752.8}, {@code -13} and {@code 9%} have one; {@code
   * [5]}, {@code 9.5%左右}, {@code ≤4}, {@code 下降2.5} and {@code 1万人} do not.
   */
  public Optional<BigDecimal> plainAmount() {
    boolean plain =
        kind() == ValueKind.FIGURE
            && relation == Relation.EXACT
            && !cumulative
            && change == null
            && (unit == null || unit.isPercent());
    return plain ? Optional.of(requireNonNull(amount)) : Optional.empty();
  }

  /**
   * The amount of a plain level in {@code unit}, the unit of its row: {@code 12万亩} in 公顷 is {@code
   * 8000}, {@code 752.8} (no unit in the cell: the row's applies) is {@code 752.8}, as is {@code
   * 9%}. A level is plain as for {@link #plainAmount()}, but any unit may be written in the cell.
   * The amount converts exactly when the result is a finite decimal, and is otherwise rounded
   * half-up to 34 significant digits ({@code 1万亩} in 公顷 is 666.66…67). Empty when the value is not
   * a plain level or its unit does not {@linkplain Unit#isConvertibleTo(Unit) convert} to {@code
   * unit}.
   */
  public Optional<BigDecimal> plainAmountIn(Unit unit) {
    requireNonNull(unit, "unit");
    boolean plain =
        kind() == ValueKind.FIGURE && relation == Relation.EXACT && !cumulative && change == null;
    if (!plain || this.unit != null && !this.unit.isPercent() && !this.unit.isConvertibleTo(unit)) {
      return Optional.empty();
    }
    BigDecimal amount = requireNonNull(this.amount); // a figure has one
    return Optional.of(
        this.unit == null || this.unit.isPercent()
            ? amount
            : this.unit.convert(amount, unit, UNIT_CONTEXT));
  }

  /**
   * The signed amount of a change: negative for a {@linkplain Change#DECREASE decrease} ({@code
   * 下降2.5} gives −2.5), the amount itself for an increase or a change in points.
   */
  public Optional<BigDecimal> signedChange() {
    if (change == null || amount == null) {
      return Optional.empty();
    }
    return Optional.of(change == Change.DECREASE ? amount.negate() : amount);
  }

  /**
   * Whether this value has the same reading as {@code other}, whatever the spelling: true for
   * {@code [0.5] 个百分点} and {@code [0.5]个百分点}, for {@code 完成市下达指标} and {@code 完成市下达目标}; false for
   * {@code 51.20} and {@code 51.2} (amounts are compared with their scale). Descriptive values are
   * equivalent when their texts are equal.
   */
  @SuppressWarnings("BigDecimalEquals") // amounts are compared with their scale, as documented
  public boolean isEquivalentTo(PlanValue other) {
    return sameQualities(other)
        && Objects.equals(amount, other.amount)
        && Objects.equals(secondAmount, other.secondAmount)
        && sameParts(other, PlanValue::isEquivalentTo);
  }

  /**
   * Like {@link #isEquivalentTo(PlanValue)}, but compares amounts by value: {@code 51.20} and
   * {@code 51.2} are numerically equivalent.
   */
  public boolean isNumericallyEquivalentTo(PlanValue other) {
    return sameQualities(other)
        && sameNumber(amount, other.amount)
        && sameNumber(secondAmount, other.secondAmount)
        && sameParts(other, PlanValue::isNumericallyEquivalentTo);
  }

  private boolean sameParts(PlanValue other, BiPredicate<PlanValue, PlanValue> same) {
    List<PlanValue> mine = parts();
    List<PlanValue> theirs = other.parts();
    if (mine.size() != theirs.size()) {
      return false;
    }
    for (int i = 0; i < mine.size(); i++) {
      if (!same.test(mine.get(i), theirs.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean sameQualities(PlanValue other) {
    requireNonNull(other, "other");
    return kind == other.kind
        && relation == other.relation
        && cumulative == other.cumulative
        && change == other.change
        && equivalentUnits(unit, other.unit)
        && level == other.level
        && Objects.equals(subject, other.subject)
        && Objects.equals(footnote, other.footnote)
        && (kind() != ValueKind.DESCRIPTIVE || text.strip().equals(other.text.strip()));
  }

  private static boolean equivalentUnits(@Nullable Unit a, @Nullable Unit b) {
    return a == null ? b == null : b != null && a.isEquivalentTo(b);
  }

  private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** Equal when the texts and the readings are equal; see the class documentation. */
  @Override
  public boolean equals(@Nullable Object object) {
    if (this == object) {
      return true;
    }
    if (!(object instanceof PlanValue other)) {
      return false;
    }

    return text.equals(other.text)
        && kind == other.kind
        && relation == other.relation
        && Objects.equals(amount, other.amount)
        && Objects.equals(secondAmount, other.secondAmount)
        && cumulative == other.cumulative
        && change == other.change
        && Objects.equals(unit, other.unit)
        && level == other.level
        && Objects.equals(subject, other.subject)
        && Objects.equals(footnote, other.footnote);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The text exactly as published; {@link #parse(CharSequence)} reads it back to an equal value.
   */
  @Override
  public String toString() {
    return text;
  }

  /**
   * Describes the reading for diagnostics, for example {@code [9]以上 (FIGURE AT_LEAST 9
   * cumulative)}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder(text).append(" (").append(kind());
    if (relation != null) {
      out.append(' ').append(relation);
    }
    if (amount != null) {
      out.append(' ').append(amount.toPlainString());
    }
    if (secondAmount != null) {
      out.append(kind() == ValueKind.RATIO ? ":" : "..").append(secondAmount.toPlainString());
    }
    if (unit != null) {
      out.append(' ').append(unit.symbol());
    }
    if (cumulative) {
      out.append(" cumulative");
    }
    if (change != null) {
      out.append(" change ").append(change);
    }
    if (level != null) {
      out.append(" level ").append(level);
    }
    if (subject != null) {
      out.append(" subject ").append(subject);
    }
    if (footnote != null) {
      out.append(" footnote ").append(footnote);
    }
    if (parts != null) {
      out.append(" parts ").append(parts);
    }
    for (NotationWarning warning : warnings()) {
      out.append(" warning ").append(warning.code());
    }
    return out.append(')').toString();
  }

  /**
   * Builds a value from its reading; the text is the canonical spelling, which {@link
   * PlanValue#parse(CharSequence)} reads back to an equal value:
   *
   * <pre>{@code
   * PlanValue.builder().cumulative(true).relation(Relation.AT_LEAST).amount(new BigDecimal("9")).build()
   * // [9]以上
   * PlanValue.builder().kind(ValueKind.ASSIGNED).level(AdministrativeLevel.CITY).build()
   * // 完成市下达指标
   * }</pre>
   *
   * <p>The kind defaults to {@link ValueKind#FIGURE} and the relation of a figure or ratio to
   * {@link Relation#EXACT} ({@link Relation#RANGE} for a figure with a second amount).
   */
  public static final class Builder {
    private ValueKind kind = ValueKind.FIGURE;
    private @Nullable Relation relation;
    private @Nullable BigDecimal amount;
    private @Nullable BigDecimal secondAmount;
    private boolean cumulative;
    private @Nullable Change change;
    private @Nullable Unit unit;
    private @Nullable AdministrativeLevel level;
    private @Nullable String subject;
    private @Nullable String footnote;
    private @Nullable String descriptiveText;

    private Builder() {}

    /** Sets the kind; {@link ValueKind#FIGURE} by default. */
    public Builder kind(ValueKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /** Sets the relation of a figure or of a relative target. */
    public Builder relation(Relation relation) {
      this.relation = requireNonNull(relation, "relation");
      return this;
    }

    /** Sets the amount (the lower end of a range, the first term of a ratio). */
    public Builder amount(BigDecimal amount) {
      this.amount = requireNonNull(amount, "amount");
      return this;
    }

    /** Sets the upper end of a range or the second term of a ratio. */
    public Builder secondAmount(BigDecimal secondAmount) {
      this.secondAmount = requireNonNull(secondAmount, "secondAmount");
      return this;
    }

    /** Marks the figure as cumulative over the plan period. */
    public Builder cumulative(boolean cumulative) {
      this.cumulative = cumulative;
      return this;
    }

    /** Makes the figure a change rather than a level. */
    public Builder change(Change change) {
      this.change = requireNonNull(change, "change");
      return this;
    }

    /** Sets the unit or counting word written in the cell. */
    public Builder unit(Unit unit) {
      this.unit = requireNonNull(unit, "unit");
      return this;
    }

    /** Sets the level of an assigned or relative target. */
    public Builder level(AdministrativeLevel level) {
      this.level = requireNonNull(level, "level");
      return this;
    }

    /** Sets the quantity a linked target follows, such as {@code 经济增长}. */
    public Builder subject(String subject) {
      this.subject = requireNonNull(subject, "subject");
      return this;
    }

    /** Sets a footnote mark such as {@code *}. */
    public Builder footnote(String footnote) {
      this.footnote = requireNonNull(footnote, "footnote");
      return this;
    }

    /** Sets the text of a {@linkplain ValueKind#DESCRIPTIVE descriptive} value. */
    public Builder text(String text) {
      this.descriptiveText = requireNonNull(text, "text");
      return this;
    }

    /**
     * Builds the value.
     *
     * @throws IllegalStateException if the reading is incomplete or contradictory (a figure without
     *     an amount, a range with a relation other than {@code RANGE}, an assigned target without a
     *     level …), or if its canonical text would not read back to the same value
     */
    public PlanValue build() {
      Relation effective = relation;
      if (kind == ValueKind.FIGURE && effective == null) {
        effective = secondAmount != null ? Relation.RANGE : Relation.EXACT;
      } else if (kind == ValueKind.RATIO && effective == null) {
        effective = Relation.EXACT;
      }
      PlanValue draft =
          new PlanValue(
              "",
              kind,
              effective,
              amount,
              secondAmount,
              cumulative,
              change,
              unit,
              level,
              subject,
              footnote);
      String text =
          kind == ValueKind.DESCRIPTIVE ? descriptiveText : NotationFormatter.format(draft);
      if (text == null) {
        throw new IllegalStateException("A descriptive value needs its text");
      }
      PlanValue built;
      try {
        built = parse(text);
      } catch (PlanValueParseException e) {
        throw new IllegalStateException(
            "Cannot build " + draft.describe() + ": " + e.getMessage(), e);
      }
      PlanValue expected =
          new PlanValue(
              text,
              kind,
              effective,
              amount,
              secondAmount,
              cumulative,
              change,
              unit,
              level,
              subject,
              footnote);
      if (!built.equals(expected)) {
        throw new IllegalStateException(
            "Cannot build " + expected.describe() + ": its text reads as " + built.describe());
      }
      return built;
    }
  }
}

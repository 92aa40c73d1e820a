package io.github.planning.assertj;

import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Change;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Relation;
import io.github.planning.core.ValueKind;
import java.math.BigDecimal;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link PlanValue}; failure messages show the published text, the typed reading
 * and what differs.
 *
 * @param <SELF> the type of the concrete assertion, for chaining
 */
public abstract class AbstractPlanValueAssert<SELF extends AbstractPlanValueAssert<SELF>>
    extends AbstractObjectAssert<SELF, PlanValue> {

  /** Creates the assertion. */
  protected AbstractPlanValueAssert(PlanValue actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Verifies the exact published text: {@code hasText("[9]以上")}. */
  public SELF hasText(String text) {
    isNotNull();
    if (!actual.text().equals(text)) {
      fail("to have the text '" + text + "'", "its text is '" + actual.text() + "'");
    }
    return myself;
  }

  /** Verifies the kind. */
  public SELF isKind(ValueKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      fail("to be " + kind, "it is " + actual.kind());
    }
    return myself;
  }

  /** Verifies that the value is cumulative over the plan period ({@code [5]}, {@code 累计5}). */
  public SELF isCumulative() {
    isNotNull();
    if (!actual.isCumulative()) {
      fail("to be cumulative over the plan period", "it is not");
    }
    return myself;
  }

  /** Verifies that the value is not cumulative. */
  public SELF isNotCumulative() {
    isNotNull();
    if (actual.isCumulative()) {
      fail("not to be cumulative", "it is");
    }
    return myself;
  }

  /**
   * Verifies a figure of at least {@code amount} ({@code [9]以上}, {@code ≥9}), compared by value.
   */
  public SELF isAtLeast(String amount) {
    return hasRelationAndAmount(Relation.AT_LEAST, amount);
  }

  /** Verifies a figure of at most {@code amount} ({@code ≤3.5}, {@code 3.5以下}). */
  public SELF isAtMost(String amount) {
    return hasRelationAndAmount(Relation.AT_MOST, amount);
  }

  /** Verifies a figure of about {@code amount} ({@code 9.5%左右}, {@code 约9.5}). */
  public SELF isAbout(String amount) {
    return hasRelationAndAmount(Relation.ABOUT, amount);
  }

  /** Verifies the relation. */
  public SELF hasRelation(Relation relation) {
    isNotNull();
    if (actual.relation().orElse(null) != relation) {
      fail(
          "to have the relation " + relation,
          "its relation is " + actual.relation().map(Enum::name).orElse("none"));
    }
    return myself;
  }

  /** Verifies a change of the given kind ({@code 个百分点}, {@code 下降}, {@code 提高}). */
  public SELF isChange(Change change) {
    isNotNull();
    if (actual.change().orElse(null) != change) {
      fail(
          "to be a change " + change,
          actual.change().map(c -> "it is a change " + c).orElse("it is not a change"));
    }
    return myself;
  }

  /** Verifies a target assigned by the given level ({@code 完成市下达指标}: {@code CITY}). */
  public SELF isAssignedBy(AdministrativeLevel level) {
    isNotNull();
    if (actual.kind() != ValueKind.ASSIGNED || actual.level().orElse(null) != level) {
      fail(
          "to be assigned by the " + level.englishName() + " (" + level.label() + ")",
          actual.kind() == ValueKind.ASSIGNED
              ? "it is assigned by the " + actual.level().orElseThrow().englishName()
              : "it is " + actual.kind());
    }
    return myself;
  }

  /** Verifies that nothing was published ({@code ——}, {@code —}, blank). */
  public SELF isNotApplicable() {
    isNotNull();
    if (!actual.isNotApplicable()) {
      fail("to be not applicable (——)", "it is " + actual.kind());
    }
    return myself;
  }

  /**
   * Verifies the amount with its scale: {@code hasAmount("51.20")} fails for {@code 51.2}; see
   * {@link #hasAmountEqualTo(String)} to compare by value.
   */
  @SuppressWarnings("BigDecimalEquals") // the scale is checked too, as documented
  public SELF hasAmount(String amount) {
    isNotNull();
    BigDecimal expected = new BigDecimal(amount);
    if (!Objects.equals(actual.amount().orElse(null), expected)) {
      fail(
          "to have the amount " + amount + " (scale " + expected.scale() + ")",
          actual
              .amount()
              .map(a -> "its amount is " + a.toPlainString() + " (scale " + a.scale() + ")")
              .orElse("it has no amount"));
    }
    return myself;
  }

  /** Verifies the amount by value: {@code hasAmountEqualTo("51.2")} passes for {@code 51.20}. */
  public SELF hasAmountEqualTo(String amount) {
    isNotNull();
    BigDecimal expected = new BigDecimal(amount);
    if (actual.amount().map(a -> a.compareTo(expected) != 0).orElse(true)) {
      fail(
          "to have an amount equal to " + amount,
          actual
              .amount()
              .map(
                  a ->
                      "its amount is "
                          + a.toPlainString()
                          + ", a difference of "
                          + a.subtract(expected).toPlainString())
              .orElse("it has no amount"));
    }
    return myself;
  }

  private SELF hasRelationAndAmount(Relation relation, String amount) {
    isNotNull();
    BigDecimal expected = new BigDecimal(amount);
    boolean relationOk = actual.relation().orElse(null) == relation;
    boolean amountOk = actual.amount().map(a -> a.compareTo(expected) == 0).orElse(false);
    if (!relationOk || !amountOk) {
      StringBuilder found = new StringBuilder();
      if (!relationOk) {
        found.append("its relation is ").append(actual.relation().map(Enum::name).orElse("none"));
      }
      if (!amountOk) {
        found
            .append(found.length() > 0 ? " and " : "")
            .append(
                actual
                    .amount()
                    .map(a -> "its amount is " + a.toPlainString())
                    .orElse("it has no amount"));
      }
      fail("to be " + relation.englishName() + " " + amount, found.toString());
    }
    return myself;
  }

  private void fail(String expected, String found) {
    failWithMessage(
        "%nExpecting value:%n  %s%nto %s,%nbut %s.",
        actual.describe(), expected.startsWith("to ") ? expected.substring(3) : expected, found);
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the notation: printing and parsing agree for values of every kind. */
class PlanValuePropertiesTest {

  @Property
  void parse_ofTheCanonicalText_givesTheSameValue(@ForAll("values") PlanValue value) {
    PlanValue parsed = PlanValue.parse(value.toString());

    assertThat(parsed).isEqualTo(value);
    assertThat(parsed.isEquivalentTo(value)).isTrue();
    assertThat(parsed.toString()).isEqualTo(value.toString());
  }

  @Property
  void parse_anyText_keepsItOrFailsWithTheDocumentedException(@ForAll("notationLikeText") String text) {
    PlanValue value;
    try {
      value = PlanValue.parse(text);
    } catch (PlanValueParseException e) {
      assertThat(e.getErrorIndex()).isBetween(0, text.length());
      assertThat(e.getParsedString()).isEqualTo(text);
      return;
    }
    assertThat(value.toString()).isEqualTo(text);
    assertThat(PlanValue.parse(value.toString())).isEqualTo(value);
  }

  @Property
  void spacesAroundAValue_doNotChangeItsReading(@ForAll("values") PlanValue value) {
    PlanValue spaced = PlanValue.parse(" " + value + "\u3000");
    assertThat(spaced.isEquivalentTo(value)).isTrue();
  }

  @Provide
  Arbitrary<PlanValue> values() {
    return Arbitraries.oneOf(figures(), ratios(), qualitative(), descriptive());
  }

  @Provide
  Arbitrary<String> notationLikeText() {
    Arbitrary<Character> alphabet = Arbitraries.oneOf(
        Arbitraries.of('0', '1', '5', '9', '.', '-', '+', '%', '[', ']', '【', '】', ':', '～', '至', '*',
            ' ', '≤', '≥', '<', '>', '以', '上', '下', '内', '左', '右', '约', '累', '计', '个', '百', '分',
            '点', '万', '人', '项', '完', '成', '市', '下', '达', '指', '标', '与', '同', '步', '稳', '定',
            '保', '持', '—', 'e', '０', '．', '％'),
        Arbitraries.chars());
    return alphabet.list().ofMaxSize(14).map(chars -> {
      StringBuilder out = new StringBuilder();
      chars.forEach(out::append);
      return out.toString();
    });
  }

  private static Arbitrary<BigDecimal> amounts() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.valueOf(-100_000), BigInteger.valueOf(100_000)),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(0, 6))
        .as(BigDecimal::new);
  }

  private static Arbitrary<PlanValue> figures() {
    Arbitrary<Relation> relations = Arbitraries.of(Relation.class);
    Arbitrary<Optional<Unit>> units = Arbitraries.of(
        Optional.empty(), Optional.of(Unit.PERCENT), Optional.of(Unit.PERCENTAGE_POINT),
        Optional.of(Unit.parse("万人")), Optional.of(Unit.parse("项")), Optional.of(Unit.parse("亿元")),
        Optional.of(Unit.parse("人/亿元")));
    Arbitrary<Optional<Change>> changes = Arbitraries.of(Change.class).optional();
    Arbitrary<Optional<String>> footnotes = Arbitraries.of("*", "**", "※").optional(0.2);
    return Combinators.combine(relations, amounts(), amounts(), Arbitraries.of(true, false), changes,
            units, footnotes)
        .as((relation, amount, second, cumulative, change, unit, footnote) -> {
          PlanValue.Builder builder = PlanValue.builder().relation(relation).amount(amount)
              .cumulative(cumulative);
          if (relation == Relation.RANGE) {
            builder.secondAmount(second);
          }
          boolean points = unit.filter(Unit::isPercentagePoint).isPresent();
          if (points) {
            builder.change(change.orElse(Change.POINTS));
          } else {
            change.filter(c -> c != Change.POINTS).ifPresent(builder::change);
          }
          unit.ifPresent(builder::unit);
          footnote.ifPresent(builder::footnote);
          return builder.build();
        });
  }

  private static Arbitrary<PlanValue> ratios() {
    return Combinators.combine(amounts(), amounts())
        .as((a, b) -> PlanValue.builder().kind(ValueKind.RATIO).amount(a).secondAmount(b).build());
  }

  private static Arbitrary<PlanValue> qualitative() {
    Arbitrary<PlanValue> assigned = Arbitraries.of(AdministrativeLevel.class)
        .map(level -> PlanValue.builder().kind(ValueKind.ASSIGNED).level(level).build());
    Arbitrary<PlanValue> relative = Combinators.combine(
            Arbitraries.of(Relation.ABOVE, Relation.BELOW, Relation.AT_LEAST, Relation.AT_MOST),
            Arbitraries.of(AdministrativeLevel.STATE, AdministrativeLevel.PROVINCE,
                AdministrativeLevel.CITY))
        .as((relation, level) -> PlanValue.builder().kind(ValueKind.RELATIVE).relation(relation)
            .level(level).build());
    Arbitrary<PlanValue> linked = Arbitraries.of("经济增长", "GDP增长", "居民收入增长", "地区生产总值")
        .map(subject -> PlanValue.builder().kind(ValueKind.LINKED).subject(subject).build());
    Arbitrary<PlanValue> fixed = Arbitraries.of(ValueKind.KEEP_STABLE, ValueKind.NOT_APPLICABLE)
        .map(kind -> PlanValue.builder().kind(kind).build());
    return Arbitraries.oneOf(assigned, relative, linked, fixed);
  }

  private static Arbitrary<PlanValue> descriptive() {
    return Arbitraries.strings().withChars("达国内先进水平全面建成高质量示范区𠀀😀ABCxyz").ofMinLength(1).ofMaxLength(30)
        .filter(text -> text.codePoints().anyMatch(Character::isLetter))
        .map(text -> PlanValue.builder().kind(ValueKind.DESCRIPTIVE).text(text).build());
  }
}

package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.bigIntegers;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the notation: printing and parsing agree for values of every kind. */
class PlanValuePropertiesTest {

  @Test
  void parse_ofTheCanonicalText_givesTheSameValue() {
    qt().forAll(values())
        .checkAssert(
            value -> {
              PlanValue parsed = PlanValue.parse(value.toString());

              assertThat(parsed).isEqualTo(value);
              assertThat(parsed.isEquivalentTo(value)).isTrue();
              assertThat(parsed.toString()).isEqualTo(value.toString());
            });
  }

  @Test
  void parse_anyText_keepsItOrFailsWithTheDocumentedException() {
    qt().forAll(notationLikeText())
        .checkAssert(
            text -> {
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
            });
  }

  @Test
  void spacesAroundAValue_doNotChangeItsReading() {
    qt().forAll(values())
        .checkAssert(
            value -> {
              PlanValue spaced = PlanValue.parse(" " + value + "\u3000");
              assertThat(spaced.isEquivalentTo(value)).isTrue();
            });
  }

  static Gen<PlanValue> values() {
    return Generate.oneOf(figures(), ratios(), qualitative(), descriptive());
  }

  static Gen<String> notationLikeText() {
    Gen<Character> alphabet =
        Generate.oneOf(
            arbitrary()
                .pick(
                    '0', '1', '5', '9', '.', '-', '+', '%', '[', ']', '【', '】', ':', '～', '至', '*',
                    ' ', '≤', '≥', '<', '>', '以', '上', '下', '内', '左', '右', '约', '累', '计', '个', '百',
                    '分', '点', '万', '人', '项', '完', '成', '市', '下', '达', '指', '标', '与', '同', '步', '稳',
                    '定', '保', '持', '—', 'e', '０', '．', '％'),
            Generate.characters(Character.MIN_VALUE, Character.MAX_VALUE));
    return lists().of(alphabet).ofSizeBetween(0, 14).map(PlanValuePropertiesTest::join);
  }

  /** Numbers of up to 6 decimals, small ones and ones of up to 30 digits. */
  private static Gen<BigDecimal> amounts() {
    BigInteger bound = BigInteger.TEN.pow(30).add(BigInteger.ONE);
    Gen<BigInteger> unscaled =
        Generate.oneOf(
            longs().between(-100_000, 100_000).map(BigInteger::valueOf),
            bigIntegers().ofBytes(13).map(n -> n.remainder(bound)));
    return unscaled.zip(integers().between(0, 6), BigDecimal::new);
  }

  private static Gen<PlanValue> figures() {
    Gen<Relation> relations = arbitrary().enumValues(Relation.class);
    Gen<Optional<Unit>> units =
        arbitrary()
            .pick(
                List.of(
                    Optional.empty(),
                    Optional.of(Unit.PERCENT),
                    Optional.of(Unit.PERCENTAGE_POINT),
                    Optional.of(Unit.parse("万人")),
                    Optional.of(Unit.parse("项")),
                    Optional.of(Unit.parse("亿元")),
                    Optional.of(Unit.parse("人/亿元"))));
    Gen<Optional<Change>> changes = arbitrary().enumValues(Change.class).toOptionals(5);
    Gen<Optional<String>> footnotes = arbitrary().pick("*", "**", "※").toOptionals(80);
    Gen<PlanValue.Builder> amounts =
        relations.zip(
            amounts(),
            amounts(),
            booleans().all(),
            (relation, amount, second, cumulative) -> {
              PlanValue.Builder builder =
                  PlanValue.builder().relation(relation).amount(amount).cumulative(cumulative);
              if (relation == Relation.RANGE) {
                builder.secondAmount(second);
              }
              return builder;
            });
    return amounts.zip(
        changes,
        units,
        footnotes,
        (builder, change, unit, footnote) -> {
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

  private static Gen<PlanValue> ratios() {
    return amounts()
        .zip(
            amounts(),
            (a, b) -> PlanValue.builder().kind(ValueKind.RATIO).amount(a).secondAmount(b).build());
  }

  private static Gen<PlanValue> qualitative() {
    Gen<PlanValue> assigned =
        arbitrary()
            .enumValues(AdministrativeLevel.class)
            .map(level -> PlanValue.builder().kind(ValueKind.ASSIGNED).level(level).build());
    Gen<PlanValue> relative =
        arbitrary()
            .pick(Relation.ABOVE, Relation.BELOW, Relation.AT_LEAST, Relation.AT_MOST)
            .zip(
                arbitrary()
                    .pick(
                        AdministrativeLevel.STATE,
                        AdministrativeLevel.PROVINCE,
                        AdministrativeLevel.CITY),
                (relation, level) ->
                    PlanValue.builder()
                        .kind(ValueKind.RELATIVE)
                        .relation(relation)
                        .level(level)
                        .build());
    Gen<PlanValue> linked =
        arbitrary()
            .pick("经济增长", "GDP增长", "居民收入增长", "地区生产总值")
            .map(subject -> PlanValue.builder().kind(ValueKind.LINKED).subject(subject).build());
    Gen<PlanValue> fixed =
        arbitrary()
            .pick(ValueKind.KEEP_STABLE, ValueKind.NOT_APPLICABLE)
            .map(kind -> PlanValue.builder().kind(kind).build());
    return Generate.oneOf(assigned, relative, linked, fixed);
  }

  /** Texts of the pool's UTF-16 characters, so also halves of the pool's surrogate pairs. */
  private static Gen<PlanValue> descriptive() {
    List<Character> pool =
        "达国内先进水平全面建成高质量示范区𠀀😀ABCxyz".chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    return lists()
        .of(arbitrary().pick(pool))
        .ofSizeBetween(1, 30)
        .map(PlanValuePropertiesTest::join)
        .assuming(text -> text.codePoints().anyMatch(Character::isLetter))
        .map(text -> PlanValue.builder().kind(ValueKind.DESCRIPTIVE).text(text).build());
  }

  private static String join(List<Character> chars) {
    StringBuilder out = new StringBuilder(chars.size());
    chars.forEach(out::append);
    return out.toString();
  }
}

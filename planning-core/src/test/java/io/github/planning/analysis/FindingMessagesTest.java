package io.github.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.SeedPlans;
import io.github.planning.core.Unit;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding's Chinese message is Chinese: once the texts a person wrote (the indicator's name,
 * its parent's, its unit and its cells) are taken out, no ASCII letter is left.
 */
class FindingMessagesTest {

  private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]+");

  private static PlanRow row(
      String code, String name, Unit unit, String base, String target, String growth) {
    PlanRow.Builder row =
        PlanRow.builder()
            .indicator(Indicator.builder().code(code).name(name).unit(unit).build())
            .baseYear(2020)
            .targetYear(2025);
    Optional.ofNullable(base).map(PlanValue::parse).ifPresent(row::base);
    Optional.ofNullable(target).map(PlanValue::parse).ifPresent(row::target);
    Optional.ofNullable(growth).map(PlanValue::parse).ifPresent(row::targetGrowth);
    return row.build();
  }

  private static PlanRow with(PlanRow row, Indicator.Builder indicator) {
    return PlanRow.builder().from(row).indicator(indicator.build()).build();
  }

  /** Rows for the findings the seed tables do not give. */
  private static Plan crafted() {
    PlanRow parent = row("p", "城镇化率", Unit.PERCENT, null, null, null);
    PlanRow child =
        with(
            row("c", "人口", Unit.WAN_PERSONS, "1", "2", null),
            Indicator.builder().code("c").name("人口").unit(Unit.WAN_PERSONS).parent("p"));
    PlanRow binding =
        with(
            row("b", "能耗", Unit.PERCENT, "5", "——", "——"),
            Indicator.builder().code("b").name("能耗").attribute(Attribute.BINDING));
    PlanRow contradicted =
        with(
            row("d", "基本养老保险参保率", Unit.PERCENT, "96.5", "95", "——"),
            Indicator.builder()
                .code("d")
                .name("基本养老保险参保率")
                .unit(Unit.PERCENT)
                .direction(Direction.HIGHER_IS_BETTER));
    return Plan.builder()
        .title("自拟表")
        .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
        .addRows(
            row("a", "比重", Unit.PERCENT, "51.3", "53", "[2.7]个百分点"),
            row("m", "收入", Unit.YI_YUAN, "10", "12", "[2]个百分点"),
            row("u", "耕地保有量", Unit.parse("公顷"), "12万人", "9600亿元", "[5]项"),
            row("k", "标准煤消耗", Unit.parse("当量"), "12", "15", null),
            row("g", "产值", Unit.YI_YUAN, "100", "150", "10"),
            row("n", "产值总量", Unit.YI_YUAN, "10", null, "-100"),
            row("i", "财政收入", Unit.YI_YUAN, "100", null, "8%左右"),
            row("x", "新增城镇就业", Unit.WAN_PERSONS, null, "[50]", null),
            parent,
            child,
            binding,
            contradicted)
        .build();
  }

  /** The finding codes {@link PlanChecks} declares. */
  private static Set<String> declaredCodes() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Field field : PlanChecks.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes;
  }

  /** The texts of a row a person wrote, longest first. */
  private static List<String> written(PlanRow row, Plan plan) {
    List<String> texts = new ArrayList<>();
    Indicator indicator = row.indicator();
    texts.add(indicator.name());
    indicator.parent().flatMap(plan::row).ifPresent(p -> texts.add(p.indicator().name()));
    indicator.parent().flatMap(plan::row).ifPresent(p -> texts.add(p.indicator().unit().symbol()));
    texts.add(indicator.unit().symbol());
    for (Optional<PlanValue> cell :
        List.of(row.base(), row.target(), row.targetGrowth(), row.actual(), row.actualGrowth())) {
      cell.ifPresent(
          v -> {
            texts.add(v.toString());
            texts.add(v.text());
            v.unit().ifPresent(u -> texts.add(u.symbol()));
          });
    }
    texts.removeIf(String::isEmpty);
    texts.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return texts;
  }

  @Test
  void everyChineseMessage_hasNoAsciiWordsOfItsOwn() throws IllegalAccessException {
    List<Plan> plans = List.of(SeedPlans.table11(), SeedPlans.table12(), crafted());
    Set<String> seen = new TreeSet<>();
    List<String> leaks = new ArrayList<>();
    for (Plan plan : plans) {
      for (Finding finding : PlanChecks.check(plan)) {
        seen.add(finding.code());
        PlanRow row = plan.row(finding.rowCode().orElseThrow()).orElseThrow();
        String rest = finding.messageZh();
        for (String text : written(row, plan)) {
          rest = rest.replace(text, "");
        }
        Matcher word = ASCII_WORD.matcher(rest);
        if (word.find()) {
          leaks.add(finding.code() + " '" + word.group() + "' in " + finding.messageZh());
        }
      }
    }
    assertThat(leaks).isEmpty();
    assertThat(seen).containsAll(declaredCodes());
  }

  @Test
  void theMeasureInferred_isSaidInChinese_withTheRuleThatGaveIt() {
    Map<String, Finding> byRow =
        PlanChecks.check(crafted()).stream()
            .filter(f -> f.code().equals(PlanChecks.MEASURE_INFERRED))
            .collect(Collectors.toMap(f -> f.rowCode().orElseThrow(), f -> f));
    assertThat(byRow.get("x").messageZh())
        .isEqualTo("新增城镇就业：[50]视为流量，累计目标按各年之和（名称含“新增”）；可在“计量方式”列注明水平或流量");
    assertThat(byRow.get("x").messageEn()).contains("(flow: the name contains 新增)");
  }

  @Test
  void aCheckTheArithmeticRefuses_saysSoInChinese() {
    // growth of −100 % a year: no target follows
    Stream<Finding> findings = PlanChecks.check(crafted()).stream();
    assertThat(findings.filter(f -> f.code().equals(PlanChecks.ANALYSIS_NOT_POSSIBLE)))
        .extracting(Finding::messageZh)
        .containsExactly("产值总量：年均增长-100表示每年减少100%或更多，无法推算目标");
  }
}

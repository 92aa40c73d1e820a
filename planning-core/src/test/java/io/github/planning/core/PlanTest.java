package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicators, rows, plans and observations: building, validation and direction inference. */
class PlanTest {

  private static Indicator indicator(String code, String name) {
    return Indicator.builder().code(code).name(name).build();
  }

  private static PlanRow row(String name, String base, String target) {
    return PlanRow.builder()
        .indicator(indicator("x", name))
        .baseYear(2020)
        .base(PlanValue.parse(base))
        .targetYear(2025)
        .target(PlanValue.parse(target))
        .build();
  }

  @Test
  void indicator_publishedName_setsFeaturedFromTheStar() {
    Indicator urbanisation = Indicator.builder().code("1-2-03").publishedName("城镇化率*").build();
    assertThat(urbanisation.name()).isEqualTo("城镇化率");
    assertThat(urbanisation.featured()).isTrue();
    assertThat(urbanisation.publishedName()).isEqualTo("城镇化率*");
    Indicator gdp = Indicator.builder().code("gdp").publishedName("地区生产总值(GDP)").build();
    assertThat(gdp.featured()).isFalse();
    assertThat(gdp.publishedName()).isEqualTo("地区生产总值(GDP)");
    assertThat(gdp.unit()).isEqualTo(Unit.NONE);
  }

  @Test
  void indicator_keepsTheSpacesOfItsName_asWritten_whileRulesUseTheNormalisedName() {
    for (String written : List.of(" 地区生产总值 ", "\u3000单位GDP能耗降低\u3000", "GDP  ")) {
      Indicator plain = Indicator.builder().code("a").publishedName(written).build();
      assertThat(plain.name()).isEqualTo(written);
      assertThat(plain.publishedName()).isEqualTo(written);
      assertThat(plain.normalisedName()).isEqualTo(written.strip());
      assertThat(plain.featured()).isFalse();
    }
    Indicator featured = Indicator.builder().code("a").publishedName(" 城镇化率*\u3000").build();
    assertThat(featured.featured()).isTrue();
    assertThat(featured.name()).isEqualTo(" 城镇化率\u3000");
    assertThat(featured.normalisedName()).isEqualTo("城镇化率");
    assertThat(featured.publishedName()).isEqualTo(" 城镇化率*\u3000");
    assertThat(
            Indicator.builder().code("a").publishedName("单位GDP能耗降低\u3000").build().namesAChange())
        .isTrue();
    assertThatThrownBy(() -> Indicator.builder().code("a").name("GDP* ").build())
        .hasMessageContaining("ends with '*'");
    assertThat(Indicator.builder().code("a").name(" A ").build())
        .isNotEqualTo(Indicator.builder().code("a").name("A").build());
  }

  @Test
  void indicator_validationMessages() {
    assertThatThrownBy(() -> Indicator.builder().code(" ").name("GDP").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("An indicator needs a non-blank code (name 'GDP')");
    assertThatThrownBy(() -> Indicator.builder().code("a").name("").build())
        .hasMessage("Indicator 'a' needs a non-blank name");
    assertThatThrownBy(() -> Indicator.builder().code("a").publishedName("**").build())
        .hasMessage(
            "Indicator 'a': the name '*' ends with '*', which marks a featured indicator"
                + " and cannot be part of a name");
    assertThatThrownBy(() -> Indicator.builder().code("a").name("GDP*").build())
        .hasMessageContaining("the name 'GDP*' ends with '*'");
    assertThatThrownBy(() -> Indicator.builder().code("a").name("A").parent("a").build())
        .hasMessage("Indicator 'a' cannot be its own parent");
    assertThatThrownBy(() -> Indicator.builder().code("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void indicator_toStringHelpsInAFailingTest() {
    Indicator gdp = Indicator.builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build();
    assertThat(gdp.toString()).contains("gdp").contains("地区生产总值").contains("亿元");
  }

  @Test
  void row_targetYearMustFollowBaseYear() {
    assertThatThrownBy(
            () ->
                PlanRow.builder()
                    .indicator(indicator("gdp", "GDP"))
                    .baseYear(2025)
                    .targetYear(2020)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Row 'gdp': the target year 2020 must come after the base year 2025");
    assertThatThrownBy(
            () ->
                PlanRow.builder()
                    .indicator(indicator("gdp", "GDP"))
                    .baseYear(2020)
                    .actualYear(2020)
                    .build())
        .hasMessage("Row 'gdp': the actual year 2020 must come after the base year 2020");
  }

  @Test
  void row_direction_isInferredWhenNotStated() {
    assertThat(row("登记失业率", "1.52", "≤3.5").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(row("细颗粒物(PM2.5)平均浓度", "27", "25").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(row("x", "5", "10以内").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(row("x", "5", "<4").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(row("单位GDP能耗降低", "下降2.5", "——").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(row("地区生产总值", "752.8", "1000").direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(row("实际使用外资额", "1.8", "[10]").direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(row("单位GDP能耗降低", "[20]", "完成市下达指标").direction())
        .isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(row("x", "27", "25").isDirectionInferred()).isTrue();
  }

  @Test
  void row_statedDirection_wins() {
    PlanRow row =
        PlanRow.builder()
            .indicator(
                Indicator.builder()
                    .code("p")
                    .name("基本养老保险参保率")
                    .direction(Direction.HIGHER_IS_BETTER)
                    .build())
            .base(PlanValue.parse("96.5"))
            .target(PlanValue.parse("95"))
            .build();
    assertThat(row.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(row.isDirectionInferred()).isFalse();
  }

  @Test
  void plan_findsRowsByCode() {
    PlanRow gdp = row("地区生产总值", "752.8", "1000");
    Plan plan =
        Plan.builder()
            .title("主要指标")
            .region("湖州市吴兴区")
            .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
            .addRows(gdp)
            .addNotes("注")
            .build();
    assertThat(plan.row("x")).contains(gdp);
    assertThat(plan.row("y")).isEmpty();
    assertThat(plan.notes()).containsExactly("注");
  }

  @Test
  void plan_validationMessagesNameTheCode() {
    PlanRow a = PlanRow.builder().indicator(indicator("a", "A")).build();
    PlanRow child =
        PlanRow.builder()
            .indicator(Indicator.builder().code("b").name("B").parent("missing").build())
            .build();
    assertThatThrownBy(
            () -> Plan.builder().title("T").period(PlanPeriod.of(2021, 2025)).addRows(a, a).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan 'T': the code 'a' is used by more than one row");
    assertThatThrownBy(
            () ->
                Plan.builder()
                    .title("T")
                    .period(PlanPeriod.of(2021, 2025))
                    .addRows(a, child)
                    .build())
        .hasMessage("Plan 'T': row 'b' names a parent 'missing' that is not a row of the plan");
    assertThatThrownBy(() -> Plan.builder().title(" ").period(PlanPeriod.of(2021, 2025)).build())
        .hasMessage("A plan needs a non-blank title");
  }

  @Test
  void observation_keepsPrecisionAndStatus() {
    Observation o =
        Observation.of("1-1-04", 2020, new BigDecimal("51.20"))
            .withStatus(ObservationStatus.ESTIMATED);
    assertThat(o.value().scale()).isEqualTo(2);
    assertThat(o.status()).isEqualTo(ObservationStatus.ESTIMATED);
    assertThat(Observation.of("a", 2020, BigDecimal.ONE).status())
        .isEqualTo(ObservationStatus.FINAL);
    assertThatThrownBy(() -> Observation.of("a", 20, BigDecimal.ONE))
        .hasMessage("Observation of 'a': the year 20 must be between 1000 and 9999");
  }
}

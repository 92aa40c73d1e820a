package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a table as published, one by one. */
class PublishedRowsTest {

  static Plan read(String csv) {
    return PlanCsvReader.open(new StringReader(csv), ReadOptions.of("t.csv")).readPlan();
  }

  /** The unit of each row, by its published name. */
  static Map<String, String> units(Plan plan) {
    Map<String, String> units = new LinkedHashMap<>();
    for (PlanRow row : plan.rows()) {
      units.put(row.indicator().publishedName(), row.indicator().unit().symbol());
    }
    return units;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "实际使用外资(亿美元) | 亿美元",
        "PM2.5平均浓度(微克/立方米) | 微克/立方米",
        "港口集装箱吞吐量(万标箱) | 万标箱",
        "能源消费总量(万吨标准煤) | 万吨标准煤",
        "人均住房面积(平方米/人) | 平方米/人",
        "婴儿死亡率(‰) | ‰",
        "人均预期寿命(岁) | 岁",
        "地区生产总值（亿元） | 亿元",
        "城镇化率（%） | %",
        "公路密度(公里/百平方公里) | 公里/百平方公里",
        "森林蓄积量（万立方米） | 万立方米",
        "每万人口发明专利拥有量(件/万人) | 件/万人",
        "装机容量(万千瓦) | 万千瓦",
        "单位GDP能耗(吨标准煤/万元) | 吨标准煤/万元",
        "城镇新增就业人数( 万人 ) | 万人",
      })
  void unitAtEnd_isAUnitTheCatalogueKnows(String name, String unit) {
    assertThat(PublishedRows.unitAtEnd(name)).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "地区生产总值(GDP)",
        "人均地区生产总值(户籍人口)",
        "城镇化率(常住人口)",
        "空气质量优良天数比率(PM2.5)",
        "研发经费投入(R&D)",
        "森林覆盖率",
        "森林覆盖率(%)以上",
        "居民人均可支配收入(城镇)",
        "城镇化率()",
      })
  void unitAtEnd_leavesARemarkThatIsNotAUnitInTheName(String name) {
    assertThat(PublishedRows.unitAtEnd(name)).isNull();
  }

  @Test
  void unitsInNames_areTheRowsUnits_whenTheUnitCellIsAbsent() {
    Plan plan =
        read(
            "指标,2020年,2025年\n"
                + "实际使用外资(亿美元),1.8,2\n"
                + "PM2.5平均浓度(微克/立方米),27,25\n"
                + "港口集装箱吞吐量(万标箱),10,12\n"
                + "能源消费总量(万吨标准煤),100,110\n"
                + "地区生产总值(GDP),100,150\n");
    assertThat(units(plan))
        .containsExactly(
            Map.entry("实际使用外资(亿美元)", "亿美元"),
            Map.entry("PM2.5平均浓度(微克/立方米)", "微克/立方米"),
            Map.entry("港口集装箱吞吐量(万标箱)", "万标箱"),
            Map.entry("能源消费总量(万吨标准煤)", "万吨标准煤"),
            Map.entry("地区生产总值(GDP)", plan.rows().get(4).indicator().unit().symbol()));
    assertThat(plan.rows().get(4).indicator().unit().isNone()).isTrue();
  }

  @Test
  void aDefaultUnitAboveTheTable_isTheUnitOfRows_notOfGroups() {
    Plan plan =
        read(
            "某县主要指标\n单位：亿元\n类别,指  标,计量单位,2020年,2025年,属性\n"
                + ",一、总量指标,,,,\n"
                + ",1.地区生产总值,,1200.5,1800,预期性\n"
                + ",2.城镇化率(%),,65.3,70,预期性\n"
                + ",3.常住人口,万人,80,85,预期性\n");
    assertThat(units(plan))
        .containsExactly(
            Map.entry("总量指标", plan.rows().get(0).indicator().unit().symbol()),
            Map.entry("地区生产总值", "亿元"),
            Map.entry("城镇化率(%)", "%"),
            Map.entry("常住人口", "万人"));
    assertThat(plan.rows().get(0).indicator().unit().isNone()).isTrue();
    assertThat(io.github.planning.analysis.PlanChecks.check(plan))
        .extracting(io.github.planning.analysis.Finding::code)
        .doesNotContain("unit-differs-from-parent");
  }
}

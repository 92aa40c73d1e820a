package io.github.planning.io.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SdmxTimeTest {

  @Test
  void year_ofAnAnnualPeriod() {
    assertThat(SdmxTime.year("2020")).hasValue(2020);
    assertThat(SdmxTime.year("2020-A1")).hasValue(2020);
    assertThat(SdmxTime.year("2020-01-01/P1Y")).hasValue(2020);
    assertThat(SdmxTime.year("2021-01-01/P5Y")).isEmpty();
  }

  @Test
  void years_followTheOneYearRuleOfThePlanModel() {
    assertThat(SdmxTime.year("0999")).isEqualTo(OptionalInt.empty());
    assertThat(SdmxTime.year("0999-01-01/P1Y")).isEmpty();
    assertThat(SdmxTime.years("0999-01-01/P5Y")).isNull();
  }

  @Test
  void years_ofARangeOfWholeYears() {
    assertThat(SdmxTime.years("2021-01-01/P5Y")).containsExactly(2021, 2025);
    assertThat(SdmxTime.range(2020, 2025)).isEqualTo("2021-01-01/P5Y");
  }
}

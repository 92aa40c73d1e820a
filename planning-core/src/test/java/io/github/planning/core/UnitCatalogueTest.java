package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCatalogueTest {

  private static UnitCatalogue read(String text) throws IOException {
    return UnitCatalogue.read(new BufferedReader(new StringReader(text)), "t.txt");
  }

  @Test
  void read_prefixesDimensionsUnitsAndAliases() throws IOException {
    UnitCatalogue catalogue =
        read(
            "# a comment\n\n  prefix | 万 | 4\n"
                + "dimension | area | 平方米 | an area | area\n"
                + "unit | 亩 | area | 10000/15 | 市亩 mu | a source\n");
    assertThat(catalogue.prefix("万")).isEqualTo(4);
    assertThat(catalogue.prefix("亿")).isNull();
    assertThat(catalogue.unit("亩"))
        .isEqualTo(catalogue.unit("mu"))
        .isEqualTo(catalogue.unit("市亩"))
        .isEqualTo(
            new UnitCatalogue.Entry(
                "亩", "area", Fraction.of(BigInteger.valueOf(2000), BigInteger.valueOf(3))));
    assertThat(catalogue.unit("平方米")).isNull();
    assertThat(catalogue.dimension("area").phrase()).isEqualTo("an area");
    assertThat(catalogue.dimension("area:x").noun()).isEqualTo("area");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "unit | 亩 | area | 1 | |; t.txt:1: 'unit | 亩 | area | 1 | |': unknown dimension 'area'",
        "prefix | 万 | 4\\nprefix | 万 | 5; t.txt:2: 'prefix | 万 | 5': '万' is empty or given twice",
        "dimension | a | | a | a\\nunit | x | a | 1 | y x |; t.txt:2: 'unit | x | a | 1 | y x |': 'x' is "
            + "empty or given twice",
        "dimension | a | | a | a\\nunit | x | a | 0 | |; t.txt:2: 'unit | x | a | 0 | |': a factor must "
            + "be positive: 0/1",
        "unit | x; t.txt:1: 'unit | x': Index 2 out of bounds for length 2",
        "units | x; t.txt:1: 'units | x': expected prefix, dimension or unit",
        "prefix | 万 | four; t.txt:1: 'prefix | 万 | four': For input string: \"four\""
      })
  void read_aBrokenLine_namesItsPlace(String text, String message) {
    assertThatThrownBy(() -> read(text.replace("\\n", "\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  @Test
  void load_aMissingResource_saysSo() {
    assertThatThrownBy(() -> UnitCatalogue.load("none.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the unit catalogue none.txt is missing");
  }

  @Test
  void theStandardCatalogue_hasTheLegalFactors() {
    UnitCatalogue standard = UnitCatalogue.STANDARD;
    assertThat(standard.unit("亩").factor()).hasToString("2000/3");
    assertThat(standard.unit("公顷").factor()).hasToString("10000");
    assertThat(standard.unit("平方公里").factor()).hasToString("1000000");
    assertThat(standard.unit("公里").factor()).hasToString("1000");
    assertThat(standard.unit("斤").factor()).hasToString("1/2");
    assertThat(standard.unit("吨标准煤").factor()).hasToString("29307600000");
    assertThat(standard.unit("千瓦时").factor()).hasToString("3600000");
    assertThat(standard.unit("%").factor()).hasToString("1/100");
    assertThat(standard.prefix("亿")).isEqualTo(8);
    assertThat(standard.prefix("十万")).isEqualTo(5);
  }

  @Test
  void theStandardCatalogue_knowsTheContainerUnitAsTablesWriteIt() {
    UnitCatalogue standard = UnitCatalogue.STANDARD;
    assertThat(standard.unit("标箱")).isEqualTo(standard.unit("标准箱")).isNotNull();
    assertThat(Unit.parse("万标箱").isKnown()).isTrue();
    assertThat(Unit.parse("万标箱").isConvertibleTo(Unit.parse("TEU"))).isTrue();
  }
}

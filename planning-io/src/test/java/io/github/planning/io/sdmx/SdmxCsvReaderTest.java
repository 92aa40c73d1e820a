package io.github.planning.io.sdmx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files in the shape offices publish, written after the examples of the SDMX-CSV field guide. */
class SdmxCsvReaderTest {

  private static final String OFFICE =
      """
      STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT
      dataflow,HZTJ:DF_GDP(1.0.0),I,A,330502,1-2-01,2021,830.50,A,8
      dataflow,HZTJ:DF_GDP(1.0.0),I,A,330502,1-2-01,2022-A1,901.2,E,8
      dataflow,HZTJ:DF_GDP(1.0.0),I,A,330502,1-2-01,2023-01-01/P1Y,960,P,8
      dataflow,HZTJ:DF_GDP(1.0.0),I,A,330503,1-2-01,2023,1210,A,8
      dataflow,HZTJ:DF_GDP(1.0.0),I,A,330502,1-2-09,2023,NaN,O,4
      """;

  private static ReadOptions lenient(String region) {
    ReadOptions.Builder options = ReadOptions.builder().source("hz.csv").mode(ReadMode.LENIENT);
    if (region != null) {
      options.region(region);
    }
    return options.build();
  }

  @Test
  void anOfficesAnnualSeries_givesObservations_ofTheAreaAsked() {
    SdmxData data =
        SdmxCsvReader.read(new ByteArrayInputStream(OFFICE.getBytes(UTF_8)), lenient("330502"));
    assertThat(data.plan()).isEmpty();
    assertThat(data.problems()).isEmpty();
    assertThat(data.observations())
        .containsExactly(
            Observation.of("1-2-01", 2021, new BigDecimal("830.50")),
            Observation.of("1-2-01", 2022, new BigDecimal("901.2"))
                .withStatus(ObservationStatus.ESTIMATED),
            Observation.of("1-2-01", 2023, new BigDecimal("960"))
                .withStatus(ObservationStatus.PRELIMINARY));
    assertThat(data.observations().get(0).value().scale()).isEqualTo(2);
    assertThat(data.skipped())
        .extracting(Problem::toString)
        .containsExactly(
            "hz.csv:5:5: '330503': another area than 330502",
            "hz.csv:6:8: 'NaN': no value (OBS_VALUE is empty or NaN)");
  }

  @Test
  void severalAreas_withoutARegion_areAProblem_atTheSecondArea() {
    SdmxData data = SdmxCsvReader.read(new StringReader(OFFICE), lenient(null));
    assertThat(data.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "hz.csv:5:5: '330503': a second area besides '330502'; read one area at a time by "
                + "giving its region");
    assertThat(data.observations()).hasSize(3);
  }

  @Test
  void labelsAndTheSeriesColumn_areUnderstood() {
    String csv =
        """
        STRUCTURE[;],STRUCTURE_ID,ACTION,SERIES: 指标,TIME_PERIOD: 时间,OBS_VALUE: 观测值,OBS_STATUS: 状态
        dataflow,CN:DF(1.0): 主要指标,M,gdp: 地区生产总值,2021: 2021,12.5,E: Estimated value
        """;
    SdmxData data = SdmxCsvReader.read(new StringReader(csv), ReadOptions.of("cn.csv"));
    assertThat(data.observations())
        .containsExactly(
            Observation.of("gdp", 2021, new BigDecimal("12.5"))
                .withStatus(ObservationStatus.ESTIMATED));
  }

  @Test
  void badLines_areLocatedProblems_andStrictReadingThrowsThemAll() {
    String csv =
        """
        STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS
        dataflow,A:B(1.0),M,A,gdp,2021,1.2E3,A
        dataflow,A:B(1.0),M,Q,gdp,2021-Q1,5,A
        dataflow,A:B(1.0),M,A,gdp,2021-13,5,A
        dataflow,A:B(1.0),D,A,gdp,2022,,
        dataflow,A:B(1.0),M,A,gdp,2023,7,F
        dataflow,A:B(1.0),M,A,gdp,2024,7,A
        dataflow,A:B(1.0),M,A,gdp,2024,8,A
        dataflow,A:B(1.0),M,A,gdp,2025
        dataflow,A:B(1.0),M,A,gdp,0999,1,A
        """;
    SdmxData data = SdmxCsvReader.read(new StringReader(csv), lenient(null));
    assertThat(data.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "hz.csv:2:7: '1.2E3': not a decimal; expected digits with an optional sign and point, "
                + "without exponent",
            "hz.csv:3:4: 'Q': only annual data (FREQ A) are observations of a plan",
            "hz.csv:4:6: '2021-13': not a year; expected 2020, 2020-A1 or 2020-01-01/P1Y",
            "hz.csv:5:3: 'D': a delete action holds no data to read",
            "hz.csv:6:8: 'F': an OBS_STATUS the library has no status for; expected A (final), "
                + "E (estimated) or P (preliminary)",
            "hz.csv:8:6: '2024': a second value of 'gdp' for 2024; the first is on line 7",
            "hz.csv:9:7: the line has 6 fields, the header 8",
            "hz.csv:10:6: '0999': not a year; expected 2020, 2020-A1 or 2020-01-01/P1Y");
    assertThat(data.observations())
        .containsExactly(Observation.of("gdp", 2024, BigDecimal.valueOf(7)));

    assertThatThrownBy(() -> SdmxCsvReader.read(new StringReader(csv), ReadOptions.of("hz.csv")))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageStartingWith("8 problems in hz.csv:\n  hz.csv:2:7: '1.2E3'");
  }

  @Test
  void whatIsNotSdmxCsv_isSaidAtItsFirstCell() {
    assertThat(
            SdmxCsvReader.read(new StringReader("code,year,value\ngdp,2021,1\n"), lenient(null))
                .problems())
        .extracting(Problem::toString)
        .containsExactly("hz.csv:1:1: 'code': not SDMX-CSV: the first heading must be STRUCTURE");
    assertThat(
            SdmxCsvReader.read(
                    new StringReader("STRUCTURE,STRUCTURE_ID,TIME_PERIOD\n"), lenient(null))
                .problems())
        .extracting(Problem::toString)
        .containsExactly(
            "hz.csv:1:1: 'STRUCTURE,STRUCTURE_ID,TIME_PERIOD': the header has no "
                + "column [INDICATOR (or SERIES), OBS_VALUE]");
    assertThat(SdmxCsvReader.read(new StringReader(""), lenient(null)).problems())
        .extracting(Problem::toString)
        .containsExactly("hz.csv:1:1: the input is empty; SDMX-CSV starts with a header line");
    byte[] latin1 =
        "STRUCTURE,STRUCTURE_ID,INDICATOR,TIME_PERIOD,OBS_VALUE\nd,A:B(1),\u00e9,2021,1\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(SdmxCsvReader.read(new ByteArrayInputStream(latin1), lenient(null)).problems())
        .singleElement()
        .extracting(Problem::reason)
        .asString()
        .startsWith("the input could not be read as UTF-8 CSV");
  }

  @Test
  void aPlanFile_whoseFiguresDisagreeWithTheirText_isAProblem() {
    String csv =
        SdmxCsvWriterTest.write(SdmxCsvWriterTest.seed("table-1-2"), List.of())
            .replace(",752.8,元,8,1,,752.8,", ",752.9,元,8,1,,752.8,");
    SdmxData data = SdmxCsvReader.read(new StringReader(csv), lenient(null));
    assertThat(data.plan()).isEmpty();
    assertThat(data.problems())
        .extracting(Problem::reason)
        .containsExactly("OBS_VALUE differs from the amount '752.8' of the published text '752.8'");
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.io.internal.Encodings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula injection, unknown columns, encodings and observations. */
class CsvFeaturesTest {

  private static final ReadOptions OPTIONS =
      ReadOptions.builder().source("in.csv").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();

  @Test
  void formulaInjection_isNeutralisedAndRoundTripsExactly() {
    String csv =
        "name,base,note\n"
            + "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-13,@SUM(A1)\n"
            + "'=already quoted,+5,-minus note\n";
    Plan plan = PlanCsvReader.open(new StringReader(csv), OPTIONS).readPlan();
    assertThat(plan.rows().get(0).indicator().name())
        .isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
    assertThat(plan.rows().get(1).indicator().name()).isEqualTo("=already quoted");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCsvWriter.write(plan, out, WriteOptions.canonical());
    String written = out.toString(UTF_8);
    tools.jackson.dataformat.csv.CsvMapper csvMapper =
        tools.jackson.dataformat.csv.CsvMapper.builder()
            .enable(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY)
            .build();
    String[][] cells =
        csvMapper
            .readerFor(String[][].class)
            .with(tools.jackson.dataformat.csv.CsvSchema.emptySchema())
            .readValue(written);
    for (String[] row : cells) {
      for (String cell : row) {
        if (!cell.matches("[-+]?[0-9.]+")) {
          assertThat(cell)
              .doesNotStartWith("=")
              .doesNotStartWith("@")
              .doesNotStartWith("+")
              .doesNotStartWith("-");
        }
      }
    }
    assertThat(cells[2][RowField.BASE.ordinal()]).isEqualTo("+5");
    assertThat(written)
        .contains("'=HYPERLINK")
        .contains(",-13,")
        .contains("'@SUM(A1)")
        .contains("'-minus note");
    Plan back = PlanCsvReader.open(new ByteArrayInputStream(out.toByteArray()), OPTIONS).readPlan();
    assertThat(back).isEqualTo(plan);
    assertThat(back.rows().get(0).base().orElseThrow().text()).isEqualTo("-13");
  }

  @Test
  void unknownColumns_areAnErrorUnlessKept_andThenWrittenBack() {
    String csv = "name,base,负责单位,来源\nGDP,1,发改局,统计局\n";
    assertThatThrownBy(() -> PlanCsvReader.open(new StringReader(csv), OPTIONS))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining("in.csv:1:3: '负责单位': unknown column");
    PlanCsvReader reader =
        PlanCsvReader.open(
            new StringReader(csv),
            ReadOptions.builder().from(OPTIONS).keepUnknownColumns(true).build());
    List<RowRecord> records = new ArrayList<>();
    reader.forEachRemaining(records::add);
    assertThat(records.get(0).extra())
        .containsExactly(java.util.Map.entry("负责单位", "发改局"), java.util.Map.entry("来源", "统计局"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PlanCsvWriter writer =
        PlanCsvWriter.open(out, WriteOptions.canonical(), List.of("负责单位", "来源"))) {
      records.forEach(writer::write);
    }
    assertThat(out.toString(UTF_8).split("\n")[0]).endsWith(",note,负责单位,来源");
    assertThat(out.toString(UTF_8).split("\n")[1]).endsWith(",发改局,统计局");
  }

  @Test
  void lenient_keepsRowsThatAPlanCannotHoldInTheRecordsOnly() {
    String csv = "code,parent,name\na,,A\nb,,B\na,,C\nc,zz,D\n";
    PlanReadResult result =
        PlanCsvReader.open(
                new StringReader(csv),
                ReadOptions.builder().from(OPTIONS).mode(ReadMode.LENIENT).build())
            .readAll();
    assertThat(result.records()).hasSize(4);
    assertThat(result.plan().orElseThrow().rows())
        .extracting(r -> r.indicator().name())
        .containsExactly("A", "B");
    assertThat(result.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "in.csv:4:1: 'a': the code 'a' is already used on line 2",
            "in.csv:5:2: 'zz': the parent 'zz' is not the code of any row");
  }

  @Test
  void writing_anUnpairedSurrogate_isRefusedNotTurnedIntoAQuestionMark() {
    Plan plan =
        io.github.planning.core.Plan.builder()
            .title("T")
            .period(PlanPeriod.of(2021, 2025))
            .addRows(
                io.github.planning.core.PlanRow.builder()
                    .indicator(
                        io.github.planning.core.Indicator.builder()
                            .code("a")
                            .name("吴兴\uD83D")
                            .build())
                    .build())
            .build();
    assertThatThrownBy(
            () -> PlanCsvWriter.write(plan, new ByteArrayOutputStream(), WriteOptions.canonical()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write the name of row 'a' as UTF-8: an unpaired surrogate at index 2");
  }

  @Test
  void crossRowChecks_canBeTurnedOffForFilesAlreadyChecked() {
    String csv = "code,parent,name\na,,A\na,zz,B\n";
    assertThatThrownBy(() -> PlanCsvReader.open(new StringReader(csv), OPTIONS).readAll())
        .isInstanceOf(PlanningReadException.class);
    List<RowRecord> records = new ArrayList<>();
    PlanCsvReader.open(
            new StringReader(csv),
            ReadOptions.builder().from(OPTIONS).crossRowChecks(false).build())
        .forEachRemaining(records::add);
    assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.problems()).isEmpty());
  }

  @Test
  void encoding_canBeGiven_andBadBytesNameTheirOffset() {
    byte[] gbk = "name,base\n地区生产总值,752.8\n".getBytes(Encodings.GB18030);
    Plan plan =
        PlanCsvReader.open(
                new ByteArrayInputStream(gbk),
                ReadOptions.builder().from(OPTIONS).encoding(Encodings.GB18030).build())
            .readPlan();
    assertThat(plan.rows().get(0).indicator().name()).isEqualTo("地区生产总值");
    byte[] utf8ThenBad = new byte[200_000 + 20];
    java.util.Arrays.fill(utf8ThenBad, (byte) 'a');
    byte[] head = "name\n".getBytes(UTF_8);
    System.arraycopy(head, 0, utf8ThenBad, 0, head.length);
    utf8ThenBad[150_000] = '\n';
    utf8ThenBad[150_001] = (byte) 0xFF;
    assertThatThrownBy(
            () -> PlanCsvReader.open(new ByteArrayInputStream(utf8ThenBad), OPTIONS).readPlan())
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining(":3:1: byte 150001 (0xFF) is neither UTF-8 nor GB18030");
  }

  @ParameterizedTest
  @CsvSource({"地区, 0", "地区, 1", "地区, 2", "😀指标, 0", "😀指标, 1", "😀指标, 2", "😀指标, 3"})
  void utf8IsDetected_whenTheFirstMegabyteEndsInsideACharacter(String name, int bytesBefore) {
    int megabyte = 1 << 20;
    StringBuilder csv = new StringBuilder("name\n");
    while (csv.length() < megabyte - bytesBefore - 200) {
      csv.append("a".repeat(99)).append('\n');
    }
    csv.append("b".repeat(megabyte - bytesBefore - csv.length() - 1)).append('\n');
    csv.append(name).append('\n');
    byte[] bytes = csv.toString().getBytes(UTF_8);
    assertThat(new String(bytes, 0, megabyte - bytesBefore, UTF_8)).doesNotContain(name);

    List<RowRecord> records = new ArrayList<>();
    PlanCsvReader.open(new ByteArrayInputStream(bytes), OPTIONS).forEachRemaining(records::add);

    assertThat(records.get(records.size() - 1).row())
        .get()
        .satisfies(row -> assertThat(row.indicator().name()).isEqualTo(name));
  }

  /** A stream that tells nothing of what it holds, or less than it holds, and reads in bits. */
  private static java.io.InputStream trickle(byte[] bytes, int available) {
    return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int available() {
        return available;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
        return super.read(buffer, offset, Math.min(length, 1000));
      }
    };
  }

  @ParameterizedTest
  @CsvSource({"UTF-8, 0", "UTF-8, 1", "UTF-8, -1", "GB18030, 0", "GB18030, 1", "GB18030, -1"})
  void detection_readsTheSameWhateverTheStreamTellsOfItsLength(String charset, int available) {
    StringBuilder csv = new StringBuilder("name,base\n");
    for (int i = 0; csv.length() < 150_000; i++) {
      csv.append("指标").append(i).append(',').append(i).append('\n');
    }
    byte[] bytes = csv.toString().getBytes(java.nio.charset.Charset.forName(charset));
    java.io.InputStream in =
        available < 0 ? new ByteArrayInputStream(bytes) : trickle(bytes, available);
    List<RowRecord> records = new ArrayList<>();
    PlanCsvReader.open(in, OPTIONS).forEachRemaining(records::add);
    List<RowRecord> fromText = new ArrayList<>();
    PlanCsvReader.open(new StringReader(csv.toString()), OPTIONS).forEachRemaining(fromText::add);
    assertThat(records).hasSizeGreaterThan(10_000).isEqualTo(fromText);
  }

  @Test
  void aReaderWatchingForStrayCharacters_seesOneFarIntoTheInput() throws java.io.IOException {
    String clean = "name\n" + "指标,1\n".repeat(30_000);
    for (String text : new String[] {clean, clean + "x\u0007y\n", clean + "\uFEFF\n"}) {
      byte[] bytes = text.getBytes(UTF_8);
      java.io.Reader watching = Encodings.open(new ByteArrayInputStream(bytes), OPTIONS, true);
      assertThat(Encodings.mayHaveStrayCharacters(watching)).isFalse();
      char[] buffer = new char[4000];
      while (watching.read(buffer) >= 0) {
        // read it all
      }
      assertThat(Encodings.mayHaveStrayCharacters(watching)).isEqualTo(!text.equals(clean));
      java.io.Reader notWatching = Encodings.open(new ByteArrayInputStream(bytes), OPTIONS);
      assertThat(Encodings.mayHaveStrayCharacters(notWatching)).isTrue();
    }
  }

  @Test
  void observations_roundTripInCsvAndJson() throws Exception {
    List<Observation> series =
        List.of(
            Observation.of("1-2-01", 2021, new BigDecimal("830.50")),
            Observation.of("1-2-01", 2022, new BigDecimal("880"))
                .withStatus(ObservationStatus.PRELIMINARY),
            Observation.builder()
                .code("=1-2-05")
                .year(2021)
                .value(new BigDecimal("-3.1"))
                .status(ObservationStatus.ESTIMATED)
                .note("预计值, 待核")
                .build());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (ObservationWriter writer = ObservationWriter.csv(csv)) {
      series.forEach(writer::write);
    }
    assertThat(
            ObservationReader.csv(
                    new ByteArrayInputStream(csv.toByteArray()), ReadOptions.of("obs.csv"))
                .readAll())
        .isEqualTo(series);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (ObservationWriter writer = ObservationWriter.json(json)) {
      series.forEach(writer::write);
    }
    assertThat(RoundTripTest.validate("planning-observations-1.schema.json", json.toByteArray()))
        .isEmpty();
    assertThat(
            ObservationReader.json(
                    new ByteArrayInputStream(json.toByteArray()), ReadOptions.of("obs.json"))
                .readAll())
        .isEqualTo(series);
    assertThatThrownBy(
            () ->
                ObservationReader.csv(
                        new StringReader("code,year,value\na,2021,1\nb,20x1,2\nc,2022,abc\n"),
                        ReadOptions.of("obs.csv"))
                    .readAll())
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining("obs.csv:3:2: '20x1'")
        .hasMessageContaining("obs.csv:4:3: 'abc'");
  }
}

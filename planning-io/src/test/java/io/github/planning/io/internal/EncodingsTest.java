package io.github.planning.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.PlanPeriod;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detection of an encoding and the places of bytes that do not decode. */
class EncodingsTest {

  private static final ReadOptions STRICT =
      ReadOptions.builder().source("t.csv").period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN).build();
  private static final ReadOptions LENIENT = STRICT.withMode(ReadMode.LENIENT);

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void aUtf8FileWithOneGb18030Row_isNotReadAsGb18030_butStopsAtTheBadRowsPlace() {
    byte[] csv =
        join("name,base\n地区生产总值,752.8\n".getBytes(UTF_8), "GDP,常住人口\n".getBytes(Encodings.GB18030));

    assertThatThrownBy(() -> PlanCsvReader.open(new ByteArrayInputStream(csv), STRICT).readPlan())
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.line()).isEqualTo(3);
                          assertThat(p.column()).isEqualTo(2);
                          assertThat(p.reason()).startsWith("byte 39 is not valid UTF-8 (");
                        }));
  }

  @Test
  void aLenientOpen_ofBytesThatAreNeitherEncoding_doesNotThrow_andGivesTheRowsBefore() {
    byte[] csv = join("name,base\nGDP,1\n".getBytes(UTF_8), new byte[] {(byte) 0xFF, '\n'});

    PlanReadResult result = PlanCsvReader.open(new ByteArrayInputStream(csv), LENIENT).readAll();

    assertThat(result.records()).as(result.problems().toString()).hasSize(1);
    assertThat(result.plan()).isPresent();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.reason())
                  .isEqualTo("byte 16 is neither UTF-8 nor GB18030; give the encoding");
            });
    PlanReadResult json =
        PlanJsonReader.open(
                new ByteArrayInputStream(
                    join(
                        "{\"format\": \"planning-plan/1\", \"title\": \"T\", \"rows\": [{\"code\": \"a\", \"name\": \"A\"},\n"
                            .getBytes(UTF_8),
                        new byte[] {(byte) 0xFF})),
                LENIENT)
            .readAll();
    assertThat(json.records()).hasSize(1);
    assertThat(json.problems())
        .extracting(Problem::reason)
        .contains("byte 81 is neither UTF-8 nor GB18030; give the encoding");
  }

  @Test
  void aGb18030File_isStillDetected() {
    byte[] gb = "name,base\n地区生产总值,752.8\n".getBytes(Encodings.GB18030);
    assertThat(
            PlanCsvReader.open(new ByteArrayInputStream(gb), STRICT)
                .readPlan()
                .rows()
                .get(0)
                .indicator()
                .name())
        .isEqualTo("地区生产总值");
  }

  @Test
  void aBadByteAfterTheFirstMegabyte_isPlacedAtItsRealLineAndField() {
    StringBuilder csv = new StringBuilder("name,note,base\n");
    for (int i = 2; i < 45_002; i++) {
      csv.append("指标").append(i).append(",\"a, \"\"quoted\"\" note\",").append(i).append('\n');
    }
    byte[] head = csv.append("GDP,x").toString().getBytes(UTF_8);
    assertThat(head.length).isGreaterThan(1 << 20);
    byte[] bytes = join(head, new byte[] {(byte) 0xC0, ',', '1', '\n'});

    assertThatThrownBy(() -> PlanCsvReader.open(new ByteArrayInputStream(bytes), STRICT).readPlan())
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.line()).isEqualTo(45_002);
                          assertThat(p.column()).isEqualTo(2);
                          assertThat(p.reason())
                              .startsWith("byte " + head.length + " is not valid UTF-8");
                        }));
  }

  @Test
  void inJson_aBadBytesColumnCountsCharacters_acrossCrCrlfAndFourByteCharacters() {
    byte[] json =
        join(
            ("{\"format\": \"planning-plan/1\",\r\"title\": \"T\",\r\n" + "\"region\": \"𠀀吴兴")
                .getBytes(UTF_8),
            new byte[] {(byte) 0xFF},
            "\"}".getBytes(UTF_8));

    assertThatThrownBy(() -> PlanJsonReader.open(new ByteArrayInputStream(json), STRICT))
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.line()).isEqualTo(3);
                          // "region": " is 11 characters, 𠀀 two and 吴兴 two
                          assertThat(p.column()).isEqualTo(16);
                        }));
  }

  @Test
  void utf16_withOrWithoutItsMark_isDecoded_soNoZeroByteReachesAMessage() {
    for (Charset charset :
        List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
      byte[] csv = "name,bse\n地区生产总值,752.8\n".getBytes(charset);
      PlanReadResult result = PlanCsvReader.open(new ByteArrayInputStream(csv), LENIENT).readAll();
      assertThat(result.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.text()).isEqualTo("bse");
                assertThat(p.toString()).doesNotContain("\u0000", "\\u0000");
              });
    }
    byte[] oneZero = "name,note\nGDP,a\u0000b\n".getBytes(UTF_8);
    assertThatThrownBy(
            () -> PlanCsvReader.open(new ByteArrayInputStream(oneZero), STRICT).readPlan())
        .hasMessageContaining("U+0000");
  }

  @Test
  void aGivenEncoding_isUsedAsGiven_itsOwnMarkSkipped() {
    byte[] csv = "\uFEFFname,base\n地区,1\n".getBytes(StandardCharsets.UTF_16LE);
    ReadOptions given =
        ReadOptions.builder().from(STRICT).encoding(StandardCharsets.UTF_16LE).build();
    assertThat(
            PlanCsvReader.open(new ByteArrayInputStream(csv), given)
                .readPlan()
                .rows()
                .get(0)
                .indicator()
                .name())
        .isEqualTo("地区");
  }
}

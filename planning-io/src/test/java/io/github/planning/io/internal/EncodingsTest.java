package io.github.planning.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.planning.core.PlanPeriod;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
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
                          assertThat(p.reason()).startsWith("byte 39 (0xB3) is not valid UTF-8 (");
                        }));
  }

  private static final byte FF = (byte) 0xFF;

  @Test
  void aLenientRead_marksEachCellWithBadBytesInvalid_keepingItsText_andReadsEveryLaterRow() {
    byte[] csv =
        join(
            "name,unit,base,note,来源\nGDP,亿元,752.8,,统计局\n人口,万".getBytes(UTF_8),
            new byte[] {FF},
            "人,85,,\n收入,元,4".getBytes(UTF_8),
            new byte[] {FF, FF},
            "\n就业,万人,3,\"第一行\n第二".getBytes(UTF_8),
            new byte[] {(byte) 0xE4},
            "行\",公报".getBytes(UTF_8),
            new byte[] {(byte) 0xC0},
            "\n粮食,万吨,98,,\n".getBytes(UTF_8));
    ReadOptions lenient = ReadOptions.builder().from(LENIENT).keepUnknownColumns(true).build();

    PlanReadResult result = PlanCsvReader.open(new ByteArrayInputStream(csv), lenient).readAll();

    assertThat(result.records())
        .extracting(r -> r.row().orElseThrow().indicator().name())
        .containsExactly("GDP", "人口", "收入", "就业", "粮食");
    assertThat(result.records().get(1).invalidCells())
        .containsExactly(entry(RowField.UNIT, "万\uFFFD人"));
    assertThat(result.records().get(1).row().orElseThrow().base()).isPresent();
    assertThat(result.records().get(2).invalidCells())
        .containsExactly(entry(RowField.BASE, "4\uFFFD\uFFFD"));
    assertThat(result.records().get(3).invalidCells())
        .containsExactly(entry(RowField.NOTE, "第一行\n第二\uFFFD行"));
    assertThat(result.records().get(3).extra()).containsEntry("来源", "公报\uFFFD");
    assertThat(result.records().get(4).problems()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.column() + ":" + p.text())
        .containsExactly("3:2:万\uFFFD人", "4:3:4\uFFFD\uFFFD", "6:4:第一行\n第二\uFFFD行", "6:5:公报\uFFFD");
    assertThat(result.problems().get(0).reason())
        .isEqualTo(
            "byte 65 (0xFF) is not valid UTF-8 (the input is read as UTF-8, as its first line with"
                + " other than ASCII is; give the encoding if it is in another); the cell is"
                + " invalid, its text kept as decoded, with U+FFFD for the bytes");
    assertThat(result.problems().get(1).reason()).startsWith("byte 87 (0xFF) is not valid UTF-8");
    assertThat(result.problems().get(3).reason())
        .startsWith("byte " + (csv.length - 21) + " (0xC0) is not valid UTF-8")
        .endsWith("; read as U+FFFD");
    for (Problem p : result.problems()) {
      assertThat(p.source()).isEqualTo("t.csv");
    }

    ReadOptions strict = lenient.withMode(ReadMode.STRICT);
    assertThatThrownBy(() -> PlanCsvReader.open(new ByteArrayInputStream(csv), strict).readPlan())
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.line() + ":" + p.column() + ": " + p.reason())
                    .singleElement(as(InstanceOfAssertFactories.STRING))
                    .startsWith("3:2: byte 65 (0xFF) is not valid UTF-8 (")
                    .doesNotContain("U+FFFD"));
  }

  @Test
  void aLenientRead_ofANameWithBadBytes_keepsTheRow_withTheNameAsDecoded() {
    byte[] csv =
        join(
            "code,name,unit,base\na,地".getBytes(UTF_8),
            new byte[] {FF},
            "区,亿元,752.8\nb,人口,万人,85\n".getBytes(UTF_8));

    PlanReadResult result = PlanCsvReader.open(new ByteArrayInputStream(csv), LENIENT).readAll();

    assertThat(result.records())
        .extracting(
            r -> r.row().orElseThrow().code() + " " + r.row().orElseThrow().indicator().name())
        .containsExactly("a 地\uFFFD区", "b 人口");
    assertThat(result.records().get(0).row().orElseThrow().base()).isPresent();
    assertThat(result.records().get(0).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.line() + ":" + p.column()).isEqualTo("2:2"))
        .satisfies(p -> assertThat(p.reason()).startsWith("byte").doesNotContain("needs a name"));
  }

  @Test
  void aLenientRead_ofAGb18030File_namesTheDetectedEncoding_andReadsOn() {
    byte[] csv =
        join(
            "name,base\n地区生产总值,752.8\n人口,8".getBytes(Encodings.GB18030),
            new byte[] {FF},
            "\n收入,4\n".getBytes(Encodings.GB18030));

    PlanReadResult result = PlanCsvReader.open(new ByteArrayInputStream(csv), LENIENT).readAll();

    assertThat(result.records()).hasSize(3);
    assertThat(result.records().get(1).invalidCells())
        .containsExactly(entry(RowField.BASE, "8\uFFFD"));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.column()).isEqualTo(2);
              assertThat(p.reason())
                  .startsWith("byte " + (csv.length - 9) + " (0xFF) is not valid GB18030 (");
            });
  }

  @Test
  void aLenientRead_ofBytesThatAreNeitherEncoding_readsTheRowsAfterThem() {
    byte[] csv =
        join("name,base\nGDP,1\n".getBytes(UTF_8), new byte[] {FF, '\n'}, "人口,2\n".getBytes(UTF_8));

    PlanReadResult result = PlanCsvReader.open(new ByteArrayInputStream(csv), LENIENT).readAll();

    assertThat(result.records()).as(result.problems().toString()).hasSize(3);
    assertThat(result.records().get(1).invalidCells())
        .containsExactly(entry(RowField.NAME, "\uFFFD"));
    assertThat(result.plan().orElseThrow().rows())
        .extracting(r -> r.indicator().name())
        .containsExactly("GDP", "人口");
    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.column() + ": " + p.reason())
        .containsExactly(
            "3:1: byte 16 (0xFF) is neither UTF-8 nor GB18030; give the encoding; the cell is"
                + " invalid, its text kept as decoded, with U+FFFD for the bytes",
            "3:1: a row needs a name");
  }

  @Test
  void
      aLenientJsonRead_marksTheStringWithBadBytesInvalid_andReadsOn_butStopsAtBadBytesBetweenTokens() {
    byte[] json =
        join(
            "{\"format\": \"planning-plan/1\", \"title\": \"主要指标\", \"rows\": [\n{\"code\": \"a\", \"name\": \"A\", \"unit\": \"万"
                .getBytes(UTF_8),
            new byte[] {FF},
            "人\"},\n{\"code\": \"b\", \"name\": \"B\"}]}".getBytes(UTF_8));

    PlanReadResult result = PlanJsonReader.open(new ByteArrayInputStream(json), LENIENT).readAll();

    assertThat(result.records()).hasSize(2);
    assertThat(result.records().get(0).invalidCells())
        .containsExactly(entry(RowField.UNIT, "万\uFFFD人"));
    assertThat(result.records().get(1).problems()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              // {"code": "a", "name": "A", "unit": "万 is 37 characters
              assertThat(p.column()).isEqualTo(38);
              assertThat(p.reason()).startsWith("byte 104 (0xFF) is not valid UTF-8 (");
            });

    PlanReadResult between =
        PlanJsonReader.open(
                new ByteArrayInputStream(
                    join(
                        "{\"format\": \"planning-plan/1\", \"title\": \"T\", \"rows\": [{\"code\": \"a\", \"name\": \"A\"},\n"
                            .getBytes(UTF_8),
                        new byte[] {FF},
                        "{\"code\": \"b\", \"name\": \"B\"}]}".getBytes(UTF_8))),
                LENIENT)
            .readAll();
    assertThat(between.records()).hasSize(1);
    assertThat(between.problems())
        .extracting(Problem::reason)
        .anySatisfy(
            r ->
                assertThat(r)
                    .isEqualTo(
                        "byte 81 (0xFF) is neither UTF-8 nor GB18030; give the encoding; read as"
                            + " U+FFFD"))
        .hasSizeGreaterThan(1);
  }

  @Test
  void aLenientObservationRead_skipsTheObservationWithBadBytes_andReadsOn() {
    byte[] csv =
        join(
            "code,year,value\na,2021,1\nb,20".getBytes(UTF_8),
            new byte[] {FF},
            "21,2\nc,2022,3\n".getBytes(UTF_8));
    io.github.planning.io.ObservationReader reader =
        io.github.planning.io.ObservationReader.csv(
            new ByteArrayInputStream(csv), ReadOptions.of("o.csv").withMode(ReadMode.LENIENT));

    assertThat(reader.readAll()).extracting(o -> o.code()).containsExactly("a", "c");
    assertThat(reader.problems())
        .extracting(p -> p.line() + ":" + p.column() + ":" + p.text())
        .first()
        .isEqualTo("3:2:20\uFFFD21");

    byte[] json =
        join(
            "{\"format\": \"planning-observations/1\", \"observations\": [\n{\"code\": \"a"
                .getBytes(UTF_8),
            new byte[] {FF},
            ("\", \"year\": 2021, \"value\": 1},\n{\"code\": \"c\", \"year\": 2022, \"value\": 3}]}")
                .getBytes(UTF_8));
    io.github.planning.io.ObservationReader fromJson =
        io.github.planning.io.ObservationReader.json(
            new ByteArrayInputStream(json), ReadOptions.of("o.json").withMode(ReadMode.LENIENT));
    assertThat(fromJson.readAll()).extracting(o -> o.code()).containsExactly("c");
    assertThat(fromJson.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.line() + ":" + p.column()).isEqualTo("2:12"));
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
                              .startsWith("byte " + head.length + " (0xC0) is not valid UTF-8");
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

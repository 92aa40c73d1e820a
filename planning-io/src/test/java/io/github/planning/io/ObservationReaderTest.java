package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.io.internal.Encodings;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ObservationReaderTest {

  /** Problems after Chinese text on their lines, and many observations between them. */
  private static String documentWithProblems() {
    StringBuilder json =
        new StringBuilder("{\"format\": \"planning-observations/1\",\n" + "\"observations\": [\n");
    json.append(
        "  {\"note\": \"预计值，待核𠀀\", \"code\": \"1-2-01\", \"year\": \"二〇二一\", "
            + "\"value\": 1},\n");
    for (int i = 0; i < 3000; i++) {
      json.append("  {\"code\": \"指标")
          .append(i)
          .append("\", \"year\": 2021, \"value\": ")
          .append(i)
          .append(".5, \"note\": \"说明\"},\n");
    }
    json.append(
        "  {\"note\": \"最后\", \"code\": \"z\", \"year\": 2022, \"value\": \"很多\", "
            + "\"状态\": \"初步\"},\n");
    json.append("  {\"note\": \"最后\", \"code\": \"z\", \"year\": 2022, \"status\": \"未知\"}\n]}\n");
    return json.toString();
  }

  @Test
  void json_givesTheSameObservationsAndProblemsFromUtf8AsFromGb18030() {
    String document = documentWithProblems();
    ReadOptions options = ReadOptions.of("obs.json").withMode(ReadMode.LENIENT);

    ObservationReader utf8 =
        ObservationReader.json(new ByteArrayInputStream(document.getBytes(UTF_8)), options);
    ObservationReader gb18030 =
        ObservationReader.json(
            new ByteArrayInputStream(document.getBytes(Encodings.GB18030)), options);
    List<Observation> fromUtf8 = utf8.readAll();

    assertThat(fromUtf8).hasSize(3000).isEqualTo(gb18030.readAll());
    assertThat(utf8.problems()).isEqualTo(gb18030.problems());
    assertThat(utf8.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.text())
        // 𠀀 counts two: UTF-16 characters, as Java and the JSON text count them
        .containsExactly(
            "3:50 二〇二一", "3:3 ", "3004:54 很多", "3004:66 状态", "3004:3 ", "3005:55 未知", "3005:3 ");
  }

  private static ObservationReader csv(String text, ReadOptions options) {
    return ObservationReader.csv(new ByteArrayInputStream(text.getBytes(UTF_8)), options);
  }

  private static ObservationReader json(String text, ReadOptions options) {
    return ObservationReader.json(new ByteArrayInputStream(text.getBytes(UTF_8)), options);
  }

  @Test
  void csvAndJson_readTheSameObservations_eachPlacedAtItsCode() {
    ReadOptions options = ReadOptions.of("obs");
    String csv = "年份,数值,指标代码,状态\n2021,801.2,gdp,\n\n2022,843.60,gdp,预计\n";
    String json =
        "{\"format\": \"planning-observations/1\", \"observations\": [\n"
            + "  {\"code\": \"gdp\", \"year\": 2021, \"value\": 801.2},\n"
            + "  {\"year\": 2022, \"code\": \"gdp\", \"value\": 843.60, \"status\": \"预计\"}]}";

    List<ObservationRecord> fromCsv = csv(csv, options).readAllRecords();
    List<ObservationRecord> fromJson = json(json, options).readAllRecords();

    assertThat(fromCsv)
        .extracting(ObservationRecord::observation)
        .isEqualTo(fromJson.stream().map(ObservationRecord::observation).toList());
    Observation estimated = fromCsv.get(1).observation();
    assertThat(estimated.value()).isEqualByComparingTo(new BigDecimal("843.6"));
    assertThat(estimated.value().scale()).isEqualTo(2);
    assertThat(estimated.status()).isEqualTo(ObservationStatus.ESTIMATED);
    assertThat(fromCsv).extracting(r -> r.line() + ":" + r.column()).containsExactly("2:3", "4:3");
    assertThat(fromJson).extracting(r -> r.line() + ":" + r.column()).containsExactly("2:3", "3:3");
  }

  @Test
  void csv_fromCharacters_readsAsFromBytes() {
    String csv = "code,year,value,note\ngdp,2021,801.2,初步核算\n";
    ReadOptions options = ReadOptions.of("obs.csv");

    assertThat(ObservationReader.csv(new StringReader(csv), options).readAll())
        .isEqualTo(csv(csv, options).readAll());
  }

  @Test
  void csv_headerProblems_endTheReadingBeforeAnyRow() {
    ObservationReader reader =
        csv(
            "code,年份,value,code,颜色\ngdp,2021,1\n",
            ReadOptions.of("o.csv").withMode(ReadMode.LENIENT));

    assertThat(reader.hasNext()).isFalse();
    assertThat(reader.problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.text())
        .containsExactly("1:4 code", "1:5 颜色");
  }

  @Test
  void lenient_skipsBadObservations_andCountsWhatIsPastTheCap() {
    StringBuilder csv = new StringBuilder("code,year,value\n");
    for (int i = 0; i < 5; i++) {
      csv.append("a,year").append(i).append(",1\n");
    }
    csv.append("b,2021,2\n");
    ReadOptions options =
        ReadOptions.builder().source("o.csv").mode(ReadMode.LENIENT).maxProblems(3).build();

    ObservationReader reader = csv(csv.toString(), options);

    assertThat(reader.readAll()).extracting(Observation::code).containsExactly("b");
    assertThat(reader.omittedProblems()).isEqualTo(2);
    assertThat(reader.problems())
        .extracting(p -> p.line() + ":" + p.text())
        .containsExactly("2:year0", "3:year1", "4:year2", "0:");
    assertThat(reader.problems().get(3).reason()).contains("stops at 3", "2 more");
  }

  @Test
  void strict_throwsAtTheEnd_namingEveryBadObservation() {
    String json =
        "{\"format\": \"planning-observations/1\", \"observations\": [\n"
            + "  {\"code\": \"a\", \"year\": 2021, \"value\": 1},\n"
            + "  {\"code\": \"a\", \"year\": \"x\", \"value\": 1},\n"
            + "  {\"code\": \"\", \"year\": 2021, \"value\": 1}]}";
    ObservationReader reader = json(json, ReadOptions.of("o.json"));

    assertThatThrownBy(reader::readAll)
        .isInstanceOfSatisfying(
            PlanningReadException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::line)
                    .containsOnly(3L, 4L)
                    .contains(4L));
  }

  @Test
  void nextRecord_afterTheLast_throws() {
    ObservationReader reader = csv("code,year,value\na,2021,1\n", ReadOptions.of("o.csv"));
    reader.nextRecord();

    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::nextRecord).isInstanceOf(NoSuchElementException.class);
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.Observation;
import io.github.planning.io.internal.Encodings;
import java.io.ByteArrayInputStream;
import java.util.List;
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
}

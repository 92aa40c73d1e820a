package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.PlanValue;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonReaderTest {

  private static List<RowRecord> readLeniently(String rows) {
    String json = "{\"format\": \"planning-plan/1\", \"title\": \"T\", \"period\": \"2021-2025\",\n"
        + "\"rows\": [\n" + rows + "\n]}";
    ReadOptions options = ReadOptions.of("plan.json").withMode(ReadMode.LENIENT);
    try (PlanJsonReader reader = PlanJsonReader.open(new ByteArrayInputStream(json.getBytes(UTF_8)),
        options)) {
      List<RowRecord> records = new java.util.ArrayList<>();
      reader.forEachRemaining(records::add);
      return records;
    }
  }

  @Test
  void cellsOfTheWrongType_keepTheirRawText() {
    List<RowRecord> records = readLeniently("{\"code\": \"a\", \"name\": \"A\", "
        + "\"baseYear\": \"二〇二〇\", \"base\": 12, "
        + "\"target\": {\"text\": \"[9]以上\", \"amount\": 10}}");

    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.invalidCells()).containsEntry("base_year", "二〇二〇")
          .containsEntry("base", "12").containsEntry("target", "");
      assertThat(record.problems()).extracting(Problem::reason).anySatisfy(reason ->
          assertThat(reason).contains("the typed field amount (10) disagrees"));
    });
  }

  @Test
  void aValueObject_isReadOnceWhateverTheOrderOfItsFields() {
    List<RowRecord> records = readLeniently("{\"code\": \"a\", \"name\": \"A\", "
        + "\"target\": {\"amount\": 9, \"cumulative\": true, \"text\": \"[9]以上\"}, "
        + "\"base\": {\"text\": \"752.8\", \"amount\": 752.80}}");

    RowRecord record = records.get(0);
    assertThat(record.problems()).isEmpty();
    assertThat(record.row()).get().satisfies(row -> {
      assertThat(row.target()).contains(PlanValue.parse("[9]以上"));
      assertThat(row.base()).contains(PlanValue.parse("752.8"));
    });
  }

  @Test
  void aValueObjectWithTwoTexts_isReadByTheLastOne() {
    List<RowRecord> records = readLeniently("{\"code\": \"a\", \"name\": \"A\", "
        + "\"target\": {\"text\": \"9\", \"amount\": 9, \"text\": \"9.5%%\"}, "
        + "\"base\": {\"text\": \"1\", \"text\": \"2\", \"amount\": 2}}");

    RowRecord record = records.get(0);
    assertThat(record.invalidCells()).containsEntry("target", "9.5%%").doesNotContainKey("base");
    assertThat(record.row()).get().satisfies(row -> {
      assertThat(row.target()).isEmpty();
      assertThat(row.base()).contains(PlanValue.parse("2"));
    });
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.PlanValue;
import io.github.planning.io.internal.Encodings;
import io.github.planning.io.jackson.PlanningJson;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonReaderTest {

  private static byte[] join(byte[] first, byte[] second) {
    byte[] joined = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }

  private static List<RowRecord> readLeniently(String rows) {
    String json =
        "{\"format\": \"planning-plan/1\", \"title\": \"T\", \"period\": \"2021-2025\",\n"
            + "\"rows\": [\n"
            + rows
            + "\n]}";
    ReadOptions options = ReadOptions.of("plan.json").withMode(ReadMode.LENIENT);
    try (PlanJsonReader reader =
        PlanJsonReader.open(new ByteArrayInputStream(json.getBytes(UTF_8)), options)) {
      List<RowRecord> records = new java.util.ArrayList<>();
      reader.forEachRemaining(records::add);
      return records;
    }
  }

  @Test
  void yearlyTargets_areReadAsValuesByYear() {
    List<RowRecord> records =
        readLeniently(
            "{\"code\": \"a\", \"name\": \"A\", \"baseYear\": 2020, "
                + "\"yearlyTargets\": {\"2022\": \"6%左右\", "
                + "\"2021\": {\"text\": \"[3]\", \"cumulative\": true}, \"2024\": null}}");
    RowRecord record = records.get(0);
    assertThat(record.problems()).isEmpty();
    assertThat(record.row().orElseThrow().yearlyTargets())
        .containsOnlyKeys(2021, 2022)
        .containsEntry(2022, PlanValue.parse("6%左右"))
        .containsEntry(2021, PlanValue.parse("[3]"));
  }

  @Test
  void badYearlyTargets_areLocatedProblems_andTheirTextIsKept() {
    List<RowRecord> records =
        readLeniently(
            "{\"code\": \"a\", \"name\": \"A\", \"baseYear\": 2020, \"yearlyTargets\": {"
                + "\"二〇二二\": \"1\", \"2023\": \"9.5%%\", \"2019\": \"2\", "
                + "\"2024\": {\"text\": \"7\", \"amount\": 8}, \"2025\": \"4\"}}");
    RowRecord record = records.get(0);
    assertThat(record.problems())
        .extracting(Problem::text, Problem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "二〇二二",
                "a yearly target's year: expected a year of four digits from 1000 to 9999, such as"
                    + " 2025"),
            org.assertj.core.groups.Tuple.tuple(
                "9.5%%", "not a valid value: at index 4, unexpected '%'"),
            org.assertj.core.groups.Tuple.tuple(
                "2", "Row 'a': the yearly target of 2019 must come after the base year 2020"),
            org.assertj.core.groups.Tuple.tuple(
                "7", "the typed field amount (8) disagrees with the text, which reads 7"));
    assertThat(record.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
    assertThat(record.row().orElseThrow().yearlyTargets()).containsOnlyKeys(2025);
    assertThat(record.extra())
        .containsEntry("2023年目标", "9.5%%")
        .containsEntry("2019年目标", "2")
        .containsEntry("2024年目标", "7");
  }

  @Test
  void yearlyTargetsThatAreNotAnObject_areAProblem() {
    List<RowRecord> records =
        readLeniently("{\"code\": \"a\", \"name\": \"A\", \"yearlyTargets\": [\"1\"]}");
    assertThat(records.get(0).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("an object of values by year"));
  }

  @Test
  void cellsOfTheWrongType_keepTheirRawText() {
    List<RowRecord> records =
        readLeniently(
            "{\"code\": \"a\", \"name\": \"A\", "
                + "\"baseYear\": \"二〇二〇\", \"base\": 12, "
                + "\"target\": {\"text\": \"[9]以上\", \"amount\": 10}}");

    assertThat(records)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.invalidCells())
                  .containsEntry(RowField.BASE_YEAR, "二〇二〇")
                  .containsEntry(RowField.BASE, "12")
                  .containsEntry(RowField.TARGET, "[9]以上");
              assertThat(record.problems())
                  .extracting(Problem::reason)
                  .anySatisfy(
                      reason ->
                          assertThat(reason).contains("the typed field amount (10) disagrees"));
            });
  }

  @Test
  void aValueObject_isReadOnceWhateverTheOrderOfItsFields() {
    List<RowRecord> records =
        readLeniently(
            "{\"code\": \"a\", \"name\": \"A\", "
                + "\"target\": {\"amount\": 9, \"cumulative\": true, \"text\": \"[9]以上\"}, "
                + "\"base\": {\"text\": \"752.8\", \"amount\": 752.80}}");

    RowRecord record = records.get(0);
    assertThat(record.problems()).isEmpty();
    assertThat(record.row())
        .get()
        .satisfies(
            row -> {
              assertThat(row.target()).contains(PlanValue.parse("[9]以上"));
              assertThat(row.base()).contains(PlanValue.parse("752.8"));
            });
  }

  @Test
  void aValueObjectWithTwoTexts_isAnErrorAtTheSecond() {
    String json =
        "{\"format\": \"planning-plan/1\", \"title\": \"T\", \"period\": \"2021-2025\",\n"
            + "\"rows\": [\n{\"code\": \"a\", \"name\": \"A\", "
            + "\"target\": {\"text\": \"9\", \"amount\": 9, \"text\": \"9.5%%\"}}]}";
    ReadOptions options = ReadOptions.of("plan.json").withMode(ReadMode.LENIENT);
    try (PlanJsonReader reader =
        PlanJsonReader.open(new ByteArrayInputStream(json.getBytes(UTF_8)), options)) {
      reader.forEachRemaining(record -> {});
      assertThat(reader.problems())
          .singleElement()
          .satisfies(
              problem -> {
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.column()).isEqualTo(71);
                assertThat(problem.reason()).contains("Duplicate Object property \"text\"");
              });
    }
  }

  /**
   * A document with problems after Chinese text and characters outside the BMP on their lines, a
   * row longer than the bytes kept by default, a parent reported after many rows, and its {@code
   * tail} at the end.
   */
  private static String documentWithProblems(String tail) {
    StringBuilder rows = new StringBuilder();
    rows.append(
        "    {\"code\": \"p\", \"name\": \"地区生产总值𠀀\", \"parent\": \"无此代码\", "
            + "\"base\": \"7.5.2\"},\n");
    rows.append(
        "    {\"code\": \"a\", \"name\": \"常住人口城镇化率\", "
            + "\"target\": {\"text\": \"[9]以上\", \"amount\": 10}, \"baseYear\": \"二〇二〇\"},\n");
    rows.append(
        "    {\"code\": \"a\", \"name\": \"名\\u0001\", \"名称\": 1, " + "\"extra\": {\"备注\": 1}},\n");
    rows.append("    {\"code\": \"long\", \"name\": \"很长\", \"note\": \"")
        .append("说明".repeat(40_000))
        .append("\", \"target\": \"≤≤3\"},\n");
    for (int i = 0; i < 1500; i++) {
      rows.append("    {\"code\": \"r")
          .append(i)
          .append("\", \"name\": \"指标")
          .append(i)
          .append("\", \"unit\": \"亿元\", \"target\": \"[5]以上\"},\n");
    }
    rows.append(
        "    {\"code\": \"z\", \"name\": \"最后\", \"target\": \"9.5%左右\", " + "\"base\": \"下降\"}");
    return "{\n  \"format\": \"planning-plan/1\",\n  \"title\": \"主要指标\", \"period\": \"某年\",\n"
        + "  \"rows\": [\n"
        + rows
        + "\n  ]"
        + tail;
  }

  static java.util.stream.Stream<String> documentsWithProblems() {
    String lines = documentWithProblems(",\n  \"notes\": [\"注\", 1]\n}\n");
    return java.util.stream.Stream.of(
        lines,
        lines.replace("\n", "\r\n"),
        lines.replace("\n", "\r"),
        lines.replace("\n", ""),
        documentWithProblems("\n}\n 多余"),
        documentWithProblems("\n}\n [\"多余\"]"),
        documentWithProblems(",\n  \"备注\" \"缺逗号\"}"),
        documentWithProblems("").replace("\n", ""),
        documentWithProblems(",\n  \"notes\": [\"注\"]}").substring(0, 150_000));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("documentsWithProblems")
  void bytesAndCharacters_giveTheSameRecordsAndProblems(String document) {
    ReadOptions options = ReadOptions.of("plan.json").withMode(ReadMode.LENIENT);
    List<RowRecord> fromBytes = new java.util.ArrayList<>();
    List<RowRecord> fromChars = new java.util.ArrayList<>();
    List<Problem> problems;
    try (PlanJsonReader reader =
        PlanJsonReader.open(new ByteArrayInputStream(document.getBytes(UTF_8)), options)) {
      reader.forEachRemaining(fromBytes::add);
      problems = reader.problems();
    }
    try (PlanJsonReader reader = PlanJsonReader.open(new java.io.StringReader(document), options)) {
      reader.forEachRemaining(fromChars::add);
      assertThat(problems).isEqualTo(reader.problems());
    }

    // compared one by one: a record holds a note of 80,000 characters
    assertThat(fromBytes).hasSameSizeAs(fromChars);
    for (int i = 0; i < fromBytes.size(); i++) {
      assertThat(fromBytes.get(i).equals(fromChars.get(i))).as("record %d", i).isTrue();
    }
    assertThat(problems)
        .hasSizeGreaterThanOrEqualTo(9)
        .anySatisfy(p -> assertThat(p.reason()).contains("the parent '无此代码'"))
        .anySatisfy(p -> assertThat(p.text()).isEqualTo("≤≤3"))
        .allSatisfy(p -> assertThat(p.column()).isPositive());
  }

  @Test
  void
      aByteThatIsNotUtf8_afterTheFirstMegabyte_makesItsCellInvalid_atItsPlace_andTheRowsAfterItAreRead() {
    StringBuilder rows = new StringBuilder("{\"format\": \"planning-plan/1\", \"rows\": [\n");
    int count = 25_000;
    for (int i = 0; i < count; i++) {
      rows.append("{\"code\": \"a").append(i).append("\", \"name\": \"指标甲乙丙丁\"},\n");
    }
    byte[] head = rows.append("{\"code\": \"b\", \"name\": \"指标").toString().getBytes(UTF_8);
    assertThat(head.length).isGreaterThan(1 << 20);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xE4;
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = '}';
    bytes = join(bytes, ",\n{\"code\": \"c\", \"name\": \"之后\"}]}".getBytes(UTF_8));
    ReadOptions options = ReadOptions.of("plan.json").withMode(ReadMode.LENIENT);

    try (PlanJsonReader reader = PlanJsonReader.open(new ByteArrayInputStream(bytes), options)) {
      List<RowRecord> records = new java.util.ArrayList<>();
      reader.forEachRemaining(records::add);

      assertThat(records).hasSize(count + 2);
      RowRecord bad = records.get(count);
      assertThat(bad.invalidCells()).containsEntry(RowField.NAME, "指标\uFFFD");
      assertThat(records.get(count + 1).row().orElseThrow().indicator().name()).isEqualTo("之后");
      assertThat(bad.row().orElseThrow().indicator().name()).isEqualTo("指标\uFFFD");
      assertThat(reader.problems())
          .hasSize(1)
          .anySatisfy(
              problem -> {
                assertThat(problem.reason())
                    .startsWith("byte " + head.length + " (0xE4) is not valid UTF-8 (")
                    .contains("the cell is invalid");
                assertThat(problem.text()).isEqualTo("指标\uFFFD");
                assertThat(problem.line()).isEqualTo(count + 2);
                // after {"code": "b", "name": "指标
                assertThat(problem.column()).isEqualTo(26);
              })
          .noneSatisfy(problem -> assertThat(problem.reason()).isEqualTo("a row needs a name"));
      assertThat(bad.problems()).isEqualTo(reader.problems());
    }
  }

  @Test
  void aGb18030Document_isDetectedAndRead() {
    String json =
        "{\"format\": \"planning-plan/1\", \"title\": \"主要指标\",\n\"rows\": [\n"
            + "{\"code\": \"a\", \"name\": \"地区生产总值\", \"unit\": \"亿元\", \"base\": \"752.8\"}]}";

    try (PlanJsonReader reader =
        PlanJsonReader.open(
            new ByteArrayInputStream(json.getBytes(Encodings.GB18030)),
            ReadOptions.of("plan.json"))) {
      RowRecord record = reader.next();

      assertThat(reader.title()).contains("主要指标");
      assertThat(record.row().orElseThrow().indicator().publishedName()).isEqualTo("地区生产总值");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void aBadByteInTheFirstMegabyte_isPlacedAtItsLineAndCharacterColumn() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "{\"format\": \"planning-plan/1\",\r\n\"title\": \"主要X\"}".getBytes(UTF_8);
    int bad = indexOf(text, (byte) 'X');
    text[bad] = (byte) 0xFF;
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(text, 0, withBom, 3, text.length);
    ReadOptions options = ReadOptions.of("plan.json");

    assertThatThrownBy(() -> PlanJsonReader.open(new ByteArrayInputStream(withBom), options))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining("plan.json:2:13: byte " + (bad + 3) + " (0xFF) is not valid UTF-8");
    assertThatThrownBy(() -> PlanJsonReader.open(new ByteArrayInputStream(text), options))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining(
            "plan.json:2:13: byte " + bad + " (0xFF) is neither UTF-8 nor GB18030");
  }

  @Test
  void everyPlanField_survivesInAnyOrder_beforeOrAfterTheRows_andWrittenBack() {
    String json =
        "{\"format\": \"planning-plan/1\",\n\"rows\": [\n"
            + "{\"code\": \"a\", \"name\": \"A\", \"baseYear\": 2020, \"base\": \"1\"}],\n"
            + "\"notes\": [\"N1\", \"N2\"], \"period\": \"2016-2020\", \"region\": \"R\", "
            + "\"title\": \"T\"}";
    ReadOptions options = ReadOptions.of("plan.json");

    io.github.planning.core.Plan plan =
        PlanJsonReader.open(new ByteArrayInputStream(json.getBytes(UTF_8)), options).readPlan();
    io.github.planning.core.Plan viaMapper =
        PlanningJson.mapper().readValue(json, io.github.planning.core.Plan.class);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    PlanJsonWriter.write(plan, out);
    io.github.planning.core.Plan back =
        PlanJsonReader.open(new ByteArrayInputStream(out.toByteArray()), options).readPlan();

    for (io.github.planning.core.Plan p : List.of(plan, viaMapper, back)) {
      assertThat(p.title()).isEqualTo("T");
      assertThat(p.region()).contains("R");
      assertThat(p.period()).isEqualTo(io.github.planning.core.PlanPeriod.of(2016, 2020));
      assertThat(p.notes()).containsExactly("N1", "N2");
      assertThat(p.rows()).hasSize(1);
    }
  }

  @Test
  void aDuplicateKey_orASecondRowsArray_isAnError_notALoss() {
    String head =
        "{\"format\": \"planning-plan/1\", \"title\": \"T\", \"period\": \"2021-2025\",\n";
    for (String json :
        List.of(
            head + "\"rows\": [{\"code\": \"a\", \"name\": \"FIRST\", \"name\": \"SECOND\"}]}",
            head + "\"title\": \"U\", \"rows\": []}",
            head
                + "\"rows\": [{\"code\": \"a\", \"name\": \"A\"}],\n\"rows\": [{\"code\": \"b\", "
                + "\"name\": \"B\"}]}")) {
      assertThatThrownBy(
              () ->
                  PlanJsonReader.open(
                          new ByteArrayInputStream(json.getBytes(UTF_8)),
                          ReadOptions.of("plan.json"))
                      .readPlan())
          .isInstanceOfSatisfying(
              PlanningReadException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .satisfies(
                          problem -> {
                            assertThat(problem.line())
                                .isEqualTo(json.contains("\n\"rows\": [{\"code\": \"b") ? 3 : 2);
                            assertThat(problem.reason())
                                .containsAnyOf("Duplicate", "a second rows array");
                          }));
    }
    assertThatThrownBy(
            () -> PlanningJson.mapper().readValue("{\"a\": 1, \"a\": 2}", java.util.Map.class))
        .hasMessageContaining("Duplicate");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError();
  }
}

package io.github.planning.benchmarks;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Indicator;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the JSON document of N rows into the model ({@code typed}) against a tree ({@code tree}),
 * with two reference points: the model built from the same document with no checks, from Jackson's
 * UTF-8 byte parser, as the reader reads UTF-8 ({@code modelOnlyBytes}), and from characters
 * decoded by the JDK, as it reads other encodings ({@code modelOnlyChars}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonReadBenchmark {

  @Param({"1000"})
  public int rows;

  private byte[] json;
  private final JsonMapper tree = JsonMapper.builder().build();

  @Setup
  public void setUp() {
    json = Rows.json(Rows.plan(rows));
  }

  /** The library. */
  @Benchmark
  public void typed(Blackhole hole) {
    try (PlanJsonReader reader =
        PlanJsonReader.open(new ByteArrayInputStream(json), ReadOptions.of("bench.json"))) {
      reader.forEachRemaining(hole::consume);
    }
  }

  /**
   * A reference point, not a reader: the rows built into the model from Jackson's UTF-8 byte parser
   * with the calls a typed read makes, but without checks of the typed fields, places, problems or
   * the index of codes.
   */
  @Benchmark
  public void modelOnlyBytes(Blackhole hole) {
    try (JsonParser parser = tree.createParser(json)) {
      modelRows(parser, hole);
    }
  }

  /** As {@link #modelOnlyBytes}, from characters decoded by the JDK's UTF-8 decoder. */
  @Benchmark
  public void modelOnlyChars(Blackhole hole) {
    try (JsonParser parser =
        tree.createParser(
            new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8))) {
      modelRows(parser, hole);
    }
  }

  private static void modelRows(JsonParser parser, Blackhole hole) {
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("rows")) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          hole.consume(modelRow(parser));
        }
      }
    }
  }

  private static PlanRow modelRow(JsonParser parser) {
    Indicator.Builder indicator = Indicator.builder();
    PlanRow.Builder row = PlanRow.builder();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "code" -> indicator.code(parser.getString());
        case "category" -> indicator.category(parser.getString());
        case "seq" -> indicator.sequence(parser.getString());
        case "name" -> indicator.publishedName(parser.getString());
        case "unit" -> indicator.unit(Unit.parse(parser.getString()));
        case "note" -> indicator.note(parser.getString());
        case "baseYear" -> row.baseYear(parser.getIntValue());
        case "targetYear" -> row.targetYear(parser.getIntValue());
        case "base" -> row.base(value(parser));
        case "target" -> row.target(value(parser));
        case "targetGrowth" -> row.targetGrowth(value(parser));
        default -> parser.skipChildren();
      }
    }
    return row.indicator(indicator.build()).build();
  }

  /** The value object's text, read; its typed fields are read but not compared with it. */
  private static PlanValue value(JsonParser parser) {
    PlanValue value = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      if (name.equals("text")) {
        value = PlanValue.parse(parser.getString());
      } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        parser.getDecimalValue();
      } else if (token == JsonToken.VALUE_STRING) {
        parser.getString();
      }
    }
    return requireNonNull(value, "a value object has a text");
  }

  /** The floor: the same bytes into a Jackson tree. */
  @Benchmark
  public JsonNode tree() {
    return tree.readTree(json);
  }
}

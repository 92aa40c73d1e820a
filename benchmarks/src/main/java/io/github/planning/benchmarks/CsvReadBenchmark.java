package io.github.planning.benchmarks;

import io.github.planning.core.Indicator;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowField;
import io.github.planning.io.RowRecord;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reading N CSV rows into the model ({@code typed}) against raw Jackson CSV rows ({@code raw}), the
 * floor, and against {@code peer}: what a user would write instead, Jackson's {@code CsvMapper}
 * binding rows to a class of strings and a regular expression reading the figures into {@code
 * BigDecimal}. Between them {@code modelOnly}, the model built from the floor's tokens with no
 * checks, and {@code typedWithoutCrossRowChecks}, the library without its index of codes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvReadBenchmark {

  @Param({"1000"})
  public int rows;

  private byte[] csv;
  private final CsvMapper raw = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
  private final CsvMapper peer =
      CsvMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private final ReadOptions options =
      ReadOptions.builder()
          .source("bench.csv")
          .period(PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN)
          .build();
  private final ReadOptions withoutCrossRowChecks =
      ReadOptions.builder().from(options).crossRowChecks(false).build();

  @Setup
  public void setUp() {
    csv = Rows.csv(Rows.plan(rows));
  }

  /** The library: rows typed into the model. */
  @Benchmark
  public void typed(Blackhole hole) {
    try (PlanCsvReader reader = PlanCsvReader.open(new ByteArrayInputStream(csv), options)) {
      while (reader.hasNext()) {
        RowRecord record = reader.next();
        hole.consume(record);
      }
    }
  }

  /**
   * A reference point: the library without the checks across rows (duplicate codes, parents), which
   * keep an index of every code read.
   */
  @Benchmark
  public void typedWithoutCrossRowChecks(Blackhole hole) {
    try (PlanCsvReader reader =
        PlanCsvReader.open(new ByteArrayInputStream(csv), withoutCrossRowChecks)) {
      while (reader.hasNext()) {
        hole.consume(reader.next());
      }
    }
  }

  /**
   * A reference point, not a reader: the floor's tokens built into the model with the same calls a
   * typed read makes ({@code PlanValue.parse}, {@code Unit.parse}, the builders), but without
   * encoding detection, checks, places, problems or the index of codes. What typing alone costs.
   */
  @Benchmark
  public void modelOnly(Blackhole hole) {
    try (JsonParser parser =
        raw.reader()
            .with(CsvSchema.emptySchema())
            .createParser(
                new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
      parser.nextToken();
      RowField[] columns = null;
      String[] row = new String[32];
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        int count = 0;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          row[count++ & 31] = parser.getString();
        }
        if (columns == null) {
          columns = columns(row, count);
        } else {
          hole.consume(modelRow(columns, row, count));
        }
      }
    }
  }

  private static RowField[] columns(String[] headings, int count) {
    RowField[] columns = new RowField[count];
    for (int i = 0; i < count; i++) {
      for (RowField column : RowField.values()) {
        if (column.csvHeading().equals(headings[i])) {
          columns[i] = column;
        }
      }
    }
    return columns;
  }

  private static PlanRow modelRow(RowField[] columns, String[] cells, int count) {
    Indicator.Builder indicator = Indicator.builder();
    PlanRow.Builder row = PlanRow.builder();
    for (int i = 0; i < count; i++) {
      String text = cells[i];
      if (text.isEmpty() || columns[i] == null) {
        continue;
      }
      switch (columns[i]) {
        case CODE -> indicator.code(text);
        case CATEGORY -> indicator.category(text);
        case SEQ -> indicator.sequence(text);
        case NAME -> indicator.publishedName(text);
        case UNIT -> indicator.unit(Unit.parse(text));
        case NOTE -> indicator.note(text);
        case BASE_YEAR -> row.baseYear(Integer.parseInt(text));
        case TARGET_YEAR -> row.targetYear(Integer.parseInt(text));
        case BASE -> row.base(PlanValue.parse(text));
        case TARGET -> row.target(PlanValue.parse(text));
        case TARGET_GROWTH -> row.targetGrowth(PlanValue.parse(text));
        default -> {}
      }
    }
    return row.indicator(indicator.build()).build();
  }

  /**
   * The peer: rows bound by Jackson's {@code CsvMapper} to a class of strings, the years read by
   * {@code Integer.parseInt} and the figures of the three value columns by {@link Peer#figure}. It
   * gives no places, no checks and no reading beyond the first figure of a cell.
   */
  @Benchmark
  public void peer(Blackhole hole) {
    try (MappingIterator<Peer.Row> it =
        peer.readerFor(Peer.Row.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(new ByteArrayInputStream(csv))) {
      while (it.hasNext()) {
        hole.consume(Peer.typed(it.next()));
      }
    }
  }

  /** The floor: the same bytes decoded and tokenized by Jackson into String[] rows. */
  @Benchmark
  public void raw(Blackhole hole) {
    try (JsonParser parser =
        raw.reader()
            .with(CsvSchema.emptySchema())
            .createParser(
                new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
      parser.nextToken();
      String[] row = new String[32];
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        int i = 0;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          row[i++ & 31] = parser.getString();
        }
        hole.consume(row);
      }
    }
  }
}

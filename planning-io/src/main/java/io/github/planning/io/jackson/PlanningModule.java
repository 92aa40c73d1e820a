package io.github.planning.io.jackson;

import io.github.planning.analysis.Severity;
import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Change;
import io.github.planning.core.Direction;
import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PlanValueParseException;
import io.github.planning.core.Relation;
import io.github.planning.core.Unit;
import io.github.planning.core.ValueKind;
import io.github.planning.io.CsvColumn;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowRecord;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowAssembler;
import io.github.planning.io.internal.RowCells;
import io.github.planning.progress.ProgressStatus;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that lets applications put planning types in their own JSON: {@link PlanValue}
 * (an object with its text and typed reading, or read from the bare text), {@link Unit} and {@link
 * PlanPeriod} (their text), {@link PlanRow}, {@link Plan} (a {@value PlanningJson#PLAN_FORMAT}
 * document) and {@link Observation}; the enums of the model read from their constant, English or
 * Chinese names.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PlanningModule()).build();
 * record Report(String district, PlanValue target) {}
 * mapper.readValue("{\"district\":\"吴兴\",\"target\":\"[9]以上\"}", Report.class);
 * }</pre>
 *
 * <p>Found by {@code ServiceLoader} as a {@code tools.jackson.databind.JacksonModule}. No
 * polymorphic typing is used. Errors keep the library's message and Jackson's location.
 */
public final class PlanningModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public PlanningModule() {
    super("planning", Version.unknownVersion());
    addSerializer(PlanValue.class, serializer(PlanValue.class, JsonCodec::writeValue));
    addDeserializer(PlanValue.class, new Reading<>(PlanValue.class, PlanningModule::readValue));
    addSerializer(Unit.class, serializer(Unit.class, (g, u) -> g.writeString(u.symbol())));
    addDeserializer(Unit.class, text(Unit.class, Unit::parse));
    addSerializer(
        PlanPeriod.class, serializer(PlanPeriod.class, (g, p) -> g.writeString(p.toString())));
    addDeserializer(PlanPeriod.class, text(PlanPeriod.class, PlanPeriod::parse));
    addSerializer(
        PlanRow.class,
        serializer(PlanRow.class, (g, r) -> JsonCodec.writeRow(g, r, Map.of(), Map.of())));
    addDeserializer(PlanRow.class, new Reading<>(PlanRow.class, PlanningModule::readRow));
    addSerializer(Observation.class, serializer(Observation.class, JsonCodec::writeObservation));
    addDeserializer(
        Observation.class, new Reading<>(Observation.class, PlanningModule::readObservation));
    addSerializer(Plan.class, serializer(Plan.class, PlanningModule::writePlan));
    addDeserializer(Plan.class, new Reading<>(Plan.class, PlanningModule::readPlan));
    labelled(Attribute.class, Attribute::parse);
    labelled(Direction.class, Direction::parse);
    labelled(Assessment.class, Assessment::parse);
    labelled(ObservationStatus.class, ObservationStatus::parse);
    labelled(AdministrativeLevel.class, AdministrativeLevel::parse);
    labelled(Relation.class, Relation::parse);
    labelled(Change.class, Change::parse);
    labelled(ValueKind.class, ValueKind::parse);
    labelled(Severity.class, Severity::parse);
    labelled(ProgressStatus.class, ProgressStatus::parse);
  }

  private <E> void labelled(Class<E> type, Function<CharSequence, E> parse) {
    addDeserializer(type, text(type, parse::apply));
  }

  private static <T> ValueSerializer<T> serializer(
      Class<T> type, java.util.function.BiConsumer<JsonGenerator, T> write) {
    return new ValueSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        write.accept(g, value);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    };
  }

  private static <T> ValueDeserializer<T> text(Class<T> type, Function<String, T> parse) {
    return new Reading<>(
        type,
        p -> {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw DatabindException.from(
                p, "a " + type.getSimpleName() + " is written as a string");
          }
          try {
            return parse.apply(p.getString());
          } catch (IllegalArgumentException e) {
            throw DatabindException.from(p, e.getMessage(), e);
          }
        });
  }

  /** A deserializer from a function of the parser. */
  private static final class Reading<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<JsonParser, T> read;

    Reading(Class<T> type, Function<JsonParser, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return read.apply(p);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static Problems strict(JsonParser p) {
    return new Problems("JSON", 10);
  }

  private static void throwFirst(JsonParser p, Problems problems) {
    if (problems.size() > 0) {
      Problem first = problems.all().get(0);
      throw DatabindException.from(p, first.toString());
    }
  }

  private static PlanValue readValue(JsonParser p) {
    Problems problems = strict(p);
    RowCells cells = new RowCells(); // a value alone is read as a row's target would be
    JsonCodec.readValue(p, problems, "value", JsonCodec.location(p), cells, CsvColumn.TARGET);
    throwFirst(p, problems);
    if (cells.reading(CsvColumn.TARGET) != null) {
      return cells.reading(CsvColumn.TARGET);
    }
    try {
      return PlanValue.parse(cells.text(CsvColumn.TARGET));
    } catch (PlanValueParseException e) {
      throw DatabindException.from(p, e.getMessage(), e);
    }
  }

  private static PlanRow readRow(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw DatabindException.from(p, "a plan row is written as an object");
    }
    Problems problems = strict(p);
    RowRecord record =
        JsonCodec.readRow(p, problems, new RowAssembler(problems, false), new RowCells());
    throwFirst(p, problems);
    return record.row().orElseThrow();
  }

  private static Observation readObservation(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw DatabindException.from(p, "an observation is written as an object");
    }
    Problems problems = strict(p);
    java.util.Optional<Observation> o = JsonCodec.readObservation(p, problems);
    throwFirst(p, problems);
    return o.orElseThrow();
  }

  private static Plan readPlan(JsonParser p) {
    PlanJsonReader reader = PlanJsonReader.open(p, ReadOptions.of("JSON"));
    try {
      return reader.readPlan();
    } catch (PlanningReadException e) {
      throw DatabindException.from(p, e.problems().get(0).toString(), e);
    }
  }

  private static void writePlan(JsonGenerator g, Plan plan) {
    g.writeStartObject();
    g.writeStringProperty("format", PlanningJson.PLAN_FORMAT);
    g.writeStringProperty("title", plan.title());
    plan.region().ifPresent(r -> g.writeStringProperty("region", r));
    g.writeStringProperty("period", plan.period().toString());
    if (!plan.notes().isEmpty()) {
      g.writeName("notes");
      g.writeStartArray();
      plan.notes().forEach(g::writeString);
      g.writeEndArray();
    }
    g.writeName("rows");
    g.writeStartArray();
    plan.rows().forEach(row -> JsonCodec.writeRow(g, row, Map.of(), Map.of()));
    g.writeEndArray();
    g.writeEndObject();
  }
}

package io.github.planning.io.jackson;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.io.WireSpelling;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that lets applications put planning types in their own JSON, each in the wire
 * format of the library's documents.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PlanningModule()).build();
 * record Report(String district, PlanValue target, Map<PlanPeriod, Unit> units) {}
 * mapper.readValue("{\"district\":\"吴兴\",\"target\":\"[9]以上\",\"units\":{\"十四五\":\"%\"}}",
 *     Report.class);
 * }</pre>
 *
 * <table>
 *   <caption>What the module writes and reads</caption>
 *   <tr><th>Type</th><th>Serializer</th><th>Deserializer</th><th>JSON</th></tr>
 *   <tr><td>{@link PlanValue}</td><td>{@link PlanValueSerializer}</td>
 *       <td>{@link PlanValueDeserializer}</td><td>an object with its text and typed reading;
 *       read from the bare text too</td></tr>
 *   <tr><td>{@link Unit}</td><td>{@link UnitSerializer}, {@link UnitKeySerializer}</td>
 *       <td>{@link UnitDeserializer}, {@link UnitKeyDeserializer}</td><td>its symbol</td></tr>
 *   <tr><td>{@link PlanPeriod}</td><td>{@link PlanPeriodSerializer}, {@link
 *       PlanPeriodKeySerializer}</td><td>{@link PlanPeriodDeserializer}, {@link
 *       PlanPeriodKeyDeserializer}</td><td>its text, {@code 十四五} or {@code 2021-2025}</td></tr>
 *   <tr><td>{@link PlanRow}</td><td>{@link PlanRowSerializer}</td>
 *       <td>{@link PlanRowDeserializer}</td><td>a row of a plan document; it needs a code</td></tr>
 *   <tr><td>{@link Observation}</td><td>{@link ObservationSerializer}</td>
 *       <td>{@link ObservationDeserializer}</td><td>an observation of a series document</td></tr>
 *   <tr><td>{@link Plan}</td><td>{@link PlanSerializer}</td><td>{@link PlanDeserializer}</td>
 *       <td>a {@value PlanningJson#PLAN_FORMAT} document</td></tr>
 *   <tr><td>the enums of {@link WireSpelling#types()}</td><td>{@link
 *       LabelledEnumSerializer}</td><td>{@link LabelledEnumDeserializer}</td><td>the constant's
 *       name; read also from its English name and Chinese label</td></tr>
 * </table>
 *
 * <p>Found by {@code ServiceLoader} as a {@code tools.jackson.databind.JacksonModule}; its {@link
 * #version()} is planning-io's ({@link PackageVersion}). No polymorphic typing is used. Errors are
 * reported through the {@code DeserializationContext}, so a mapper's problem handlers see them,
 * with the library's message and Jackson's location. Nothing is made up: a row without a code is an
 * error.
 */
public final class PlanningModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public PlanningModule() {
    super("planning", PackageVersion.VERSION);
    addSerializer(PlanValue.class, new PlanValueSerializer());
    addDeserializer(PlanValue.class, new PlanValueDeserializer());
    addSerializer(Unit.class, new UnitSerializer());
    addDeserializer(Unit.class, new UnitDeserializer());
    addKeySerializer(Unit.class, new UnitKeySerializer());
    addKeyDeserializer(Unit.class, new UnitKeyDeserializer());
    addSerializer(PlanPeriod.class, new PlanPeriodSerializer());
    addDeserializer(PlanPeriod.class, new PlanPeriodDeserializer());
    addKeySerializer(PlanPeriod.class, new PlanPeriodKeySerializer());
    addKeyDeserializer(PlanPeriod.class, new PlanPeriodKeyDeserializer());
    addSerializer(PlanRow.class, new PlanRowSerializer());
    addDeserializer(PlanRow.class, new PlanRowDeserializer());
    addSerializer(Observation.class, new ObservationSerializer());
    addDeserializer(Observation.class, new ObservationDeserializer());
    addSerializer(Plan.class, new PlanSerializer());
    addDeserializer(Plan.class, new PlanDeserializer());
    WireSpelling.types().forEach(this::labelled);
  }

  /** The serializer and deserializer of an enum that goes on the wire. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void labelled(Class<?> type) {
    Class enumType = type.asSubclass(Enum.class);
    addSerializer(enumType, new LabelledEnumSerializer(enumType));
    addDeserializer(enumType, new LabelledEnumDeserializer(enumType));
  }
}

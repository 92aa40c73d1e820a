package io.github.planning.jackson2;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.io.WireSpelling;
import io.github.planning.io.jackson.PlanningModule;

/**
 * A Jackson 2 module that lets applications on Jackson 2 put planning types in their own JSON, in
 * the wire format of planning-io's Jackson 3 {@link PlanningModule}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PlanningJackson2Module());
 * record Report(String district, PlanValue target, Map<PlanPeriod, Unit> units) {}
 * mapper.readValue("{\"district\":\"吴兴\",\"target\":\"≤3.5\"}", Report.class);
 * }</pre>
 *
 * <p>It has the same serializers and deserializers as the Jackson 3 module, by the same names in
 * this package: {@link PlanValueSerializer} and {@link PlanValueDeserializer}, {@link
 * UnitSerializer}, {@link UnitKeySerializer}, {@link UnitDeserializer} and {@link
 * UnitKeyDeserializer}, the same four for {@link PlanPeriod}, those of {@link PlanRow}, {@link
 * Observation} and {@link Plan}, and {@link LabelledEnumSerializer} and {@link
 * LabelledEnumDeserializer} for the enums of {@link WireSpelling#types()}. Values, rows,
 * observations and plans are written and read by the Jackson 3 module, so the two cannot differ;
 * units, periods and enums are read and written here, by the same rules.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()}; its {@link #version()} is
 * planning-jackson2's ({@link PackageVersion}). Errors are reported through the {@code
 * DeserializationContext} with the library's message, placed by Jackson 2 at the value that failed.
 */
public final class PlanningJackson2Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public PlanningJackson2Module() {
    super("planning-jackson2", PackageVersion.VERSION);
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

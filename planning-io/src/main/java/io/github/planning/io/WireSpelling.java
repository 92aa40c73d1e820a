package io.github.planning.io;

import io.github.planning.analysis.Severity;
import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Change;
import io.github.planning.core.Direction;
import io.github.planning.core.Labelled;
import io.github.planning.core.Measure;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.Relation;
import io.github.planning.core.ValueKind;
import io.github.planning.progress.ProgressStatus;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one spelling each enumerated term has on the wire, in CSV cells, JSON documents and the
 * Jackson modules alike: the constant's name.
 *
 * <pre>{@code
 * WireSpelling.of(Attribute.BINDING);                   // "BINDING"
 * WireSpelling.of(Direction.HIGHER_IS_BETTER);          // "HIGHER_IS_BETTER"
 * WireSpelling.read(Attribute.class, "约束性");           // BINDING
 * WireSpelling.read(Direction.class, "higher");         // HIGHER_IS_BETTER
 * }</pre>
 *
 * <p>Writers write only the constant's name, which is also how Jackson writes an enum without a
 * module, and which the JSON Schemas list. Readers accept more, ignoring case and the white space
 * around the text: the constant's name, its English name ({@link Labelled#englishName()}, {@code
 * binding}), its Chinese label as published ({@link Labelled#label()}, {@code 约束性}) and the aliases
 * each enum's {@code parse} documents ({@code 约束}); anything else is an error naming the accepted
 * spellings.
 */
public final class WireSpelling {

  /** The enums that go on the wire, each with the reading of its published spellings. */
  private static final Map<Class<?>, Function<CharSequence, ?>> READERS =
      Map.ofEntries(
          Map.entry(Direction.class, Direction::parse),
          Map.entry(Attribute.class, Attribute::parse),
          Map.entry(Assessment.class, Assessment::parse),
          Map.entry(Measure.class, Measure::parse),
          Map.entry(ObservationStatus.class, ObservationStatus::parse),
          Map.entry(ValueKind.class, ValueKind::parse),
          Map.entry(Relation.class, Relation::parse),
          Map.entry(Change.class, Change::parse),
          Map.entry(AdministrativeLevel.class, AdministrativeLevel::parse),
          Map.entry(Severity.class, Severity::parse),
          Map.entry(ProgressStatus.class, ProgressStatus::parse));

  private WireSpelling() {}

  /** The enums that go on the wire: {@link Direction}, {@link Attribute}, {@link Assessment} …. */
  public static Set<Class<?>> types() {
    return READERS.keySet();
  }

  /** The spelling a writer writes: the constant's name, {@code BINDING}. */
  public static String of(Enum<?> constant) {
    return constant.name();
  }

  /**
   * The constant a text names in any published spelling: {@code read(Attribute.class, "约束性")} is
   * {@link Attribute#BINDING}.
   *
   * @throws IllegalArgumentException naming the text and the accepted spellings when it names none
   *     of the constants, or when the type does not go on the wire
   */
  public static <E extends Enum<E>> E read(Class<E> type, CharSequence text) {
    Function<CharSequence, ?> reader = READERS.get(type);
    if (reader == null) {
      throw new IllegalArgumentException(type.getName() + " is not written on the wire");
    }
    return type.cast(reader.apply(text));
  }
}

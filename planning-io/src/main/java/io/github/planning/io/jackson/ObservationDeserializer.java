package io.github.planning.io.jackson;

import io.github.planning.core.Observation;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.internal.Problems;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link Observation} from an observation object: a code, a year, a value, and optionally
 * a status and a note.
 *
 * <pre>{@code
 * mapper.readValue("{\"code\":\"1\",\"year\":2023,\"value\":1180.5}", Observation.class);
 * }</pre>
 *
 * <p>A missing or ill-typed field is reported through {@link
 * DeserializationContext#reportInputMismatch}.
 */
public final class ObservationDeserializer extends StdDeserializer<Observation> {

  /** Creates the deserializer. */
  public ObservationDeserializer() {
    super(Observation.class);
  }

  @Override
  public Observation deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return (Observation) ctxt.handleUnexpectedToken(Observation.class, p);
    }
    Problems problems = ModuleProblems.problems();
    Optional<Observation> observation = JsonCodec.readObservation(p, problems);
    ModuleProblems.reportFirst(this, ctxt, problems);
    return observation.orElseThrow();
  }
}

package io.github.planning.io.jackson;

import io.github.planning.core.Plan;
import io.github.planning.io.PlanJsonReader;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.ReadOptions;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link Plan} from a {@value PlanningJson#PLAN_FORMAT} document, strictly, as {@link
 * PlanJsonReader} does.
 *
 * <pre>{@code
 * mapper.readValue(json, Plan.class);
 * }</pre>
 *
 * <p>The first problem of the document is reported through {@link
 * DeserializationContext#reportInputMismatch}.
 */
public final class PlanDeserializer extends StdDeserializer<Plan> {

  /** Creates the deserializer. */
  public PlanDeserializer() {
    super(Plan.class);
  }

  @Override
  public Plan deserialize(JsonParser p, DeserializationContext ctxt) {
    PlanJsonReader reader = PlanJsonReader.open(p, ReadOptions.of("JSON"));
    try {
      return reader.readPlan();
    } catch (PlanningReadException e) {
      return ctxt.reportInputMismatch(this, "%s", e.problems().get(0).toString());
    }
  }
}

package io.github.planning.jackson2;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.planning.core.PlanPeriod;
import java.io.IOException;

/**
 * Reads a {@link PlanPeriod} from a JSON property name, by {@code PlanPeriod.parse}, so that a
 * {@code Map<PlanPeriod, …>} written with {@link PlanPeriodKeySerializer} reads back.
 *
 * <pre>{@code
 * mapper.readValue("{\"十四五\":3}", new TypeReference<Map<PlanPeriod, Integer>>() {});
 * }</pre>
 *
 * <p>A name that is not a plan period is reported through {@link
 * DeserializationContext#handleWeirdKey}.
 */
public final class PlanPeriodKeyDeserializer extends KeyDeserializer {

  /** Creates the key deserializer. */
  public PlanPeriodKeyDeserializer() {}

  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
    try {
      return PlanPeriod.parse(key);
    } catch (IllegalArgumentException e) {
      return ctxt.handleWeirdKey(PlanPeriod.class, key, "%s", e.getMessage());
    }
  }
}

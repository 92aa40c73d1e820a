package io.github.planning.jackson2;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.planning.core.Unit;
import java.io.IOException;

/**
 * Reads a {@link Unit} from a JSON property name, by {@code Unit.parse}, so that a {@code Map<Unit,
 * …>} written with {@link UnitKeySerializer} reads back.
 *
 * <pre>{@code
 * mapper.readValue("{\"万吨标准煤\":3}", new TypeReference<Map<Unit, Integer>>() {});
 * }</pre>
 *
 * <p>A name that is not a unit is reported through {@link DeserializationContext#handleWeirdKey}.
 */
public final class UnitKeyDeserializer extends KeyDeserializer {

  /** Creates the key deserializer. */
  public UnitKeyDeserializer() {}

  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
    try {
      return Unit.parse(key);
    } catch (IllegalArgumentException e) {
      return ctxt.handleWeirdKey(Unit.class, key, "%s", e.getMessage());
    }
  }
}

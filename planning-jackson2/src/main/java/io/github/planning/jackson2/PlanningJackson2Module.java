package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.io.jackson.PlanningModule;
import java.io.IOException;
import java.io.StringWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 2 module that lets applications on Jackson 2 put planning types in their own JSON, in
 * the wire format of planning-io's Jackson 3 {@link PlanningModule}: {@link PlanValue} (an object
 * with its text and typed reading, or read from the bare text), {@link Unit} and {@link PlanPeriod}
 * (their text), {@link PlanRow}, {@link Plan} and {@link Observation}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PlanningJackson2Module());
 * record Report(String district, PlanValue target) {}
 * mapper.readValue("{\"district\":\"吴兴\",\"target\":\"≤3.5\"}", Report.class);
 * }</pre>
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()}. Each value is written and read by the
 * Jackson 3 module, so the two cannot differ: its JSON is passed token by token between the two
 * Jackson versions, numbers as their text, so no digit is lost. An error keeps the library's
 * message, placed by Jackson 2 at the value that failed.
 */
public final class PlanningJackson2Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new PlanningModule()).build();
  private static final JsonFactory TEXT = new JsonFactory();

  /** Creates the module. */
  public PlanningJackson2Module() {
    super("planning-jackson2", Version.unknownVersion());
    bridge(PlanValue.class);
    bridge(Unit.class);
    bridge(PlanPeriod.class);
    bridge(Observation.class);
    bridge(PlanRow.class);
    bridge(Plan.class);
  }

  private <T> void bridge(Class<T> type) {
    addSerializer(type, new Writing<>(type));
    addDeserializer(type, new Reading<>(type));
  }

  /** Writes a value as the Jackson 3 module writes it. */
  private static final class Writing<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    Writing(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      String json = JACKSON3.writeValueAsString(value);
      try (JsonParser p = TEXT.createParser(json)) {
        p.nextToken();
        copyValue(p, g);
      }
    }
  }

  /** Reads a value as the Jackson 3 module reads it. */
  private static final class Reading<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    Reading(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      StringWriter json = new StringWriter();
      try (JsonGenerator g = TEXT.createGenerator(json)) {
        copyValue(p, g);
      }
      try {
        return JACKSON3.readValue(json.toString(), type);
      } catch (JacksonException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw JsonMappingException.from(p, e.getOriginalMessage(), cause);
      }
    }
  }

  /**
   * Copies the value at the parser's current token, leaving the parser on its last token; numbers
   * are copied as their text.
   */
  static void copyValue(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    do {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        g.writeNumber(p.getText());
      } else {
        g.copyCurrentEvent(p);
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && p.nextToken() != null);
  }
}

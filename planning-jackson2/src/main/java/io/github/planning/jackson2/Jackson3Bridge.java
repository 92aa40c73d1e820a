package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.planning.io.jackson.PlanningModule;
import java.io.IOException;
import java.io.StringWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing and reading a value by the Jackson 3 module, so that the two modules cannot differ: the
 * value's JSON is passed token by token between the two Jackson versions, numbers as their text, so
 * no digit is lost.
 */
final class Jackson3Bridge {

  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new PlanningModule()).build();
  private static final JsonFactory TEXT = new JsonFactory();

  private Jackson3Bridge() {}

  /** Writes a value as the Jackson 3 module writes it. */
  abstract static class Writing<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    Writing(Class<T> type) {
      super(type);
    }

    @Override
    public final void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      String json = JACKSON3.writeValueAsString(value);
      try (JsonParser p = TEXT.createParser(json)) {
        p.nextToken();
        copyValue(p, g);
      }
    }
  }

  /**
   * Reads a value as the Jackson 3 module reads it; its error is reported through the context with
   * the library's message.
   */
  abstract static class Reading<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    Reading(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      StringWriter json = new StringWriter();
      try (JsonGenerator g = TEXT.createGenerator(json)) {
        copyValue(p, g);
      }
      try {
        return JACKSON3.readValue(json.toString(), type);
      } catch (JacksonException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getOriginalMessage());
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

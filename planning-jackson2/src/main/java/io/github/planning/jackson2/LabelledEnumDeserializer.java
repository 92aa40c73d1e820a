package io.github.planning.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.planning.io.WireSpelling;
import java.io.IOException;

/**
 * Reads an enum of the model from any of its {@linkplain WireSpelling published spellings}: the
 * constant's name, its English name or its Chinese label, as the Jackson 3 module does.
 *
 * <pre>{@code
 * mapper.readValue("\"约束性\"", Attribute.class);   // BINDING
 * }</pre>
 *
 * <p>Any token but a string is reported through {@link
 * DeserializationContext#handleUnexpectedToken}, a text that names no constant through {@link
 * DeserializationContext#handleWeirdStringValue}, with the spellings accepted.
 *
 * @param <E> the enum
 */
public final class LabelledEnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {

  private static final long serialVersionUID = 1L;
  private final Class<E> type;

  /**
   * Creates a deserializer of the constants of {@code type}, one of {@link WireSpelling#types()}.
   */
  public LabelledEnumDeserializer(Class<E> type) {
    super(type);
    this.type = type;
  }

  @Override
  public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(ctxt.handleUnexpectedToken(type, p));
    }
    String text = p.getText();
    try {
      return WireSpelling.read(type, text);
    } catch (IllegalArgumentException e) {
      return type.cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
    }
  }
}

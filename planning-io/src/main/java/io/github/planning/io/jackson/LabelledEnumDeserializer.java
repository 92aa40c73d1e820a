package io.github.planning.io.jackson;

import io.github.planning.io.WireSpelling;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an enum of the model from any of its {@linkplain WireSpelling published spellings}: the
 * constant's name, its English name or its Chinese label.
 *
 * <pre>{@code
 * mapper.readValue("\"约束性\"", Attribute.class);   // BINDING
 * mapper.readValue("\"binding\"", Attribute.class);  // BINDING
 * }</pre>
 *
 * <p>Any token but a string is reported through {@link
 * DeserializationContext#handleUnexpectedToken}, a text that names no constant through {@link
 * DeserializationContext#handleWeirdStringValue}, with the spellings accepted.
 *
 * @param <E> the enum
 */
public final class LabelledEnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {

  private final Class<E> type;

  /**
   * Creates a deserializer of the constants of {@code type}, one of {@link WireSpelling#types()}.
   */
  public LabelledEnumDeserializer(Class<E> type) {
    super(type);
    this.type = type;
  }

  @Override
  public E deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(ctxt.handleUnexpectedToken(type, p));
    }
    String text = p.getString();
    try {
      return WireSpelling.read(type, text);
    } catch (IllegalArgumentException e) {
      return type.cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
    }
  }
}

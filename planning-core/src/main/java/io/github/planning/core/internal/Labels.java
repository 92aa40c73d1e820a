package io.github.planning.core.internal;

import io.github.planning.core.Labelled;
import java.util.Locale;

/** Parsing of {@link Labelled} enum constants from their label, English name or constant name. */
public final class Labels {

  private Labels() {}

  /**
   * Finds the constant whose label, English name, constant name or one of its aliases is {@code
   * text} (case and surrounding white space ignored).
   *
   * @throws IllegalArgumentException naming the text and the accepted values when none matches
   */
  public static <E extends Enum<E> & Labelled> E parse(
      Class<E> type, CharSequence text, String... aliasPairs) {
    if (text == null) {
      throw new NullPointerException(type.getSimpleName() + " text is null");
    }
    String wanted = text.toString().strip();
    for (E constant : type.getEnumConstants()) {
      if (constant.label().equals(wanted)
          || constant.englishName().equalsIgnoreCase(wanted)
          || constant.name().equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    for (int i = 0; i + 1 < aliasPairs.length; i += 2) {
      if (aliasPairs[i].equalsIgnoreCase(wanted)) {
        return Enum.valueOf(type, aliasPairs[i + 1]);
      }
    }
    throw new IllegalArgumentException(
        "Unknown " + describe(type) + " '" + wanted + "'; expected one of " + accepted(type));
  }

  private static String describe(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E> & Labelled> String accepted(Class<E> type) {
    StringBuilder out = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(constant.label()).append(" (").append(constant.englishName()).append(')');
    }
    return out.toString();
  }
}

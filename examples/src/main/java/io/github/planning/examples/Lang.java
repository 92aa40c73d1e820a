package io.github.planning.examples;

import io.github.planning.core.Labelled;
import java.util.Locale;
import picocli.CommandLine;

/** The language of the reports: Chinese first, English on request ({@code --lang en}). */
enum Lang {
  ZH,
  EN;

  /** The word in this language: {@code ZH.of("指标", "indicator")} is 指标. */
  String of(String zh, String en) {
    return this == ZH ? zh : en;
  }

  /** The label of a status or severity: its Chinese label or its English name. */
  String of(Labelled labelled) {
    return this == ZH ? labelled.label() : labelled.englishName();
  }

  /** Reads {@code --lang}. */
  static final class Converter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "zh", "zh-cn", "cn", "中文" -> ZH;
        case "en" -> EN;
        default ->
            throw new CommandLine.TypeConversionException(
                "'" + value + "' is not a language of the reports (expected zh or en)");
      };
    }
  }
}

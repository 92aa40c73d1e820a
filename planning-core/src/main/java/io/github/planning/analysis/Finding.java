package io.github.planning.analysis;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a check noticed in a plan table: a severity, a stable code, the row, and a message in
 * Chinese and in English. Findings are data, never exceptions.
 *
 * <pre>{@code
 * WARNING growth-on-rate [1-2-15] 文化及相关产业增加值占GDP比重: an annual growth rate (8) on a % indicator; check the unit
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /** A finding about a row. */
  public static Finding of(
      Severity severity, String code, String rowCode, String messageZh, String messageEn) {
    return ImmutableFinding.builder()
        .severity(severity)
        .code(code)
        .rowCode(rowCode)
        .messageZh(messageZh)
        .messageEn(messageEn)
        .build();
  }

  /** How serious it is. */
  public abstract Severity severity();

  /** A stable, lower-case code such as {@code growth-mismatch}, for filtering and tests. */
  public abstract String code();

  /** The code of the row it is about. */
  public abstract Optional<String> rowCode();

  /** The message in Chinese. */
  public abstract String messageZh();

  /** The message in English. */
  public abstract String messageEn();

  /** The severity, the code, the row's code in brackets and the English message. */
  @Override
  public String toString() {
    return severity()
        + " "
        + code()
        + rowCode().map(c -> " [" + c + "]").orElse("")
        + " "
        + messageEn();
  }
}

package io.github.planning.io;

import io.github.planning.core.PlanPeriod;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to read an input.
 *
 * <pre>{@code
 * ReadOptions.of("plan.csv")                                   // strict, encoding detected
 * ReadOptions.builder().source("plan.csv").mode(ReadMode.LENIENT)
 *     .encoding(Charset.forName("GB18030")).keepUnknownColumns(true)
 *     .putColumn("考核指标", RowField.NAME).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ReadOptions {

  ReadOptions() {}

  /** Strict reading of the named input, encoding detected. */
  public static ReadOptions of(String source) {
    return builder().source(source).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The input's name used in problems, such as the file name. */
  public abstract String source();

  /** Strict (the default) or lenient. */
  @Value.Default
  public ReadMode mode() {
    return ReadMode.STRICT;
  }

  /**
   * The encoding; when absent, a byte order mark names it (UTF-8, UTF-16LE, UTF-16BE), zero bytes
   * in every other place of the first kilobyte mean UTF-16, and otherwise the first line with a
   * non-ASCII byte decides: UTF-8 if it is valid UTF-8, else GB18030 if it is valid GB18030. A
   * later byte that does not decode in that encoding is a problem at its line and column.
   */
  public abstract Optional<Charset> encoding();

  /** Whether CSV columns the format does not know are kept with their rows instead of refused. */
  @Value.Default
  public boolean keepUnknownColumns() {
    return false;
  }

  /**
   * Whether rows are checked against each other: duplicate codes and parents that are not rows (the
   * default). The check keeps every code, about 20 bytes and its length each; turn it off to stream
   * a file already checked through a small heap (tens of millions of rows).
   */
  @Value.Default
  public boolean crossRowChecks() {
    return true;
  }

  /** How many problems a strict read collects before it stops; 100 by default. */
  @Value.Default
  public int maxProblems() {
    return 100;
  }

  /** The plan's title when the input has none (CSV); the source name by default. */
  public abstract Optional<String> title();

  /** The plan's period when the input does not state it (CSV). */
  public abstract Optional<PlanPeriod> period();

  /** The plan's region when the input does not state it (CSV). */
  public abstract Optional<String> region();

  /**
   * The user's own headings, each with the field of its column: {@code 考核指标 → NAME}, {@code 2019年现状
   * → BASE}. They come before the built-in {@linkplain CsvHeadings vocabulary} and are matched
   * normalised as it is.
   */
  public abstract Map<String, RowField> columns();

  /** A copy in the given mode. */
  public abstract ReadOptions withMode(ReadMode mode);

  @Value.Check
  void check() {
    if (maxProblems() < 1) {
      throw new IllegalStateException("maxProblems (" + maxProblems() + ") must be >= 1");
    }
  }

  /** Builds {@link ReadOptions}; the source is required. */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}

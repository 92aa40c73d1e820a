package io.github.planning.io;

import org.immutables.value.Value;

/**
 * How to write CSV: UTF-8 with the canonical header by default; for Excel, a BOM and the published
 * Chinese headings.
 *
 * <pre>{@code
 * WriteOptions.canonical();
 * WriteOptions.excel();   // BOM + Chinese headings
 * }</pre>
 */
@Value.Immutable
public abstract class WriteOptions {

  WriteOptions() {}

  /** UTF-8 without BOM, canonical header. */
  public static WriteOptions canonical() {
    return builder().build();
  }

  /** UTF-8 with a BOM and the Chinese headings, as Excel opens it. */
  public static WriteOptions excel() {
    return builder().bom(true).chineseHeadings(true).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether to write a UTF-8 byte order mark first. */
  @Value.Default
  public boolean bom() {
    return false;
  }

  /** Whether to write the Chinese headings (分类, 序号, 指标名称 …) instead of the canonical ones. */
  @Value.Default
  public boolean chineseHeadings() {
    return false;
  }

  /** Builds {@link WriteOptions}. */
  public static final class Builder extends ImmutableWriteOptions.Builder {
    Builder() {}
  }
}

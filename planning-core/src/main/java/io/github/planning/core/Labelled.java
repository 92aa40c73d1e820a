package io.github.planning.core;

/**
 * An enumerated term of the planning domain with its published Chinese label and an English name,
 * such as {@code 约束性} / {@code binding}.
 *
 * <p>Every enum of this package implements it, and each has a static {@code parse(CharSequence)}
 * that accepts the Chinese label, the English name or the constant's name, ignoring case and
 * surrounding white space.
 */
public interface Labelled {

  /** The Chinese label as published in plan tables, for example {@code 约束性}. */
  String label();

  /** The English name in lower case, for example {@code binding}. */
  String englishName();
}

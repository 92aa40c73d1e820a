package io.github.planning.io.jackson;

import io.github.planning.io.internal.Problems;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** The problems of one value read through the module, reported through Jackson's context. */
final class ModuleProblems {

  private ModuleProblems() {}

  /** A collector for the problems of one value. */
  static Problems problems() {
    return new Problems("JSON", 10);
  }

  /**
   * Reports the first problem, if any, through {@link DeserializationContext#reportInputMismatch}.
   */
  static void reportFirst(
      ValueDeserializer<?> deserializer, DeserializationContext ctxt, Problems problems) {
    if (problems.size() > 0) {
      ctxt.reportInputMismatch(deserializer, "%s", problems.all().get(0).toString());
    }
  }
}

package io.github.planning.io.sdmx;

/** Reads ids out of SDMX-CSV headings and cells written with or without labels. */
final class SdmxIds {

  private SdmxIds() {}

  /**
   * The id of a heading or coded cell: {@code DIM_1} of {@code DIM_1: Dimension 1}, of {@code
   * ATTR[]} and of {@code ATTR[en;fr]}.
   */
  static String idOf(String text) {
    String id = text.strip();
    int label = id.indexOf(": ");
    if (label >= 0) {
      id = id.substring(0, label);
    }
    int bracket = id.indexOf('[');
    if (bracket >= 0 && id.endsWith("]")) {
      id = id.substring(0, bracket);
    }
    return id;
  }
}

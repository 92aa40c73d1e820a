package io.github.planning.core;

import static io.github.planning.core.NotationCharacters.closingBracket;
import static io.github.planning.core.NotationCharacters.digitValue;
import static io.github.planning.core.NotationCharacters.isSign;
import static io.github.planning.core.NotationCharacters.isSlash;
import static io.github.planning.core.NotationCharacters.isSpace;
import static io.github.planning.core.NotationCharacters.mayStartWord;
import static io.github.planning.core.NotationWords.PREFIX_WORDS;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a cell with one target for each of several indicators, separated by {@code /}: each part is
 * read as a value of its own.
 *
 * <pre>{@code
 * CompoundNotation.separator("<4/<5", 0, 5);                 // 2
 * new CompoundNotation("<4/<5", 0, 5).read().parts();        // [<4, <5]
 * CompoundNotation.separator("120L/d", 0, 6);                // -1: the '/' is in the unit
 * }</pre>
 */
final class CompoundNotation extends NotationCursor {

  /** Reads {@code text} from {@code begin} to {@code end}: the cell without surrounding spaces. */
  CompoundNotation(String text, int begin, int end) {
    super(text, begin, end);
  }

  /**
   * The first {@code /} at or after {@code from} that separates two targets: one with text before
   * it and, after it, what starts a figure expression (a digit, sign, bracket or prefix word), as
   * in {@code <4/<5}; a {@code /} inside a unit ({@code 120L/d}, {@code 吨/万元}) is none. −1 if there
   * is none before {@code end}.
   */
  static int separator(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (isSlash(c) && i > from && startsPart(text, i + 1, end)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsPart(String text, int at, int end) {
    while (at < end && isSpace(text.charAt(at))) {
      at++;
    }
    if (at >= end) {
      return false;
    }
    char c = text.charAt(at);
    return digitValue(c) >= 0
        || isSign(c)
        || closingBracket(c) != 0
        || (mayStartWord(c) && PREFIX_WORDS.indexAt(text, at, end) >= 0);
  }

  /**
   * The compound value of the parts between the separators; an error in a part is reported at its
   * index in the whole text.
   */
  PlanValue read() {
    List<PlanValue> parts = new ArrayList<>();
    Set<NotationWarning> combined = EnumSet.of(NotationWarning.SEVERAL_TARGETS);
    int separator;
    do {
      separator = separator(text, pos, end);
      int to = separator < 0 ? end : separator;
      PlanValue part;
      try {
        part = new NotationScanner(text.substring(pos, to)).scan();
      } catch (PlanValueParseException e) {
        throw error(pos + e.getErrorIndex(), e.getReason());
      }
      parts.add(part);
      combined.addAll(part.warnings());
      pos = to + 1;
    } while (separator >= 0);
    PlanValue reading =
        new PlanValue(
            text, ValueKind.COMPOUND, null, null, null, false, null, null, null, null, null);
    return new PlanValue(reading, combined, parts);
  }
}

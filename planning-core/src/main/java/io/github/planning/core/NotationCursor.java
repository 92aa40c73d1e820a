package io.github.planning.core;

import static io.github.planning.core.NotationCharacters.digitValue;
import static io.github.planning.core.NotationCharacters.isSign;
import static io.github.planning.core.NotationCharacters.isSpace;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A position in the text of a cell, shared by the readers of the notation: it moves over the
 * keywords and spaces written there, collects what the reading assumed about the spelling, and
 * reports a problem at a position.
 *
 * <pre>{@code
 * // a reader of "不低于 6%" at 0
 * matchAny(NotationWords.PREFIX_WORDS);   // the index of 不低于; pos is 3
 * skipSpaces();                           // pos is 4
 * match("6");                             // true; pos is 5
 * error(pos, "expected a unit");          // PlanValueParseException at index 5
 * }</pre>
 *
 * <p>A reader reads from {@link #pos} to {@link #end}, the cell or the part of it that is its
 * concern; {@link #text} is the whole text, which the errors name.
 */
abstract sealed class NotationCursor
    permits NotationScanner, FigureExpression, QualitativeNotation, CompoundNotation {

  final String text;
  int pos;
  int end;

  // What the reading assumed about the spelling; most cells have no warning.
  private Set<NotationWarning> warnings = Set.of();

  NotationCursor(String text, int begin, int end) {
    this.text = text;
    this.pos = begin;
    this.end = end;
  }

  /** Moves over {@code word} if it is written at the position. */
  final boolean match(String word) {
    if (text.startsWith(word, pos) && pos + word.length() <= end) {
      pos += word.length();
      return true;
    }
    return false;
  }

  /** Matches the first of {@code words} found at the position; returns its index or −1. */
  final int matchAny(Keywords words) {
    int word = words.indexAt(text, pos, end);
    if (word >= 0) {
      pos += words.length(word);
    }
    return word;
  }

  final void skipSpaces() {
    while (pos < end && isSpace(text.charAt(pos))) {
      pos++;
    }
  }

  /** Whether a figure, with or without a sign, starts at {@code at}. */
  final boolean startsFigure(int at) {
    if (at < end && isSign(text.charAt(at))) {
      at++;
    }
    return at < end && digitValue(text.charAt(at)) >= 0;
  }

  final void warn(NotationWarning warning) {
    if (warnings.isEmpty()) {
      warnings = EnumSet.of(warning);
    } else {
      warnings.add(warning);
    }
  }

  final Set<NotationWarning> warnings() {
    return warnings;
  }

  /** A value of the text without figures: not applicable, or one of the qualitative kinds. */
  final PlanValue qualitative(
      ValueKind kind,
      @Nullable Relation relation,
      @Nullable AdministrativeLevel level,
      @Nullable String subject) {
    return new PlanValue(text, kind, relation, null, null, false, null, null, level, subject, null);
  }

  // ---------------------------------------------------------------- errors

  final PlanValueParseException unexpected(int at) {
    return error(at, "unexpected " + quote(at));
  }

  final String quote(int at) {
    int cp = text.codePointAt(at);
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  /** A problem at {@code index}, or the first control character of the text if it has one. */
  final PlanValueParseException error(int index, String reason) {
    for (int i = 0; i < text.length(); i++) {
      int cp = text.codePointAt(i);
      if (Character.isISOControl(cp)) {
        return controlCharacter(i, cp);
      }
    }
    return new PlanValueParseException(text, index, reason);
  }

  final PlanValueParseException controlCharacter(int index, int cp) {
    return new PlanValueParseException(text, index, String.format("control character U+%04X", cp));
  }
}

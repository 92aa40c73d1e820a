package io.github.planning.core;

/**
 * Keywords tried in order at a place in a text, such as {@code 下降}, {@code 降低}, {@code 减少}: {@code
 * new Keywords("下降", "降低").indexAt("降低2", 0, 3)} is {@code 1}.
 *
 * <p>A table by the low six bits of the first character gives the keywords that may start at a
 * place, so only those are compared: a miss costs a lookup, however many keywords there are (at
 * most 64).
 */
final class Keywords {

  private static final int MAX_WORDS = Long.SIZE;

  private final char[][] words;
  private final char[] firsts;

  /** For each value of the low six bits of a character, the keywords that start with such a one. */
  private final long[] candidates = new long[64];

  Keywords(String... words) {
    if (words.length > MAX_WORDS) {
      throw new IllegalArgumentException("at most " + MAX_WORDS + " keywords, not " + words.length);
    }
    this.words = new char[words.length][];
    this.firsts = new char[words.length];
    for (int i = 0; i < words.length; i++) {
      this.words[i] = words[i].toCharArray();
      firsts[i] = words[i].charAt(0);
      candidates[words[i].charAt(0) & 63] |= 1L << i;
    }
  }

  /** The index of the first keyword written at {@code at} and ending by {@code end}, or −1. */
  int indexAt(String text, int at, int end) {
    if (at >= end) {
      return -1;
    }
    char c = text.charAt(at);
    for (long bits = candidates[c & 63]; bits != 0; bits &= bits - 1) {
      int i = Long.numberOfTrailingZeros(bits);
      if (firsts[i] == c && restMatches(words[i], text, at, end)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean restMatches(char[] word, String text, int at, int end) {
    if (at + word.length > end) {
      return false;
    }
    for (int k = 1; k < word.length; k++) {
      if (text.charAt(at + k) != word[k]) {
        return false;
      }
    }
    return true;
  }

  /** The length of the keyword at {@code index}. */
  int length(int index) {
    return words[index].length;
  }
}

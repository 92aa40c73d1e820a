package io.github.planning.core;

/**
 * Keywords tried in order at a place in a text, such as {@code 下降}, {@code 降低}, {@code 减少}:
 * {@code new Keywords("下降", "降低").indexAt("降低2", 0, 3)} is {@code 1}.
 *
 * <p>Only the keywords whose first character is at that place are compared, so a miss costs a few
 * character comparisons.
 */
final class Keywords {

  private final char[][] words;
  private final char[] firsts;

  Keywords(String... words) {
    this.words = new char[words.length][];
    this.firsts = new char[words.length];
    for (int i = 0; i < words.length; i++) {
      this.words[i] = words[i].toCharArray();
      firsts[i] = words[i].charAt(0);
    }
  }

  /** The index of the first keyword written at {@code at} and ending by {@code end}, or −1. */
  int indexAt(String text, int at, int end) {
    if (at >= end) {
      return -1;
    }
    char c = text.charAt(at);
    for (int i = 0; i < firsts.length; i++) {
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

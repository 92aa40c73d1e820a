package io.github.planning.io.internal;

import java.util.Arrays;

/**
 * The codes seen in an input and the line of each, exact and compact: the codes' bytes in one arena
 * and an open-addressing table of ints (load factor 0.75), about 20 bytes a code plus the code's
 * length, growing by half at a time so that a reader of a million rows still finds every duplicate
 * in a 64 MB heap.
 *
 * <p>A code is stored as its UTF-16 characters each in one, two or three bytes, as UTF-8 writes a
 * character of the Basic Multilingual Plane; a surrogate is written alone, so that two codes are
 * stored alike only when they are equal, and a code is looked up without allocating.
 */
public final class CodeIndex {

  private byte[] arena = new byte[1 << 12];
  private int arenaSize;
  private int[] offsets = new int[1 << 8];
  private int[] lines = new int[1 << 8];
  private int count;
  private int[] table = new int[1 << 9];

  /** The hash of the code last written after the arena's end by {@link #encode}. */
  private int encodedHash;

  /**
   * Adds a code; returns −1 if it is new, or the line it was first seen on.
   *
   * @param line the line of this occurrence
   */
  public long addIfAbsent(String code, long line) {
    int length = encode(code);
    int mask = table.length - 1;
    for (int slot = encodedHash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        table[slot] = append(length, line) + 1;
        if (count * 4L > table.length * 3L) {
          rehash();
        }
        return -1;
      }
      if (matchesEncoded(entry - 1, length)) {
        return lines[entry - 1];
      }
    }
  }

  public boolean contains(String code) {
    int length = encode(code);
    int mask = table.length - 1;
    for (int slot = encodedHash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return false;
      }
      if (matchesEncoded(entry - 1, length)) {
        return true;
      }
    }
  }

  /**
   * Writes the code's bytes after the arena's end, without taking them in, and its hash to {@link
   * #encodedHash}; returns their count.
   */
  private int encode(String code) {
    int room = arenaSize + 3 * code.length();
    if (room > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length + (arena.length >> 1), room));
    }
    byte[] arena = this.arena;
    int at = arenaSize;
    int hash = 0x9E3779B9;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < 0x80) {
        arena[at++] = (byte) c;
      } else if (c < 0x800) {
        arena[at++] = (byte) (0xC0 | c >> 6);
        arena[at++] = (byte) (0x80 | c & 0x3F);
      } else {
        arena[at++] = (byte) (0xE0 | c >> 12);
        arena[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        arena[at++] = (byte) (0x80 | c & 0x3F);
      }
      hash = 31 * hash + c;
    }
    encodedHash = mix(hash);
    return at - arenaSize;
  }

  /** Takes in the {@code length} bytes written after the arena's end, as a new entry. */
  private int append(int length, long line) {
    if (count + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1));
      lines = Arrays.copyOf(lines, lines.length + (lines.length >> 1));
    }
    offsets[count] = arenaSize;
    offsets[count + 1] = arenaSize + length;
    lines[count] = (int) Math.min(line, Integer.MAX_VALUE);
    arenaSize += length;
    return count++;
  }

  /** Whether the entry's bytes are the {@code length} bytes written after the arena's end. */
  private boolean matchesEncoded(int entry, int length) {
    int start = offsets[entry];
    return offsets[entry + 1] - start == length
        && Arrays.equals(arena, start, start + length, arena, arenaSize, arenaSize + length);
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int entry = 0; entry < count; entry++) {
      int slot = hash(offsets[entry], offsets[entry + 1]) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = entry + 1;
    }
    table = bigger;
  }

  /**
   * The hash {@link #encode} made of the characters stored from {@code from} to {@code to}. It
   * hashes characters as it writes them: hashing the written bytes instead made a CSV read about 4
   * % slower in back-to-back JMH runs.
   */
  private int hash(int from, int to) {
    int hash = 0x9E3779B9;
    for (int i = from; i < to; ) {
      int b = arena[i] & 0xFF;
      int c;
      if (b < 0x80) {
        c = b;
        i += 1;
      } else if (b < 0xE0) {
        c = (b & 0x1F) << 6 | arena[i + 1] & 0x3F;
        i += 2;
      } else {
        c = (b & 0x0F) << 12 | (arena[i + 1] & 0x3F) << 6 | arena[i + 2] & 0x3F;
        i += 3;
      }
      hash = 31 * hash + c;
    }
    return mix(hash);
  }

  private static int mix(int hash) {
    int h = hash * 0x85EBCA6B;
    return h ^ (h >>> 16);
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * The codes seen in an input and the line of each, exact and compact: the codes' UTF-8 bytes in
 * one arena and an open-addressing table of ints (load factor 0.75), about 20 bytes a code plus
 * the code's length, growing by half at a time so that a reader of a million rows still finds
 * every duplicate in a 64 MB heap.
 */
final class CodeIndex {

  private byte[] arena = new byte[1 << 12];
  private int arenaSize;
  private int[] offsets = new int[1 << 8];
  private int[] lines = new int[1 << 8];
  private int count;
  private int[] table = new int[1 << 9];

  /**
   * Adds a code; returns −1 if it is new, or the line it was first seen on.
   *
   * @param line the line of this occurrence
   */
  long addIfAbsent(String code, long line) {
    byte[] bytes = code.getBytes(UTF_8);
    int hash = hash(bytes);
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        table[slot] = append(bytes, line) + 1;
        if (count * 4L > table.length * 3L) {
          rehash();
        }
        return -1;
      }
      if (matches(entry - 1, bytes)) {
        return lines[entry - 1];
      }
    }
  }

  boolean contains(String code) {
    byte[] bytes = code.getBytes(UTF_8);
    int mask = table.length - 1;
    for (int slot = hash(bytes) & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return false;
      }
      if (matches(entry - 1, bytes)) {
        return true;
      }
    }
  }

  private int append(byte[] bytes, long line) {
    if (arenaSize + bytes.length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length + (arena.length >> 1),
          arenaSize + bytes.length));
    }
    System.arraycopy(bytes, 0, arena, arenaSize, bytes.length);
    if (count + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1));
      lines = Arrays.copyOf(lines, lines.length + (lines.length >> 1));
    }
    offsets[count] = arenaSize;
    offsets[count + 1] = arenaSize + bytes.length;
    lines[count] = (int) Math.min(line, Integer.MAX_VALUE);
    arenaSize += bytes.length;
    return count++;
  }

  private boolean matches(int entry, byte[] bytes) {
    int start = offsets[entry];
    int length = offsets[entry + 1] - start;
    return length == bytes.length
        && Arrays.equals(arena, start, start + length, bytes, 0, bytes.length);
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int entry = 0; entry < count; entry++) {
      int start = offsets[entry];
      int slot = hash(arena, start, offsets[entry + 1]) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = entry + 1;
    }
    table = bigger;
  }

  private static int hash(byte[] bytes) {
    return hash(bytes, 0, bytes.length);
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = 0x9E3779B9;
    for (int i = from; i < to; i++) {
      h = (h ^ bytes[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}

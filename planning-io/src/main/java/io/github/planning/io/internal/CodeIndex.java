package io.github.planning.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The codes seen in an input and the line of each, exact and compact, so that a reader of a million
 * rows still finds every duplicate in a 64 MB heap.
 *
 * <pre>{@code
 * CodeIndex codes = new CodeIndex();
 * codes.addIfAbsent("gdp", 2); // -1: new
 * codes.addIfAbsent("gdp", 9); // 2: first seen on line 2
 * }</pre>
 *
 * <p>Each code is stored once, as its length, its line and its UTF-16 characters each in one, two
 * or three bytes (as UTF-8 writes a character of the Basic Multilingual Plane; a surrogate is
 * written alone, so that two codes are stored alike only when they are equal), in pages of 256 KiB;
 * an open-addressing table of ints (load factor 0.75, itself in pages) points at them. About 8
 * bytes a code plus its length, and 5 to 11 for the table. Nothing grows by copying a large array,
 * and no array is large enough to need a contiguous stretch of a small heap: a million codes of
 * seven characters take about 23 MB, in pieces of at most 256 KiB.
 */
public final class CodeIndex {

  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private static final int PAGE_BITS = 18;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;

  /** The most pages an address of 31 bits can name, one less so that address + 1 stays positive. */
  private static final int MAX_PAGES = (1 << (31 - PAGE_BITS)) - 1;

  /** A code's length and line, before its bytes. */
  private static final int HEADER = 8;

  private static final int SLOT_PAGE_BITS = 16;
  private static final int SLOT_PAGE_SIZE = 1 << SLOT_PAGE_BITS;

  private byte[][] pages = new byte[0][];
  private int pageCount;
  private int pageFill = PAGE_SIZE;

  /** The slots, each 0 when empty or a code's address + 1; {@link #slotCount} in all. */
  private int[][] slots = newSlots(1 << 9);

  private int slotCount = 1 << 9;
  private int count;

  /** The code being looked up, written as it is stored. */
  private byte[] scratch = new byte[64];

  /**
   * Adds a code; returns −1 if it is new, or the line it was first seen on (at most {@link
   * Integer#MAX_VALUE}).
   *
   * @param line the line of this occurrence
   * @throws IllegalStateException if the codes would take more than 2 GiB
   */
  public long addIfAbsent(String code, long line) {
    int length = encode(code);
    int slot = find(length);
    int entry = slot(slot);
    if (entry != 0) {
      return (int) INT.get(page(entry - 1), offset(entry - 1) + 4);
    }
    setSlot(slot, append(length, (int) Math.min(line, Integer.MAX_VALUE)) + 1);
    count++;
    if (count * 4L > slotCount * 3L) {
      rehash();
    }
    return -1;
  }

  /** Whether the code has been added. */
  public boolean contains(String code) {
    return slot(find(encode(code))) != 0;
  }

  /** The slot that holds the code in {@link #scratch}, or the empty slot where it would go. */
  private int find(int length) {
    int mask = slotCount - 1;
    for (int slot = hash(scratch, 0, length) & mask; ; slot = (slot + 1) & mask) {
      int entry = slot(slot);
      if (entry == 0 || matches(entry - 1, length)) {
        return slot;
      }
    }
  }

  /** Writes the code to {@link #scratch} as it is stored; returns the count of its bytes. */
  private int encode(String code) {
    if (3 * code.length() > scratch.length) {
      scratch = new byte[Math.max(3 * code.length(), 2 * scratch.length)];
    }
    byte[] out = scratch;
    int at = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }

  /** Whether the code at the address is the {@code length} bytes of {@link #scratch}. */
  private boolean matches(int address, int length) {
    byte[] page = page(address);
    int at = offset(address);
    return (int) INT.get(page, at) == length
        && Arrays.equals(page, at + HEADER, at + HEADER + length, scratch, 0, length);
  }

  /** Stores the {@code length} bytes of {@link #scratch} with their line; returns the address. */
  private int append(int length, int line) {
    int size = HEADER + length;
    if (size > PAGE_SIZE - pageFill) {
      if (pageCount == MAX_PAGES) {
        throw new IllegalStateException("The codes of this input take more than 2 GiB");
      }
      if (pageCount == pages.length) {
        pages = Arrays.copyOf(pages, Math.max(16, 2 * pageCount));
      }
      // a code longer than a page has a page of its own, filled at once
      pages[pageCount++] = new byte[Math.max(PAGE_SIZE, size)];
      pageFill = 0;
    }
    byte[] page = pages[pageCount - 1];
    INT.set(page, pageFill, length);
    INT.set(page, pageFill + 4, line);
    System.arraycopy(scratch, 0, page, pageFill + HEADER, length);
    int address = (pageCount - 1) << PAGE_BITS | pageFill;
    pageFill = Math.min(PAGE_SIZE, pageFill + size);
    return address;
  }

  private void rehash() {
    int[][] old = slots;
    int oldCount = slotCount;
    slotCount = 2 * oldCount;
    slots = newSlots(slotCount);
    int mask = slotCount - 1;
    for (int i = 0; i < oldCount; i++) {
      int entry = old[i >>> SLOT_PAGE_BITS][i & (SLOT_PAGE_SIZE - 1)];
      if (entry != 0) {
        byte[] page = page(entry - 1);
        int at = offset(entry - 1);
        int slot = hash(page, at + HEADER, at + HEADER + (int) INT.get(page, at)) & mask;
        while (slot(slot) != 0) {
          slot = (slot + 1) & mask;
        }
        setSlot(slot, entry);
      }
    }
  }

  private byte[] page(int address) {
    return pages[address >>> PAGE_BITS];
  }

  private static int offset(int address) {
    return address & (PAGE_SIZE - 1);
  }

  private int slot(int slot) {
    return slots[slot >>> SLOT_PAGE_BITS][slot & (SLOT_PAGE_SIZE - 1)];
  }

  private void setSlot(int slot, int entry) {
    slots[slot >>> SLOT_PAGE_BITS][slot & (SLOT_PAGE_SIZE - 1)] = entry;
  }

  private static int[][] newSlots(int count) {
    int[][] pages = new int[(count + SLOT_PAGE_SIZE - 1) >>> SLOT_PAGE_BITS][];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = new int[Math.min(SLOT_PAGE_SIZE, count)];
    }
    return pages;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int hash = 0x9E3779B9;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    int h = hash * 0x85EBCA6B;
    return h ^ (h >>> 16);
  }
}

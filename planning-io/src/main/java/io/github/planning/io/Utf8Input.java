package io.github.planning.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * UTF-8 bytes checked strictly on their way to a byte parser, with the character column of any
 * byte offset at or after the last one {@linkplain #keepFrom kept}.
 *
 * <p>A line {@code "名称": "x"} has the {@code "x"} at byte offset 10 and character column 7:
 * {@code column(10) == 7}. Offsets count the bytes this stream has delivered; a byte that is not
 * UTF-8 (as the JDK's strict decoder sees it) is thrown as an
 * {@link Encodings.UndecodableException} naming its offset in the whole input, once the bytes
 * before it are delivered. Columns count UTF-16 characters from the last {@code \n} or {@code \r},
 * as a character parser counts them.
 */
final class Utf8Input extends InputStream {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final InputStream in;
  private final byte[] head;
  private int headNext;
  private final int headEnd;
  private boolean headChecked;
  /** Bytes of the input before the first byte delivered (a BOM). */
  private final long skipped;

  /** Bytes checked: the offset of the next one. */
  private long checked;
  /** Continuation bytes the current character still needs. */
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;
  /** The offset of the current character's first byte. */
  private long lead;
  private Encodings.UndecodableException failure;

  private byte[] history;
  /** The offset of {@code history[0]}. */
  private long historyStart;
  private int historyLength;
  private long kept;
  /** Characters from the start of the line that holds {@code historyStart} to it. */
  private long charsBeforeHistory;

  /**
   * @param head the first bytes of the input; those from {@code from} to {@code end} come first
   * @param in the bytes after the head
   */
  Utf8Input(byte[] head, int from, int end, InputStream in) {
    this(head, from, end, in, 1 << 16);
  }

  /** As the other constructor, with room for {@code historyBytes} before the history grows. */
  Utf8Input(byte[] head, int from, int end, InputStream in, int historyBytes) {
    this.history = new byte[historyBytes];
    this.head = head;
    this.headNext = from;
    this.headEnd = end;
    this.in = in;
    this.skipped = from;
  }

  /**
   * Checks the whole head at once; returns −1 if it is UTF-8 (a character cut off by its end
   * allowed when {@code truncated}), else the offset in the input of the first byte that is not.
   */
  long checkHead(boolean truncated) {
    int length = headEnd - headNext;
    if (check(head, headNext, length) < length) {
      return skipped + lead;
    }
    if (!truncated && pending > 0) {
      return skipped + lead;
    }
    headChecked = true;
    return -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (length == 0) {
      return 0;
    }
    int count;
    if (headNext < headEnd) {
      count = Math.min(length, headEnd - headNext);
      System.arraycopy(head, headNext, buffer, offset, count);
      headNext += count;
      if (headChecked) {
        remember(buffer, offset, count);
        return count;
      }
    } else {
      count = in.read(buffer, offset, length);
      if (count < 0) {
        if (pending > 0) {
          failure = new Encodings.UndecodableException(skipped + lead,
              "the input ends inside a UTF-8 character at byte " + (skipped + lead));
          throw failure;
        }
        return -1;
      }
    }
    int good = check(buffer, offset, count);
    remember(buffer, offset, good);
    if (good == 0 && failure != null) {
      throw failure;
    }
    return good;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    while ((n = read(one, 0, 1)) == 0) {
      // a one-byte read delivers its byte or ends
    }
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Checks {@code count} bytes from {@code from}; returns how many may be delivered: all of
   * them, or those before the character with the first bad byte, which is then noted as the
   * failure.
   */
  private int check(byte[] bytes, int from, int count) {
    int end = from + count;
    long base = checked - from;
    int i = from;
    while (i < end) {
      if (pending > 0) {
        int c = bytes[i] & 0xFF;
        if (c < low || c > high) {
          return fail(base, from);
        }
        low = 0x80;
        high = 0xBF;
        pending--;
        i++;
        continue;
      }
      i = nextNonAscii(bytes, i, end);
      if (i == end) {
        break;
      }
      int c = bytes[i] & 0xFF;
      lead = base + i;
      if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < end
          && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
        // a whole character of three bytes with no special second byte, as most Chinese ones
        i += 3;
        continue;
      }
      if (c < 0xC2 || c > 0xF4) {
        return fail(base, from);
      } else if (c < 0xE0) {
        pending = 1;
      } else if (c < 0xF0) {
        pending = 2;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
      } else {
        pending = 3;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
      }
      i++;
    }
    checked = base + end;
    return count;
  }

  /** The index of the first byte from {@code from} that is not ASCII, or {@code end}. */
  private static int nextNonAscii(byte[] bytes, int from, int end) {
    int i = from;
    while (i + 8 <= end) {
      long high = (long) LONGS.get(bytes, i) & HIGH_BITS;
      if (high != 0) {
        return i + (Long.numberOfTrailingZeros(high) >>> 3);
      }
      i += 8;
    }
    while (i < end && bytes[i] >= 0) {
      i++;
    }
    return i;
  }

  private int fail(long base, int from) {
    failure = new Encodings.UndecodableException(skipped + lead,
        "byte " + (skipped + lead) + " is not valid UTF-8");
    return (int) Math.max(0, lead - (base + from));
  }

  /** Appends delivered bytes to the history, forgetting those before the kept offset if full. */
  private void remember(byte[] bytes, int from, int count) {
    if (historyLength + count > history.length) {
      forgetBefore(Math.min(kept, historyStart + historyLength));
      if (historyLength + count > history.length) {
        history = Arrays.copyOf(history, Math.max(2 * history.length, historyLength + count));
      }
    }
    System.arraycopy(bytes, from, history, historyLength, count);
    historyLength += count;
  }

  /**
   * Promises that no column will be asked for an offset before {@code offset}, which must be the
   * first byte of a character; the bytes before it may be forgotten.
   */
  void keepFrom(long offset) {
    if (offset > kept) {
      kept = offset;
    }
  }

  private void forgetBefore(long offset) {
    int cut = (int) (offset - historyStart);
    if (cut <= 0) {
      return;
    }
    int newline = lastNewline(cut);
    charsBeforeHistory = newline < 0 ? charsBeforeHistory + chars(0, cut) : chars(newline + 1, cut);
    System.arraycopy(history, cut, history, 0, historyLength - cut);
    historyLength -= cut;
    historyStart = offset;
  }

  /**
   * The 1-based character column of the byte at {@code offset} (at most the offset of the next
   * byte to deliver), or of the character that holds it.
   *
   * @throws IllegalStateException if the offset is before the kept one
   */
  long column(long offset) {
    if (offset < historyStart || offset > historyStart + historyLength) {
      throw new IllegalStateException("byte offset " + offset + " is not among the bytes kept, "
          + historyStart + " to " + (historyStart + historyLength));
    }
    int end = characterStart((int) (offset - historyStart));
    int newline = lastNewline(end);
    return 1 + (newline < 0 ? charsBeforeHistory + chars(0, end) : chars(newline + 1, end));
  }

  /**
   * The index in the history of the first byte of the character that holds the byte at
   * {@code index}, or {@code index} when it starts a character (a parser may place an error
   * inside one).
   */
  private int characterStart(int index) {
    for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
      int b = history[i] & 0xFF;
      if (b < 0x80 || b >= 0xC0) {
        int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        return i + length > index ? i : index;
      }
    }
    return index;
  }

  /** The index of the last {@code \n} or {@code \r} in the history before {@code end}, or −1. */
  private int lastNewline(int end) {
    for (int i = end - 1; i >= 0; i--) {
      byte b = history[i];
      if (b == '\n' || b == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** The UTF-16 characters of the history's whole characters from {@code from} to {@code end}. */
  private long chars(int from, int end) {
    long chars = 0;
    for (int i = from; i < end; i++) {
      chars += utf16Units(history[i]);
    }
    return chars;
  }

  /**
   * The UTF-16 characters a UTF-8 byte starts: none for a continuation byte, two for the first
   * of four bytes, else one.
   */
  static int utf16Units(byte b) {
    return (b & 0xC0) == 0x80 ? 0 : (b & 0xF8) == 0xF0 ? 2 : 1;
  }
}

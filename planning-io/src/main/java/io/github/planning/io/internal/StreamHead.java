package io.github.planning.io.internal;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The first bytes of a stream, at most a megabyte (all of a shorter stream), and the encoding they
 * show by the rules of {@link Encodings}.
 *
 * <pre>{@code
 * StreamHead head = StreamHead.read(in);
 * DetectedEncoding encoding = head.detect();        // UTF-8, GB18030, UTF-16LE …
 * InputStream text = head.rest(encoding.skipped(), in);
 * }</pre>
 */
final class StreamHead {

  private static final int SNIFF_BYTES = 1 << 20;

  /** The most bytes of the first line with non-ASCII bytes that detection decodes. */
  private static final int DETECTION_WINDOW = 1 << 12;

  /** The bytes that UTF-16 detection counts zero bytes in. */
  private static final int UTF16_WINDOW = 1 << 10;

  private final byte[] bytes;
  private final int length;
  private final boolean whole;

  private StreamHead(byte[] bytes, int length, boolean whole) {
    this.bytes = bytes;
    this.length = length;
    this.whole = whole;
  }

  /**
   * Reads the head into one array, sized by {@link InputStream#available()} when the stream tells
   * (a file or an array does) so that it is neither grown nor copied.
   */
  static StreamHead read(InputStream in) throws IOException {
    int hint = in.available();
    byte[] bytes =
        new byte[hint > 0 ? (int) Math.min(SNIFF_BYTES, Math.max(hint + 1L, 1 << 12)) : 1 << 16];
    int length = 0;
    while (true) {
      if (length == bytes.length) {
        if (length == SNIFF_BYTES) {
          return new StreamHead(bytes, length, false);
        }
        bytes = Arrays.copyOf(bytes, Math.min(SNIFF_BYTES, 2 * length));
      }
      int n = in.read(bytes, length, bytes.length - length);
      if (n < 0) {
        return new StreamHead(bytes, length, true);
      }
      length += n;
    }
  }

  /** The encoding given, its byte order mark skipped when the head starts with one. */
  DetectedEncoding given(Charset charset) {
    return new DetectedEncoding(charset, charset.equals(bomCharset()) ? bomLength() : 0);
  }

  /** The encoding the head shows: by its byte order mark, its zero bytes or its first line. */
  DetectedEncoding detect() {
    Charset bom = bomCharset();
    if (bom != null) {
      return new DetectedEncoding(bom, bomLength());
    }
    Charset utf16 = utf16WithoutBom();
    if (utf16 != null) {
      return new DetectedEncoding(utf16, 0);
    }
    int first = 0;
    while (first < length && bytes[first] >= 0) {
      first++;
    }
    if (first == length) {
      return new DetectedEncoding(UTF_8, 0);
    }
    int end = first;
    while (end < Math.min(length, first + DETECTION_WINDOW) && bytes[end] != '\n') {
      end++;
    }
    boolean complete = end < length && bytes[end] == '\n' || whole && end == length;
    ByteBuffer utf8 = ByteBuffer.wrap(bytes, first, end - first);
    if (decodes(utf8, UTF_8, complete)) {
      return new DetectedEncoding(UTF_8, 0, -1, true);
    }
    if (decodes(ByteBuffer.wrap(bytes, first, end - first), Encodings.GB18030, complete)) {
      return new DetectedEncoding(Encodings.GB18030, 0, -1, true);
    }
    return new DetectedEncoding(UTF_8, 0, utf8.position(), false);
  }

  private static boolean decodes(ByteBuffer input, Charset charset, boolean complete) {
    CharsetDecoder decoder = Encodings.strictDecoder(charset);
    CharBuffer chars = CharBuffer.allocate(input.remaining() + 1);
    return !decoder.decode(input, chars, complete).isError()
        && !(complete && decoder.flush(chars).isError());
  }

  private @Nullable Charset bomCharset() {
    if (startsWith(0xEF, 0xBB, 0xBF)) {
      return UTF_8;
    }
    return startsWith(0xFF, 0xFE) ? UTF_16LE : startsWith(0xFE, 0xFF) ? UTF_16BE : null;
  }

  private int bomLength() {
    return UTF_8.equals(bomCharset()) ? 3 : 2;
  }

  private boolean startsWith(int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-16LE or UTF-16BE when the first kilobyte has zero bytes, at least two and one in eight
   * characters, all in odd places or all in even places (the high bytes of ASCII characters); else
   * null. A zero byte in a text of one byte a character is an error of its own.
   */
  private @Nullable Charset utf16WithoutBom() {
    int end = Math.min(length, UTF16_WINDOW) & ~1;
    int even = 0;
    int odd = 0;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    int characters = end / 2;
    if (even == 0 && odd >= 2 && 8 * odd >= characters) {
      return UTF_16LE;
    }
    return odd == 0 && even >= 2 && 8 * even >= characters ? UTF_16BE : null;
  }

  /** The stream from byte {@code from} of the head on. */
  InputStream rest(int from, InputStream in) {
    return new SequenceInputStream(new ByteArrayInputStream(bytes, from, length - from), in);
  }
}

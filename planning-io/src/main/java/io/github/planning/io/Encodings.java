package io.github.planning.io;

import com.google.common.base.Utf8;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Text decoding that never replaces a bad byte: UTF-8 (with or without a BOM) or GB18030, given or
 * detected, and an error naming the byte offset of any byte that does not decode.
 */
final class Encodings {

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SNIFF_BYTES = 1 << 20;

  private Encodings() {}

  /**
   * Thrown when bytes do not decode; carries the byte offset and, when the bytes before it are at
   * hand, the line and the CSV field it falls in.
   */
  static final class UndecodableException extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final long line;
    final long field;

    UndecodableException(long offset, String message) {
      this(offset, 0, 0, message);
    }

    UndecodableException(long offset, long line, long field, String message) {
      super(message);
      this.offset = offset;
      this.line = line;
      this.field = field;
    }
  }

  /** The 1-based line of a byte offset, and the CSV field (commas outside quotes) it is in. */
  private static long[] place(byte[] bytes, long offset) {
    long line = 1;
    long field = 1;
    boolean quoted = false;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && !quoted) {
        line++;
        field = 1;
      } else if (b == ',' && !quoted) {
        field++;
      }
    }
    return new long[] {line, field};
  }

  /**
   * A reader of the stream in the given encoding or, when none is given, the detected one: a UTF-8
   * BOM means UTF-8 (the BOM is skipped); otherwise the first megabyte decides between UTF-8 and
   * GB18030.
   *
   * @throws UndecodableException if the first megabyte is neither valid UTF-8 nor valid GB18030
   */
  static Reader reader(InputStream in, Optional<Charset> encoding) throws IOException {
    byte[] head = readHead(in);
    boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF;
    Charset charset;
    if (encoding.isPresent()) {
      charset = encoding.get();
    } else if (bom) {
      charset = StandardCharsets.UTF_8;
    } else {
      boolean truncated = head.length == SNIFF_BYTES;
      long utf8Error = isUtf8(head, truncated) ? -1
          : firstError(head, StandardCharsets.UTF_8, truncated);
      if (utf8Error < 0) {
        charset = StandardCharsets.UTF_8;
      } else if (firstError(head, GB18030, truncated) < 0) {
        charset = GB18030;
      } else {
        long[] place = place(head, utf8Error);
        throw new UndecodableException(utf8Error, place[0], place[1], "byte " + utf8Error
            + " is neither UTF-8 nor GB18030; give the encoding");
      }
    }
    int skipped = bom && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
    InputStream rest = new SequenceInputStream(
        new ByteArrayInputStream(head, skipped, head.length - skipped), in);
    return new StrictReader(rest, charset, skipped);
  }

  /** The first {@link #SNIFF_BYTES} bytes, or all of a shorter input. */
  private static byte[] readHead(InputStream in) throws IOException {
    byte[] head = new byte[1 << 16];
    int length = 0;
    while (true) {
      if (length == head.length) {
        if (length == SNIFF_BYTES) {
          return head;
        }
        head = Arrays.copyOf(head, Math.min(SNIFF_BYTES, 2 * length));
      }
      int n = in.read(head, length, head.length - length);
      if (n < 0) {
        return Arrays.copyOf(head, length);
      }
      length += n;
    }
  }

  /**
   * A reader of the stream for one of the library's readers: bytes that do not decode are a
   * located problem, thrown as a {@link PlanningReadException}.
   */
  static Reader open(InputStream in, ReadOptions options) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(options, "options");
    try {
      return reader(in, options.encoding());
    } catch (UndecodableException e) {
      Problems problems = new Problems(options.source(), 1);
      problems.add(e.line, e.field, "", e.getMessage());
      problems.throwIfAny();
      throw new AssertionError(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Whether the bytes are well-formed UTF-8; when {@code truncated}, a sequence cut off by the end
   * is left to the reader.
   */
  private static boolean isUtf8(byte[] bytes, boolean truncated) {
    int end = bytes.length;
    if (truncated) {
      int start = end;
      while (start > 0 && start > end - 4 && (bytes[start - 1] & 0xC0) == 0x80) {
        start--;
      }
      end = start > 0 ? start - 1 : 0;
    }
    return Utf8.isWellFormed(bytes, 0, end);
  }

  /** The offset of the first byte that does not decode, or −1. */
  private static long firstError(byte[] bytes, Charset charset, boolean truncated) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, !truncated);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        if (!truncated) {
          CoderResult end = decoder.flush(out);
          if (end.isError()) {
            return in.position();
          }
        }
        return -1;
      }
      out.clear();
    }
  }

  /**
   * Whether the text read so far from {@code reader} may hold a character that no cell may hold
   * (see {@link RowAssembler#strayCharacter}): false only for a reader of this class that has
   * decoded none.
   */
  static boolean mayHaveStrayCharacters(Reader reader) {
    return !(reader instanceof StrictReader) || ((StrictReader) reader).stray;
  }

  /** Decodes strictly, reporting the byte offset of a bad byte. */
  private static final class StrictReader extends Reader {
    private boolean stray;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private long consumed;
    private boolean eof;
    private boolean flushed;
    private final String charsetName;

    StrictReader(InputStream in, Charset charset, long skipped) {
      this.in = in;
      this.charsetName = charset.name();
      this.decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.consumed = skipped;
      bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (flushed) {
        return -1;
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      while (out.position() == offset) {
        if (!bytes.hasRemaining() || !eof) {
          fill();
        }
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, out, eof);
        consumed += bytes.position() - before;
        if (result.isError()) {
          throw new UndecodableException(consumed, "byte " + consumed + " is not valid "
              + charsetName);
        }
        if (eof && !bytes.hasRemaining()) {
          CoderResult end = decoder.flush(out);
          flushed = true;
          if (end.isError()) {
            throw new UndecodableException(consumed, "the input ends inside a " + charsetName
                + " character at byte " + consumed);
          }
          return out.position() == offset ? -1 : noteStray(buffer, offset, out.position() - offset);
        }
      }
      return noteStray(buffer, offset, out.position() - offset);
    }

    /** Notes whether the decoded characters hold a stray one; returns their count. */
    private int noteStray(char[] buffer, int offset, int count) {
      for (int i = offset; i < offset + count && !stray; i++) {
        stray = RowAssembler.isStray(buffer[i]);
      }
      return count;
    }

    private void fill() throws IOException {
      if (eof) {
        return;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}

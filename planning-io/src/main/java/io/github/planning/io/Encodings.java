package io.github.planning.io;

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
   * hand, the line and the column it falls in: the CSV field, or in JSON the character column.
   */
  static final class UndecodableException extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final long line;
    final long column;

    UndecodableException(long offset, String message) {
      this(offset, 0, 0, message);
    }

    UndecodableException(long offset, long line, long column, String message) {
      super(message);
      this.offset = offset;
      this.line = line;
      this.column = column;
    }

    /** This problem placed at the line and character column of its offset in JSON bytes. */
    UndecodableException inJson(byte[] bytes, int from) {
      long line = 1;
      long column = 1;
      for (int i = from; i < offset && i < bytes.length; i++) {
        byte b = bytes[i];
        if (b == '\n' || b == '\r' && (i + 1 >= offset || bytes[i + 1] != '\n')) {
          line++;
          column = 1;
        } else if (b != '\r') {
          column += Utf8Input.utf16Units(b);
        }
      }
      return new UndecodableException(offset, line, column, getMessage());
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
   * GB18030. Detection decodes the first megabyte, and the reader starts with its characters.
   * When {@code watchStray}, the reader notes whether it has decoded a stray character (see
   * {@link #mayHaveStrayCharacters}).
   *
   * @throws UndecodableException if the first megabyte is neither valid UTF-8 nor valid GB18030
   */
  static Reader reader(InputStream in, Optional<Charset> encoding, boolean watchStray)
      throws IOException {
    return reader(Head.read(in), in, encoding, watchStray);
  }

  private static Reader reader(Head head, InputStream in, Optional<Charset> encoding,
      boolean watchStray) throws IOException {
    byte[] bytes = head.bytes;
    boolean bom = head.startsWithBom(0);
    if (encoding.isPresent() || bom) {
      Charset charset = encoding.orElse(StandardCharsets.UTF_8);
      int skipped = bom && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
      return new StrictReader(head.rest(skipped, in), charset, skipped, null, watchStray);
    }
    boolean truncated = head.length == SNIFF_BYTES;
    long utf8Error = -1;
    for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
      ByteBuffer input = ByteBuffer.wrap(bytes, 0, head.length);
      CharBuffer chars = decodeHead(input, charset, truncated);
      if (chars != null) {
        return new StrictReader(head.rest(input.position(), in), charset, input.position(), chars,
            watchStray);
      }
      if (utf8Error < 0) {
        utf8Error = input.position();
      }
    }
    long[] place = place(bytes, utf8Error);
    throw new UndecodableException(utf8Error, place[0], place[1], "byte " + utf8Error
        + " is neither UTF-8 nor GB18030; give the encoding");
  }

  /**
   * A JSON input as one of: its UTF-8 bytes, for Jackson's byte parser, the first megabyte checked
   * at once and the rest as it is read; or its characters in another encoding, detected as
   * {@link #reader} detects it. A document whose first four bytes hold a zero byte or a second BOM
   * is read as characters too, so that Jackson does not take it for UTF-16 or UTF-32 or skip the
   * BOM. A byte that does not decode in the first megabyte is placed at its line and character
   * column.
   */
  record JsonInput(Utf8Input bytes, Reader chars) {}

  static JsonInput json(InputStream in, Optional<Charset> encoding) throws IOException {
    Head head = Head.read(in);
    boolean utf8 = encoding.isEmpty() || encoding.get().equals(StandardCharsets.UTF_8);
    int skipped = utf8 && head.startsWithBom(0) ? 3 : 0;
    if (!utf8 || head.startsWithBom(skipped) || head.hasZeroByte(skipped, skipped + 4)) {
      return new JsonInput(null, reader(head, in, encoding, false));
    }
    Utf8Input bytes = new Utf8Input(head.bytes, skipped, head.length, in);
    long bad = bytes.checkHead(head.length == SNIFF_BYTES);
    if (bad < 0) {
      return new JsonInput(bytes, null);
    }
    if (encoding.isPresent() || skipped > 0) {
      throw new UndecodableException(bad, "byte " + bad + " is not valid UTF-8")
          .inJson(head.bytes, skipped);
    }
    try {
      return new JsonInput(null, reader(head, in, encoding, false));
    } catch (UndecodableException e) {
      throw e.inJson(head.bytes, 0);
    }
  }

  /**
   * As {@link #json(InputStream, Optional)}, with a bad byte a located problem as in
   * {@link #open}.
   */
  static JsonInput openJson(InputStream in, ReadOptions options) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(options, "options");
    try {
      return json(in, options.encoding());
    } catch (UndecodableException e) {
      throw located(e, options);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The first bytes of a stream, at most {@link #SNIFF_BYTES}: all of a shorter stream. */
  private static final class Head {
    final byte[] bytes;
    final int length;

    private Head(byte[] bytes, int length) {
      this.bytes = bytes;
      this.length = length;
    }

    /**
     * Reads the head into one array, sized by {@link InputStream#available()} when the stream
     * tells (a file or an array does) so that it is neither grown nor copied.
     */
    static Head read(InputStream in) throws IOException {
      int hint = in.available();
      byte[] bytes = new byte[hint > 0
          ? (int) Math.min(SNIFF_BYTES, Math.max(hint + 1L, 1 << 12)) : 1 << 16];
      int length = 0;
      while (true) {
        if (length == bytes.length) {
          if (length == SNIFF_BYTES) {
            return new Head(bytes, length);
          }
          bytes = Arrays.copyOf(bytes, Math.min(SNIFF_BYTES, 2 * length));
        }
        int n = in.read(bytes, length, bytes.length - length);
        if (n < 0) {
          return new Head(bytes, length);
        }
        length += n;
      }
    }

    boolean startsWithBom(int from) {
      return length >= from + 3 && (bytes[from] & 0xFF) == 0xEF
          && (bytes[from + 1] & 0xFF) == 0xBB && (bytes[from + 2] & 0xFF) == 0xBF;
    }

    boolean hasZeroByte(int from, int to) {
      for (int i = from; i < Math.min(to, length); i++) {
        if (bytes[i] == 0) {
          return true;
        }
      }
      return false;
    }

    /** The stream from byte {@code from} of the head on. */
    InputStream rest(int from, InputStream in) {
      return new SequenceInputStream(new ByteArrayInputStream(bytes, from, length - from), in);
    }
  }

  /**
   * The characters of the head in {@code charset}, or null when it does not decode; the input is
   * left where decoding stopped: before a character cut off by the end of a {@code truncated}
   * head, or at the first byte that does not decode.
   */
  private static CharBuffer decodeHead(ByteBuffer input, Charset charset, boolean truncated) {
    CharsetDecoder decoder = strictDecoder(charset);
    // UTF-8 and GB18030 never decode to more chars than bytes
    CharBuffer chars = CharBuffer.allocate(input.remaining());
    if (decoder.decode(input, chars, !truncated).isError()
        || (!truncated && decoder.flush(chars).isError())) {
      return null;
    }
    return chars.flip();
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * A reader of the stream for one of the library's readers: bytes that do not decode are a
   * located problem, thrown as a {@link PlanningReadException}.
   */
  static Reader open(InputStream in, ReadOptions options) {
    return open(in, options, false);
  }

  /**
   * As {@link #open(InputStream, ReadOptions)}; when {@code watchStray}, the reader notes whether
   * it has decoded a stray character (see {@link #mayHaveStrayCharacters}).
   */
  static Reader open(InputStream in, ReadOptions options, boolean watchStray) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(options, "options");
    try {
      return reader(in, options.encoding(), watchStray);
    } catch (UndecodableException e) {
      throw located(e, options);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PlanningReadException located(UndecodableException e, ReadOptions options) {
    Problems problems = new Problems(options.source(), 1);
    problems.add(e.line, e.column, "", e.getMessage());
    return new PlanningReadException(options.source(), problems.all(), false);
  }

  /**
   * Whether the text read so far from {@code reader} may hold a character that no cell may hold
   * (see {@link RowAssembler#strayCharacter}): false only for a reader of this class, opened to
   * watch for them, that has decoded none.
   */
  static boolean mayHaveStrayCharacters(Reader reader) {
    return !(reader instanceof StrictReader) || !((StrictReader) reader).watchStray
        || ((StrictReader) reader).stray;
  }

  /**
   * Decodes strictly, reporting the byte offset of a bad byte; starts with the characters already
   * decoded from the head, if any.
   */
  private static final class StrictReader extends Reader {
    private final boolean watchStray;
    private boolean stray;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private CharBuffer decoded;
    private long consumed;
    private boolean eof;
    private boolean flushed;
    private final String charsetName;

    /**
     * @param in the bytes after those {@code consumed} already
     * @param decoded the characters of the consumed bytes, or null
     * @param watchStray whether to note a stray character among the decoded ones
     */
    StrictReader(InputStream in, Charset charset, long consumed, CharBuffer decoded,
        boolean watchStray) {
      this.watchStray = watchStray;
      this.in = in;
      this.charsetName = charset.name();
      this.decoder = strictDecoder(charset);
      this.consumed = consumed;
      this.decoded = decoded;
      bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (decoded != null) {
        if (decoded.hasRemaining()) {
          int count = Math.min(length, decoded.remaining());
          decoded.get(buffer, offset, count);
          return noteStray(buffer, offset, count);
        }
        decoded = null;
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

    /**
     * Notes, when watching, whether the decoded characters hold a stray one; returns their count.
     */
    private int noteStray(char[] buffer, int offset, int count) {
      if (watchStray && !stray) {
        int end = offset + count;
        for (int i = offset; i < end; i++) {
          if (RowAssembler.isStray(buffer[i])) {
            stray = true;
            break;
          }
        }
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

package io.github.planning.io.internal;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text decoding that never replaces a bad byte unnoticed, with the encoding given or detected, and
 * a problem naming the byte offset, the bytes, the line and the column of any byte that does not
 * decode.
 *
 * <pre>{@code
 * Reader csv = Encodings.open(in, ReadOptions.of("plan.csv"));
 * }</pre>
 *
 * <p>Detection, when no encoding is given: a byte order mark names the encoding (UTF-8, UTF-16LE or
 * UTF-16BE) and is skipped; zero bytes in every other place of the first kilobyte mean UTF-16
 * without a mark; otherwise the first line of the first megabyte that holds a byte other than ASCII
 * decides: UTF-8 if that line is valid UTF-8, else GB18030 if it is valid GB18030 (a file all ASCII
 * is UTF-8). The whole input is then decoded in that one encoding: a later byte that does not
 * decode is an error at its line and column, never a switch to another encoding.
 *
 * <p>In strict mode the reader ends at the first bad byte ({@link #reportFailure}). In lenient mode
 * it goes on: each run of bytes that does not decode is read as one U+FFFD (�) and noted as an
 * {@link Undecoded} place, which the reader's owner takes ({@link #takeUndecoded}) to mark the cell
 * holding it invalid, its text kept as decoded, so that every later row is read.
 */
public final class Encodings {

  public static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SNIFF_BYTES = 1 << 20;

  /** The most bytes of the first line with non-ASCII bytes that detection decodes. */
  private static final int DETECTION_WINDOW = 1 << 12;

  /** The bytes that UTF-16 detection counts zero bytes in. */
  private static final int UTF16_WINDOW = 1 << 10;

  private Encodings() {}

  /** What a column counts in the place of a bad byte. */
  public enum Columns {
    /** CSV fields, separated by commas outside quotes. */
    FIELDS,
    /** UTF-16 characters from the start of the line, as a JSON parser counts them. */
    CHARACTERS
  }

  /** Thrown when bytes do not decode; carries the byte offset and its line and column. */
  public static final class UndecodableException extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final long line;
    final long column;

    UndecodableException(long offset, long line, long column, String message) {
      super(message);
      this.offset = offset;
      this.line = line;
      this.column = column;
    }
  }

  /**
   * A place where bytes did not decode in a lenient reading, read as U+FFFD: the line the CSV
   * record holding it starts on (for JSON, its line), its line, its column (CSV field, or
   * character), the offset and value of the bytes, and why they do not decode (the encoding
   * expected: one text for all the places of a reader).
   *
   * <pre>{@code
   * Undecoded[record=3, line=3, column=2, bytes=byte 39 (0xB5),
   *     why= is not valid UTF-8 (the input is read as UTF-8, …)]
   * }</pre>
   */
  public record Undecoded(long record, long line, long column, String bytes, String why) {

    /** Why the bytes are a problem: {@code byte 39 (0xB5) is not valid UTF-8 (…)}. */
    public String reason() {
      return bytes + why;
    }

    /** The problem of a cell holding the bytes: {@code …; the cell is invalid, …}. */
    public String inCell() {
      return reason()
          + "; the cell is invalid, its text kept as decoded, with U+FFFD for the bytes";
    }

    /** The problem of the bytes outside any cell: {@code …; read as U+FFFD}. */
    public String elsewhere() {
      return reason() + "; read as U+FFFD";
    }

    /** Whether this place comes before line {@code line}, column {@code column}. */
    public boolean isBefore(long line, long column) {
      return this.line < line || this.line == line && this.column < column;
    }
  }

  /**
   * The most {@link Undecoded} places a reader keeps until its owner takes them: more than the
   * characters it and a parser read ahead can hold, so that only a row of more cells than that can
   * have places left out.
   */
  static final int MAX_UNDECODED = 1 << 15;

  /**
   * A reader of CSV bytes for one of the library's readers; see {@link #open(InputStream,
   * ReadOptions, Columns, boolean)}.
   */
  public static Reader open(InputStream in, ReadOptions options) {
    return open(in, options, Columns.FIELDS, false);
  }

  /** As {@link #open(InputStream, ReadOptions)}, noting stray characters when asked. */
  public static Reader open(InputStream in, ReadOptions options, boolean watchStray) {
    return open(in, options, Columns.FIELDS, watchStray);
  }

  /** A reader of JSON bytes, bad bytes placed at their character column. */
  public static Reader openJson(InputStream in, ReadOptions options) {
    return open(in, options, Columns.CHARACTERS, false);
  }

  /**
   * A reader of the stream in the options' encoding or the detected one (see the class). At a byte
   * that does not decode the reader ends in strict mode, and {@link #reportFailure} reports the
   * byte placed in {@code columns}; in lenient mode it reads U+FFFD instead, notes the place for
   * {@link #takeUndecoded}, and goes on. When {@code watchStray}, the reader notes whether it has
   * decoded a stray character (see {@link #mayHaveStrayCharacters}).
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Reader open(
      InputStream in, ReadOptions options, Columns columns, boolean watchStray) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    try {
      Head head = Head.read(in);
      Detected detected = options.encoding().map(head::given).orElseGet(head::detect);
      return new StrictReader(
          head.rest(detected.skipped, in),
          detected,
          columns,
          watchStray,
          options.mode() == ReadMode.LENIENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the text read so far from {@code reader} may hold a character that no cell may hold
   * (see {@link RowAssembler#strayCharacter}): false only for a reader of this class, opened to
   * watch for them, that has decoded none.
   */
  public static boolean mayHaveStrayCharacters(Reader reader) {
    return !(reader instanceof StrictReader strict) || !strict.watchStray || strict.stray;
  }

  /**
   * The encoding of an input, the bytes of its byte order mark, the offset of the first byte that
   * is neither UTF-8 nor GB18030 when detection failed there (else −1), and whether the first line
   * with non-ASCII bytes decided the encoding.
   */
  private record Detected(Charset charset, int skipped, long neither, boolean byFirstLine) {

    Detected(Charset charset, int skipped) {
      this(charset, skipped, -1, false);
    }
  }

  /** The first bytes of a stream, at most {@link #SNIFF_BYTES}: all of a shorter stream. */
  private static final class Head {
    final byte[] bytes;
    final int length;
    final boolean whole;

    private Head(byte[] bytes, int length, boolean whole) {
      this.bytes = bytes;
      this.length = length;
      this.whole = whole;
    }

    /**
     * Reads the head into one array, sized by {@link InputStream#available()} when the stream tells
     * (a file or an array does) so that it is neither grown nor copied.
     */
    static Head read(InputStream in) throws IOException {
      int hint = in.available();
      byte[] bytes =
          new byte[hint > 0 ? (int) Math.min(SNIFF_BYTES, Math.max(hint + 1L, 1 << 12)) : 1 << 16];
      int length = 0;
      while (true) {
        if (length == bytes.length) {
          if (length == SNIFF_BYTES) {
            return new Head(bytes, length, false);
          }
          bytes = Arrays.copyOf(bytes, Math.min(SNIFF_BYTES, 2 * length));
        }
        int n = in.read(bytes, length, bytes.length - length);
        if (n < 0) {
          return new Head(bytes, length, true);
        }
        length += n;
      }
    }

    Detected given(Charset charset) {
      return new Detected(charset, charset.equals(bomCharset()) ? bomLength() : 0);
    }

    Detected detect() {
      Charset bom = bomCharset();
      if (bom != null) {
        return new Detected(bom, bomLength());
      }
      Charset utf16 = utf16WithoutBom();
      if (utf16 != null) {
        return new Detected(utf16, 0);
      }
      int first = 0;
      while (first < length && bytes[first] >= 0) {
        first++;
      }
      if (first == length) {
        return new Detected(UTF_8, 0);
      }
      int end = first;
      while (end < Math.min(length, first + DETECTION_WINDOW) && bytes[end] != '\n') {
        end++;
      }
      boolean complete = end < length && bytes[end] == '\n' || whole && end == length;
      ByteBuffer utf8 = ByteBuffer.wrap(bytes, first, end - first);
      if (decodes(utf8, UTF_8, complete)) {
        return new Detected(UTF_8, 0, -1, true);
      }
      if (decodes(ByteBuffer.wrap(bytes, first, end - first), GB18030, complete)) {
        return new Detected(GB18030, 0, -1, true);
      }
      return new Detected(UTF_8, 0, utf8.position(), false);
    }

    private static boolean decodes(ByteBuffer input, Charset charset, boolean complete) {
      CharsetDecoder decoder = strictDecoder(charset);
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
     * characters, all in odd places or all in even places (the high bytes of ASCII characters);
     * else null. A zero byte in a text of one byte a character is an error of its own.
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

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Reports, once, the bad byte at which {@code reader} stopped, if it is a reader of this class
   * that did; returns whether it did. A reader that meets a bad byte ends there, at the end of the
   * last whole line before it, so that a parser reads every row before that line whole and then
   * sees the end of its input: the owner reports the byte instead of that end.
   */
  public static boolean reportFailure(@Nullable Reader reader, Problems problems) {
    if (!(reader instanceof StrictReader strict) || strict.failure == null) {
      return false;
    }
    if (!strict.reported) {
      strict.reported = true;
      UndecodableException e = strict.failure;
      problems.add(e.line, e.column, "", Problems.reason(e));
    }
    return true;
  }

  /**
   * Takes the places of bytes that did not decode, read so far by {@code reader} in a lenient
   * reading, that {@code before} accepts, in the order of the input; none for a strict reading or
   * another reader. Bytes in one cell (CSV) or one string (JSON) are one place, the first; once
   * more places were found than a reader keeps ({@value #MAX_UNDECODED}), one more is taken after
   * the last, at column 0, naming how many were left out.
   */
  public static List<Undecoded> takeUndecoded(
      @Nullable Reader reader, java.util.function.Predicate<Undecoded> before) {
    if (!(reader instanceof StrictReader strict) || strict.undecoded.isEmpty()) {
      return List.of();
    }
    List<Undecoded> taken = new ArrayList<>();
    while (!strict.undecoded.isEmpty() && before.test(strict.undecoded.peek())) {
      taken.add(strict.undecoded.poll());
    }
    if (strict.undecoded.isEmpty() && strict.unlisted > 0 && !taken.isEmpty()) {
      Undecoded last = taken.get(taken.size() - 1);
      taken.add(
          new Undecoded(
              last.record,
              last.line,
              0,
              strict.unlisted + " more places with bytes that do not decode follow this one",
              ", not listed"));
      strict.unlisted = 0;
    }
    return taken;
  }

  /**
   * Decodes strictly, following the place (line, column, CSV field) of what it decodes, and
   * delivers characters a whole line at a time (or a buffer at a time, for a longer line), so that
   * at a bad byte it can end after the last whole line with the byte's place at hand.
   */
  private static final class StrictReader extends Reader {
    private static final int CAPACITY = 1 << 14;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Detected detected;
    private final Columns columns;
    private final boolean watchStray;

    /** Whether a bad byte is read as U+FFFD and noted, rather than the end of the reading. */
    private final boolean lenient;

    private final ArrayDeque<Undecoded> undecoded = new ArrayDeque<>();
    private long unlisted;

    /** The quotes decoded so far, and before the last {@link Undecoded} place. */
    private long quotes;

    private long lastQuotes;

    /** The text of {@link #whyNotValid()}, once made. */
    private @Nullable String whyNotValid;

    /** The line the CSV record being decoded starts on. */
    private long record = 1;

    private final ByteBuffer bytes = ByteBuffer.allocate(CAPACITY);
    private final char[] chars = new char[CAPACITY];

    /**
     * Decoded characters from {@code start} to {@code end}; those before {@code safeEnd} end a
     * line.
     */
    private int start;

    private int end;
    private int safeEnd;
    private boolean stray;
    private long offset;
    private boolean eof;
    private boolean done;
    private @Nullable UndecodableException failure;
    private boolean reported;
    private long line = 1;
    private long column = 1;
    private long field = 1;
    private boolean quoted;
    private boolean afterCr;

    StrictReader(
        InputStream in, Detected detected, Columns columns, boolean watchStray, boolean lenient) {
      this.in = in;
      this.lenient = lenient;
      this.detected = detected;
      this.decoder = strictDecoder(detected.charset);
      this.columns = columns;
      this.watchStray = watchStray;
      this.offset = detected.skipped;
      bytes.flip();
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (start == safeEnd) {
        if (failure != null || done && start == end) {
          return -1;
        }
        decodeMore();
      }
      int count = Math.min(length, safeEnd - start);
      System.arraycopy(chars, start, buffer, from, count);
      start += count;
      return count;
    }

    /** Decodes more characters after those held, or notes the end or the bad byte. */
    private void decodeMore() throws IOException {
      System.arraycopy(chars, start, chars, 0, end - start);
      safeEnd -= start;
      end -= start;
      start = 0;
      if (end == CAPACITY) {
        safeEnd = end; // a line longer than the buffer goes as it is
        return;
      }
      CharBuffer out = CharBuffer.wrap(chars, end, CAPACITY - end);
      String error = null;
      boolean replaced = false;
      while ((out.position() == end || replaced && out.hasRemaining()) && error == null && !done) {
        fill();
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, out, eof);
        offset += bytes.position() - before;
        replaced = false;
        if (result.isError()) {
          boolean inside = eof && result.length() == bytes.remaining();
          if (lenient) {
            replaced = replace(out, result.length(), inside);
          } else {
            error = inside ? endsInside(result.length()) : notValid(result.length());
          }
        } else if (eof && !bytes.hasRemaining()) {
          done = true;
          if (decoder.flush(out).isError()) {
            if (lenient) {
              replace(out, 0, true);
            } else {
              error = endsInside(0);
            }
          }
        }
      }
      follow(end, out.position());
      end = out.position();
      if (error != null) {
        failure =
            new UndecodableException(
                offset, line, columns == Columns.FIELDS ? field : column, error);
        end = safeEnd;
      } else if (done) {
        safeEnd = end;
      }
    }

    /**
     * In a lenient reading, notes the place of the {@code length} bad bytes at the input's position
     * (the end of the input inside a character when {@code inside}), skips them and reads U+FFFD in
     * their place; returns whether it did. When {@code out} has no room for it, nothing is taken:
     * the next call meets the bytes again.
     */
    private boolean replace(CharBuffer out, int length, boolean inside) {
      if (!out.hasRemaining()) {
        return false;
      }
      follow(end, out.position());
      end = out.position();
      Undecoded last = undecoded.peekLast();
      boolean sameCell =
          last != null
              && (columns == Columns.FIELDS
                  ? last.record == record && last.column == field
                  : last.line == line && lastQuotes == quotes);
      if (sameCell) {
        // bytes in the cell or string of the place before: one place
      } else if (undecoded.size() < MAX_UNDECODED) {
        undecoded.add(
            new Undecoded(
                record,
                line,
                columns == Columns.FIELDS ? field : column,
                inside ? endsInside(length) : "byte " + offset + shown(length),
                inside ? "" : whyNotValid()));
        lastQuotes = quotes;
      } else {
        unlisted++;
      }
      bytes.position(bytes.position() + length);
      offset += length;
      out.put('\uFFFD');
      return true;
    }

    /** {@code (0xE4 0xB8)}: the {@code length} bytes at the input's position. */
    private String shown(int length) {
      StringBuilder shown = new StringBuilder(" (");
      for (int i = 0; i < Math.min(length, 8); i++) {
        shown
            .append(i == 0 ? "" : " ")
            .append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
      }
      return shown.append(length > 8 ? " …)" : ")").toString();
    }

    private String notValid(int length) {
      return "byte " + offset + shown(length) + whyNotValid();
    }

    /** {@code " is not valid UTF-8 (…)"}: why a byte at {@link #offset} does not decode. */
    private String whyNotValid() {
      if (offset == detected.neither) {
        return " is neither UTF-8 nor GB18030; give the encoding";
      }
      if (whyNotValid == null) {
        String charset = detected.charset.name();
        whyNotValid =
            " is not valid "
                + charset
                + (detected.byFirstLine
                    ? " (the input is read as "
                        + charset
                        + ", as its first line with other than ASCII"
                        + " is; give the encoding if it is in another)"
                    : "");
      }
      return whyNotValid;
    }

    private String endsInside(int length) {
      return "the input ends inside a "
          + detected.charset.name()
          + " character at byte "
          + offset
          + (length > 0 ? shown(length) : "");
    }

    /**
     * Follows the place through the decoded characters from {@code from} to {@code to}, moving
     * {@code safeEnd} after each line end (outside quotes, in CSV), and notes a stray one when
     * watching.
     */
    private void follow(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = chars[i];
        if (c == '\n' || c == '\r') {
          if (c == '\r' || !afterCr) {
            line++;
            column = 1;
            field = quoted ? field : 1;
            record = quoted && columns == Columns.FIELDS ? record : line;
          }
          afterCr = c == '\r';
          if (!quoted || columns == Columns.CHARACTERS) {
            safeEnd = i + 1;
          }
          continue;
        }
        afterCr = false;
        column++;
        if (c == '"') {
          quoted = !quoted;
          quotes++;
        } else if (c == ',' && !quoted) {
          field++;
        } else if (watchStray && RowAssembler.isStray(c)) {
          stray = true;
        }
      }
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

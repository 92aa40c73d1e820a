package io.github.planning.io.internal;

import io.github.planning.io.internal.Encodings.Columns;
import io.github.planning.io.internal.Encodings.UndecodableException;
import io.github.planning.io.internal.Encodings.Undecoded;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Decodes strictly, following the place (line, column, CSV field) of what it decodes, and delivers
 * characters a whole line at a time (or a buffer at a time, for a longer line), so that at a bad
 * byte it can end after the last whole line with the byte's place at hand.
 *
 * <pre>{@code
 * StrictDecodingReader text = new StrictDecodingReader(
 *     in, new DetectedEncoding(UTF_8, 0), Columns.FIELDS, false, false);
 * text.read(buffer, 0, buffer.length);   // the lines before the bad byte, then the end
 * text.reportFailure(problems);          // 3:2: byte 39 (0xB5) is not valid UTF-8
 * }</pre>
 *
 * <p>In a lenient reading each run of bad bytes is read as U+FFFD and noted as an {@link Undecoded}
 * place instead, for {@link #takeUndecoded}.
 */
final class StrictDecodingReader extends Reader {
  private static final int CAPACITY = 1 << 14;
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final DetectedEncoding detected;
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
   * Decoded characters from {@code start} to {@code end}; those before {@code safeEnd} end a line.
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

  StrictDecodingReader(
      InputStream in,
      DetectedEncoding detected,
      Columns columns,
      boolean watchStray,
      boolean lenient) {
    this.in = in;
    this.lenient = lenient;
    this.detected = detected;
    this.decoder = Encodings.strictDecoder(detected.charset());
    this.columns = columns;
    this.watchStray = watchStray;
    this.offset = detected.skipped();
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
          new UndecodableException(offset, line, columns == Columns.FIELDS ? field : column, error);
      end = safeEnd;
    } else if (done) {
      safeEnd = end;
    }
  }

  /**
   * In a lenient reading, notes the place of the {@code length} bad bytes at the input's position
   * (the end of the input inside a character when {@code inside}), skips them and reads U+FFFD in
   * their place; returns whether it did. When {@code out} has no room for it, nothing is taken: the
   * next call meets the bytes again.
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
                ? last.record() == record && last.column() == field
                : last.line() == line && lastQuotes == quotes);
    if (sameCell) {
      // bytes in the cell or string of the place before: one place
    } else if (undecoded.size() < Encodings.MAX_UNDECODED) {
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
    if (offset == detected.neither()) {
      return " is neither UTF-8 nor GB18030; give the encoding";
    }
    if (whyNotValid == null) {
      String charset = detected.charset().name();
      whyNotValid =
          " is not valid "
              + charset
              + (detected.byFirstLine()
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
        + detected.charset().name()
        + " character at byte "
        + offset
        + (length > 0 ? shown(length) : "");
  }

  /**
   * Follows the place through the decoded characters from {@code from} to {@code to}, moving {@code
   * safeEnd} after each line end (outside quotes, in CSV), and notes a stray one when watching.
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

  /**
   * Whether the text read so far may hold a character that no cell may hold: false only when the
   * reader watches for them and has decoded none.
   */
  boolean mayHaveStrayCharacters() {
    return !watchStray || stray;
  }

  /**
   * Reports, once, the bad byte at which the reader stopped, if it did; returns whether it did (see
   * {@link Encodings#reportFailure}).
   */
  boolean reportFailure(Problems problems) {
    UndecodableException e = failure;
    if (e == null) {
      return false;
    }
    if (!reported) {
      reported = true;
      problems.add(e.line, e.column, "", Problems.reason(e));
    }
    return true;
  }

  /**
   * Takes the places of bytes that did not decode that {@code before} accepts, with the count of
   * those left out after the last (see {@link Encodings#takeUndecoded}).
   */
  List<Undecoded> takeUndecoded(Predicate<Undecoded> before) {
    if (undecoded.isEmpty()) {
      return List.of();
    }
    List<Undecoded> taken = new ArrayList<>();
    while (!undecoded.isEmpty() && before.test(undecoded.peek())) {
      taken.add(undecoded.poll());
    }
    if (undecoded.isEmpty() && unlisted > 0 && !taken.isEmpty()) {
      Undecoded last = taken.get(taken.size() - 1);
      taken.add(
          new Undecoded(
              last.record(),
              last.line(),
              0,
              unlisted + " more places with bytes that do not decode follow this one",
              ", not listed"));
      unlisted = 0;
    }
    return taken;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

package io.github.planning.io.internal;

import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
      StreamHead head = StreamHead.read(in);
      DetectedEncoding detected = options.encoding().map(head::given).orElseGet(head::detect);
      return new StrictDecodingReader(
          head.rest(detected.skipped(), in),
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
   * (see {@link RowAssembler#strayCharacter}): false only for a reader of {@link #open}, opened to
   * watch for them, that has decoded none.
   */
  public static boolean mayHaveStrayCharacters(Reader reader) {
    return !(reader instanceof StrictDecodingReader strict) || strict.mayHaveStrayCharacters();
  }

  /** A decoder of {@code charset} that reports, rather than replaces, what does not decode. */
  static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Reports, once, the bad byte at which {@code reader} stopped, if it is a reader of {@link #open}
   * that did; returns whether it did. A reader that meets a bad byte ends there, at the end of the
   * last whole line before it, so that a parser reads every row before that line whole and then
   * sees the end of its input: the owner reports the byte instead of that end.
   */
  public static boolean reportFailure(@Nullable Reader reader, Problems problems) {
    return reader instanceof StrictDecodingReader strict && strict.reportFailure(problems);
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
    return reader instanceof StrictDecodingReader strict ? strict.takeUndecoded(before) : List.of();
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class Utf8InputTest {

  /** Pieces of text: ASCII, line ends, and characters of two, three and four bytes. */
  private static final List<String> PIECES = List.of("a", "{", "\"", " ", "7", "\n", "\r",
      "\r\n", "é", "名", "称", "％", "𠀀", "😀");

  static Gen<byte[]> utf8ish() {
    Gen<byte[]> piece = Generate.oneOf(
        arbitrary().pick(PIECES).map(s -> s.getBytes(UTF_8)),
        arbitrary().pick(PIECES).map(s -> s.getBytes(UTF_8)),
        arbitrary().pick(PIECES).map(s -> s.getBytes(UTF_8)),
        // a character cut short, or any byte
        arbitrary().pick("名", "𠀀", "é").map(s -> Arrays.copyOf(s.getBytes(UTF_8), 1)),
        arbitrary().pick("名", "𠀀").map(s -> Arrays.copyOf(s.getBytes(UTF_8), 2)),
        Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0).map(b -> new byte[] {b}),
        // overlong, surrogate and beyond U+10FFFF
        arbitrary().pick(new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}));
    return lists().of(piece).ofSizeBetween(0, 40).map(Utf8InputTest::concat);
  }

  @Test
  void checks_asTheJdkStrictDecoderDoes() {
    qt().forAll(utf8ish(), integers().between(1, 19), integers().between(0, 60))
        .checkAssert(Utf8InputTest::checksAsTheJdkStrictDecoderDoes);
  }

  private static void checksAsTheJdkStrictDecoderDoes(byte[] bytes, int chunk, int head) {
    int headLength = Math.min(head, bytes.length);
    long expected = firstBadByte(bytes, 0, bytes.length, true);
    Utf8Input input = new Utf8Input(bytes, 0, headLength,
        new ByteArrayInputStream(bytes, headLength, bytes.length - headLength), 8);
    if (headLength < bytes.length) {
      long headError = input.checkHead(true);
      long jdkHeadError = firstBadByte(bytes, 0, headLength, false);
      if (jdkHeadError >= 0) {
        assertThat(headError).isEqualTo(jdkHeadError);
      } else {
        // the JDK sees a surrogate or a code point beyond U+10FFFF only once it is whole
        assertThat(headError).isIn(-1L, expected);
      }
      if (headError >= 0) {
        return;
      }
    }
    ByteArrayOutputStream delivered = new ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    try {
      int n;
      while ((n = input.read(buffer, 0, chunk)) >= 0) {
        assertThat(n).isPositive();
        delivered.write(buffer, 0, n);
      }
      assertThat(expected).isEqualTo(-1);
      assertThat(delivered.toByteArray()).isEqualTo(bytes);
    } catch (Encodings.UndecodableException e) {
      assertThat(e.offset).isEqualTo(expected);
      assertThat(e.getMessage()).containsPattern("byte " + expected + "( |$)");
      byte[] prefix = delivered.toByteArray();
      assertThat(prefix.length).isBetween((int) expected, (int) expected + 3);
      assertThat(prefix).isEqualTo(Arrays.copyOf(bytes, prefix.length));
      assertThatThrownBy(() -> input.read(buffer, 0, chunk)).isSameAs(e);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Gen<String> text() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 120)
        .map(pieces -> String.join("", pieces));
  }

  /**
   * Read in chunks, keeping from a later character each time, the column of every byte from the
   * kept one on is the one a character parser counts for its character.
   */
  @Test
  void column_isTheCharacterColumnOfEachByteFromTheKeptOne() {
    qt().forAll(text(), integers().between(1, 13), longs().all())
        .checkAssert((text, chunk, seed) -> {
          try {
            columnIsTheCharacterColumnOfEachByteFromTheKeptOne(text, chunk, seed);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static void columnIsTheCharacterColumnOfEachByteFromTheKeptOne(String text, int chunk,
      long seed) throws IOException {
    byte[] bytes = text.getBytes(UTF_8);
    long[] columns = new long[bytes.length + 1];
    boolean[] starts = new boolean[bytes.length + 1];
    long column = 1;
    int at = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLowSurrogate(c)) {
        columns[at] = column;
        starts[at] = true;
        at += String.valueOf(Character.toChars(text.codePointAt(i))).getBytes(UTF_8).length;
      }
      column = c == '\n' || c == '\r' ? 1 : column + 1;
    }
    columns[at] = column;
    starts[at] = true;

    java.util.Random random = new java.util.Random(seed);
    Utf8Input input = new Utf8Input(new byte[0], 0, 0, new ByteArrayInputStream(bytes), 4);
    byte[] buffer = new byte[chunk];
    long delivered = 0;
    long kept = 0;
    int n;
    while ((n = input.read(buffer, 0, chunk)) > 0) {
      delivered += n;
      long next = kept + random.nextInt((int) (delivered - kept) + 1);
      while (!starts[(int) next]) {
        next--;
      }
      kept = Math.max(kept, next);
      input.keepFrom(kept);
      for (long offset = kept; offset <= delivered; offset++) {
        int start = (int) offset;
        while (!starts[start]) {
          start--;
        }
        assertThat(input.column(offset)).as("offset %d", offset).isEqualTo(columns[start]);
      }
    }
  }

  @Test
  void column_countsCharactersNotBytes() throws IOException {
    Utf8Input input = utf8("{\n\"名称\": \"x\"}");

    assertThat(input.readAllBytes()).hasSize(16);
    assertThat(input.column(12)).isEqualTo(7);
    assertThat(input.column(2)).isEqualTo(1);
    // inside 名 and 称: their own columns
    assertThat(input.column(4)).isEqualTo(input.column(3)).isEqualTo(2);
    assertThat(input.column(8)).isEqualTo(3);
  }

  @Test
  void column_ofAForgottenOffset_isAnError() throws IOException {
    byte[] bytes = "名".repeat(100).getBytes(UTF_8);
    Utf8Input input = new Utf8Input(new byte[0], 0, 0, new ByteArrayInputStream(bytes), 16);
    input.keepFrom(150);
    byte[] buffer = new byte[21];
    int total = 0;
    int n;
    while ((n = input.read(buffer, 0, buffer.length)) > 0) {
      total += n;
    }
    assertThat(total).isEqualTo(300);

    assertThat(input.column(150)).isEqualTo(51);
    assertThat(input.column(300)).isEqualTo(101);
    assertThatThrownBy(() -> input.column(3)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("byte offset 3 is not among the bytes kept")
        .hasMessageEndingWith(" to 300");
  }

  @Test
  void aBadByte_isNamedByItsOffsetInTheWholeInput_countingTheBom() {
    byte[] bytes = concat(List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "ab名".getBytes(UTF_8), new byte[] {(byte) 0xE5, 'c'}));
    Utf8Input input = new Utf8Input(bytes, 3, bytes.length, InputStream.nullInputStream());

    assertThatThrownBy(input::readAllBytes).isInstanceOf(Encodings.UndecodableException.class)
        .hasMessage("byte 8 is not valid UTF-8");
  }

  @Test
  void theInputEndingInsideACharacter_isNamedAsSuch() {
    byte[] bytes = Arrays.copyOf("a名".getBytes(UTF_8), 3);
    Utf8Input input = new Utf8Input(new byte[0], 0, 0, new ByteArrayInputStream(bytes));

    assertThatThrownBy(input::readAllBytes).isInstanceOf(Encodings.UndecodableException.class)
        .hasMessage("the input ends inside a UTF-8 character at byte 1");
  }

  @Test
  void json_isReadAsBytesWhenItIsUtf8_andAsCharactersOtherwise() throws IOException {
    String text = "{\"title\": \"主要指标\"}";

    assertThat(json(text.getBytes(UTF_8), Optional.empty()).bytes()).isNotNull();
    assertThat(json(concat(List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.getBytes(UTF_8))), Optional.empty()).bytes().readAllBytes())
        .isEqualTo(text.getBytes(UTF_8));
    assertThat(json(text.getBytes(UTF_8), Optional.of(UTF_8)).bytes()).isNotNull();
    Encodings.JsonInput gb = json(text.getBytes(Encodings.GB18030), Optional.empty());
    assertThat(gb.bytes()).isNull();
    assertThat(new String(readAll(gb.chars()))).isEqualTo(text);
    assertThat(json(text.getBytes(Encodings.GB18030), Optional.of(Encodings.GB18030)).chars())
        .isNotNull();
  }

  @Test
  void json_withAZeroByteOrASecondBomAtItsStart_isReadAsCharacters() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Encodings.JsonInput zero = json(new byte[] {' ', 0, '{', '}'}, Optional.empty());
    Encodings.JsonInput twoBoms = json(concat(List.of(bom, bom, "{}".getBytes(UTF_8))),
        Optional.empty());

    assertThat(zero.bytes()).isNull();
    assertThat(readAll(zero.chars())).containsExactly(' ', '\0', '{', '}');
    assertThat(twoBoms.bytes()).isNull();
    assertThat(readAll(twoBoms.chars())).containsExactly('\uFEFF', '{', '}');
  }

  private static Encodings.JsonInput json(byte[] bytes, Optional<java.nio.charset.Charset> charset)
      throws IOException {
    return Encodings.json(new ByteArrayInputStream(bytes), charset);
  }

  private static char[] readAll(java.io.Reader reader) throws IOException {
    java.io.CharArrayWriter out = new java.io.CharArrayWriter();
    reader.transferTo(out);
    return out.toCharArray();
  }

  private static Utf8Input utf8(String text) {
    return new Utf8Input(new byte[0], 0, 0, new ByteArrayInputStream(text.getBytes(UTF_8)));
  }

  /** The offset of the first byte the JDK's strict decoder rejects, or −1. */
  private static long firstBadByte(byte[] bytes, int from, int to, boolean endOfInput) {
    CharsetDecoder decoder = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    if (decoder.decode(in, out, endOfInput).isError()
        || endOfInput && decoder.flush(out).isError()) {
      return in.position();
    }
    return -1;
  }

  private static byte[] concat(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }

  @Test
  void readingByteByByte_givesEveryByte_thenTheBadOne() throws IOException {
    byte[] bytes = concat(List.of("a名".getBytes(UTF_8), new byte[] {(byte) 0xFF}));
    Utf8Input input = new Utf8Input(new byte[0], 0, 0, new ByteArrayInputStream(bytes));

    assertThat(input.read()).isEqualTo('a');
    assertThat(input.read()).isEqualTo(0xE5);
    assertThat(input.read()).isEqualTo(0x90);
    assertThat(input.read()).isEqualTo(0x8D);
    assertThatThrownBy(input::read).hasMessage("byte 4 is not valid UTF-8");
    assertThat(utf8("").read()).isEqualTo(-1);
  }

  @Test
  void checkHead_ofAWholeInputEndingInsideACharacter_namesTheCharacter() {
    byte[] bytes = Arrays.copyOf("ab名".getBytes(UTF_8), 4);

    assertThat(new Utf8Input(bytes, 0, 4, InputStream.nullInputStream()).checkHead(false))
        .isEqualTo(2);
    assertThat(new Utf8Input(bytes, 0, 4, InputStream.nullInputStream()).checkHead(true))
        .isEqualTo(-1);
  }

  @Test
  void close_closesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new Utf8Input(new byte[0], 0, 0, in).close();

    assertThat(closed[0]).isTrue();
  }

  @Test
  void json_readsAsCharactersOnlyForAZeroByteAmongTheFirstFour() throws IOException {
    assertThat(json(new byte[] {' ', ' ', ' ', 0, '{', '}'}, Optional.empty()).bytes()).isNull();
    assertThat(json(new byte[] {' ', ' ', ' ', ' ', '{', '}', 0}, Optional.empty()).bytes())
        .isNotNull();
    assertThat(json(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', ' ', ' ', 0},
        Optional.empty()).bytes()).isNull();
    assertThat(json(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', ' ', ' ', ' ', 0},
        Optional.empty()).bytes()).isNotNull();
  }

  @Test
  void aBadByteFoundInTheHead_isPlacedByLinesAndCharacters_crAndCrlfAndFourBytes() {
    byte[] bytes = concat(List.of("a\rb\r\nc\n𠀀名".getBytes(UTF_8), new byte[] {(byte) 0xFF}));

    assertThatThrownBy(() -> json(bytes, Optional.empty()))
        .isInstanceOfSatisfying(Encodings.UndecodableException.class, e -> {
          assertThat(e.offset).isEqualTo(bytes.length - 1);
          assertThat(e.line).isEqualTo(4);
          assertThat(e.column).isEqualTo(4);
        });
  }
}

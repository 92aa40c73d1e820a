package io.github.planning.io.internal;

import java.nio.charset.Charset;

/**
 * The encoding an input is read in, given or detected, with what detection found on the way.
 *
 * <pre>{@code
 * new DetectedEncoding(UTF_8, 3)                  // named by a byte order mark of 3 bytes
 * new DetectedEncoding(GB18030, 0, -1, true)      // as its first line with other than ASCII
 * new DetectedEncoding(UTF_8, 0, 39, false)       // byte 39 is neither UTF-8 nor GB18030
 * }</pre>
 *
 * @param charset the encoding
 * @param skipped the bytes of its byte order mark, skipped before the text
 * @param neither the offset of the first byte that is neither UTF-8 nor GB18030 when detection
 *     failed there, else −1
 * @param byFirstLine whether the first line with non-ASCII bytes decided the encoding
 */
record DetectedEncoding(Charset charset, int skipped, long neither, boolean byFirstLine) {

  DetectedEncoding(Charset charset, int skipped) {
    this(charset, skipped, -1, false);
  }
}

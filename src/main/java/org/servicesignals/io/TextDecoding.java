package org.servicesignals.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens byte input as UTF-8 text. A leading UTF-8 byte-order mark is dropped; a UTF-16 one (what
 * Excel's "Unicode Text" export writes) switches to UTF-16, and so does UTF-16 without a mark. Bytes that are not valid in the encoding
 * become U+FFFD instead of ending the run, so the row they sit in is still written and the
 * classifier reports it, rather than the whole file failing.
 */
final class TextDecoding {
  /** Bytes looked at to tell UTF-16 without a byte-order mark from UTF-8. */
  static final int SNIFF = 4096;

  private TextDecoding() {}

  /**
   * UTF-16 written without a byte-order mark: text in any script has NUL in half of its bytes, at
   * odd offsets (little-endian) or even ones (big-endian), while UTF-8 text has none.
   */
  static java.util.Optional<Charset> utf16WithoutBom(byte[] head) {
    int pairs = head.length / 2;
    if (pairs < 2) {
      return java.util.Optional.empty();
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i + 1 < head.length; i += 2) {
      evenZero += head[i] == 0 ? 1 : 0;
      oddZero += head[i + 1] == 0 ? 1 : 0;
    }
    if (oddZero * 10 >= pairs * 3 && evenZero * 10 < pairs) {
      return java.util.Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZero * 10 >= pairs * 3 && oddZero * 10 < pairs) {
      return java.util.Optional.of(StandardCharsets.UTF_16BE);
    }
    return java.util.Optional.empty();
  }

  static Reader reader(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(SNIFF);
    byte[] head = b.readNBytes(SNIFF);
    b.reset();
    byte[] bom = java.util.Arrays.copyOf(head, Math.min(3, head.length));
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      charset = utf16WithoutBom(head).orElse(StandardCharsets.UTF_8);
    }
    b.skipNBytes(skip);
    return new InputStreamReader(b, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }
}

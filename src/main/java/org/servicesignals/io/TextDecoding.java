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
 * Excel's "Unicode Text" export writes) switches to UTF-16. Bytes that are not valid in the encoding
 * become U+FFFD instead of ending the run, so the row they sit in is still written and the
 * classifier reports it, rather than the whole file failing.
 */
final class TextDecoding {
  private TextDecoding() {}

  static Reader reader(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(3);
    byte[] bom = b.readNBytes(3);
    b.reset();
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
    }
    b.skipNBytes(skip);
    return new InputStreamReader(b, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }
}

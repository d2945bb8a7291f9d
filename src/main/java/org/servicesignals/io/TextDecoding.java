package org.servicesignals.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens byte input as UTF-8 text. A leading byte-order mark is dropped; bytes that are not UTF-8
 * become U+FFFD instead of ending the run, so the row they sit in is still written and the
 * classifier reports it, rather than the whole file failing.
 */
final class TextDecoding {
  private TextDecoding() {}

  static Reader reader(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(3);
    byte[] bom = b.readNBytes(3);
    if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
      b.reset();
    }
    return new InputStreamReader(b, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }
}

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
  /** Two-byte units needed before NULs are taken as UTF-16. */
  static final int MIN_PAIRS = 8;

  private TextDecoding() {}

  /**
   * UTF-16 written without a byte-order mark: text in any script has NUL in half of its bytes, at
   * odd offsets (little-endian) or even ones (big-endian), while UTF-8 text has none.
   */
  static java.util.Optional<Charset> utf16WithoutBom(byte[] head) {
    // fewer than eight characters say too little: "\n\0\xFF\n" is UTF-8 with a NUL as much as U+0AFF
    int pairs = head.length / 2;
    if (pairs < MIN_PAIRS) {
      return java.util.Optional.empty();
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i + 1 < head.length; i += 2) {
      evenZero += head[i] == 0 ? 1 : 0;
      oddZero += head[i + 1] == 0 ? 1 : 0;
    }
    Charset guess = null;
    if (oddZero * 10 >= pairs * 3 && evenZero * 10 < pairs) {
      guess = StandardCharsets.UTF_16LE;
    } else if (evenZero * 10 >= pairs * 3 && oddZero * 10 < pairs) {
      guess = StandardCharsets.UTF_16BE;
    }
    // NULs alone are weak evidence in a short head: the text must also read as text in UTF-16
    return guess != null && readsAsText(new String(head, 0, pairs * 2, guess)) ? java.util.Optional.of(guess)
        : java.util.Optional.empty();
  }

  /**
   * Whether decoded text is made of what text files hold: assigned characters, no control
   * characters but tab and line breaks, no private-use characters, no unpaired surrogates (which
   * decode as U+FFFD).
   */
  static boolean readsAsText(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      // the head may end inside a pair, which decodes as a replacement character
      boolean lastHalf = i == s.length() && (Character.isHighSurrogate((char) cp) || cp == 0xFFFD);
      if (!lastHalf && (cp == 0xFFFD || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE
          || type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r')) {
        return false;
      }
    }
    return true;
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

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
 * Excel's "Unicode Text" export writes) switches to UTF-16, and so does UTF-16 without a mark. A
 * file whose start reads as Windows-1252 and not as UTF-8 (what Excel's "CSV" writes on a Western
 * European Windows) is read as Windows-1252, and {@link Decoded#note} says so. Bytes that are not
 * valid in the encoding become U+FFFD instead of ending the run, so the row they sit in is still
 * written and the classifier reports it, rather than the whole file failing.
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

  /** Bytes looked at to tell Windows-1252 from UTF-8: a few hundred lines of a survey export. */
  static final int LEGACY_SNIFF = 1 << 16;
  /** Non-ASCII bytes needed before a file is taken as Windows-1252: one stray byte is a UTF-8 file's error. */
  static final int MIN_LEGACY_BYTES = 2;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Text read from bytes, and how it was decoded when that is not what a reader expects. */
  record Decoded(Reader reader, Charset charset, java.util.Optional<String> note) {}

  static Reader reader(InputStream in) throws IOException {
    return decode(in).reader();
  }

  static Decoded decode(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, LEGACY_SNIFF);
    b.mark(LEGACY_SNIFF);
    byte[] wide = arrived(b, LEGACY_SNIFF);
    b.reset();
    byte[] head = java.util.Arrays.copyOf(wide, Math.min(SNIFF, wide.length));
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
      charset = utf16WithoutBom(head).orElse(windows1252(wide) ? WINDOWS_1252 : StandardCharsets.UTF_8);
    }
    b.skipNBytes(skip);
    Reader r = new InputStreamReader(b, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    return new Decoded(r, charset, charset.equals(WINDOWS_1252)
        ? java.util.Optional.of("read as Windows-1252: the file is not UTF-8, and its accented letters are Windows-1252's")
        : java.util.Optional.empty());
  }

  /**
   * Whether {@code head} is Windows-1252 text rather than UTF-8 with a stray byte: not one valid
   * UTF-8 sequence of two or more bytes, at least {@link #MIN_LEGACY_BYTES} bytes above ASCII, and
   * each of them one of Windows-1252's letters or typographic marks (quotes, dashes, the euro,
   * no-break space), never a byte it leaves undefined or the rare þ and ÿ that stand in tests and
   * in damaged files for any byte.
   */
  static boolean windows1252(byte[] head) {
    int high = 0;
    for (int i = 0; i < head.length; i++) {
      int c = head[i] & 0xFF;
      if (c < 0x80) {
        continue;
      }
      int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len > 0 && i + len <= head.length && continuation(head, i + 1, len - 1)) {
        return false; // a UTF-8 sequence: the file is UTF-8, whatever else it holds
      }
      boolean mark = c == 0x80 || c >= 0x91 && c <= 0x97 || c >= 0xA0 && c <= 0xBF;
      boolean letter = c >= 0xC0 && c != 0xD7 && c != 0xF7 && c != 0xDE && c != 0xFE && c != 0xFF
          || c == 0x8A || c == 0x8C || c == 0x8E || c == 0x9A || c == 0x9C || c == 0x9E || c == 0x9F;
      if (!mark && !letter) {
        return false;
      }
      high++;
    }
    return high >= MIN_LEGACY_BYTES;
  }

  /**
   * Up to {@code limit} bytes: what a file holds, but of a pipe only what has arrived (at least one
   * byte), so that one line typed or piped in is answered without waiting for more.
   */
  private static byte[] arrived(BufferedInputStream b, int limit) throws IOException {
    byte[] buf = new byte[limit];
    int n = b.read(buf, 0, limit); // stops where the stream has nothing more available
    return n <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, n);
  }

  private static boolean continuation(byte[] b, int from, int n) {
    for (int i = from; i < from + n; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}

package org.servicesignals.analysis;

import java.text.Normalizer;

/**
 * Letters typed with "fancy text" generators and wide keyboards — Mathematical Alphanumeric
 * Symbols (U+1D400–U+1D7FF: 𝐆𝐨𝐨𝐝 𝐬𝐞𝐫𝐯𝐢𝐜𝐞) and Halfwidth and Fullwidth Forms (U+FF01–U+FFEE:
 * ｇｏｏｄ) — folded to the letters they stand for by NFKC, as Unicode defines it. Only those
 * blocks are touched: NFKC on the rest would also rewrite Devanagari nukta letters and Arabic
 * presentation forms, which the language chains normalise their own way.
 */
public final class CompatibilityFolding {
  private CompatibilityFolding() {}

  /** {@code text} with the characters of those two blocks folded; the same string when it has none. */
  public static String fold(String text) {
    int i = 0;
    while (i < text.length() && !folded(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      String s = new String(Character.toChars(cp));
      b.append(folded(cp) ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s);
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  /**
   * Where the span {@code [start, end)} of {@code fold(original)} stands in {@code original}: the
   * code points whose folded letters it covers. Offsets into the folded text are offsets into the
   * message only when nothing was folded (𝐆 is two UTF-16 units, its G one).
   */
  public static int[] originalSpan(String original, int start, int end) {
    int f = 0;
    int from = -1;
    for (int i = 0; i < original.length(); ) {
      int cp = original.codePointAt(i);
      int n = Character.charCount(cp);
      int w = folded(cp) ? Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).length() : n;
      if (from < 0 && f + w > start) {
        from = i;
      }
      if (from >= 0 && f + w >= end) {
        return new int[] {from, i + n};
      }
      f += w;
      i += n;
    }
    throw new IllegalArgumentException("[" + start + "," + end + ") is not inside the folded text");
  }

  private static boolean folded(int cp) {
    return (cp >= 0x1D400 && cp <= 0x1D7FF) || (cp >= 0xFF01 && cp <= 0xFFEE);
  }
}

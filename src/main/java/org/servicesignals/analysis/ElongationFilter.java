package org.servicesignals.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Undoes a key held down for emphasis: a letter typed three or more times in a row ({@code goooood},
 * {@code بکوااااس}), or a letter with its vowel sign or virama ({@code சூப்பர்ர்ர்}, {@code बहुुुत}),
 * is written as the plain spelling has it, so that the elongated word is the word the lexicon and
 * the model know. In Latin letters a run keeps two letters ({@code goooood} becomes {@code good},
 * {@code hyvääää} becomes {@code hyvää}), since English and Finnish double letters but never
 * triple them; in the Indic and Arabic scripts it keeps one ({@code بکوااااس} becomes
 * {@code بکواس}). Digits, emoji and punctuation are left alone ({@code 1000} stays).
 */
public final class ElongationFilter extends TokenFilter {
  /** A unit repeated this many times or more is elongation. */
  static final int MIN_RUN = 3;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public ElongationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = termAtt.length();
    if (len >= MIN_RUN && mayRepeat(termAtt.buffer(), len)) {
      int shortened = shorten(termAtt.buffer(), len);
      if (shortened != len) {
        termAtt.setLength(shortened);
      }
    }
    return true;
  }

  /** Shortens the runs in {@code b[0, len)} in place; returns the new length. */
  static int shorten(char[] b, int len) {
    int out = 0;
    int i = 0;
    while (i < len) {
      int unit = 0;
      int runs = 0;
      for (int u = 1; u <= 2 && runs < MIN_RUN; u++) {
        if (letters(b, i, u, len)) {
          unit = u;
          runs = repeats(b, i, u, len);
        }
      }
      if (runs >= MIN_RUN) {
        int keep = unit == 1 && isLatin(b[i]) ? 2 : 1;
        for (int k = 0; k < keep; k++) {
          System.arraycopy(b, i, b, out, unit);
          out += unit;
        }
        i += runs * unit;
      } else {
        b[out++] = b[i++];
      }
    }
    return out;
  }

  /**
   * Whether some character of {@code b[0, len)} comes back one or two places on and again as far
   * on, as a unit of one or two characters repeated {@link #MIN_RUN} times must: most words have
   * no such place, and {@link #shorten} would give them back as they are.
   */
  static boolean mayRepeat(char[] b, int len) {
    for (int i = 0; i + 2 < len; i++) {
      char c = b[i];
      if (c == b[i + 1] && c == b[i + 2] || i + 4 < len && c == b[i + 2] && c == b[i + 4]) {
        return true;
      }
    }
    return false;
  }

  /** How many times {@code b[i, i+u)} follows itself from {@code i}. */
  private static int repeats(char[] b, int i, int u, int len) {
    int n = 1;
    while (i + (n + 1) * u <= len && same(b, i, i + n * u, u)) {
      n++;
    }
    return n;
  }

  private static boolean same(char[] b, int x, int y, int u) {
    for (int k = 0; k < u; k++) {
      if (b[x + k] != b[y + k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code b[i, i+u)} is a letter or a mark, or (two characters) a letter and its sign, or two letters of a script that is not Latin. */
  private static boolean letters(char[] b, int i, int u, int len) {
    if (i + u > len) {
      return false;
    }
    if (u == 1) {
      return Character.isLetter(b[i]) || isMark(b[i]);
    }
    return Character.isLetter(b[i]) && (isMark(b[i + 1]) || Character.isLetter(b[i + 1]) && !isLatin(b[i]));
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isLatin(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }
}

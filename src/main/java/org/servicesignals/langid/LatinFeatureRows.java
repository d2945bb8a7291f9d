package org.servicesignals.langid;

import java.util.Arrays;
import java.util.Locale;
import org.servicesignals.scoring.ArrayScorer;

/**
 * {@link LatinVarieties#features}, looked up in the scorer as they are spelled: the same lower-cased
 * words ({@code w=}) and character 2- to 4-grams of the edged word ({@code c=}), in the same order,
 * each built in one reused buffer and looked up there, where the strings cost an allocation apiece
 * and the words a regular-expression split. A word is a run of letters ({@code \p{L}}, as the split
 * reads it: {@link Character#isLetter(int)}) and apostrophes.
 *
 * <p>A word's rows are kept in {@link WordRows} the first time it is read, and copied from there
 * after; they are the same rows, in the same order, so the probabilities are the same to the last bit.
 *
 * <p>One scan per text; not shared between threads.
 */
final class LatinFeatureRows {
  private int[] rows = new int[64];
  private int count;
  private int words;
  private int knownWords;
  private char[] word = new char[16]; // "<" + the word + ">"
  private char[] feature = new char[16]; // the prefix and what follows it

  /** Scans {@code text}: its features' rows in {@code scorer}, its words and those the model knows. */
  static LatinFeatureRows scan(String text, ArrayScorer scorer) {
    return scan(text, scorer, null);
  }

  /** As {@link #scan(String, ArrayScorer)}, reading and keeping words' rows in {@code cache} (when not null). */
  static LatinFeatureRows scan(String text, ArrayScorer scorer, WordRows cache) {
    LatinFeatureRows r = new LatinFeatureRows();
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n) {
        int cp = lower.codePointAt(i);
        if (!Character.isLetter(cp) && cp != '\'') {
          break;
        }
        i += Character.charCount(cp);
      }
      if (i > start) {
        r.word(lower, start, i, scorer, cache);
      } else {
        i += Character.charCount(lower.codePointAt(i));
      }
    }
    return r;
  }

  private void word(String lower, int from, int to, ArrayScorer scorer, WordRows cache) {
    if (cache == null || to - from > WordRows.MAX_LENGTH) { // a long word is never kept: no key to make
      word(lower, from, to, scorer);
      return;
    }
    String key = lower.substring(from, to);
    int[] kept = cache.get(key);
    if (kept == null) {
      int first = count;
      word(lower, from, to, scorer);
      if (cache.hasRoom()) { // a full cache is only read: no copy to make
        cache.keep(key, Arrays.copyOfRange(rows, first, count));
      }
      return;
    }
    words++;
    if (kept[0] >= 0) {
      knownWords++;
    }
    if (count + kept.length > rows.length) {
      rows = Arrays.copyOf(rows, Math.max(rows.length * 2, count + kept.length));
    }
    System.arraycopy(kept, 0, rows, count, kept.length);
    count += kept.length;
  }

  private void word(String lower, int from, int to, ArrayScorer scorer) {
    int length = to - from;
    if (word.length < length + 2) {
      word = new char[length + 2];
      feature = new char[length + 4];
    }
    word[0] = '<';
    lower.getChars(from, to, word, 1);
    word[length + 1] = '>';
    int w = lookup(LatinVarieties.WORD, 1, length, scorer);
    words++;
    if (w >= 0) {
      knownWords++;
    }
    int edged = length + 2;
    for (int g = LatinVarieties.MIN_GRAM; g <= LatinVarieties.MAX_GRAM; g++) {
      for (int at = 0; at + g <= edged; at++) {
        lookup(LatinVarieties.CHARS, at, g, scorer);
      }
    }
  }

  /** Looks up {@code prefix} followed by {@code word[from, from + length)}, adds its row, returns it. */
  private int lookup(String prefix, int from, int length, ArrayScorer scorer) {
    feature[0] = prefix.charAt(0);
    feature[1] = prefix.charAt(1);
    System.arraycopy(word, from, feature, 2, length);
    int row = scorer.row(feature, 0, length + 2);
    if (count == rows.length) {
      rows = Arrays.copyOf(rows, count * 2);
    }
    rows[count++] = row;
    return row;
  }

  /** The probabilities {@code scorer} gives the scanned text, in the model's outcome order. */
  double[] eval(ArrayScorer scorer) {
    return scorer.evalRows(rows, count);
  }

  int words() {
    return words;
  }

  int knownWords() {
    return knownWords;
  }
}

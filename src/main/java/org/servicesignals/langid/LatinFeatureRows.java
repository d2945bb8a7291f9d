package org.servicesignals.langid;

import java.util.Arrays;
import java.util.Locale;
import org.servicesignals.scoring.ArrayScorer;

/**
 * {@link LatinVarieties#features}, looked up in the scorer as they are spelled: the same lower-cased
 * words ({@code w=}) and character 2- to 4-grams of the edged word ({@code c=}), each built in one
 * reused buffer and looked up there, where the strings cost an allocation apiece and the words a
 * regular-expression split. A word is a run of letters ({@code \p{L}}, as the split reads it:
 * {@link Character#isLetter(int)}) and apostrophes ({@link Words#letterRuns}). The weights are
 * summed word by word, then the words' sums in their order ({@link ArrayScorer#addRows}, {@link ArrayScorer#evalSum}), so the
 * probabilities are OpenNLP's to far below {@link ArrayScorer#TOLERANCE} (addition in another
 * grouping moves the last bits).
 *
 * <p>A word's sums are kept in {@link WordRows} the first time it is read and taken from there
 * after; they are the sums its scan makes, so a text gets the same probabilities to the last bit
 * whether its words were kept or not.
 *
 * <p>One scan per text; not shared between threads.
 */
final class LatinFeatureRows {
  private final double[] total; // the words' sums, added in their order
  private final double[] word; // the word being read: its weights summed
  private int[] rows = new int[64]; // the rows of the word being read
  private int count;
  private int words;
  private int knownWords;
  private char[] edged = new char[16]; // "<" + the word + ">"
  private char[] feature = new char[16]; // the prefix and what follows it

  private LatinFeatureRows(int outcomes) {
    total = new double[outcomes];
    word = new double[outcomes];
  }

  /** Scans {@code text}: its features' weights in {@code scorer}, its words and those the model knows. */
  static LatinFeatureRows scan(String text, ArrayScorer scorer) {
    return scan(text, scorer, null);
  }

  /** As {@link #scan(String, ArrayScorer)}, reading and keeping words' sums in {@code cache} (when not null). */
  static LatinFeatureRows scan(String text, ArrayScorer scorer, WordRows cache) {
    LatinFeatureRows r = new LatinFeatureRows(scorer.outcomes());
    String lower = text.toLowerCase(Locale.ROOT);
    Words.letterRuns(lower, (from, to) -> r.word(lower, from, to, scorer, cache));
    return r;
  }

  private void word(String lower, int from, int to, ArrayScorer scorer, WordRows cache) {
    if (cache == null || to - from > WordRows.MAX_LENGTH) { // a long word is never kept: no key to make
      add(read(lower, from, to, scorer), word);
      return;
    }
    String key = lower.substring(from, to);
    WordRows.Word kept = cache.get(key);
    if (kept == null) {
      boolean known = read(lower, from, to, scorer);
      if (cache.hasRoom()) { // a full cache is only read: no copy to make
        cache.keep(key, new WordRows.Word(word.clone(), known));
      }
      add(known, word);
      return;
    }
    add(kept.known(), kept.sums());
  }

  private void add(boolean known, double[] sums) {
    words++;
    if (known) {
      knownWords++;
    }
    for (int o = 0; o < total.length; o++) {
      total[o] += sums[o];
    }
  }

  /** Reads a word's features into {@link #word}, their weights summed; whether the model knows the word. */
  private boolean read(String lower, int from, int to, ArrayScorer scorer) {
    int length = to - from;
    if (edged.length < length + 2) {
      edged = new char[length + 2];
      feature = new char[length + 4];
    }
    edged[0] = '<';
    lower.getChars(from, to, edged, 1);
    edged[length + 1] = '>';
    count = 0;
    int w = lookup(LatinVarieties.WORD, 1, length, scorer);
    int all = length + 2;
    for (int g = LatinVarieties.MIN_GRAM; g <= LatinVarieties.MAX_GRAM; g++) {
      for (int at = 0; at + g <= all; at++) {
        lookup(LatinVarieties.CHARS, at, g, scorer);
      }
    }
    Arrays.fill(word, 0.0);
    scorer.addRows(rows, 0, count, word);
    return w >= 0;
  }

  /** Looks up {@code prefix} followed by {@code edged[from, from + length)}, adds its row, returns it. */
  private int lookup(String prefix, int from, int length, ArrayScorer scorer) {
    feature[0] = prefix.charAt(0);
    feature[1] = prefix.charAt(1);
    System.arraycopy(edged, from, feature, 2, length);
    int row = scorer.row(feature, 0, length + 2);
    if (count == rows.length) {
      rows = Arrays.copyOf(rows, count * 2);
    }
    rows[count++] = row;
    return row;
  }

  /** The probabilities {@code scorer} gives the scanned text, in the model's outcome order. */
  double[] eval(ArrayScorer scorer) {
    return scorer.evalSum(total);
  }

  int words() {
    return words;
  }

  int knownWords() {
    return knownWords;
  }
}

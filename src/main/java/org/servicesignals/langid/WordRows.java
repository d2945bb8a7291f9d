package org.servicesignals.langid;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the detector makes of one lower-cased word — the weights of its {@code w=} feature and its
 * character n-grams summed per variety, and whether the model knows the word — kept the first time
 * the word is read, so a word met again is one map lookup instead of some twenty feature lookups
 * and a hundred additions from all over the weights. Words follow Zipf's law: a few thousand make
 * most of any text, so most words are met again. Only words of up to {@link #MAX_LENGTH}
 * characters are kept, and the cache stops growing at {@link #MAX_WORDS} words (6 to 8.5 MB,
 * by the words' lengths) and is then only read, which keeps its memory bounded and every answer the same: a word's
 * sums never depend on whether it was kept.
 *
 * <p>Thread-safe: what is kept is never changed.
 */
final class WordRows {
  /** Words kept at most. */
  static final int MAX_WORDS = 50_000;
  /** Longest word kept, in UTF-16 units. */
  static final int MAX_LENGTH = 24;

  /**
   * One word read.
   *
   * @param sums its features' weights summed per outcome, in the model's order (never changed)
   * @param known whether the model has its {@code w=} feature
   */
  record Word(double[] sums, boolean known) {}

  private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /** The word kept as {@code word}, or null. */
  Word get(String word) {
    return words.get(word);
  }

  /** Whether a word may still be kept. */
  boolean hasRoom() {
    return size.get() < MAX_WORDS;
  }

  /** Keeps {@code read} for {@code word} while there is room, if the word is not too long. */
  void keep(String word, Word read) {
    if (word.length() <= MAX_LENGTH && size.get() < MAX_WORDS && words.putIfAbsent(word, read) == null) {
      size.incrementAndGet();
    }
  }

  int size() {
    return size.get();
  }
}

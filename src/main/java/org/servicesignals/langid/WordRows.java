package org.servicesignals.langid;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The detector's rows of one lower-cased word — its {@code w=} feature, then its character n-grams —
 * kept the first time the word is read, so a word met again is one map lookup instead of some
 * twenty. Words follow Zipf's law: a few thousand make most of any text, so most words are met
 * again. The cache stops growing at {@link #MAX_WORDS} words (some 10 MB) and is then only read,
 * which keeps its memory bounded and every answer the same: a word's rows never depend on whether
 * it was kept.
 *
 * <p>Thread-safe: the rows kept are never changed.
 */
final class WordRows {
  /** Words kept at most. */
  static final int MAX_WORDS = 50_000;

  private final ConcurrentHashMap<String, int[]> rows = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /** The rows kept for {@code word}, or null. */
  int[] get(String word) {
    return rows.get(word);
  }

  /** Keeps {@code wordRows} for {@code word} while there is room. */
  void keep(String word, int[] wordRows) {
    if (size.get() < MAX_WORDS && rows.putIfAbsent(word, wordRows) == null) {
      size.incrementAndGet();
    }
  }

  int size() {
    return size.get();
  }
}

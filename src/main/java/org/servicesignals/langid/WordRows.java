package org.servicesignals.langid;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The detector's rows of one lower-cased word — its {@code w=} feature, then its character n-grams —
 * kept the first time the word is read, so a word met again is one map lookup instead of some
 * twenty. Words follow Zipf's law: a few thousand make most of any text, so most words are met
 * again. Only words of up to {@link #MAX_LENGTH} characters are kept (a word's rows grow with its
 * length, and long ones are rare), and the cache stops growing at {@link #MAX_WORDS} words (at most
 * some 25 MB, about 10 MB for everyday words) and is then only read, which keeps its memory bounded
 * and every answer the same: a word's rows never depend on whether it was kept.
 *
 * <p>Thread-safe: the rows kept are never changed.
 */
final class WordRows {
  /** Words kept at most. */
  static final int MAX_WORDS = 50_000;
  /** Longest word kept, in UTF-16 units. */
  static final int MAX_LENGTH = 24;

  private final ConcurrentHashMap<String, int[]> rows = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /** The rows kept for {@code word}, or null. */
  int[] get(String word) {
    return rows.get(word);
  }

  /** Whether a word may still be kept. */
  boolean hasRoom() {
    return size.get() < MAX_WORDS;
  }

  /** Keeps {@code wordRows} for {@code word} while there is room, if the word is not too long. */
  void keep(String word, int[] wordRows) {
    if (word.length() <= MAX_LENGTH && size.get() < MAX_WORDS && rows.putIfAbsent(word, wordRows) == null) {
      size.incrementAndGet();
    }
  }

  int size() {
    return size.get();
  }
}

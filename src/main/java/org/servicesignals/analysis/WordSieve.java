package org.servicesignals.analysis;

import java.util.Collection;

/**
 * A bit for each word of a small list, at a place its {@link String#hashCode} picks, in 4,096 bits
 * (half a kilobyte, which stays in the processor's nearest cache): a word whose bit is unset is
 * surely not in the list, so the list's own table is asked only about the few words whose bit is
 * set. Put in front of look-ups asked of every token where nearly every token is no member (the
 * negators, particles and contrast words, the first words of denial phrases): a token's hash is
 * worked out once and kept by its string, so the sieve costs a shift and a read.
 *
 * <p>Immutable; shared by all threads.
 */
public final class WordSieve {
  private static final int WORDS = 64; // longs: 4,096 bits

  private final long[] bits = new long[WORDS];

  private WordSieve(Collection<String> words) {
    for (String w : words) {
      int at = place(w);
      bits[at >>> 6] |= 1L << at;
    }
  }

  /** A sieve that lets every word of {@code words} through, and few others. */
  public static WordSieve of(Collection<String> words) {
    return new WordSieve(words);
  }

  /** False when {@code word} is surely not one of the words; true when it may be. */
  public boolean mayHold(String word) {
    int at = place(word);
    return (bits[at >>> 6] & 1L << at) != 0;
  }

  private static int place(String word) {
    int h = word.hashCode();
    return (h ^ h >>> 12) & (WORDS * 64 - 1);
  }
}

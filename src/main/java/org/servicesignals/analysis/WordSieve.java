package org.servicesignals.analysis;

import java.util.Collection;

/**
 * A bit for each word of a list, at a place its {@link String#hashCode} picks, in some sixteen
 * bits a word (at least 4,096: half a kilobyte, which stays in the processor's nearest cache; a
 * lexicon's first words take a few kilobytes): a word whose bit is unset is surely not in the list,
 * so the list's own table is asked only about the few other words whose bit is set. Put in front
 * of look-ups asked of every token where most tokens are no member (the negators, particles and
 * contrast words, the first words of denial phrases and of the lexicon's terms): a token's hash is
 * worked out once and kept by its string, so the sieve costs a multiplication and a read.
 *
 * <p>Immutable; shared by all threads.
 */
public final class WordSieve {
  private static final int LEAST_BITS = 4096;
  private static final int MOST_BITS = 1 << 22;
  private static final int BITS_A_WORD = 16;

  private final long[] bits;
  private final int shift; // 32 less the bits of a place

  private WordSieve(Collection<String> words) {
    int size = Math.min(MOST_BITS, Math.max(LEAST_BITS, Integer.highestOneBit(Math.max(1, words.size() * BITS_A_WORD)) << 1));
    bits = new long[size / 64];
    shift = 32 - Integer.numberOfTrailingZeros(size);
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

  /** The bits it holds, for tests. */
  int size() {
    return bits.length * 64;
  }

  private int place(String word) {
    return word.hashCode() * 0x9E3779B9 >>> shift; // the hash's bits mixed into the top ones, which are taken
  }
}

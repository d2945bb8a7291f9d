package org.servicesignals.scoring;

import java.util.Arrays;

/**
 * A message's features spelled end to end in one {@code char[]}, each with its start, length and
 * {@link String#hashCode} (worked out as its characters go in): what a feature generator writes
 * for {@link ArrayScorer#eval(FeatureBuffer)} instead of a string per feature, which cost an
 * allocation, a copy and a hash pass apiece. A feature is written as {@link #begin}, any number
 * of {@link #append}s, {@link #end}; or whole, {@link #add}.
 *
 * <p>One per thread, {@link #clear cleared} for each message; not thread-safe. A feature begun and
 * not ended (its writer threw) leaves the buffer refusing more until it is cleared.
 */
public final class FeatureBuffer {
  private char[] chars = new char[512];
  private int used;
  private int[] starts = new int[64];
  private int[] lengths = new int[64];
  private int[] hashes = new int[64];
  private int count;
  private int start = -1; // of the feature being written, -1 between features
  private int hash;
  private int[] entries = new int[64]; // where the features' entries start in the index looked up in, or -1
  private long[] slots = new long[64]; // the look-ups' first slots, reused too
  private int looked; // how many features the last look-up looked up

  /** Room kept from one message to the next at most; a longer message's is let go. */
  private static final int KEPT_CHARS = 1 << 16;

  /** Forgets every feature written (and any begun), keeping the room made, for the next message. */
  public void clear() {
    if (chars.length > KEPT_CHARS) { // one very long message does not hold its room for the thread's life
      chars = new char[512];
      starts = new int[64];
      lengths = new int[64];
      hashes = new int[64];
      entries = new int[64];
      slots = new long[64];
    }
    used = 0;
    count = 0;
    start = -1;
    looked = 0;
  }

  /** Starts a feature. */
  public FeatureBuffer begin() {
    if (start >= 0) {
      throw new IllegalStateException("a feature was begun and not ended");
    }
    start = used;
    hash = 0;
    return this;
  }

  /** Adds {@code s}'s characters to the feature being written. */
  public FeatureBuffer append(String s) {
    int n = s.length();
    room(n);
    s.getChars(0, n, chars, used);
    int h = hash;
    for (int i = used, end = used + n; i < end; i++) {
      h = 31 * h + chars[i];
    }
    hash = h;
    used += n;
    return this;
  }

  /** Adds one character to the feature being written. */
  public FeatureBuffer append(char c) {
    room(1);
    chars[used++] = c;
    hash = 31 * hash + c;
    return this;
  }

  /** Ends the feature being written. */
  public void end() {
    if (start < 0) {
      throw new IllegalStateException("no feature was begun");
    }
    if (count == starts.length) {
      int more = count * 2;
      starts = Arrays.copyOf(starts, more);
      lengths = Arrays.copyOf(lengths, more);
      hashes = Arrays.copyOf(hashes, more);
    }
    starts[count] = start;
    lengths[count] = used - start;
    hashes[count] = hash;
    count++;
    start = -1;
  }

  /** Writes {@code feature} whole. */
  public void add(String feature) {
    begin().append(feature).end();
  }

  /** How many features were written. */
  public int size() {
    return count;
  }

  /** The length of feature {@code i}. */
  public int length(int i) {
    java.util.Objects.checkIndex(i, count);
    return lengths[i];
  }

  /**
   * Whether feature {@code i} was in the index the features were last looked up in ({@link
   * ArrayScorer#eval(FeatureBuffer)}).
   */
  public boolean found(int i) {
    java.util.Objects.checkIndex(i, looked);
    return entries[i] >= 0;
  }

  /** The characters there is room for now: for tests. */
  int room() {
    return chars.length;
  }

  /** Feature {@code i} as a string: for tests and messages. */
  public String feature(int i) {
    java.util.Objects.checkIndex(i, count);
    return new String(chars, starts[i], lengths[i]);
  }

  private void room(int n) {
    if (used + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
    }
  }

  /**
   * Looks the features up in {@code index} ({@link FeatureIndex#entries}): where each one's entry
   * starts, or -1, the first {@link #size()} of the array given, which is the buffer's own and
   * changes with the next call.
   */
  int[] entries(FeatureIndex index) {
    if (entries.length < count) {
      entries = new int[starts.length];
      slots = new long[starts.length];
    }
    index.entries(chars, starts, lengths, hashes, count, entries, slots);
    looked = count;
    return entries;
  }
}

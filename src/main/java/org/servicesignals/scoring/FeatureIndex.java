package org.servicesignals.scoring;

import java.util.Arrays;

/**
 * Feature string to its row in {@link ArrayScorer}'s weights: an open-addressing table of the
 * strings, their hashes and their rows in three arrays. Scoring a message is mostly these lookups, and a
 * {@code HashMap<String, Integer>} spends them following a node and a boxed integer apiece, two
 * cache misses a feature that the flat arrays avoid, in a third of the memory.
 *
 * <p>Immutable once built, so shared by all threads.
 */
final class FeatureIndex {
  private final String[] keys;
  private final int[] hashes; // each key's hash beside it: a probe that meets another key reads no string
  private final int[] rows;
  private final int mask;
  private int size;

  /** An index with room for {@code expected} features, at most half full. */
  FeatureIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    rows = new int[capacity];
    Arrays.fill(rows, -1);
    mask = capacity - 1;
  }

  /** Adds {@code feature} as the next row, which it returns; the row it has if it is there already. */
  int add(String feature) {
    int i = slot(feature);
    if (keys[i] == null) {
      if ((size + 1) * 2 > keys.length) {
        throw new IllegalStateException("more features than the index was made for");
      }
      keys[i] = feature;
      hashes[i] = feature.hashCode();
      rows[i] = size++;
    }
    return rows[i];
  }

  /** The row of {@code feature}, or -1 when the model has not seen it. */
  int row(String feature) {
    return rows[slot(feature)];
  }

  /**
   * The row of the feature spelled by {@code chars[from, from + length)}, or -1: the same as
   * {@link #row(String)} of that string, without making it.
   */
  int row(char[] chars, int from, int length) {
    int h = 0;
    for (int k = from; k < from + length; k++) {
      h = 31 * h + chars[k]; // String.hashCode
    }
    for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return -1;
      }
      if (hashes[i] == h && k.length() == length && spells(k, chars, from)) {
        return rows[i];
      }
    }
  }

  private static boolean spells(String k, char[] chars, int from) {
    for (int j = 0; j < k.length(); j++) {
      if (k.charAt(j) != chars[from + j]) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return size;
  }

  /** Where {@code feature} is, or the empty slot where it would go. */
  private int slot(String feature) {
    int h = feature.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
      if (hashes[i] == h && k.equals(feature)) {
        return i;
      }
    }
    return i;
  }
}

package org.servicesignals.scoring;

import java.util.Arrays;

/**
 * Feature string to its row in {@link ArrayScorer}'s weights: an open-addressing table whose
 * slots each hold a feature's hash and row in one {@code long}, the features' characters kept end
 * to end in one {@code char[]}. Scoring a message is mostly these lookups: a probe reads one slot,
 * and only a slot whose hash matches reads the characters, where a {@code HashMap<String,
 * Integer>} follows a node, a boxed integer and a string apiece. Half a million features take a
 * third of the memory of their strings, which the garbage collector then no longer walks.
 *
 * <p>Immutable once built ({@link #trim}), so shared by all threads.
 */
final class FeatureIndex {
  private static final long EMPTY = 0; // a slot's row is stored plus one, so no filled slot is 0

  private final long[] slots; // hash in the high 32 bits, row + 1 in the low 32
  private final int mask;
  private final int capacity; // rows at most
  private char[] chars = new char[1024]; // every feature's characters, row after row
  private int[] starts; // row r's characters are chars[starts[r], starts[r + 1])
  private int size;

  /** An index with room for {@code expected} features, at most half full. */
  FeatureIndex(int expected) {
    int tableSize = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
    slots = new long[tableSize];
    mask = tableSize - 1;
    capacity = tableSize / 2;
    starts = new int[Math.max(2, expected + 1)];
  }

  /** Adds {@code feature} as the next row, which it returns; the row it has if it is there already. */
  int add(String feature) {
    int h = feature.hashCode();
    int i = spread(h);
    for (long s; (s = slots[i]) != EMPTY; i = (i + 1) & mask) {
      if ((int) (s >>> 32) == h && spells(row(s), feature)) {
        return row(s);
      }
    }
    if (size + 1 > capacity) {
      throw new IllegalStateException("more features than the index was made for");
    }
    int row = size++;
    if (starts.length < size + 1) {
      starts = Arrays.copyOf(starts, Math.max(size + 1, starts.length * 2));
    }
    int from = starts[row];
    if (chars.length < from + feature.length()) {
      chars = Arrays.copyOf(chars, Math.max(from + feature.length(), chars.length * 2));
    }
    feature.getChars(0, feature.length(), chars, from);
    starts[row + 1] = from + feature.length();
    slots[i] = ((long) h << 32) | (row + 1L);
    return row;
  }

  /** Gives back the room kept for features never added; called once the last is. */
  void trim() {
    chars = Arrays.copyOf(chars, starts[size]);
    starts = Arrays.copyOf(starts, size + 1);
  }

  /** The row of {@code feature}, or -1 when the model has not seen it. */
  int row(String feature) {
    int h = feature.hashCode();
    for (int i = spread(h); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == EMPTY) {
        return -1;
      }
      if ((int) (s >>> 32) == h && spells(row(s), feature)) {
        return row(s);
      }
    }
  }

  /**
   * The row of the feature spelled by {@code text[from, from + length)}, or -1: the same as
   * {@link #row(String)} of that string, without making it.
   */
  int row(char[] text, int from, int length) {
    int h = 0;
    for (int k = from; k < from + length; k++) {
      h = 31 * h + text[k]; // String.hashCode
    }
    for (int i = spread(h); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == EMPTY) {
        return -1;
      }
      if ((int) (s >>> 32) == h && spells(row(s), text, from, length)) {
        return row(s);
      }
    }
  }

  private static int row(long slot) {
    return (int) slot - 1;
  }

  private int spread(int h) {
    return (h ^ (h >>> 16)) & mask;
  }

  private boolean spells(int row, String feature) {
    int at = starts[row];
    if (starts[row + 1] - at != feature.length()) {
      return false;
    }
    for (int j = 0; j < feature.length(); j++) {
      if (chars[at + j] != feature.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private boolean spells(int row, char[] text, int from, int length) {
    int at = starts[row];
    if (starts[row + 1] - at != length) {
      return false;
    }
    for (int j = 0; j < length; j++) {
      if (chars[at + j] != text[from + j]) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return size;
  }
}

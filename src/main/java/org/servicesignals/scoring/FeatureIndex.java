package org.servicesignals.scoring;

import java.util.Arrays;

/**
 * Strings to rows 0, 1, 2 … in the order they were added — a feature string to its row of a
 * model's features ({@link ArrayScorer}), a word to its place in a word list: an open-addressing
 * table whose slots each hold a feature's hash and where its entry starts, in one {@code long}, and
 * the entries end to end in one {@code char[]}, each its row and length, any numbers kept with it,
 * then its characters. Scoring
 * a message is mostly these lookups: a probe reads one slot, and only a slot whose hash matches
 * reads an entry, all of it in one place, where a {@code HashMap<String, Integer>} follows a node,
 * a boxed integer and a string apiece. Half a million features take a third of the memory of their
 * strings, which the garbage collector then no longer walks.
 *
 * <p>An index may keep a few numbers with each entry, between its header and its characters
 * ({@link #FeatureIndex(int, int)}, {@link #add(String, double[], int)}): a model's weights for the
 * feature, which a look-up that found the entry then reads from the same place in memory ({@link
 * #entries}, {@link #value}).
 *
 * <p>Immutable once built ({@link #trim}), so shared by all threads.
 */
public final class FeatureIndex {
  private static final long EMPTY = 0; // a slot's start is stored plus one, so no filled slot is 0
  private static final int HEADER = 4; // an entry's row and length, two chars each

  private final long[] slots; // hash in the high 32 bits, the entry's start + 1 in the low 32
  private final int mask;
  private final int capacity; // rows at most
  private final int values; // numbers kept with each entry
  private final int skip; // from an entry's start to its characters: the header and the numbers
  private char[] entries = new char[1024];
  private int[] entryOfRow; // where each row's entry starts, kept when entries keep numbers
  private int used;
  private int size;

  /** An index with room for {@code expected} features, at most half full. */
  public FeatureIndex(int expected) {
    this(expected, 0);
  }

  /** An index with room for {@code expected} features, each keeping {@code values} numbers. */
  public FeatureIndex(int expected, int values) {
    int tableSize = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
    slots = new long[tableSize];
    mask = tableSize - 1;
    capacity = tableSize / 2;
    this.values = values;
    this.skip = HEADER + 4 * values; // a number's 64 bits in four chars
    this.entryOfRow = values > 0 ? new int[64] : null;
  }

  /** Adds {@code feature} as the next row, which it returns; the row it has if it is there already. */
  public int add(String feature) {
    return add(feature, null, 0);
  }

  /**
   * As {@link #add(String)}, keeping with a new entry the index's numbers from {@code numbers[from]}
   * on (zeros when {@code numbers} is null); a feature there already keeps its own.
   */
  public int add(String feature, double[] numbers, int from) {
    int h = feature.hashCode();
    int i = spread(h);
    for (long s; (s = slots[i]) != EMPTY; i = (i + 1) & mask) {
      if ((int) (s >>> 32) == h && spells(start(s), feature)) {
        return rowAt(start(s));
      }
    }
    if (size + 1 > capacity) {
      throw new IllegalStateException("more features than the index was made for");
    }
    int at = used;
    int length = feature.length();
    long end = (long) at + skip + length;
    if (end > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("the features' characters pass what one array holds");
    }
    if (entries.length < end) {
      entries = Arrays.copyOf(entries, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, 2L * entries.length)));
    }
    int row = size++;
    if (entryOfRow != null) {
      if (row == entryOfRow.length) {
        entryOfRow = Arrays.copyOf(entryOfRow, Math.max(row + 1, Math.min(capacity, 2 * row)));
      }
      entryOfRow[row] = at;
    }
    entries[at] = (char) (row >>> 16);
    entries[at + 1] = (char) row;
    entries[at + 2] = (char) (length >>> 16);
    entries[at + 3] = (char) length;
    for (int k = 0; k < values; k++) {
      long bits = numbers == null ? 0 : Double.doubleToRawLongBits(numbers[from + k]);
      for (int c = 0; c < 4; c++) {
        entries[at + HEADER + 4 * k + c] = (char) (bits >>> (48 - 16 * c));
      }
    }
    feature.getChars(0, length, entries, at + skip);
    used = at + skip + length;
    slots[i] = ((long) h << 32) | (at + 1L);
    return row;
  }

  /** Gives back the room kept for features never added; called once the last is. */
  public void trim() {
    entries = Arrays.copyOf(entries, used);
    if (entryOfRow != null) {
      entryOfRow = Arrays.copyOf(entryOfRow, size);
    }
  }

  /** The row of {@code feature}, or -1 when the model has not seen it. */
  public int row(String feature) {
    int h = feature.hashCode();
    for (int i = spread(h); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == EMPTY) {
        return -1;
      }
      if ((int) (s >>> 32) == h && spells(start(s), feature)) {
        return rowAt(start(s));
      }
    }
  }

  /**
   * The rows of the first {@code count} of {@code features} into {@code rows}, each as
   * {@link #row(String)} gives it. The look-ups go in steps over all the features — first every
   * feature's slot, then every entry a slot points to — so that the processor waits for many
   * reads from memory at once rather than one after another, the table being far larger than
   * its caches.
   */
  public void rows(String[] features, int count, int[] rows) {
    long[] found = new long[count];
    int[] hashes = new int[count];
    for (int i = 0; i < count; i++) {
      int h = features[i].hashCode();
      hashes[i] = h;
      found[i] = slots[spread(h)];
    }
    for (int i = 0; i < count; i++) {
      long s = found[i];
      int h = hashes[i];
      if (s == EMPTY) {
        rows[i] = -1;
      } else if ((int) (s >>> 32) == h && spells(start(s), features[i])) {
        rows[i] = rowAt(start(s));
      } else {
        rows[i] = row(features[i]); // another feature in its first slot: probe on
      }
    }
  }

  /**
   * Where the entries of features spelled in {@code chars} start, into {@code entries}, or -1 for a
   * feature not there: feature {@code i} is {@code chars[starts[i], starts[i] + lengths[i])} and
   * {@code hashes[i]} its {@link String#hashCode}; {@code found} is room for the first step's
   * slots, as long as {@code out}. The look-ups go in steps, as {@link #rows(String[], int,
   * int[])}'s do. An entry's row is {@link #rowOf}, its numbers {@link #value}.
   */
  void entries(char[] chars, int[] starts, int[] lengths, int[] hashes, int count, int[] out, long[] found) {
    for (int i = 0; i < count; i++) {
      found[i] = slots[spread(hashes[i])];
    }
    for (int i = 0; i < count; i++) {
      long s = found[i];
      if (s == EMPTY) {
        out[i] = -1;
      } else if ((int) (s >>> 32) == hashes[i] && spells(start(s), chars, starts[i], lengths[i])) {
        out[i] = start(s);
      } else {
        out[i] = entry(hashes[i], chars, starts[i], lengths[i]); // another feature in its first slot: probe on
      }
    }
  }

  /** The row of the entry starting at {@code entry} ({@link #entries}). */
  int rowOf(int entry) {
    return rowAt(entry);
  }

  /** Where the entry of row {@code row} starts, for an index whose entries keep numbers. */
  int entryOf(int row) {
    return entryOfRow[row];
  }

  /** Number {@code k} kept with the entry starting at {@code entry}. */
  double value(int entry, int k) {
    int at = entry + HEADER + 4 * k;
    char[] e = entries;
    return Double.longBitsToDouble((long) e[at] << 48 | (long) e[at + 1] << 32 | (long) e[at + 2] << 16 | e[at + 3]);
  }

  /**
   * The row of the feature spelled by {@code text[from, from + length)}, or -1: the same as
   * {@link #row(String)} of that string, without making it.
   */
  public int row(char[] text, int from, int length) {
    int h = 0;
    for (int k = from; k < from + length; k++) {
      h = 31 * h + text[k]; // String.hashCode
    }
    return row(h, text, from, length);
  }

  private int row(int h, char[] text, int from, int length) {
    int entry = entry(h, text, from, length);
    return entry < 0 ? -1 : rowAt(entry);
  }

  private int entry(int h, char[] text, int from, int length) {
    for (int i = spread(h); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == EMPTY) {
        return -1;
      }
      if ((int) (s >>> 32) == h && spells(start(s), text, from, length)) {
        return start(s);
      }
    }
  }

  private static int start(long slot) {
    return (int) slot - 1;
  }

  private int rowAt(int at) {
    return entries[at] << 16 | entries[at + 1];
  }

  private int lengthAt(int at) {
    return entries[at + 2] << 16 | entries[at + 3];
  }

  private int spread(int h) {
    return (h ^ (h >>> 16)) & mask;
  }

  private boolean spells(int at, String feature) {
    if (lengthAt(at) != feature.length()) {
      return false;
    }
    int first = at + skip;
    for (int j = 0; j < feature.length(); j++) {
      if (entries[first + j] != feature.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private boolean spells(int at, char[] text, int from, int length) {
    if (lengthAt(at) != length) {
      return false;
    }
    int first = at + skip;
    for (int j = 0; j < length; j++) {
      if (entries[first + j] != text[from + j]) {
        return false;
      }
    }
    return true;
  }

  public int size() {
    return size;
  }
}

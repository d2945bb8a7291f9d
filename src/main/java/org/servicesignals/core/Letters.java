package org.servicesignals.core;

import java.util.function.IntPredicate;

/**
 * {@link Character#isLetter(int)} and {@link Character#isUpperCase(int)}, asked of every character
 * of every message: for the Basic Multilingual Plane read from a bit table each, made once from
 * {@link Character} itself (8 KiB apiece), where {@link Character} goes through its property tables
 * a character at a time; above it, {@link Character} answers.
 */
public final class Letters {
  private static final int PLANE = 0x10000;
  private static final long[] LETTER = table(Character::isLetter);
  private static final long[] UPPER = table(Character::isUpperCase);

  private Letters() {}

  /** {@link Character#isLetter(int)}. */
  public static boolean isLetter(int cp) {
    return cp >= 0 && cp < PLANE ? (LETTER[cp >>> 6] & 1L << cp) != 0 : Character.isLetter(cp);
  }

  /** {@link Character#isUpperCase(int)}. */
  public static boolean isUpperCase(int cp) {
    return cp >= 0 && cp < PLANE ? (UPPER[cp >>> 6] & 1L << cp) != 0 : Character.isUpperCase(cp);
  }

  /** Whether {@code text} holds a letter. */
  public static boolean anyIn(String text) {
    for (int i = 0, n = text.length(); i < n; ) {
      int cp = text.codePointAt(i);
      if (isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static long[] table(IntPredicate is) {
    long[] bits = new long[PLANE / 64];
    for (int cp = 0; cp < PLANE; cp++) {
      if (is.test(cp)) {
        bits[cp >>> 6] |= 1L << cp;
      }
    }
    return bits;
  }
}

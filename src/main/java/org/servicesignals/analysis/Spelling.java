package org.servicesignals.analysis;

/** How far apart two spellings are, in the edits a hurried typist makes. */
public final class Spelling {
  private Spelling() {}

  /**
   * Whether {@code a} and {@code b} differ by exactly one edit: one character left out, added or
   * changed, or two neighbouring characters swapped (the optimal-string-alignment distance is 1).
   * Characters are UTF-16 units: the scripts read here are in the Basic Multilingual Plane.
   */
  public static boolean oneEditApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      return a.regionMatches(i + 1, b, i + 1, la - i - 1) // one changed
          || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2); // two swapped
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i); // one left out
  }
}

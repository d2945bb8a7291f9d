package org.servicesignals.analysis;

/**
 * The tokens a negator reaches: {@code before} tokens to its left and {@code after} to its right.
 * English and Finnish put the negator first ("not good", "ei toiminut"); Hindi and Urdu put it
 * after the predicate adjective and before the verb ("अच्छी नहीं थी"); Tamil puts the free
 * negator after what it negates ("நன்றாக இல்லை").
 */
public record NegationScope(int before, int after) {
  public NegationScope {
    if (before < 0 || after < 0) {
      throw new IllegalArgumentException("a scope reaches zero or more tokens: " + before + ", " + after);
    }
  }

  /** Whether a negator at position {@code negator} reaches any position from {@code first} to {@code last}. */
  public boolean reaches(int negator, int first, int last) {
    return negator - before <= last && negator + after >= first;
  }
}

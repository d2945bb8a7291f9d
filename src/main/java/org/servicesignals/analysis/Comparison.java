package org.servicesignals.analysis;

import java.util.Set;
import java.util.function.Predicate;

/**
 * A negated comparison: "never been treated <b>so</b> rudely", "en ole ikinä saanut <b>näin</b>
 * huonoa palvelua", "<b>इतना</b> घटिया खाना कभी नहीं खाया" are complaints, and "never had <b>such</b>
 * kind help" praise, though a negator reaches the word. The word keeps its own side when
 *
 * <ul>
 *   <li>a degree word ({@link LanguageProfile#degreeWords}) stands at it or up to two tokens before
 *       it, with no negator between ("so not happy" is still negated);
 *   <li>a negator reaching it is a word of "never" or stands within {@link #NEVER_REACH} tokens after
 *       one, or before one where the language puts it there ({@link LanguageProfile#everWords}:
 *       never, ikinä, कभी, کبھی, இதுவரை; {@link LanguageProfile#neverAfterNegator}), that word not
 *       doubled (कभी कभी, کبھی کبھی: "sometimes"): a "never" in another clause does not make a
 *       comparison of "I never write reviews, but the food was not so good";
 *   <li>no word of equality follows it ("never as good as the photos", "ei koskaan niin hyvää kuin
 *       ennen" are worse, not better: {@link LanguageProfile#equalityWords}).
 * </ul>
 */
public record Comparison(Set<String> degree, Set<String> ever, Set<String> equality, Predicate<String> negator,
    boolean neverAfterNegator) {
  /** How far from its negator a word of "never" may stand: "en ole koskaan", "कभी भी नहीं". */
  public static final int NEVER_REACH = 2;
  /** How far from a degree word a negator that says "never" may stand and make what follows the degree word compared. */
  public static final int DEGREE_REACH = 4;

  /** The comparison as {@code profile} reads it, its word lists as {@code chain} writes its words. */
  public static Comparison of(LanguageProfile profile, AnalyzerChain chain) {
    return new Comparison(chain.forms(profile.degreeWords()), chain.forms(profile.everWords()),
        chain.forms(profile.equalityWords()), profile::isNegator, profile.neverAfterNegator());
  }

  /**
   * Whether the negator at {@code at} says "never" ("never", "haven't ever", "कभी नहीं"): a word of
   * "never" at it or just before it, or just after it where the language puts it there ("en ole
   * koskaan"; {@link LanguageProfile#neverAfterNegator}).
   */
  public boolean saysNever(String[] tokens, int at) {
    int last = Math.min(tokens.length - 1, neverAfterNegator ? at + NEVER_REACH : at);
    for (int k = Math.max(0, at - NEVER_REACH); k <= last; k++) {
      if (ever.contains(tokens[k]) && !(k > 0 && tokens[k - 1].equals(tokens[k]))
          && !(k + 1 < tokens.length && tokens[k + 1].equals(tokens[k]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tokens from {@code start} to {@code end} (exclusive), reached by a negator that
   * {@link #saysNever says never}, are compared rather than negated.
   */
  public boolean compares(String[] tokens, int start, int end) {
    return degreeAt(tokens, start, end) >= 0;
  }

  /**
   * Where the degree word that makes the tokens from {@code start} to {@code end} (exclusive) a
   * comparison stands — at {@code start} or up to two tokens before, no negator between, no word of
   * equality after — or -1.
   */
  public int degreeAt(String[] tokens, int start, int end) {
    for (int k = end; k < Math.min(tokens.length, end + 2); k++) {
      if (equality.contains(tokens[k])) {
        return -1;
      }
    }
    for (int d = start; d >= Math.max(0, start - 2); d--) {
      if (negator.test(tokens[d]) && d < start) {
        return -1; // "so not happy": the negator stands between
      }
      if (degree.contains(tokens[d])) {
        return d;
      }
    }
    return -1;
  }
}

package org.servicesignals.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Saying that something is not so: "can't say it wasn't helpful", "en voi sanoa, ettei palvelu
 * toiminut", "ये नहीं कह सकता कि उन्होंने मदद नहीं की", "ایسا نہیں کہ ایپ چلتی نہیں", "உதவியா இல்லன்னு
 * சொல்ல முடியாது". The phrase that denies ({@link LanguageProfile#denialPhrases}) and the negation it
 * denies cancel: neither negates the words they reach, so "helpful" counts as said. The denied
 * negation is the first negator — or word of the language that carries a denied clause's negation
 * ({@link LanguageProfile#negatesDeniedClause}: Finnish ettei, Tamil's quoted negatives) — within
 * {@link #REACH} tokens of the phrase, after it or, in Tamil, before it.
 *
 * <p>With no negation in the denied clause the phrase denies the clause itself: where the clause
 * comes first ("ஃப்ரெண்ட்லி ஸ்டாஃப்னு சொல்ல முடியாது", can't call the staff friendly) the phrase's
 * negator reaches back over it, {@link #DENIED_WORDS} words before the phrase; where it follows,
 * the negator keeps its usual scope ("can't say enough good things" is not a denial of "good").
 */
public final class DenialFrames {
  /** How far from its phrase the denied clause's negation may stand. */
  public static final int REACH = 6;
  /** How many words before a phrase that ends its clause the phrase denies when the clause has no negation of its own. */
  public static final int DENIED_WORDS = 2;

  public static final DenialFrames NONE = new DenialFrames(Map.of(), t -> false, true);

  private final Map<String, List<String[]>> byFirst; // a phrase's first token to the phrases it starts
  private final Predicate<String> deniedNegation;
  private final boolean clauseAfter;

  private DenialFrames(Map<String, List<String[]>> byFirst, Predicate<String> deniedNegation, boolean clauseAfter) {
    this.byFirst = byFirst;
    this.deniedNegation = deniedNegation;
    this.clauseAfter = clauseAfter;
  }

  /** The frames of {@code profile}, its phrases as {@code chain} writes their words. */
  public static DenialFrames of(LanguageProfile profile, AnalyzerChain chain) {
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String phrase : profile.denialPhrases()) {
      String[] tokens = chain.tokens(phrase);
      if (tokens.length > 0) {
        byFirst.computeIfAbsent(tokens[0], t -> new ArrayList<>()).add(tokens);
      }
    }
    if (byFirst.isEmpty()) {
      return NONE;
    }
    return new DenialFrames(Map.copyOf(byFirst), profile::negatesDeniedClause, profile.deniedClauseAfter());
  }

  /**
   * Rewrites {@code scopes} (a negator's scope at its position, null elsewhere) for the frames in
   * {@code tokens}: a phrase's negators and the negation it denies get null; a phrase whose clause
   * comes first and has no negation reaches back over it.
   */
  public void apply(String[] tokens, NegationScope[] scopes) {
    if (byFirst.isEmpty()) {
      return;
    }
    for (int i = 0; i < tokens.length; i++) {
      List<String[]> phrases = byFirst.get(tokens[i]);
      if (phrases == null) {
        continue;
      }
      int end = longestAt(tokens, i, phrases);
      if (end < 0) {
        continue;
      }
      int negations = 0; // "ei se, ettei": the phrase may hold the negation it denies
      for (int k = i; k < end; k++) {
        negations += scopes[k] != null || deniedNegation.test(tokens[k]) ? 1 : 0;
      }
      int denied = negations > 1 ? i : deniedNegation(tokens, scopes, i, end);
      for (int k = i; k < end; k++) {
        if (scopes[k] != null) {
          scopes[k] = denied >= 0 ? null : clauseAfter ? scopes[k] : new NegationScope(k - i + DENIED_WORDS, 0);
        }
      }
      if (denied >= 0) {
        scopes[denied] = null;
      }
      i = end - 1;
    }
  }

  /** The end of the longest phrase of {@code phrases} at {@code at}, or -1. */
  private static int longestAt(String[] tokens, int at, List<String[]> phrases) {
    int end = -1;
    for (String[] p : phrases) {
      if (at + p.length <= tokens.length && at + p.length > end && matches(tokens, at, p)) {
        end = at + p.length;
      }
    }
    return end;
  }

  private static boolean matches(String[] tokens, int at, String[] phrase) {
    for (int k = 0; k < phrase.length; k++) {
      if (!tokens[at + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** The position of the negation the phrase at {@code [start, end)} denies, or -1. */
  private int deniedNegation(String[] tokens, NegationScope[] scopes, int start, int end) {
    if (clauseAfter) {
      for (int j = end; j < Math.min(tokens.length, end + REACH); j++) {
        if (scopes[j] != null || deniedNegation.test(tokens[j])) {
          return j;
        }
      }
    } else {
      for (int j = start - 1; j >= Math.max(0, start - REACH); j--) {
        if (scopes[j] != null || deniedNegation.test(tokens[j])) {
          return j;
        }
      }
    }
    return -1;
  }
}

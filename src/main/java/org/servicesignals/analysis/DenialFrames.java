package org.servicesignals.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Saying that something is not so: "can't say it wasn't helpful", "en voi sanoa, ettei palvelu
 * toiminut", "ये नहीं कह सकता कि उन्होंने मदद नहीं की", "ایسا نہیں کہ ایپ چلتی نہیں", "உதவியா இல்லன்னு
 * சொல்ல முடியாது". The phrase that denies ({@link LanguageProfile#denialPhrases}, each holding one of
 * the language's negators) and the negation it denies cancel: neither negates the words they reach,
 * so "helpful" counts as said.
 *
 * <p>A phrase denies a clause only where one opens beside it: a word that opens a clause at the
 * phrase's end or right after it ({@link LanguageProfile#denialOpeners}: that, it, the, कि in "ऐसा
 * नहीं है कि", کہ, että) or the negation itself ("can't say nobody helped"); in Tamil, a word with
 * the quotative right before it ({@link LanguageProfile#quotesDeniedClause}: ஸ்டாஃப்னு, இல்லன்னு).
 * So "won't say sorry and won't refund" and "can't say enough good things" deny nothing. The denied
 * negation is, after the phrase, the nearest of the language's negators or of the words that carry
 * a denied clause's negation ({@link LanguageProfile#negatesDeniedClause}: Finnish ettei) within
 * {@link #REACH} tokens, not past a contrast word or a coordinator ({@link
 * LanguageProfile#coordinators}: and, ja, और, اور) and not one another phrase has used; in Tamil,
 * the quoted word itself when it is a quoted negative (இல்லன்னு).
 *
 * <p>With no negation in the denied clause, a phrase that follows its clause (Tamil) denies the
 * clause itself: its negator reaches back over the quoted word and the word before it ("ஃப்ரெண்ட்லி
 * ஸ்டாஃப்னு சொல்ல முடியாது", can't call the staff friendly). A phrase before its clause keeps its
 * negator's usual scope (so "not a day went by when the staff were rude", which has no negation of
 * its own, is not read as "never rude": the tokens carry no punctuation to end such a clause by).
 */
public final class DenialFrames {
  /** How far from its phrase the denied clause's negation may stand. */
  public static final int REACH = 6;
  /** How many words before a phrase that ends its clause the phrase denies when the clause has no negation of its own. */
  public static final int DENIED_WORDS = 2;
  /** No clause opens beside the phrase: it is no denial, and its negator negates as usual. */
  private static final int NO_CLAUSE = -2;
  /** A clause opens beside the phrase but holds no negation of its own. */
  private static final int NO_NEGATION = -1;

  public static final DenialFrames NONE =
      new DenialFrames(Map.of(), t -> false, t -> false, t -> false, Set.of(), Set.of(), true);

  private final Map<String, List<String[]>> byFirst; // a phrase's first token to the phrases it starts
  private final WordSieve firsts; // turns away most tokens before byFirst is asked
  private final Predicate<String> negator;
  private final Predicate<String> deniedNegation;
  private final Predicate<String> quotes;
  private final Set<String> openers;
  private final Set<String> breaks; // contrast words and coordinators: a denied clause ends there
  private final boolean clauseAfter;

  private DenialFrames(Map<String, List<String[]>> byFirst, Predicate<String> negator,
      Predicate<String> deniedNegation, Predicate<String> quotes, Set<String> openers, Set<String> breaks,
      boolean clauseAfter) {
    this.byFirst = byFirst;
    this.firsts = WordSieve.of(byFirst.keySet());
    this.negator = negator;
    this.deniedNegation = deniedNegation;
    this.quotes = quotes;
    this.openers = openers;
    this.breaks = breaks;
    this.clauseAfter = clauseAfter;
  }

  /** The frames of {@code profile}, its words as {@code chain} writes them. */
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
    return new DenialFrames(Map.copyOf(byFirst), profile::isNegator, profile::negatesDeniedClause,
        profile::quotesDeniedClause, chain.forms(profile.denialOpeners()), clauseBreaks(profile, chain),
        profile.deniedClauseAfter());
  }

  private static Set<String> clauseBreaks(LanguageProfile profile, AnalyzerChain chain) {
    Set<String> words = new HashSet<>(profile.contrastWords());
    words.addAll(profile.coordinators());
    return chain.forms(words);
  }

  /** The words of each phrase, as this language's chain writes them. */
  public List<String[]> phrases() {
    return byFirst.values().stream().flatMap(List::stream).toList();
  }

  /**
   * Rewrites {@code scopes} (a negator's scope at its position, null elsewhere) for the frames in
   * {@code tokens} beside which a clause opens: a phrase's negators and the negation it denies get
   * null; a phrase that follows its clause, when the clause has no negation, reaches back over it.
   */
  public void apply(String[] tokens, NegationScope[] scopes) {
    if (byFirst.isEmpty()) {
      return;
    }
    boolean[] used = null; // made at the first phrase: most messages hold none
    for (int i = 0; i < tokens.length; i++) {
      List<String[]> phrases = firsts.mayHold(tokens[i]) ? byFirst.get(tokens[i]) : null;
      int end = phrases == null ? -1 : longestAt(tokens, i, phrases);
      if (end < 0) {
        continue;
      }
      used = used == null ? new boolean[tokens.length] : used;
      if (!holdsNegator(tokens, scopes, used, i, end)) {
        continue;
      }
      int inside = 0; // "ei se, ettei": the phrase may hold the negation it denies
      for (int k = i; k < end; k++) {
        inside += negation(tokens, scopes, k) ? 1 : 0;
      }
      int denied = inside > 1 ? i // the phrase's own negators are all there is to cancel
          : opens(tokens, scopes, i, end) ? deniedNegation(tokens, scopes, used, i, end) : NO_CLAUSE;
      if (denied == NO_CLAUSE) {
        continue;
      }
      for (int k = i; k < end; k++) {
        if (scopes[k] != null && negator.test(tokens[k])) {
          scopes[k] = denied >= 0 ? null : clauseAfter ? scopes[k] : new NegationScope(k - i + DENIED_WORDS, 0);
          used[k] = true;
        }
      }
      if (denied >= 0) {
        scopes[denied] = null;
        used[denied] = true;
      }
      i = Math.max(end, denied + 1) - 1;
    }
  }

  private boolean holdsNegator(String[] tokens, NegationScope[] scopes, boolean[] used, int start, int end) {
    for (int k = start; k < end; k++) {
      if (scopes[k] != null && !used[k] && negator.test(tokens[k])) {
        return true;
      }
    }
    return false;
  }

  private boolean negation(String[] tokens, NegationScope[] scopes, int at) {
    return scopes[at] != null && negator.test(tokens[at]) || deniedNegation.test(tokens[at]);
  }

  /** Whether a clause opens beside the phrase at {@code [start, end)}, on its language's side. */
  private boolean opens(String[] tokens, NegationScope[] scopes, int start, int end) {
    if (clauseAfter) {
      return openers.contains(tokens[end - 1])
          || end < tokens.length && (openers.contains(tokens[end]) || negation(tokens, scopes, end));
    }
    return start > 0 && quotes.test(tokens[start - 1]);
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

  /**
   * The position of the negation the phrase at {@code [start, end)} denies, or {@link #NO_NEGATION}:
   * after the phrase, the nearest within {@link #REACH} tokens, not past a contrast word or a
   * coordinator; before it (Tamil), the quoted word itself when it is a quoted negative.
   */
  private int deniedNegation(String[] tokens, NegationScope[] scopes, boolean[] used, int start, int end) {
    if (!clauseAfter) {
      return !used[start - 1] && deniedNegation.test(tokens[start - 1]) ? start - 1 : NO_NEGATION;
    }
    for (int j = end; j < Math.min(tokens.length, end + REACH); j++) {
      if (breaks.contains(tokens[j])) {
        return NO_NEGATION;
      }
      if (!used[j] && negation(tokens, scopes, j)) {
        return j;
      }
    }
    return NO_NEGATION;
  }
}

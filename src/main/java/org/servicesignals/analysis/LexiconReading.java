package org.servicesignals.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

/**
 * What the language's sentiment lexicon finds in a message, read the way a person reads it: a
 * term inside a negator's scope counts for the other side ("not good" for poor, "no problems" for
 * good, "not the best" for good rather than exceptional), two negators reaching the same term cancel,
 * as do a phrase of denial and the negation it denies though it does not reach it ("can't say it
 * wasn't helpful": {@link DenialFrames}), a negated comparison keeps its side and counts as strong
 * ("never been treated so rudely", "never had such a rude driver" are complaints: {@link
 * Comparison}), and the clause after the last contrast word (but, lekin, mutta, ஆனா) carries the
 * verdict, its terms counted twice. The tokens are the language's normalisation
 * chain's ({@link AnalysisOptions#NONE}), as the lexicon's terms are.
 *
 * @param terms the sentiment terms found, left to right
 * @param vote each label's strength-weighted vote
 * @param contrasted whether a contrast word was found: then the terms marked {@code last} stand after it
 */
public record LexiconReading(List<Term> terms, Map<Label, Integer> vote, boolean contrasted) {
  /** Each language's parts of a reading, made at its first message. */
  private static final Map<Lang, Parts> PARTS = new ConcurrentHashMap<>();
  static final int NEGATOR = 1; // a listed negator; a profile's rule is asked beside the table
  static final int PARTICLE = 2;
  static final int CONTRAST = 4;

  /** The roles ({@link #NEGATOR}, {@link #PARTICLE}, {@link #CONTRAST} bits) the reading gives {@code token} in {@code lang}. */
  static int roles(Lang lang, String token) {
    return PARTS.computeIfAbsent(lang, Parts::of).roles(token);
  }

  /**
   * What a language's reading asks of its words, as its normalisation chain writes them: each listed
   * negator's, scope particle's and contrast word's roles (bits) in one table, looked up once a
   * token (past a {@link WordSieve} that turns away most tokens first), and its denial frames and comparison.
   */
  private record Parts(LanguageProfile profile, Map<String, Integer> roles, WordSieve sieve, DenialFrames frames,
      Comparison comparison) {
    static Parts of(Lang lang) {
      LanguageProfile profile = LanguageProfile.of(lang);
      AnalyzerChain chain = SentimentAnalysis.chain(lang, AnalysisOptions.NONE);
      Map<String, Integer> roles = new HashMap<>();
      profile.negators().forEach(w -> roles.merge(w, NEGATOR, (a, b) -> a | b));
      chain.forms(profile.scopeParticles()).forEach(w -> roles.merge(w, PARTICLE, (a, b) -> a | b));
      chain.forms(profile.contrastWords()).forEach(w -> roles.merge(w, CONTRAST, (a, b) -> a | b));
      return new Parts(profile, Map.copyOf(roles), WordSieve.of(roles.keySet()), DenialFrames.of(profile, chain),
          Comparison.of(profile, chain));
    }

    /** The roles of {@code token}: the table's, and {@link #NEGATOR} where the profile's rule says it negates. */
    int roles(String token) {
      Integer r = sieve.mayHold(token) ? roles.get(token) : null;
      int listed = r == null ? 0 : r;
      return (listed & NEGATOR) == 0 && profile.negatesByRule(token) ? listed | NEGATOR : listed;
    }
  }

  /**
   * One sentiment term as read in its message.
   *
   * @param match where it stands and what the lexicon says of it
   * @param own the label it leans to on its own
   * @param negated whether an odd number of negators reach it
   * @param compared whether it is the word of a negated comparison ("never had such a rude driver",
   *     "never been treated so well"): it keeps its own side, strongly
   * @param counts the label it counts for after negation
   * @param last whether it stands after the last contrast word
   * @param strong whether it is strong (strength 3) or follows an intensifier
   * @param weight what it adds to its label's vote
   */
  public record Term(Lexicon.Match match, Label own, boolean negated, boolean compared, Label counts, boolean last,
      boolean strong, int weight) {}

  public LexiconReading {
    terms = List.copyOf(terms);
    vote = Map.copyOf(vote);
  }

  /**
   * The label with the largest vote; on a tie, the one the tied term nearest the end counts for (the
   * message's last word on it: "it used to be good, these days nothing arrives right"); empty when
   * no term was found.
   */
  public Optional<Label> verdict() {
    int top = 0;
    for (int v : vote.values()) {
      top = Math.max(top, v);
    }
    for (int i = terms.size() - 1; i >= 0 && top > 0; i--) {
      Label l = terms.get(i).counts();
      if (vote.getOrDefault(l, 0) == top) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The label a term leaning to {@code own} counts for when negated. */
  public static Label negation(Label own) {
    return own == Label.POOR ? Label.GOOD : own == Label.GOOD ? Label.POOR : Label.GOOD;
  }

  /** Reads {@code message} in {@code lang} with the language's normalisation chain. */
  public static LexiconReading read(Lang lang, String message) {
    return read(lang, SentimentAnalysis.chain(lang, AnalysisOptions.NONE).tokens(message));
  }

  /** Reads {@code tokens}, made by {@code lang}'s normalisation chain. */
  public static LexiconReading read(Lang lang, String[] tokens) {
    Parts parts = PARTS.computeIfAbsent(lang, Parts::of);
    List<Lexicon.Match> matches = parts.profile().lexicon().match(tokens);
    int clause = -1; // the last contrast word, or -1: the terms after it make the last clause
    NegationScope[] scopes = new NegationScope[tokens.length]; // each negator's, null elsewhere
    int[] position = new int[tokens.length]; // distance counted without the scope particles
    NegationScope scope = parts.profile().negationScope();
    for (int i = 0, at = 0; i < tokens.length; i++) {
      int roles = parts.roles(tokens[i]);
      scopes[i] = (roles & NEGATOR) != 0 ? scope : null;
      position[i] = (roles & PARTICLE) != 0 ? at : at++;
      clause = (roles & CONTRAST) != 0 ? i : clause;
    }
    parts.frames().apply(tokens, scopes);
    Comparison comparison = parts.comparison();
    List<Term> terms = new ArrayList<>();
    Map<Label, Integer> vote = new EnumMap<>(Label.class);
    for (int m = 0; m < matches.size(); m++) {
      Lexicon.Match match = matches.get(m);
      if (match.entry().kind() != Lexicon.Kind.SENTIMENT) {
        continue;
      }
      Label own = match.entry().signal().orElseThrow();
      boolean negated = negators(match, scopes, position) % 2 == 1;
      int degree = comparison.degreeAt(tokens, match.start(), match.end());
      boolean compared = degree >= 0 && (negated // "not so good, never again" stays negated
          ? reachedByNever(tokens, match.start(), match.end(), scopes, position, comparison)
          : neverNear(tokens, degree, scopes, position, comparison));
      negated &= !compared; // "never been treated so rudely": a complaint, strongly
      Label counts = negated ? negation(own) : own;
      boolean intensified = compared || m > 0 && matches.get(m - 1).end() == match.start()
          && matches.get(m - 1).entry().kind() == Lexicon.Kind.INTENSIFIER;
      boolean last = match.start() > clause;
      int weight = (match.entry().strength() + (intensified ? 1 : 0)) * (last && clause >= 0 ? 2 : 1);
      terms.add(new Term(match, own, negated, compared, counts, last, match.entry().strength() == 3 || intensified,
          weight));
      vote.merge(counts, weight, Integer::sum);
    }
    return new LexiconReading(terms, vote, clause >= 0);
  }

  /**
   * Whether a negator that says "never" stands within {@link Comparison#DEGREE_REACH} tokens of the
   * degree word at {@code degree}, particles not counted, on the side its language's negators reach:
   * "never had <b>such</b> a rude driver", "en ole ikinä saanut <b>näin</b> huonoa palvelua",
   * "<b>इतना</b> घटिया खाना कभी नहीं खाया", where the negator does not reach the word compared.
   */
  private static boolean neverNear(String[] tokens, int degree, NegationScope[] scopes, int[] position,
      Comparison comparison) {
    for (int p = 0; p < scopes.length; p++) {
      if (scopes[p] == null || p == degree) {
        continue;
      }
      int distance = position[degree] - position[p]; // after the negator when positive
      boolean onItsSide = distance > 0 ? scopes[p].after() > 0 : scopes[p].before() > 0;
      if (onItsSide && Math.abs(distance) <= Comparison.DEGREE_REACH && comparison.saysNever(tokens, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negator that says "never" ({@link Comparison#saysNever}) reaches the tokens from
   * {@code start} to {@code end} (exclusive).
   */
  private static boolean reachedByNever(String[] tokens, int start, int end, NegationScope[] scopes, int[] position,
      Comparison comparison) {
    int first = position[start];
    int last = position[end - 1];
    for (int p = 0; p < scopes.length; p++) {
      if (scopes[p] != null && (p < start || p >= end) && scopes[p].reaches(position[p], first, last)
          && comparison.saysNever(tokens, p)) {
        return true;
      }
    }
    return false;
  }

  /** How many negators outside the term reach into it, particles not counted in the distance. */
  private static int negators(Lexicon.Match match, NegationScope[] scopes, int[] position) {
    int first = position[match.start()];
    int last = position[match.end() - 1];
    int n = 0;
    for (int p = 0; p < scopes.length; p++) {
      if (scopes[p] != null && (p < match.start() || p >= match.end())
          && scopes[p].reaches(position[p], first, last)) {
        n++;
      }
    }
    return n;
  }
}

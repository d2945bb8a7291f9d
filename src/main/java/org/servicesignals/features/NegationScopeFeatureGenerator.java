package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.servicesignals.scoring.FeatureBuffer;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.DenialFrames;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.Comparison;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.analysis.WordSieve;
import org.servicesignals.core.Lang;


/**
 * Unigrams that know negation: a token inside a negation's scope becomes {@code w=¬token}, so
 * "not good" gives {@code w=not w=¬good} and no longer counts as evidence for "good". A classic
 * device of sentiment analysis (Das and Chen 2001; Pang, Lee and Vaithyanathan 2002), here with a
 * scope that follows each language's word order, read off the negator's script:
 *
 * the {@link NegationScope} of the negator's language ({@link LanguageProfile#negationScope}).
 * Use it instead of {@link UnigramFeatureGenerator}. The negator lists, in each language's
 * profile, hold the forms the analysis chains produce (Hindi normalisation turns नहीं into नहिं;
 * Porter turns nobody into nobodi). The scope's distance does not count the particles, copulas and
 * postpositions that stand between a predicate and its negator ({@link LanguageProfile#scopeParticles}:
 * "बेकार <b>तो</b> नहीं" negates बेकार), as the lexicon's reading does not; and what a negator that
 * says "never" reaches after a degree word is compared, not negated ("never been so rude": {@link
 * Comparison}, for the language of {@link FeatureSets#LANG}), as the lexicon's reading does not turn
 * it around (the lexicon's reading also finds a comparison no negator reaches, "never had such a rude
 * driver": there the word is not negated, so the features need nothing); and a denial phrase with
 * the negation it denies negates nothing ("can't say it wasn't helpful": {@link DenialFrames}, the
 * declared language's phrases and negators).
 */
public final class NegationScopeFeatureGenerator implements BufferedFeatureGenerator {
  public static final String NEGATED = "¬";

  /** Every language's negators with the scope of their language: a message may mix languages. */
  private static final List<LanguageProfile> PROFILES = Arrays.stream(Lang.values()).map(LanguageProfile::of).toList();
  /** Every listed negator of every language with the scope of the first language that says it negates. */
  private static final Map<String, NegationScope> LISTED = listed();
  /** Turns away most tokens before {@link #LISTED} is asked. */
  private static final WordSieve LISTED_SIEVE = WordSieve.of(LISTED.keySet());
  /** The languages with a negation rule besides their list ({@link LanguageProfile#negatesByRule}), in {@link #PROFILES} order. */
  private static final List<LanguageProfile> RULED =
      PROFILES.stream().filter(LanguageProfile::negatesBeyondList).toList();

  /** Every language's scope particles, as its chains write them with and without stemming. */
  private static final Set<String> PARTICLES = forms(LanguageProfile::scopeParticles);
  /**
   * Each language's {@link Comparison}, its words as the chain of the tokens writes them: by
   * language ordinal, then unstemmed (0) or stemmed (1); made once, looked up per message.
   */
  private static final Comparison[][] COMPARISONS = new Comparison[Lang.values().length][2];
  /** Each language's {@link DenialFrames}, held as {@link #COMPARISONS} are. */
  private static final DenialFrames[][] FRAMES = new DenialFrames[Lang.values().length][2];

  static {
    for (LanguageProfile p : PROFILES) {
      AnalyzerChain[] chains = {SentimentAnalysis.chain(p.lang(), AnalysisOptions.NONE),
          SentimentAnalysis.chain(p.lang(), new AnalysisOptions(false, true))};
      for (int stemmed = 0; stemmed < 2; stemmed++) {
        COMPARISONS[p.lang().ordinal()][stemmed] = Comparison.of(p, chains[stemmed]);
        FRAMES[p.lang().ordinal()][stemmed] = DenialFrames.of(p, chains[stemmed]);
      }
    }
  }

  private static Set<String> forms(Function<LanguageProfile, Set<String>> words) {
    Set<String> forms = new HashSet<>();
    for (LanguageProfile p : PROFILES) {
      for (AnalysisOptions o : List.of(AnalysisOptions.NONE, new AnalysisOptions(false, true))) {
        forms.addAll(SentimentAnalysis.chain(p.lang(), o).forms(words.apply(p)));
      }
    }
    return Set.copyOf(forms);
  }

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    return unigrams(text, negated(text, extraInformation));
  }

  @Override
  public void extractFeatures(String[] text, Map<String, Object> extraInformation, FeatureBuffer out) {
    unigrams(text, negated(text, extraInformation), out);
  }

  @Override
  public boolean unigramPerToken() {
    return true;
  }

  /** {@code w=token}, or {@code w=¬token} where {@code negated} says so: the features of both negation generators. */
  static List<String> unigrams(String[] text, boolean[] negated) {
    List<String> features = new ArrayList<>(text.length);
    for (int i = 0; i < text.length; i++) {
      features.add(UnigramFeatureGenerator.PREFIX + (negated[i] ? NEGATED : "") + text[i]);
    }
    return features;
  }

  /** As {@link #unigrams(String[], boolean[])}, spelled into {@code out}. */
  static void unigrams(String[] text, boolean[] negated, FeatureBuffer out) {
    for (int i = 0; i < text.length; i++) {
      out.begin().append(UnigramFeatureGenerator.PREFIX);
      if (negated[i]) {
        out.append(NEGATED);
      }
      out.append(text[i]).end();
    }
  }

  /** Which tokens a negation reaches. */
  private static boolean[] negated(String[] text, Map<String, Object> extraInformation) {
    NegationScope[] scopes = new NegationScope[text.length]; // each token asked once whether it negates
    for (int i = 0; i < text.length; i++) {
      scopes[i] = scopeOf(text[i]);
    }
    Comparison comparison = comparison(extraInformation);
    frames(extraInformation).apply(text, scopes); // "can't say it wasn't helpful": neither negates
    boolean[] negated = new boolean[text.length];
    boolean[] byNever = new boolean[text.length]; // reached by a negator that says "never"
    for (int i = 0; i < text.length; i++) {
      if (scopes[i] != null) {
        boolean never = comparison != null && comparison.saysNever(text, i);
        mark(text, negated, byNever, never, scopes, i, -1, scopes[i].before());
        mark(text, negated, byNever, never, scopes, i, 1, scopes[i].after());
      }
    }
    for (int i = 0; i < text.length; i++) { // "never been so rude": a comparison, not a negation
      if (negated[i] && byNever[i] && comparison.compares(text, i, i + 1)) {
        negated[i] = false;
      }
    }
    return negated;
  }

  /**
   * The scope of {@code token} when it is a negator of some language, else null: the first
   * language in {@link #PROFILES} that says it negates. Asked of every token, so the languages'
   * lists are one table ({@link #LISTED}: each listed word with the scope that first language
   * gives it), and only the rules of the languages that have one besides their list ({@link
   * LanguageProfile#negatesByRule}) are asked about a word not in it.
   */
  static NegationScope scopeOf(String token) {
    NegationScope listed = LISTED_SIEVE.mayHold(token) ? LISTED.get(token) : null;
    if (listed != null) {
      return listed;
    }
    for (LanguageProfile p : RULED) {
      if (p.negatesByRule(token)) { // its list is in LISTED already
        return p.negationScope();
      }
    }
    return null;
  }

  private static Map<String, NegationScope> listed() {
    Map<String, NegationScope> listed = new HashMap<>();
    for (LanguageProfile p : PROFILES) {
      for (String w : p.negators()) {
        if (!listed.containsKey(w)) { // the scope of the first language that says it negates, if any does
          PROFILES.stream().filter(q -> q.isNegator(w)).findFirst().ifPresent(q -> listed.put(w, q.negationScope()));
        }
      }
    }
    return Map.copyOf(listed);
  }

  /** Whether {@code token} is a scope particle of some language, which a scope's distance does not count. */
  static boolean isParticle(String token) {
    return PARTICLES.contains(token);
  }

  /**
   * The comparison of the tokens' language, read off the extra information ({@link FeatureSets#LANG},
   * {@link FeatureSets#NORMALIZED_ONLY}: the unstemmed or the stemmed forms of its words); null
   * without a language, and then no word is read as compared.
   */
  static Comparison comparison(Map<String, Object> extraInformation) {
    if (!(extraInformation.get(FeatureSets.LANG) instanceof Lang lang)) {
      return null;
    }
    boolean normalizedOnly = Boolean.TRUE.equals(extraInformation.get(FeatureSets.NORMALIZED_ONLY));
    return COMPARISONS[lang.ordinal()][normalizedOnly ? 0 : 1];
  }

  /** The denial frames of the tokens' language, read as {@link #comparison} is; none without a language. */
  static DenialFrames frames(Map<String, Object> extraInformation) {
    if (!(extraInformation.get(FeatureSets.LANG) instanceof Lang lang)) {
      return DenialFrames.NONE;
    }
    boolean normalizedOnly = Boolean.TRUE.equals(extraInformation.get(FeatureSets.NORMALIZED_ONLY));
    return FRAMES[lang.ordinal()][normalizedOnly ? 0 : 1];
  }

  static boolean isNegator(String token) {
    return scopeOf(token) != null;
  }

  /** Marks up to {@code reach} tokens from the negator at {@code at} in {@code step}'s direction, particles not counted. */
  private static void mark(String[] text, boolean[] negated, boolean[] byNever, boolean never, NegationScope[] scopes,
      int at, int step, int reach) {
    int counted = 0;
    for (int j = at + step; j >= 0 && j < text.length && counted < reach; j += step) {
      if (scopes[j] == null) {
        negated[j] = true;
        byNever[j] |= never;
      }
      if (!PARTICLES.contains(text[j])) {
        counted++;
      }
    }
  }
}

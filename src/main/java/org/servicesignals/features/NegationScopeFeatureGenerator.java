package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.doccat.FeatureGenerator;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.SentimentAnalysis;
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
 * "बेकार <b>तो</b> नहीं" negates बेकार), as the lexicon's reading does not; and a degree word with a
 * word of "never" near it, and the word after it, are not negated ("never been so rude":
 * {@link LanguageProfile#degreeWords}), as the lexicon's reading does not turn them around.
 */
public class NegationScopeFeatureGenerator implements FeatureGenerator {
  public static final String NEGATED = "¬";

  /** Every language's negators with the scope of their language: a message may mix languages. */
  private static final List<LanguageProfile> PROFILES = Arrays.stream(Lang.values()).map(LanguageProfile::of).toList();

  /** Every language's scope particles, as its chains write them with and without stemming. */
  private static final Set<String> PARTICLES = forms(LanguageProfile::scopeParticles);
  /** Every language's degree words and words of "never", likewise ({@link LanguageProfile#degreeWords}). */
  private static final Set<String> DEGREE = forms(LanguageProfile::degreeWords);
  private static final Set<String> EVER = forms(LanguageProfile::everWords);

  private static Set<String> forms(Function<LanguageProfile, Set<String>> words) {
    Set<String> forms = new HashSet<>();
    for (LanguageProfile p : PROFILES) {
      for (AnalysisOptions o : List.of(AnalysisOptions.NONE, new AnalysisOptions(false, true))) {
        for (String w : words.apply(p)) {
          forms.addAll(List.of(SentimentAnalysis.chain(p.lang(), o).tokens(w)));
        }
      }
    }
    return Set.copyOf(forms);
  }

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    NegationScope[] scopes = new NegationScope[text.length]; // each token asked once whether it negates
    for (int i = 0; i < text.length; i++) {
      scopes[i] = scopeOf(text[i]);
    }
    boolean[] negated = new boolean[text.length];
    for (int i = 0; i < text.length; i++) {
      if (scopes[i] != null) {
        mark(text, negated, scopes, i, -1, scopes[i].before());
        mark(text, negated, scopes, i, 1, scopes[i].after());
      }
    }
    for (int i = 0; i < text.length; i++) { // "never so rude": a comparison, not a negation
      if (negated[i] && LexiconReading.compared(text, i, DEGREE, EVER)) { // a degree word at i or up to two before
        negated[i] = false;
      }
    }
    List<String> features = new ArrayList<>(text.length);
    for (int i = 0; i < text.length; i++) {
      features.add(UnigramFeatureGenerator.PREFIX + (negated[i] ? NEGATED : "") + text[i]);
    }
    return features;
  }

  /** The scope of {@code token} when it is a negator of some language, else null. */
  static NegationScope scopeOf(String token) {
    for (LanguageProfile p : PROFILES) {
      if (p.isNegator(token)) {
        return p.negationScope();
      }
    }
    return null;
  }

  /** Whether {@code token} is a scope particle of some language, which a scope's distance does not count. */
  static boolean isParticle(String token) {
    return PARTICLES.contains(token);
  }

  static boolean isDegreeWord(String token) {
    return DEGREE.contains(token);
  }

  static boolean isEverWord(String token) {
    return EVER.contains(token);
  }

  static boolean isNegator(String token) {
    return scopeOf(token) != null;
  }

  /** Marks up to {@code reach} tokens from the negator at {@code at} in {@code step}'s direction, particles not counted. */
  private static void mark(String[] text, boolean[] negated, NegationScope[] scopes, int at, int step, int reach) {
    int counted = 0;
    for (int j = at + step; j >= 0 && j < text.length && counted < reach; j += step) {
      if (scopes[j] == null) {
        negated[j] = true;
      }
      if (!PARTICLES.contains(text[j])) {
        counted++;
      }
    }
  }
}

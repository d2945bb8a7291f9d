package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.NegationScope;
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
 * Porter turns nobody into nobodi).
 */
public class NegationScopeFeatureGenerator implements FeatureGenerator {
  public static final String NEGATED = "¬";

  /** Every language's negators with the scope of their language: a message may mix languages. */
  private static final List<LanguageProfile> PROFILES = Arrays.stream(Lang.values()).map(LanguageProfile::of).toList();

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    NegationScope[] scopes = new NegationScope[text.length]; // each token asked once whether it negates
    for (int i = 0; i < text.length; i++) {
      scopes[i] = scopeOf(text[i]);
    }
    boolean[] negated = new boolean[text.length];
    for (int i = 0; i < text.length; i++) {
      if (scopes[i] != null) {
        mark(negated, scopes, i - scopes[i].before(), i + scopes[i].after());
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

  static boolean isNegator(String token) {
    return scopeOf(token) != null;
  }

  private static void mark(boolean[] negated, NegationScope[] scopes, int from, int to) {
    for (int j = Math.max(0, from); j <= Math.min(scopes.length - 1, to); j++) {
      if (scopes[j] == null) {
        negated[j] = true;
      }
    }
  }
}

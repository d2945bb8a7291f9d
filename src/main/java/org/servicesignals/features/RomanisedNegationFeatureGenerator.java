package org.servicesignals.features;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.scoring.FeatureBuffer;

/**
 * {@link NegationScopeFeatureGenerator} for Hindi, Urdu and Tamil typed in Latin letters: unigrams,
 * {@code w=¬token} inside the scope of the message's romanised negators ({@code nahi}, {@code mat},
 * {@code illa} …, from {@link RomanisedAnalysis#negators}). A separate generator, so that the native
 * models' features never change when a romanised negator happens to be typed inside a native message.
 * The message's language comes through the extra information ({@link FeatureSets#LANG}); without it
 * the tokens come out unmarked.
 */
public final class RomanisedNegationFeatureGenerator implements BufferedFeatureGenerator {
  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    return NegationScopeFeatureGenerator.unigrams(text, marked(text, extraInformation));
  }

  @Override
  public void extractFeatures(String[] text, Map<String, Object> extraInformation, FeatureBuffer out) {
    NegationScopeFeatureGenerator.unigrams(text, marked(text, extraInformation), out);
  }

  @Override
  public boolean unigramPerToken() {
    return true;
  }

  /** Which tokens a romanised negator reaches, the negators themselves not marked. */
  private static boolean[] marked(String[] text, Map<String, Object> extraInformation) {
    Object info = extraInformation == null ? null : extraInformation.get(FeatureSets.LANG);
    boolean[] negated = new boolean[text.length];
    Set<String> negators = Set.of();
    if (info instanceof Lang lang && RomanisedAnalysis.covers(lang)) {
      negators = RomanisedAnalysis.negators(lang);
      NegationScope scope = RomanisedAnalysis.scope(lang);
      for (int i = 0; i < text.length; i++) {
        if (negators.contains(text[i])) {
          for (int j = Math.max(0, i - scope.before()); j <= Math.min(text.length - 1, i + scope.after()); j++) {
            negated[j] = true;
          }
        }
      }
    }
    for (int i = 0; i < text.length; i++) {
      negated[i] &= !negators.contains(text[i]);
    }
    return negated;
  }
}

package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.core.Lang;

/**
 * {@link NegationScopeFeatureGenerator} for Hindi, Urdu and Tamil typed in Latin letters: unigrams,
 * {@code w=¬token} inside the scope of the message's romanised negators ({@code nahi}, {@code mat},
 * {@code illa} …, from {@link RomanisedAnalysis#negators}). A separate generator, so that the native
 * models' features never change when a romanised negator happens to be typed inside a native message.
 * The message's language comes through the extra information ({@link FeatureSets#LANG}); without it
 * the tokens come out unmarked.
 */
public class RomanisedNegationFeatureGenerator implements FeatureGenerator {
  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
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
    List<String> features = new ArrayList<>(text.length);
    for (int i = 0; i < text.length; i++) {
      boolean mark = negated[i] && !negators.contains(text[i]);
      features.add(UnigramFeatureGenerator.PREFIX + (mark ? NegationScopeFeatureGenerator.NEGATED : "") + text[i]);
    }
    return features;
  }
}

package org.servicesignals.features;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text-shape and negation features as first written — regular expressions, a pass per
 * question — kept as the reference the faster generators must agree with feature for feature.
 */
final class ReferenceFeatures {
  private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1\\1");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private ReferenceFeatures() {}

  /** Words in capitals, letters stretched and the length in words, as TextShapeFeatureGenerator reads them. */
  static List<String> shape(String s) {
    List<String> features = new ArrayList<>();
    int words = 0;
    int caps = 0;
    boolean stretched = false;
    for (String w : SPACE.split(s)) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (w.length() >= 3 && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
          && w.codePoints().anyMatch(Character::isLetter)) {
        caps++;
      }
      stretched |= STRETCHED.matcher(w).find();
    }
    if (caps > 0) {
      features.add("s=" + (caps >= 3 ? "caps3+" : "caps"));
    }
    if (stretched) {
      features.add("s=stretched");
    }
    features.add("s=len" + (words <= 4 ? "1-4" : words <= 20 ? "5-20" : words <= 50 ? "21-50" : "51+"));
    return features;
  }

  /**
   * Negation-scope unigrams, each token asked again whether it negates wherever a scope reaches it:
   * a token is reached when fewer tokens than the scope, particles not counted, stand between it
   * and a negator.
   */
  static List<String> negwords(String[] text) {
    return negwords(text, null, org.servicesignals.analysis.DenialFrames.NONE);
  }

  /**
   * As {@link #negwords(String[])}, with what a negator saying "never" reaches after a degree word
   * compared, not negated, and a denial phrase and the negation it denies negating nothing.
   */
  static List<String> negwords(String[] text, org.servicesignals.analysis.Comparison comparison,
      org.servicesignals.analysis.DenialFrames frames) {
    boolean[] negated = new boolean[text.length];
    boolean[] byNever = new boolean[text.length];
    var scopes = new org.servicesignals.analysis.NegationScope[text.length];
    for (int i = 0; i < text.length; i++) {
      scopes[i] = NegationScopeFeatureGenerator.scopeOf(text[i]);
    }
    frames.apply(text, scopes);
    for (int i = 0; i < text.length; i++) {
      var scope = scopes[i];
      boolean never = comparison != null && comparison.saysNever(text, i);
      if (scope != null) {
        for (int j = 0; j < text.length; j++) {
          int between = 0;
          for (int k = Math.min(i, j) + 1; k < Math.max(i, j); k++) {
            between += NegationScopeFeatureGenerator.isParticle(text[k]) ? 0 : 1;
          }
          int reach = j < i ? scope.before() : scope.after();
          if (j != i && between < reach && scopes[j] == null) {
            negated[j] = true;
            byNever[j] |= never;
          }
        }
      }
    }
    for (int j = 0; j < text.length; j++) {
      negated[j] &= !(byNever[j] && comparison.compares(text, j, j + 1));
    }
    List<String> features = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      features.add(UnigramFeatureGenerator.PREFIX + (negated[i] ? NegationScopeFeatureGenerator.NEGATED : "") + text[i]);
    }
    return features;
  }
}

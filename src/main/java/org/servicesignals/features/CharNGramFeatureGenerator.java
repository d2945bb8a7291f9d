package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams inside each token, {@code c=<hyv}, for {@value #MIN}..{@value #MAX} code
 * points, with {@code <} and {@code >} marking the token's edges. They let Finnish and Tamil case
 * endings, typos and unseen inflections share evidence with the forms seen in training, where a
 * stemmer would have to guess. Counts code points, so no surrogate pair is ever split.
 */
public class CharNGramFeatureGenerator implements FeatureGenerator {
  public static final String PREFIX = "c=";
  static final int MIN = 3;
  static final int MAX = 5;
  /** Longer tokens (URLs are already shapes) would add many features and no signal. */
  static final int MAX_TOKEN = 30;

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>();
    StringBuilder b = new StringBuilder(16);
    for (String t : text) {
      int[] cps = ("<" + t + ">").codePoints().toArray();
      if (cps.length > MAX_TOKEN + 2) {
        continue;
      }
      for (int n = MIN; n <= MAX; n++) {
        for (int i = 0; i + n <= cps.length; i++) {
          b.setLength(0);
          b.append(PREFIX);
          for (int j = i; j < i + n; j++) {
            b.appendCodePoint(cps[j]);
          }
          features.add(b.toString());
        }
      }
    }
    return features;
  }
}

package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.servicesignals.scoring.FeatureBuffer;

/**
 * One feature per token: {@code w=token}. Stateless and built with no arguments, because OpenNLP's
 * DoccatFactory rebuilds feature generators from their class names when a model is loaded.
 */
public final class UnigramFeatureGenerator implements BufferedFeatureGenerator {
  public static final String PREFIX = "w=";

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>(text.length);
    for (String t : text) {
      features.add(PREFIX + t);
    }
    return features;
  }

  @Override
  public void extractFeatures(String[] text, Map<String, Object> extraInformation, FeatureBuffer out) {
    for (String t : text) {
      out.begin().append(PREFIX).append(t).end();
    }
  }

  @Override
  public boolean unigramPerToken() {
    return true;
  }
}

package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.servicesignals.scoring.FeatureBuffer;

/**
 * Adjacent token pairs, {@code b=not_good}, so that "not good" and "good" are different evidence.
 * The message start and end take part as {@code ^} and {@code $}: "ok" alone is not "ok but...".
 */
public final class BigramFeatureGenerator implements BufferedFeatureGenerator {
  public static final String PREFIX = "b=";

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>(text.length + 1);
    if (text.length == 0) {
      return features;
    }
    StringBuilder b = new StringBuilder(32);
    String previous = "^";
    for (String t : text) {
      b.setLength(0);
      features.add(b.append(PREFIX).append(previous).append('_').append(t).toString());
      previous = t;
    }
    b.setLength(0);
    features.add(b.append(PREFIX).append(previous).append("_$").toString());
    return features;
  }

  @Override
  public void extractFeatures(String[] text, Map<String, Object> extraInformation, FeatureBuffer out) {
    if (text.length == 0) {
      return;
    }
    String previous = "^";
    for (String t : text) {
      out.begin().append(PREFIX).append(previous).append('_').append(t).end();
      previous = t;
    }
    out.begin().append(PREFIX).append(previous).append("_$").end();
  }
}

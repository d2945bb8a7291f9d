package org.servicesignals.features;

import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.servicesignals.scoring.FeatureBuffer;

/**
 * A feature generator that also spells its features into a {@link FeatureBuffer}: the same
 * features, in the same order, as {@link #extractFeatures(String[], Map)} gives as strings, which
 * training and OpenNLP's own evaluation read. Scoring in arrays reads the buffer, and the strings
 * are never made. The generators with a feature per token do this; the few features of the others
 * are copied in as strings.
 */
public interface BufferedFeatureGenerator extends FeatureGenerator {
  /** Writes the features of {@code text} to {@code out}, as {@link #extractFeatures(String[], Map)} gives them. */
  void extractFeatures(String[] text, Map<String, Object> extraInformation, FeatureBuffer out);

  /**
   * Whether its features are one per token, in the tokens' order, each {@link
   * UnigramFeatureGenerator#PREFIX} then the token, or then a mark and the token (as {@code w=¬token}):
   * where such a feature is the token's bare unigram, its look-up says whether the model knows the token.
   */
  default boolean unigramPerToken() {
    return false;
  }
}

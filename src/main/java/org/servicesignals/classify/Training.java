package org.servicesignals.classify;

import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

/** Trains a document categorizer on Lucene tokens. */
public final class Training {
  private Training() {}

  public static DoccatModel train(List<Sample> samples, AnalyzerChain chain, FeatureSet features, TrainerSpec spec) {
    return EncodedSamples.encode(samples, chain, features).train(spec);
  }
}

package org.servicesignals.train;

import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.features.FeatureSet;

/** One point of the grid cross-validation searches: analysis, features and trainer. */
public record Candidate(AnalysisOptions analysis, FeatureSet features, TrainerSpec trainer) {
  /** "NAIVEBAYES / stem / negwords+bigrams+shape", as the model card keys its scores. */
  public String name() {
    return trainer.algorithm() + " / " + analysis + " / " + features;
  }
}

package org.servicesignals.train;

import java.util.List;
import java.util.Optional;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.features.FeatureSet;

/**
 * What {@link TrainingPipeline} searches.
 *
 * @param folds cross-validation folds (stratified, deterministic)
 * @param features feature sets to try
 * @param analysis one analysis for every language, or empty for each language's candidates
 * @param trainers trainers to try
 */
public record TrainingConfig(int folds, List<FeatureSet> features, Optional<AnalysisOptions> analysis,
    List<TrainerSpec> trainers) {
  public TrainingConfig {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
    }
    if (features.isEmpty() || trainers.isEmpty()) {
      throw new IllegalArgumentException("give at least one feature set and one trainer");
    }
    features = List.copyOf(features);
    trainers = List.copyOf(trainers);
  }

  /** Five folds, the default feature sets, each language's analyses, every trainer. */
  public static TrainingConfig defaults() {
    return new TrainingConfig(5, FeatureSet.DEFAULTS, Optional.empty(), TrainerSpec.CANDIDATES);
  }
}

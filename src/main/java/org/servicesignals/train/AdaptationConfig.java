package org.servicesignals.train;

import java.util.List;

/**
 * What {@link Adaptation} searches and when it refuses.
 *
 * @param weights how many times each labelled message may be repeated beside the corpus; the one
 *     with the best cross-validated macro-F1 on the labelled messages is kept (ties: the smallest)
 * @param folds cross-validation folds over the labelled messages (stratified, deterministic)
 * @param minPerLabel fewest labelled messages of each label a language needs to be adapted
 * @param bootstrap resamples for the 95% intervals
 */
public record AdaptationConfig(List<Integer> weights, int folds, int minPerLabel, int bootstrap) {
  /**
   * Doubling weights from 1 to 16. About 3,000 corpus messages sit beside a few hundred of the
   * user's: at 1 they are a tenth of what the model counts, at 16 more than the corpus. Doubling
   * covers that range in five trainings per fold; finer steps move macro-F1 less than its interval.
   */
  public static final List<Integer> WEIGHTS = List.of(1, 2, 4, 8, 16);

  /**
   * Eight messages of each label at least: with five folds, every fold then holds out at least
   * one message of every label and trains on six or more, and a label the user has fewer messages
   * of has not been shown often enough to learn, or to score, its words.
   */
  public static final int MIN_PER_LABEL = 8;

  public AdaptationConfig {
    weights = List.copyOf(weights);
    if (weights.isEmpty() || weights.stream().anyMatch(w -> w < 1 || w > 1000)) {
      throw new IllegalArgumentException("weights must be whole numbers from 1 to 1000, not " + weights);
    }
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
    }
    if (minPerLabel < folds) {
      throw new IllegalArgumentException("each label needs at least as many messages (" + minPerLabel
          + ") as there are folds (" + folds + "), so that every fold holds one out");
    }
    if (bootstrap < 100) {
      throw new IllegalArgumentException("use at least 100 bootstrap resamples, not " + bootstrap);
    }
  }

  /** Weights 1, 2, 4, 8, 16; five folds; eight messages per label; 1,000 resamples. */
  public static AdaptationConfig defaults() {
    return new AdaptationConfig(WEIGHTS, 5, MIN_PER_LABEL, 1000);
  }
}

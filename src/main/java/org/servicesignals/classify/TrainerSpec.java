package org.servicesignals.classify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP trainer and its parameters, as the model card records them.
 *
 * @param algorithm OpenNLP's name: MAXENT (GIS), MAXENT_QN, NAIVEBAYES or PERCEPTRON
 * @param iterations training iterations (ignored by naive Bayes)
 * @param cutoff features seen fewer times than this are dropped
 */
public record TrainerSpec(Algorithm algorithm, int iterations, int cutoff) {
  /** OpenNLP's document-categorizer trainers. */
  public enum Algorithm {
    /** Maximum entropy, generalised iterative scaling. */
    MAXENT,
    /** Maximum entropy, L-BFGS (quasi-Newton). */
    MAXENT_QN,
    NAIVEBAYES,
    PERCEPTRON
  }

  /** The candidates cross-validation chooses from. */
  public static final List<TrainerSpec> CANDIDATES = List.of(
      // GIS stopped at 100 iterations: on these corpora more iterations fit the training split
      // harder and score lower in cross-validation (early stopping is GIS's only regularisation)
      new TrainerSpec(Algorithm.MAXENT, 100, 1),
      new TrainerSpec(Algorithm.MAXENT_QN, 100, 1),
      new TrainerSpec(Algorithm.NAIVEBAYES, 1, 1),
      new TrainerSpec(Algorithm.PERCEPTRON, 100, 1));

  public TrainingParameters parameters() {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm.name());
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.THREADS_PARAM, 1); // one thread: training is reproducible bit for bit
    return p;
  }

  /** The parameters as the model card writes them. */
  public Map<String, String> asMap() {
    Map<String, String> m = new TreeMap<>();
    parameters().getObjectSettings().forEach((k, v) -> m.put(k, String.valueOf(v)));
    return m;
  }

  /** The candidate that uses {@code algorithm}. */
  public static TrainerSpec of(Algorithm algorithm) {
    return parse(algorithm.name());
  }

  public static TrainerSpec parse(String algorithm) {
    for (TrainerSpec s : CANDIDATES) {
      if (s.algorithm.name().equalsIgnoreCase(algorithm)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown trainer '" + algorithm
        + "': use MAXENT, MAXENT_QN, NAIVEBAYES or PERCEPTRON");
  }
}

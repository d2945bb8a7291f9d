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
public record TrainerSpec(String algorithm, int iterations, int cutoff) {
  /** The candidates cross-validation chooses from. */
  public static final List<TrainerSpec> CANDIDATES = List.of(
      // GIS stopped at 100 iterations: on these corpora more iterations fit the training split
      // harder and score lower in cross-validation (early stopping is GIS's only regularisation)
      new TrainerSpec("MAXENT", 100, 1),
      new TrainerSpec("MAXENT_QN", 100, 1),
      new TrainerSpec("NAIVEBAYES", 1, 1),
      new TrainerSpec("PERCEPTRON", 100, 1));

  public TrainingParameters parameters() {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
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

  public static TrainerSpec parse(String algorithm) {
    for (TrainerSpec s : CANDIDATES) {
      if (s.algorithm.equalsIgnoreCase(algorithm)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown trainer '" + algorithm
        + "': use MAXENT, MAXENT_QN, NAIVEBAYES or PERCEPTRON");
  }
}

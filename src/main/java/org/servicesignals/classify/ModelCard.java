package org.servicesignals.classify;

import java.util.List;
import java.util.Map;

/**
 * What a shipped model is and how it was made; stored as {@code models/<lang>.card.json} beside
 * {@code models/<lang>.bin}. A model is only loaded with the analysis it was trained with, read from
 * here.
 *
 * @param lang language code
 * @param model file name of the OpenNLP model
 * @param corpus corpus file (relative to the corpora directory) to its SHA-256
 * @param analysis options string ({@code stop+stem}, ...)
 * @param analyzerChain the Lucene chain, stage by stage
 * @param features feature-set name ({@code words+bigrams+chars})
 * @param featureGenerators the generator classes the model restores on load
 * @param trainer algorithm and parameters
 * @param libraries library name to version
 * @param trainingSamples number of training messages
 * @param crossValidation macro-F1 of each candidate trainer, mean over the folds
 * @param test metrics on the test split
 * @param calibration temperature scaling fitted on out-of-fold probabilities; null means none
 */
public record ModelCard(
    String lang,
    String model,
    Map<String, String> corpus,
    String analysis,
    String analyzerChain,
    String features,
    List<String> featureGenerators,
    Map<String, String> trainer,
    Map<String, String> libraries,
    int trainingSamples,
    Map<String, Double> crossValidation,
    TestMetrics test,
    Calibration calibration) {

  /** The temperature to divide log-probabilities by: 1 when the card has no calibration. */
  public double temperature() {
    return calibration == null ? 1.0 : calibration.temperature();
  }

  /**
   * @param temperature T of {@link org.servicesignals.classify.Calibration}
   * @param logLossBefore out-of-fold log-loss at T = 1
   * @param logLossAfter out-of-fold log-loss at T
   * @param eceBefore expected calibration error (10 bins) at T = 1
   * @param eceAfter expected calibration error at T
   */
  public record Calibration(double temperature, double logLossBefore, double logLossAfter, double eceBefore,
      double eceAfter) {}

  /**
   * @param samples test messages
   * @param accuracy share labelled right
   * @param macroF1 mean of per-label F1
   * @param f1 per-label F1
   * @param majorityBaselineMacroF1 macro-F1 of always answering the most frequent training label
   */
  public record TestMetrics(int samples, double accuracy, double macroF1, Map<String, Double> f1,
      double majorityBaselineMacroF1) {}
}

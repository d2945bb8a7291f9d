package org.servicesignals.classify;

import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.core.Lang;
import org.servicesignals.features.FeatureSet;

import java.util.List;
import java.util.Map;

/**
 * What a shipped model is and how it was made; stored as {@code models/<lang>.card.json} beside
 * {@code models/<lang>.bin}. A model is only loaded with the analysis it was trained with, read from
 * here.
 *
 * @param lang language code
 * @param model file name of the OpenNLP model
 * @param modelSha256 SHA-256 of that file, checked whenever the model is loaded
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
    String modelSha256,
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

  /** This card for a model file whose SHA-256 is {@code sha256}. */
  public ModelCard withModelSha256(String sha256) {
    return new ModelCard(lang, model, sha256, corpus, analysis, analyzerChain, features, featureGenerators, trainer,
        libraries, trainingSamples, crossValidation, test, calibration);
  }

  /**
   * Checks every field a loader relies on, for the model of {@code expected}; throws
   * {@link IllegalArgumentException} naming the first bad field and why.
   */
  public void validate(Lang expected) {
    require(expected.code().equals(lang), "lang", "is '" + lang + "', but the file is the " + expected.code() + " model");
    require((expected.code() + ".bin").equals(model), "model", "is '" + model + "', expected " + expected.code() + ".bin");
    require(modelSha256 == null || modelSha256.matches("[0-9a-f]{64}"), "modelSha256",
        "is not a SHA-256 ('" + modelSha256 + "')");
    FeatureSet fs;
    try {
      AnalysisOptions.parse(String.valueOf(analysis));
      fs = FeatureSet.parse(String.valueOf(features));
      TrainerSpec.parse(trainer == null ? "" : String.valueOf(trainer.get("Algorithm")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    // cards of release 0.1.0 list no generators; any card that lists them must list these
    require(featureGenerators == null || featureGenerators.isEmpty() || fs.generatorClasses().equals(featureGenerators),
        "featureGenerators", "do not match features '" + features + "'");
    require(corpus != null && corpus.values().stream().allMatch(h -> h != null && h.matches("[0-9a-f]{64}")
        && !h.matches("0+")), "corpus", "needs a real SHA-256 per corpus file");
    if (calibration != null) {
      double t = calibration.temperature();
      require(Double.isFinite(t) && t >= org.servicesignals.classify.Calibration.MIN_TEMPERATURE && t <= org.servicesignals.classify.Calibration.MAX_TEMPERATURE,
          "calibration.temperature", "is " + t + ", outside [" + org.servicesignals.classify.Calibration.MIN_TEMPERATURE + ", "
              + org.servicesignals.classify.Calibration.MAX_TEMPERATURE + "]");
    }
  }

  private static void require(boolean ok, String field, String reason) {
    if (!ok) {
      throw new IllegalArgumentException("field '" + field + "' " + reason);
    }
  }

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

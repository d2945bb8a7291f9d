package org.servicesignals.classify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.features.FeatureSet;

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
 * @param adaptation how the model was adapted to a user's labelled messages; null (and left out of
 *     the file) for a model made from the corpora alone
 * @param leaveOneDomainOut macro-F1 of the candidates {@code train} scored with each training domain
 *     left out in turn (the best by cross-validation), by candidate name; null (and left out of the
 *     file) when there was no choice to make
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
    Calibration calibration,
    @JsonInclude(JsonInclude.Include.NON_NULL) Adaptation adaptation,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> leaveOneDomainOut) {

  /** The card of a model made from the corpora alone. */
  public ModelCard(String lang, String model, String modelSha256, Map<String, String> corpus, String analysis,
      String analyzerChain, String features, List<String> featureGenerators, Map<String, String> trainer,
      Map<String, String> libraries, int trainingSamples, Map<String, Double> crossValidation, TestMetrics test,
      Calibration calibration) {
    this(lang, model, modelSha256, corpus, analysis, analyzerChain, features, featureGenerators, trainer, libraries,
        trainingSamples, crossValidation, test, calibration, null, null);
  }

  /** This card with the leave-one-domain-out scores of the candidates {@code train} weighed. */
  public ModelCard withLeaveOneDomainOut(Map<String, Double> scores) {
    return new ModelCard(lang, model, modelSha256, corpus, analysis, analyzerChain, features, featureGenerators, trainer,
        libraries, trainingSamples, crossValidation, test, calibration, adaptation, scores);
  }

  /** This card for a model file whose SHA-256 is {@code sha256}. */
  public ModelCard withModelSha256(String sha256) {
    return new ModelCard(lang, model, sha256, corpus, analysis, analyzerChain, features, featureGenerators, trainer,
        libraries, trainingSamples, crossValidation, test, calibration, adaptation, leaveOneDomainOut);
  }

  /**
   * Checks every field a loader relies on, for the model of {@code expected}; throws
   * {@link IllegalArgumentException} naming the first bad field and why.
   */
  public void validate(Lang expected) {
    validate(expected.code());
  }

  /**
   * As {@link #validate(Lang)}, for the model named {@code expected}: a language code, or a
   * romanised variety ({@code hi-Latn}).
   */
  public void validate(String expected) {
    require(expected.equals(lang), "lang", "is '" + lang + "', but the file is the " + expected + " model");
    require((expected + ".bin").equals(model), "model", "is '" + model + "', expected " + expected + ".bin");
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
    if (adaptation != null) {
      adaptation.validate();
    }
  }

  private static void require(boolean ok, String field, String reason) {
    if (!ok) {
      throw new IllegalArgumentException("field '" + field + "' " + reason);
    }
  }

  /** Whether this is the model of a language typed in Latin letters ({@code hi-Latn}). */
  public boolean romanised() {
    return lang != null && lang.endsWith(ROMANISED_SUFFIX);
  }

  /** What a romanised model's name adds to its language's code: {@code hi-Latn}. */
  public static final String ROMANISED_SUFFIX = "-Latn";

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
   * How a model was adapted: the corpus it was trained on, plus the user's labelled messages of its
   * language, each repeated {@code weight} times, the weight chosen by cross-validation on those
   * messages.
   *
   * @param baseModelSha256 SHA-256 of the model adapted from (the shipped one, unless another was given)
   * @param added each file the labelled messages came from, to its SHA-256
   * @param rows the labelled messages of this language, per label
   * @param weight how many times each labelled message was repeated beside the corpus
   * @param folds cross-validation folds over the labelled messages
   * @param crossValidation macro-F1 of the out-of-fold predictions on the labelled messages, per weight tried
   * @param baseMacroF1 the base model on the labelled messages (it never saw them)
   * @param baseMacroF1Ci95 its 95% bootstrap interval
   * @param adaptedMacroF1 the out-of-fold predictions at the kept weight
   * @param adaptedMacroF1Ci95 its 95% bootstrap interval
   */
  public record Adaptation(String baseModelSha256, Map<String, String> added, Map<String, Integer> rows, int weight,
      int folds, List<WeightScore> crossValidation, double baseMacroF1, List<Double> baseMacroF1Ci95,
      double adaptedMacroF1, List<Double> adaptedMacroF1Ci95) {

    /** Throws {@link IllegalArgumentException} naming the first bad field. */
    void validate() {
      require(baseModelSha256 != null && baseModelSha256.matches("[0-9a-f]{64}"), "adaptation.baseModelSha256",
          "is not a SHA-256 ('" + baseModelSha256 + "')");
      require(added != null && !added.isEmpty() && added.values().stream().allMatch(h -> h != null
          && h.matches("[0-9a-f]{64}")), "adaptation.added", "needs a SHA-256 per added file");
      require(rows != null && !rows.isEmpty() && rows.entrySet().stream().allMatch(e -> Label.parse(e.getKey())
          .isPresent() && e.getValue() != null && e.getValue() >= 0), "adaptation.rows",
          "needs a count of 0 or more per label (exceptional, good, poor)");
      require(weight >= 1, "adaptation.weight", "is " + weight + "; a labelled message counts at least once");
      require(folds >= 2, "adaptation.folds", "is " + folds + "; cross-validation needs at least 2");
      require(crossValidation != null && crossValidation.stream().anyMatch(w -> w.weight() == weight),
          "adaptation.crossValidation", "has no score for the kept weight " + weight);
      for (double f1 : new double[] {baseMacroF1, adaptedMacroF1}) {
        require(f1 >= 0 && f1 <= 1, "adaptation", "has a macro-F1 outside [0, 1]: " + f1);
      }
      require(baseMacroF1Ci95 != null && baseMacroF1Ci95.size() == 2 && adaptedMacroF1Ci95 != null
          && adaptedMacroF1Ci95.size() == 2, "adaptation", "needs two bounds per interval");
    }
  }

  /** One weight's out-of-fold macro-F1 on the labelled messages. */
  public record WeightScore(int weight, double macroF1) {}

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

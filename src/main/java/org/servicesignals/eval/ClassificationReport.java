package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.Sample;
import org.servicesignals.io.Row;

/**
 * The models on labelled messages with their language declared: accuracy, macro-F1 with a
 * bootstrap interval, per-label F1, the majority baseline, calibration error and the confusion
 * matrix, per language.
 *
 * @param rows per language code; languages without a model are left out
 */
public record ClassificationReport(@JsonValue Map<String, Row> rows) {
  /**
   * @param model "NAIVEBAYES / stem / negwords+bigrams+shape", for people
   * @param evaluation the scores
   * @param ci95 macro-F1 bootstrap interval
   * @param baseline the majority baseline's macro-F1 (from the model card; NaN when it has none)
   * @param ece expected calibration error of the confidences
   * @param flagged labels {@code needs_review} flags at the documented threshold
   * @param errorsFlagged wrong labels among them
   * @param reliability messages and right labels per confidence band ({@link #BANDS})
   */
  @JsonPropertyOrder(alphabetic = true)
  public record Row(@JsonIgnore String model, @JsonIgnore Evaluation evaluation, @JsonIgnore double[] ci95,
      @JsonProperty("majority_baseline_macro_f1") double baseline,
      @JsonIgnore double ece, @JsonProperty("flagged_for_review") int flagged,
      @JsonProperty("errors_flagged_for_review") int errorsFlagged,
      @JsonProperty("reliability") List<Band> reliability) {
    /** Messages labelled wrong (or not at all). */
    @JsonProperty("errors")
    public int errors() {
      return (int) Math.round(evaluation.size() * (1 - evaluation.accuracy()));
    }

    @JsonProperty("messages")
    public int messages() {
      return evaluation.size();
    }

    @JsonProperty("macro_f1")
    public double macroF1() {
      return Numbers.round(evaluation.macroF1());
    }

    @JsonProperty("accuracy")
    public double accuracy() {
      return Numbers.round(evaluation.accuracy());
    }

    @JsonProperty("f1")
    public Map<String, Double> f1() {
      Map<String, Double> f1 = new LinkedHashMap<>();
      evaluation.f1ByLabel().forEach((l, v) -> f1.put(l.id(), Numbers.round(v)));
      return f1;
    }

    @JsonProperty("macro_f1_ci95")
    public List<Double> interval() {
      return List.of(Numbers.round(ci95[0]), Numbers.round(ci95[1]));
    }

    @JsonProperty("expected_calibration_error")
    public double roundedEce() {
      return Numbers.round(ece);
    }

    @JsonProperty("confusion_gold_by_predicted")
    public int[][] confusion() {
      return evaluation.confusion();
    }
  }

  /** The lower bounds of the confidence bands of the reliability table; a band runs to the next bound. */
  public static final double[] BANDS = {0, 0.5, 0.7, 0.9};

  /**
   * One confidence band: how many labels had a confidence from {@code from} up to the next band,
   * and how many of them were right. A calibrated model is right in about the share its
   * confidences say.
   */
  public record Band(double from, int messages, int right) {
    @JsonProperty("accuracy")
    public double accuracy() {
      return messages == 0 ? Double.NaN : Numbers.round((double) right / messages);
    }
  }

  static List<Band> bands(List<double[]> probabilities, List<Label> gold, List<Label> predicted) {
    int[] n = new int[BANDS.length];
    int[] right = new int[BANDS.length];
    for (int i = 0; i < gold.size(); i++) {
      if (predicted.get(i) == null) {
        continue;
      }
      double c = probabilities.get(i)[predicted.get(i).ordinal()];
      int b = BANDS.length - 1;
      while (b > 0 && c < BANDS[b]) {
        b--;
      }
      n[b]++;
      right[b] += predicted.get(i) == gold.get(i) ? 1 : 0;
    }
    List<Band> out = new ArrayList<>();
    for (int b = 0; b < BANDS.length; b++) {
      out.add(new Band(BANDS[b], n[b], right[b]));
    }
    return out;
  }

  public ClassificationReport {
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** Classifies every message of {@code samples} with its gold language declared. */
  public static ClassificationReport of(Classifier classifier, Map<Lang, List<Sample>> samples, int bootstrap) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (var e : samples.entrySet()) {
      ModelBundle b = classifier.models().get(e.getKey());
      if (b == null) {
        continue;
      }
      double baseline = b.card().test() == null ? Double.NaN : b.card().test().majorityBaselineMacroF1();
      String model = b.card().trainer().get("Algorithm") + " / " + b.card().analysis() + " / " + b.card().features();
      rows.put(e.getKey().code(), row(classifier, Optional.of(e.getKey()), e.getValue(), bootstrap, model, baseline));
    }
    return new ClassificationReport(rows);
  }

  /**
   * One row: {@code samples} classified with {@code declared} as their language (or detected),
   * a failure counting as wrong.
   */
  public static Row row(Classifier classifier, Optional<Lang> declared, List<Sample> samples, int bootstrap,
      String model, double baseline) {
    List<Label> gold = new ArrayList<>();
    List<Label> predicted = new ArrayList<>();
    List<double[]> probabilities = new ArrayList<>();
    int flagged = 0;
    int errorsFlagged = 0;
    for (Sample s : samples) {
      Prediction p = classifier.classify(new Message(s.id(), s.text(), declared));
      gold.add(s.label());
      predicted.add(p.label().orElse(null)); // a failure counts as wrong
      probabilities.add(p.ok() ? p.probabilities() : new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
      boolean review = p.needsReview(PredictionColumns.REVIEW_BELOW);
      flagged += review ? 1 : 0;
      errorsFlagged += review && !p.label().equals(java.util.Optional.of(s.label())) ? 1 : 0;
    }
    return new Row(model, new Evaluation(gold, predicted), Evaluation.macroF1Interval(gold, predicted, bootstrap, 42),
        baseline, Reliability.expectedCalibrationError(probabilities, gold, 1.0), flagged, errorsFlagged,
        bands(probabilities, gold, predicted));
  }
}

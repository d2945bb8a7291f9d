package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one group of labelled messages (a language, or all of them), computed once:
 * accuracy, macro-F1 with its bootstrap interval, per-class precision, recall and F1, the confusion
 * matrix, the majority baseline of the same messages, and the calibration error.
 *
 * @param messages messages scored
 * @param unclassified messages that got no label (counted wrong)
 * @param accuracy share labelled right
 * @param macroF1 mean of the per-class F1
 * @param macroF1Ci95 95% percentile-bootstrap interval of macro-F1
 * @param classes per class: precision, recall, F1 and support (gold messages)
 * @param confusion gold (rows) by predicted (columns), in {@code confusionColumns} order
 * @param confusionColumns the classes, then {@code none} for messages that got no label
 * @param majorityBaseline always answering the class most frequent among these messages' gold labels
 * @param ece expected calibration error of the predicted class's probability (10 bins)
 */
@JsonPropertyOrder({"messages", "unclassified", "accuracy", "macro_f1", "macro_f1_ci95", "classes",
    "confusion_columns", "confusion_gold_by_predicted", "majority_baseline", "expected_calibration_error"})
public record GroupScores(int messages, int unclassified, double accuracy, @JsonProperty("macro_f1") double macroF1,
    @JsonProperty("macro_f1_ci95") List<Double> macroF1Ci95, Map<String, ClassScores> classes,
    @JsonProperty("confusion_gold_by_predicted") int[][] confusion,
    @JsonProperty("confusion_columns") List<String> confusionColumns,
    @JsonProperty("majority_baseline") Baseline majorityBaseline,
    @JsonProperty("expected_calibration_error") double ece) {

  /** One class's scores. */
  public record ClassScores(double precision, double recall, double f1, int support) {}

  /**
   * The majority baseline computed from the scored messages themselves: it knows the test labels'
   * distribution, so it is the score a system must beat to have learnt anything at all.
   *
   * @param label the class it always answers
   */
  public record Baseline(String label, double accuracy, @JsonProperty("macro_f1") double macroF1) {}

  /** The scores of {@code rows}, over {@code classes}, with a bootstrap of {@code resamples} seeded by {@code seed}. */
  public static GroupScores of(List<String> classes, List<LabelledScoring.Scored> rows, int resamples, long seed) {
    int n = rows.size();
    int[] gold = new int[n];
    int[] predicted = new int[n];
    double[] confidence = new double[n];
    boolean[] right = new boolean[n];
    int unclassified = 0;
    for (int i = 0; i < n; i++) {
      LabelledScoring.Scored s = rows.get(i);
      gold[i] = s.gold();
      predicted[i] = s.predicted();
      confidence[i] = s.confidence(classes.size());
      right[i] = s.right();
      unclassified += s.predicted() == Confusion.NONE ? 1 : 0;
    }
    Confusion c = new Confusion(classes, gold, predicted);
    Map<String, ClassScores> perClass = new LinkedHashMap<>();
    for (int k = 0; k < classes.size(); k++) {
      perClass.put(classes.get(k), new ClassScores(Numbers.round(c.precision(k)), Numbers.round(c.recall(k)),
          Numbers.round(c.f1(k)), c.support(k)));
    }
    int majority = c.majority();
    int[] always = new int[n];
    java.util.Arrays.fill(always, majority);
    Confusion base = new Confusion(classes, gold, always);
    double[] ci = n == 0 ? new double[] {0, 0} : Confusion.macroF1Interval(classes, gold, predicted, resamples, seed);
    List<String> columns = new ArrayList<>(classes);
    columns.add("none");
    return new GroupScores(n, unclassified, Numbers.round(c.accuracy()), Numbers.round(c.macroF1()),
        List.of(Numbers.round(ci[0]), Numbers.round(ci[1])), perClass, c.matrix(), columns,
        new Baseline(classes.get(majority), Numbers.round(base.accuracy()), Numbers.round(base.macroF1())),
        Numbers.round(Reliability.expectedCalibrationError(confidence, right)));
  }
}

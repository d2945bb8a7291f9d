package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicesignals.classify.Classifier;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.Sample;

/**
 * A language's model on one held-out split: the {@link ClassificationReport} row (macro-F1 with its
 * bootstrap interval, per-label F1, confusion matrix, calibration error) with the majority baseline
 * of the language's training split, and the reliability diagram of its confidences.
 */
public record SplitScores(@JsonProperty("scores") ClassificationReport.Row scores,
    @JsonProperty("reliability") List<Reliability.Bin> reliability) {

  public static SplitScores of(Classifier classifier, Lang lang, List<Sample> train, List<Sample> samples,
      int bootstrap, String model) {
    List<Label> gold = samples.stream().map(Sample::label).toList();
    double baseline = Numbers.round(Evaluation.majorityBaseline(train.stream().map(Sample::label).toList(), gold));
    ClassificationReport.Row row = ClassificationReport.row(classifier, Optional.of(lang), samples, bootstrap, model,
        baseline);
    List<double[]> probabilities = new ArrayList<>();
    for (Sample s : samples) {
      Prediction p = classifier.classify(new Message(s.id(), s.text(), Optional.of(lang)));
      probabilities.add(p.ok() ? p.probabilities() : new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
    }
    return new SplitScores(row, Reliability.diagram(probabilities, gold));
  }
}

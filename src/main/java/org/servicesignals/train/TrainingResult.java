package org.servicesignals.train;

import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.core.Lang;
import org.servicesignals.eval.Evaluation;

/**
 * One language's trained model and how it was chosen.
 *
 * @param lang the language
 * @param scores every candidate's mean cross-validated macro-F1, in grid order
 * @param best the candidate kept (the first of the best scores: ties keep the simpler one)
 * @param model the kept candidate trained on the whole training split
 * @param card the model card, with calibration and test metrics
 * @param test the kept model on the test split
 * @param baseline macro-F1 of always answering the most frequent training label, on the test split
 */
public record TrainingResult(Lang lang, List<Score> scores, Candidate best, DoccatModel model, ModelCard card,
    Evaluation test, double baseline) {
  /** A candidate's mean macro-F1 over the folds. */
  public record Score(Candidate candidate, double macroF1) {}

  public TrainingResult {
    scores = List.copyOf(scores);
  }
}

package org.servicesignals.train;

import java.util.List;
import java.util.Map;
import org.servicesignals.core.Label;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.eval.Numbers;

/**
 * Labels scored against gold labels: the evaluation and its macro-F1's 95% bootstrap interval.
 *
 * @param evaluation the scores
 * @param ci95 the interval, low and high
 */
public record Score(Evaluation evaluation, double[] ci95) {
  /** Seed of the bootstrap, as {@code evaluate} seeds it: the same labels always give the same interval. */
  static final long SEED = 42;

  /** The labels {@code probabilities} pick, scored against {@code gold}. */
  public static Score of(List<Label> gold, List<double[]> probabilities, int bootstrap) {
    List<Label> predicted = probabilities.stream().map(Label::argmax).toList();
    return new Score(new Evaluation(gold, predicted), Evaluation.macroF1Interval(gold, predicted, bootstrap, SEED));
  }

  public double macroF1() {
    return evaluation.macroF1();
  }

  @Override
  public double[] ci95() {
    return ci95.clone();
  }

  /** Rounded, as JSON reports write it. */
  public Map<String, Object> summary() {
    Map<String, Object> m = evaluation.summary();
    m.put("macro_f1_ci95", List.of(Numbers.round(ci95[0]), Numbers.round(ci95[1])));
    return m;
  }
}

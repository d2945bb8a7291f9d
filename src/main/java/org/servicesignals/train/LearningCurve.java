package org.servicesignals.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.core.Label;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.CrossValidation;

/**
 * What labelling more buys: for each size n, the first n labelled messages of a pool adapt the
 * base model (n = 0 is the base model), and the result labels a held-out file no adaptation saw.
 */
public final class LearningCurve {
  /**
   * One point of the curve.
   *
   * @param requested the n asked for
   * @param used the labelled messages used: n, or the whole pool when it is smaller
   * @param outcome what adapting with them gave; null for n = 0 (the base model)
   * @param weight the kept weight; 0 when the base model labelled the held-out messages
   * @param heldOut the resulting model on the held-out messages
   */
  public record Point(int requested, int used, AdaptationResult.Outcome outcome, int weight, Score heldOut) {}

  private LearningCurve() {}

  /** The curve over {@code sizes}, in that order. */
  public static List<Point> run(Adaptation adaptation, ModelBundle base, Adaptation.Corpus corpus, List<Sample> pool,
      List<Sample> heldOut, List<Integer> sizes, Map<String, String> added) {
    List<Label> gold = heldOut.stream().map(Sample::label).toList();
    int bootstrap = adaptation.config().bootstrap();
    Score baseScore = Score.of(gold, CrossValidation.probabilities(base.model(), base.chain(), heldOut), bootstrap);
    List<Point> points = new ArrayList<>();
    for (int n : sizes) {
      if (n < 0) {
        throw new IllegalArgumentException("a curve point is a number of labelled messages, 0 or more, not " + n);
      }
      int used = Math.min(n, pool.size());
      if (used == 0) {
        points.add(new Point(n, 0, null, 0, baseScore));
        continue;
      }
      AdaptationResult r = adaptation.adapt(base, corpus, pool.subList(0, used), added);
      Score s = r.outcome() == AdaptationResult.Outcome.ADAPTED
          ? Score.of(gold, CrossValidation.probabilities(r.model(), base.chain(), heldOut), bootstrap)
          : baseScore;
      points.add(new Point(n, used, r.outcome(), r.outcome() == AdaptationResult.Outcome.ADAPTED ? r.weight() : 0, s));
    }
    return points;
  }
}

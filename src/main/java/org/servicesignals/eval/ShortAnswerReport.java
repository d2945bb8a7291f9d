package org.servicesignals.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.Calibration;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ShortAnswers;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

/**
 * How much the lexicon's verdict should add to the model's probabilities ({@link ShortAnswers}),
 * measured where no message scores itself: the training split's own messages, each labelled by the
 * shipped configuration trained on the other folds (5-fold out-of-fold, calibrated with the
 * shipped temperature), split into answers of at most {@link ShortAnswers#MAX_WORDS} words and
 * longer messages; and the development sets ({@code dev-short}, {@code dev-negation}), labelled by the
 * shipped model. The longer messages choose {@link ShortAnswers#LONG_WEIGHT} as the answers of one to
 * three words choose {@link ShortAnswers#LEXICON_WEIGHT}.
 *
 * @param weights the weights tried, {@link ShortAnswers#WEIGHTS}
 * @param shortMessages training answers of one to three words
 * @param shortAccuracy their out-of-fold accuracy at each weight
 * @param longMessages longer training messages
 * @param longAccuracy their out-of-fold accuracy at each weight
 * @param devMessages development answers; 0 when there are none
 * @param devAccuracy their accuracy at each weight (NaN without any)
 * @param devNegationMessages development negation messages; 0 when there are none
 * @param devNegationAccuracy their accuracy at each weight (NaN without any)
 */
public record ShortAnswerReport(double[] weights, int shortMessages, double[] shortAccuracy, int longMessages,
    double[] longAccuracy, int devMessages, double[] devAccuracy, int devNegationMessages,
    double[] devNegationAccuracy) {

  /** The report for {@code lang}'s shipped model, its training split and its development sets. */
  public static ShortAnswerReport of(Lang lang, ModelBundle shipped, List<Sample> train, List<Sample> dev,
      List<Sample> devNegation) {
    AnalyzerChain chain = SentimentAnalysis.chain(lang, AnalysisOptions.parse(shipped.card().analysis()));
    FeatureSet features = FeatureSet.parse(shipped.card().features());
    TrainerSpec spec = TrainerSpec.parse(shipped.card().trainer().get("Algorithm"));
    double t = shipped.card().temperature();
    List<double[]> oof = CrossValidation.outOfFold(train, 5, chain, features, spec);
    double[] w = ShortAnswers.WEIGHTS;
    Tally shortTally = new Tally(w.length);
    Tally longTally = new Tally(w.length);
    for (int i = 0; i < train.size(); i++) {
      Sample s = train.get(i);
      String[] words = ShortAnswers.words(lang, s.text());
      boolean shortAnswer = words.length <= ShortAnswers.MAX_WORDS;
      (shortAnswer ? shortTally : longTally).add(s.label(), Calibration.apply(oof.get(i), t),
          shortAnswer ? vote(lang, shipped, s.text(), words) : ShortAnswers.longVote(lang, s.text(), words), w);
    }
    Tally devTally = tally(lang, shipped, chain, dev, w);
    Tally negationTally = tally(lang, shipped, chain, devNegation, w);
    return new ShortAnswerReport(w.clone(), shortTally.n, shortTally.accuracy(), longTally.n, longTally.accuracy(),
        devTally.n, devTally.accuracy(), negationTally.n, negationTally.accuracy());
  }

  /** {@code samples} labelled by the shipped model, the vote added at each weight. */
  private static Tally tally(Lang lang, ModelBundle shipped, AnalyzerChain chain, List<Sample> samples, double[] w) {
    Tally tally = new Tally(w.length);
    List<double[]> p = CrossValidation.probabilities(shipped.model(), chain, samples);
    for (int i = 0; i < samples.size(); i++) {
      String text = samples.get(i).text();
      String[] words = ShortAnswers.words(lang, text);
      tally.add(samples.get(i).label(), Calibration.apply(p.get(i), shipped.card().temperature()),
          words.length <= ShortAnswers.MAX_WORDS ? vote(lang, shipped, text, words) : ShortAnswers.longVote(lang, text, words), w);
    }
    return tally;
  }

  /**
   * The vote on a short answer as the classifier casts it: a word one letter off a lexicon term
   * counts unless the shipped model knows it (it knows every training message's words, so on the
   * training split's out-of-fold answers no word counts as a slip).
   */
  private static java.util.Map<org.servicesignals.core.Label, Integer> vote(Lang lang, ModelBundle shipped, String text,
      String[] words) {
    return ShortAnswers.vote(lang, words, org.servicesignals.analysis.LexiconReading.read(lang, words), text,
        shipped::knowsWord);
  }

  /** Right answers per weight. */
  private static final class Tally {
    final int[] right;
    int n;

    Tally(int weights) {
      right = new int[weights];
    }

    void add(Label gold, double[] p, Map<Label, Integer> vote, double[] weights) {
      n++;
      for (int k = 0; k < weights.length; k++) {
        if (Label.argmax(ShortAnswers.withVote(p, vote, weights[k])) == gold) {
          right[k]++;
        }
      }
    }

    double[] accuracy() {
      double[] a = new double[right.length];
      for (int k = 0; k < a.length; k++) {
        a[k] = n == 0 ? Double.NaN : (double) right[k] / n;
      }
      return a;
    }
  }

  /**
   * The weight for answers of one to three words: the best accuracy over the training answers
   * (out-of-fold) and the development answers of every language taken together (the smaller weight
   * on a tie).
   */
  public static double bestWeight(List<ShortAnswerReport> reports) {
    return bestWeight(reports, r -> new Part[] {new Part(r.shortMessages(), r.shortAccuracy()),
        new Part(r.devMessages(), r.devAccuracy())});
  }

  /**
   * The weight for longer messages: the best accuracy over the longer training messages
   * (out-of-fold) and the development negation messages of every language taken together.
   */
  public static double bestLongWeight(List<ShortAnswerReport> reports) {
    return bestWeight(reports, r -> new Part[] {new Part(r.longMessages(), r.longAccuracy()),
        new Part(r.devNegationMessages(), r.devNegationAccuracy())});
  }

  /** {@code n} messages and their accuracy at each weight. */
  private record Part(int n, double[] accuracy) {}

  private static double bestWeight(List<ShortAnswerReport> reports, Function<ShortAnswerReport, Part[]> parts) {
    double[] w = ShortAnswers.WEIGHTS;
    int best = 0;
    double bestAccuracy = -1;
    for (int k = 0; k < w.length; k++) {
      double right = 0;
      int n = 0;
      for (ShortAnswerReport r : reports) {
        for (Part part : parts.apply(r)) {
          if (part.n() > 0) {
            right += part.n() * part.accuracy()[k];
            n += part.n();
          }
        }
      }
      if (n > 0 && right / n > bestAccuracy + 1e-12) {
        bestAccuracy = right / n;
        best = k;
      }
    }
    return w[best];
  }
}

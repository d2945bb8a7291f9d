package org.servicesignals.classify;

import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

/**
 * Answers of one to three words ({@code Great}, {@code bad}, {@code ei hyvä}, {@code बेकार},
 * {@code அருமை}): too short for word counts to decide, so the lexicon's verdict
 * ({@link LexiconReading}, negation included) is added to the model's calibrated log-probabilities,
 * each label's strength-weighted vote times {@link #LEXICON_WEIGHT}. With no lexicon term in the
 * answer the model's probabilities stand unchanged.
 *
 * <p>The weight and the length were chosen by measurement on the training splits' own answers of
 * one to three words, labelled by models that never saw them (5-fold out-of-fold probabilities;
 * {@code evaluate --ablation} prints the table): weight 1 gives the best accuracy averaged over the
 * five languages, larger weights let a lexicon term overrule a model that knows better. On
 * longer messages no weight raised out-of-fold accuracy, so they keep the model's probabilities.
 */
public final class ShortAnswers {
  /** Messages of at most this many words, as the language's normalisation chain counts them, take the path. */
  public static final int MAX_WORDS = 3;
  /** What one point of a label's lexicon vote adds to that label's log-probability. */
  public static final double LEXICON_WEIGHT = 1.0;
  /** The weights {@code evaluate --ablation} compares. */
  public static final double[] WEIGHTS = {0, 0.25, 0.5, 1, 2, 4};

  private ShortAnswers() {}

  /** Whether {@code text} in {@code lang} is short enough for the path. */
  public static boolean applies(Lang lang, String text) {
    return words(lang, text).length <= MAX_WORDS;
  }

  /**
   * {@code calibrated} (in {@link Label} order) with the lexicon's verdict on {@code text} added at
   * {@code weight}; {@code calibrated} itself when the message is longer than {@link #MAX_WORDS}
   * words or holds no lexicon term.
   */
  public static double[] adjust(Lang lang, String text, double[] calibrated, double weight) {
    String[] words = words(lang, text);
    if (words.length > MAX_WORDS || weight == 0) {
      return calibrated;
    }
    LexiconReading reading = LexiconReading.read(lang, words);
    return reading.terms().isEmpty() ? calibrated : withVote(calibrated, reading, weight);
  }

  /** {@code p} (in {@link Label} order) with each label's vote in {@code reading} times {@code weight} added to its log. */
  public static double[] withVote(double[] p, LexiconReading reading, double weight) {
    double[] logits = new double[p.length];
    double max = Double.NEGATIVE_INFINITY;
    for (Label l : Label.values()) {
      int i = l.ordinal();
      logits[i] = Math.log(Math.max(p[i], Calibration.FLOOR)) + weight * reading.vote().getOrDefault(l, 0);
      max = Math.max(max, logits[i]);
    }
    double sum = 0;
    double[] out = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      out[i] = Math.exp(logits[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  /** As {@link #adjust(Lang, String, double[], double)} at the shipped {@link #LEXICON_WEIGHT}. */
  public static double[] adjust(Lang lang, String text, double[] calibrated) {
    return adjust(lang, text, calibrated, LEXICON_WEIGHT);
  }

  /** The words of {@code text} as the language's normalisation chain counts them. */
  public static String[] words(Lang lang, String text) {
    return SentimentAnalysis.chain(lang, AnalysisOptions.NONE).tokens(text);
  }
}

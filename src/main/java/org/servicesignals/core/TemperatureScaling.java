package org.servicesignals.core;

import java.util.List;

/**
 * Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", 2017) over any set
 * of outcomes: one number T, fitted on out-of-fold probabilities, by which log-probabilities are
 * divided, so that a probability of 0.8 is right about 80% of the time. Naive Bayes multiplies
 * hundreds of feature likelihoods and answers 0.999 for nearly everything; T > 1 softens that
 * without changing any answer, since the order of the probabilities stays the same. The label
 * models ({@code classify.Calibration}) and the Latin-script language detector both use it.
 */
public final class TemperatureScaling {
  /** Probabilities below this count as this, so that a logarithm stays finite. */
  public static final double FLOOR = 1e-12;
  /** The temperatures {@link #fit} searches. */
  public static final double MIN_TEMPERATURE = 0.05;
  public static final double MAX_TEMPERATURE = 100;

  private TemperatureScaling() {}

  /** {@code p} rescaled with temperature {@code t}; t = 1 returns the same probabilities. */
  public static double[] apply(double[] p, double t) {
    if (t == 1.0) {
      return p.clone();
    }
    double[] logits = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      logits[i] = Math.log(Math.max(p[i], FLOOR)) / t;
    }
    return softmax(logits);
  }

  /** Probabilities from log-scores: each exponentiated (the largest first subtracted) and normalised to sum 1. */
  public static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
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

  /** Mean negative log-likelihood of the gold outcomes, given by their index in each probability array. */
  public static double logLoss(List<double[]> probabilities, int[] gold, double t) {
    double sum = 0;
    for (int i = 0; i < gold.length; i++) {
      sum -= Math.log(Math.max(apply(probabilities.get(i), t)[gold[i]], FLOOR));
    }
    return sum / gold.length;
  }

  /** The temperature in [0.05, 100] with the lowest log-loss (golden-section search on log T). */
  public static double fit(List<double[]> probabilities, int[] gold) {
    double lo = Math.log(MIN_TEMPERATURE);
    double hi = Math.log(MAX_TEMPERATURE);
    double phi = (Math.sqrt(5) - 1) / 2;
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double fa = logLoss(probabilities, gold, Math.exp(a));
    double fb = logLoss(probabilities, gold, Math.exp(b));
    for (int i = 0; i < 80; i++) {
      if (fa < fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - phi * (hi - lo);
        fa = logLoss(probabilities, gold, Math.exp(a));
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + phi * (hi - lo);
        fb = logLoss(probabilities, gold, Math.exp(b));
      }
    }
    return Math.exp((lo + hi) / 2);
  }
}

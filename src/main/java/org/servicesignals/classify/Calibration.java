package org.servicesignals.classify;

import java.util.List;
import org.servicesignals.core.Label;
import org.servicesignals.core.TemperatureScaling;

/**
 * Temperature scaling of the label probabilities ({@link TemperatureScaling}): one number T per
 * model, fitted on out-of-fold cross-validation probabilities, so that a confidence of 0.8 is right
 * about 80% of the time.
 */
public final class Calibration {
  static final double FLOOR = TemperatureScaling.FLOOR;
  /** The temperatures {@link #fit} searches, and the only ones a model card may hold. */
  public static final double MIN_TEMPERATURE = TemperatureScaling.MIN_TEMPERATURE;
  public static final double MAX_TEMPERATURE = TemperatureScaling.MAX_TEMPERATURE;

  private Calibration() {}

  /** {@code p} rescaled with temperature {@code t}; t = 1 returns the same probabilities. */
  public static double[] apply(double[] p, double t) {
    return TemperatureScaling.apply(p, t);
  }

  /** Mean negative log-likelihood of the gold labels. */
  public static double logLoss(List<double[]> probabilities, List<Label> gold, double t) {
    return TemperatureScaling.logLoss(probabilities, ordinals(gold), t);
  }

  /** The temperature in [0.05, 100] with the lowest log-loss (golden-section search on log T). */
  public static double fit(List<double[]> probabilities, List<Label> gold) {
    return TemperatureScaling.fit(probabilities, ordinals(gold));
  }

  private static int[] ordinals(List<Label> gold) {
    return gold.stream().mapToInt(Label::ordinal).toArray();
  }
}

package org.servicesignals.eval;

import java.util.List;
import org.servicesignals.classify.Calibration;
import org.servicesignals.core.Label;

/** How far confidences are from how often the labels are right. */
public final class Reliability {
  /** Equal-width confidence bins of the calibration error. */
  public static final int BINS = 10;

  private Reliability() {}

  /** Expected calibration error over {@value #BINS} equal-width confidence bins. */
  public static double expectedCalibrationError(List<double[]> probabilities, List<Label> gold, double t) {
    double[] confidence = new double[gold.size()];
    boolean[] right = new boolean[gold.size()];
    for (int i = 0; i < gold.size(); i++) {
      double[] p = Calibration.apply(probabilities.get(i), t);
      Label predicted = Label.argmax(p);
      confidence[i] = p[predicted.ordinal()];
      right[i] = predicted == gold.get(i);
    }
    return expectedCalibrationError(confidence, right);
  }

  /**
   * Expected calibration error of answers given with {@code confidence}, {@code right} or not: the
   * gap between mean confidence and accuracy in each of {@value #BINS} bins, weighted by the bin's
   * share of answers.
   */
  public static double expectedCalibrationError(double[] confidence, boolean[] right) {
    double[] conf = new double[BINS];
    double[] hits = new double[BINS];
    int[] n = new int[BINS];
    for (int i = 0; i < confidence.length; i++) {
      int b = Math.min(BINS - 1, (int) (confidence[i] * BINS));
      conf[b] += confidence[i];
      hits[b] += right[i] ? 1 : 0;
      n[b]++;
    }
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (n[b] > 0) {
        ece += Math.abs(hits[b] - conf[b]) / confidence.length;
      }
    }
    return ece;
  }
}

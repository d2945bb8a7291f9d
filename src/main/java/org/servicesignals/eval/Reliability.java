package org.servicesignals.eval;

import java.util.List;
import org.servicesignals.classify.Calibration;
import org.servicesignals.core.Label;

/** How far confidences are from how often the labels are right. */
public final class Reliability {
  private Reliability() {}

  /** Expected calibration error over 10 equal-width confidence bins. */
  public static double expectedCalibrationError(List<double[]> probabilities, List<Label> gold, double t) {
    int bins = 10;
    double[] conf = new double[bins];
    double[] right = new double[bins];
    int[] n = new int[bins];
    for (int i = 0; i < gold.size(); i++) {
      double[] p = Calibration.apply(probabilities.get(i), t);
      Label predicted = Label.argmax(p);
      double c = p[predicted.ordinal()];
      int b = Math.min(bins - 1, (int) (c * bins));
      conf[b] += c;
      right[b] += predicted == gold.get(i) ? 1 : 0;
      n[b]++;
    }
    double ece = 0;
    for (int b = 0; b < bins; b++) {
      if (n[b] > 0) {
        ece += Math.abs(right[b] - conf[b]) / gold.size();
      }
    }
    return ece;
  }
}

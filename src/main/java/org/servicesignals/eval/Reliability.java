package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.servicesignals.classify.Calibration;
import org.servicesignals.core.Label;

/** How far confidences are from how often the labels are right. */
public final class Reliability {
  private Reliability() {}

  /**
   * One confidence bin of a reliability diagram.
   *
   * @param lower the bin's lowest confidence
   * @param upper the bin's highest confidence (excluded, but for the last bin)
   * @param messages predictions whose confidence falls in the bin
   * @param confidence their mean confidence
   * @param accuracy the share of them that are right
   */
  public record Bin(@JsonProperty("lower") double lower, @JsonProperty("upper") double upper,
      @JsonProperty("messages") int messages, @JsonProperty("confidence") double confidence,
      @JsonProperty("accuracy") double accuracy) {}

  /**
   * The reliability diagram of the predictions (the argmax of each of {@code probabilities}) over
   * 10 equal-width confidence bins: the bins {@link #expectedCalibrationError} sums over, empty ones
   * left out. A prediction is right when its label is {@code gold}'s.
   */
  public static List<Bin> diagram(List<double[]> probabilities, List<Label> gold) {
    Bins sums = Bins.of(probabilities, gold, 1.0);
    List<Bin> out = new java.util.ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      if (sums.n[b] > 0) {
        out.add(new Bin(b / (double) BINS, (b + 1) / (double) BINS, sums.n[b], Numbers.round(sums.conf[b] / sums.n[b]),
            Numbers.round(sums.right[b] / sums.n[b])));
      }
    }
    return out;
  }

  private static final int BINS = 10;

  /** Per confidence bin: summed confidence, right predictions and predictions. */
  private record Bins(double[] conf, double[] right, int[] n) {
    static Bins of(List<double[]> probabilities, List<Label> gold, double t) {
      Bins s = new Bins(new double[BINS], new double[BINS], new int[BINS]);
      for (int i = 0; i < gold.size(); i++) {
        double[] p = Calibration.apply(probabilities.get(i), t);
        Label predicted = Label.argmax(p);
        double c = p[predicted.ordinal()];
        int b = Math.min(BINS - 1, (int) (c * BINS));
        s.conf[b] += c;
        s.right[b] += predicted == gold.get(i) ? 1 : 0;
        s.n[b]++;
      }
      return s;
    }
  }

  /** Expected calibration error over 10 equal-width confidence bins. */
  public static double expectedCalibrationError(List<double[]> probabilities, List<Label> gold, double t) {
    Bins sums = Bins.of(probabilities, gold, t);
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (sums.n[b] > 0) {
        ece += Math.abs(sums.right[b] - sums.conf[b]) / gold.size();
      }
    }
    return ece;
  }
}

package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.servicesignals.classify.Calibration;
import org.servicesignals.core.Label;

/** How far confidences are from how often the labels are right. */
public final class Reliability {
  /** Equal-width confidence bins of the calibration error. */
  public static final int BINS = 10;

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
   * {@value #BINS} equal-width confidence bins: the bins {@link #expectedCalibrationError} sums
   * over, empty ones left out. A prediction is right when its label is {@code gold}'s.
   */
  public static List<Bin> diagram(List<double[]> probabilities, List<Label> gold) {
    Bins sums = Bins.of(Answers.of(probabilities, gold, 1.0));
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      if (sums.n[b] > 0) {
        out.add(new Bin(b / (double) BINS, (b + 1) / (double) BINS, sums.n[b], Numbers.round(sums.conf[b] / sums.n[b]),
            Numbers.round(sums.right[b] / sums.n[b])));
      }
    }
    return out;
  }

  /** Expected calibration error over {@value #BINS} equal-width confidence bins. */
  public static double expectedCalibrationError(List<double[]> probabilities, List<Label> gold, double t) {
    Answers a = Answers.of(probabilities, gold, t);
    return expectedCalibrationError(a.confidence, a.right);
  }

  /**
   * Expected calibration error of answers given with {@code confidence}, {@code right} or not: the
   * gap between mean confidence and accuracy in each of {@value #BINS} bins, weighted by the bin's
   * share of answers.
   */
  public static double expectedCalibrationError(double[] confidence, boolean[] right) {
    Bins sums = Bins.of(new Answers(confidence, right));
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (sums.n[b] > 0) {
        ece += Math.abs(sums.right[b] - sums.conf[b]) / confidence.length;
      }
    }
    return ece;
  }

  /** Each answer's confidence and whether it was right. */
  private record Answers(double[] confidence, boolean[] right) {
    static Answers of(List<double[]> probabilities, List<Label> gold, double t) {
      Answers a = new Answers(new double[gold.size()], new boolean[gold.size()]);
      for (int i = 0; i < gold.size(); i++) {
        double[] p = Calibration.apply(probabilities.get(i), t);
        Label predicted = Label.argmax(p);
        a.confidence[i] = p[predicted.ordinal()];
        a.right[i] = predicted == gold.get(i);
      }
      return a;
    }
  }

  /** Per confidence bin: summed confidence, right answers and answers. */
  private record Bins(double[] conf, double[] right, int[] n) {
    static Bins of(Answers a) {
      Bins s = new Bins(new double[BINS], new double[BINS], new int[BINS]);
      for (int i = 0; i < a.confidence.length; i++) {
        int b = Math.min(BINS - 1, (int) (a.confidence[i] * BINS));
        s.conf[b] += a.confidence[i];
        s.right[b] += a.right[i] ? 1 : 0;
        s.n[b]++;
      }
      return s;
    }
  }
}

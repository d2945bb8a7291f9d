package org.servicesignals.eval;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gold against predicted classes over any fixed list of classes (the three labels, or
 * {@code poor} against {@code rest}), computed once. A class never predicted and never gold has F1 0
 * and still counts in the macro average, so a classifier cannot look good by ignoring a class. A
 * prediction of {@link #NONE} (the message could not be classified) counts as wrong: it has a
 * column of its own after the classes.
 */
public final class Confusion {
  /** The predicted index of a message that got no label. */
  public static final int NONE = -1;

  private final List<String> classes;
  private final int n;
  private final int[][] matrix; // [gold][predicted]; the last column counts NONE

  /**
   * @param classes the class names, in the order of their indices
   * @param gold each message's gold class index
   * @param predicted each message's predicted class index, or {@link #NONE}
   */
  public Confusion(List<String> classes, int[] gold, int[] predicted) {
    if (gold.length != predicted.length) {
      throw new IllegalArgumentException("gold and predicted differ in size: " + gold.length + " vs " + predicted.length);
    }
    this.classes = List.copyOf(classes);
    int k = classes.size();
    this.n = gold.length;
    this.matrix = new int[k][k + 1];
    for (int i = 0; i < n; i++) {
      matrix[gold[i]][predicted[i] == NONE ? k : predicted[i]]++;
    }
  }

  public List<String> classes() {
    return classes;
  }

  public int size() {
    return n;
  }

  /** Counts {@code [gold][predicted]}, with a last column for messages that got no label. */
  public int[][] matrix() {
    int[][] c = new int[matrix.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = matrix[i].clone();
    }
    return c;
  }

  public int correct() {
    int right = 0;
    for (int i = 0; i < matrix.length; i++) {
      right += matrix[i][i];
    }
    return right;
  }

  public double accuracy() {
    return n == 0 ? 0 : (double) correct() / n;
  }

  /** Messages whose gold class is {@code c}. */
  public int support(int c) {
    return Arrays.stream(matrix[c]).sum();
  }

  public double precision(int c) {
    int col = 0;
    for (int[] row : matrix) {
      col += row[c];
    }
    return col == 0 ? 0 : (double) matrix[c][c] / col;
  }

  public double recall(int c) {
    int row = support(c);
    return row == 0 ? 0 : (double) matrix[c][c] / row;
  }

  public double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    double sum = 0;
    for (int c = 0; c < classes.size(); c++) {
      sum += f1(c);
    }
    return sum / classes.size();
  }

  /** The class most frequent among the gold classes; ties go to the first. */
  public int majority() {
    int best = 0;
    for (int c = 1; c < classes.size(); c++) {
      if (support(c) > support(best)) {
        best = c;
      }
    }
    return best;
  }

  /**
   * 95% percentile-bootstrap interval of macro-F1 over resampled messages, seeded so a run is
   * reproducible.
   */
  public static double[] macroF1Interval(List<String> classes, int[] gold, int[] predicted, int resamples, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] scores = new double[resamples];
    int size = gold.length;
    int[] g = new int[size];
    int[] p = new int[size];
    for (int r = 0; r < resamples; r++) {
      for (int i = 0; i < size; i++) {
        int j = rnd.nextInt(size);
        g[i] = gold[j];
        p[i] = predicted[j];
      }
      scores[r] = new Confusion(classes, g, p).macroF1();
    }
    return percentile95(scores);
  }

  /** The 2.5th and 97.5th percentiles of {@code scores} (sorted in place). */
  static double[] percentile95(double[] scores) {
    Arrays.sort(scores);
    int last = scores.length - 1;
    return new double[] {scores[(int) (0.025 * last)], scores[(int) Math.ceil(0.975 * last)]};
  }
}

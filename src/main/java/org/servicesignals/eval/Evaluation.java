package org.servicesignals.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.servicesignals.core.Label;

/**
 * Scores of predicted against gold labels, computed once. A label never predicted and never gold
 * has F1 0 and still counts in the macro average, so a classifier cannot look good by ignoring a
 * class. A null prediction (the message could not be classified) counts as wrong.
 */
public final class Evaluation {
  private final int n;
  private final int[][] confusion; // [gold][predicted]; the last column counts null predictions

  public Evaluation(List<Label> gold, List<Label> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in size: " + gold.size() + " vs " + predicted.size());
    }
    int k = Label.values().length;
    this.n = gold.size();
    this.confusion = new int[k][k + 1];
    for (int i = 0; i < n; i++) {
      Label p = predicted.get(i);
      confusion[gold.get(i).ordinal()][p == null ? k : p.ordinal()]++;
    }
  }

  public int size() {
    return n;
  }

  public int[][] confusion() {
    int[][] c = new int[confusion.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = confusion[i].clone();
    }
    return c;
  }

  public double accuracy() {
    int right = 0;
    for (int i = 0; i < confusion.length; i++) {
      right += confusion[i][i];
    }
    return n == 0 ? 0 : (double) right / n;
  }

  public double precision(Label l) {
    int col = 0;
    for (int[] row : confusion) {
      col += row[l.ordinal()];
    }
    return col == 0 ? 0 : (double) confusion[l.ordinal()][l.ordinal()] / col;
  }

  public double recall(Label l) {
    int row = 0;
    for (int c : confusion[l.ordinal()]) {
      row += c;
    }
    return row == 0 ? 0 : (double) confusion[l.ordinal()][l.ordinal()] / row;
  }

  public double f1(Label l) {
    double p = precision(l);
    double r = recall(l);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    double sum = 0;
    for (Label l : Label.values()) {
      sum += f1(l);
    }
    return sum / Label.values().length;
  }

  public Map<Label, Double> f1ByLabel() {
    Map<Label, Double> m = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      m.put(l, f1(l));
    }
    return m;
  }

  /**
   * 95% percentile-bootstrap interval of macro-F1 over resampled messages, seeded so a run is
   * reproducible.
   */
  public static double[] macroF1Interval(List<Label> gold, List<Label> predicted, int resamples, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] scores = new double[resamples];
    int size = gold.size();
    for (int r = 0; r < resamples; r++) {
      Label[] g = new Label[size];
      Label[] p = new Label[size];
      for (int i = 0; i < size; i++) {
        int j = rnd.nextInt(size);
        g[i] = gold.get(j);
        p[i] = predicted.get(j);
      }
      scores[r] = new Evaluation(java.util.Arrays.asList(g), java.util.Arrays.asList(p)).macroF1();
    }
    java.util.Arrays.sort(scores);
    return new double[] {scores[(int) (0.025 * (resamples - 1))], scores[(int) Math.ceil(0.975 * (resamples - 1))]};
  }

  /** The label most frequent in {@code training}; ties go to the first in {@link Label} order. */
  public static Label majority(List<Label> training) {
    Map<Label, Integer> counts = new EnumMap<>(Label.class);
    for (Label l : training) {
      counts.merge(l, 1, Integer::sum);
    }
    Label majority = Label.values()[0];
    for (Label l : Label.values()) {
      if (counts.getOrDefault(l, 0) > counts.getOrDefault(majority, 0)) {
        majority = l;
      }
    }
    return majority;
  }

  /** Macro-F1 of always answering the label most frequent in {@code training}. */
  public static double majorityBaseline(List<Label> training, List<Label> gold) {
    Label m = majority(training);
    return new Evaluation(gold, gold.stream().map(x -> m).toList()).macroF1();
  }

  /** Size, macro-F1, accuracy and per-label F1, rounded, as JSON reports write them. */
  public Map<String, Object> summary() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("messages", size());
    m.put("macro_f1", Numbers.round(macroF1()));
    m.put("accuracy", Numbers.round(accuracy()));
    Map<String, Double> f1 = new java.util.LinkedHashMap<>();
    f1ByLabel().forEach((l, v) -> f1.put(l.id(), Numbers.round(v)));
    m.put("f1", f1);
    return m;
  }
}

package org.servicesignals.eval;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.core.Label;

/**
 * Scores of predicted against gold labels, computed once. A label never predicted and never gold
 * has F1 0 and still counts in the macro average, so a classifier cannot look good by ignoring a
 * class. A null prediction (the message could not be classified) counts as wrong.
 */
public final class Evaluation {
  /** The label ids, in {@link Label} order: the classes of {@link #scores()}. */
  public static final List<String> LABELS = Arrays.stream(Label.values()).map(Label::id).toList();

  private final Confusion scores;

  public Evaluation(List<Label> gold, List<Label> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in size: " + gold.size() + " vs " + predicted.size());
    }
    this.scores = new Confusion(LABELS, indices(gold), indices(predicted));
  }

  /** Each label's ordinal, {@link Confusion#NONE} for a null label. */
  public static int[] indices(List<Label> labels) {
    return labels.stream().mapToInt(l -> l == null ? Confusion.NONE : l.ordinal()).toArray();
  }

  /** The same counts over the label ids. */
  public Confusion scores() {
    return scores;
  }

  public int size() {
    return scores.size();
  }

  public int[][] confusion() {
    return scores.matrix();
  }

  public double accuracy() {
    return scores.accuracy();
  }

  public double precision(Label l) {
    return scores.precision(l.ordinal());
  }

  public double recall(Label l) {
    return scores.recall(l.ordinal());
  }

  public double f1(Label l) {
    return scores.f1(l.ordinal());
  }

  public double macroF1() {
    return scores.macroF1();
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
    return Confusion.macroF1Interval(LABELS, indices(gold), indices(predicted), resamples, seed);
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

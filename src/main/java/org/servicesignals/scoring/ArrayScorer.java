package org.servicesignals.scoring;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * An OpenNLP model's trained parameters read once into primitive arrays: each feature string maps
 * to an index ({@link FeatureIndex}) that keeps its per-outcome weights in the feature's entry, so
 * the look-up that finds a feature has its weights in the same place in memory. Scoring a message
 * is then one map lookup per feature and a few additions, where the model's own {@code eval} also
 * builds a {@code Context[]} and, for naive Bayes, a boxed map of log-probabilities per message.
 *
 * <p>The arithmetic is OpenNLP 2.5's, in its order, so the probabilities are the model's own
 * ({@link #eval}, {@link #evalRows}; {@link #addRows} and {@link #evalSum} sum in parts, and agree to
 * far below {@link #TOLERANCE}):
 * <ul>
 *   <li>naive Bayes: the sum of {@code log((count + 0.05) / (total + 0.05 * vocabulary))} over
 *       the features — OpenNLP stops a feature's loop at the last outcome it was seen with, so
 *       later outcomes get no term — plus the log prior, normalised by the largest;
 *   <li>maxent (GIS, and the quasi-Newton trainer, which saves a GIS model): a uniform log prior
 *       plus the summed weights, exponentiated and normalised;
 *   <li>perceptron: the summed weights divided by the largest magnitude (at least 1), exponentiated
 *       and normalised.
 * </ul>
 * Any other model type is not read ({@link #of} is empty) and the caller keeps the model's own
 * evaluation. The sentiment categorizers ({@code classify}) and the small Latin-script language
 * detector ({@code langid}) both score through it, so it sits below both. {@link #of} also checks itself against the model on each outcome's strongest
 * features before it is used, so a change in OpenNLP's arithmetic falls back instead of drifting.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArrayScorer {
  /** Agreement asked of the self-check, far below any difference a label or a rounded output shows. */
  public static final double TOLERANCE = 1e-9;

  enum Kind { NAIVE_BAYES, MAXENT, PERCEPTRON }

  private final Kind kind;
  private final int outcomes;
  private final FeatureIndex index; // each feature's weights kept in its entry, in outcome order
  private final double[] start; // what the sum starts from: the log prior, or zero
  private final double[] finish; // naive Bayes: the log prior, added after the features

  private ArrayScorer(Kind kind, int outcomes, FeatureIndex index, double[] start, double[] finish) {
    this.kind = kind;
    this.outcomes = outcomes;
    this.index = index;
    this.start = start;
    this.finish = finish;
  }

  /** The scorer of {@code model}, or empty when its type is not one read here or the self-check fails. */
  public static Optional<ArrayScorer> of(MaxentModel model) {
    Kind kind = model instanceof NaiveBayesModel ? Kind.NAIVE_BAYES
        : model instanceof GISModel ? Kind.MAXENT
        : model instanceof PerceptronModel ? Kind.PERCEPTRON : null;
    if (kind == null || !(model instanceof AbstractModel am)
        || !(am.getDataStructures()[1] instanceof Map<?, ?> pmap)) {
      return Optional.empty();
    }
    int n = model.getNumOutcomes();
    double[] weights = new double[pmap.size() * n];
    Context[] contexts = new Context[pmap.size()];
    String[] names = new String[pmap.size()];
    int rows = 0;
    for (Map.Entry<?, ?> e : pmap.entrySet()) {
      if (!(e.getKey() instanceof String feature) || !(e.getValue() instanceof Context c)) {
        return Optional.empty();
      }
      contexts[rows] = c;
      names[rows++] = feature; // the map's keys differ: row i is the i-th key
    }
    double[] start = new double[n];
    double[] finish = new double[n];
    switch (kind) {
      case NAIVE_BAYES -> naiveBayes(contexts, n, weights, finish);
      case MAXENT -> {
        Arrays.fill(start, StrictMath.log(1.0 / n)); // OpenNLP's UniformPrior, the prior every GIS model is read with
        sums(contexts, n, weights);
      }
      case PERCEPTRON -> sums(contexts, n, weights);
    }
    FeatureIndex index = new FeatureIndex(names.length, n); // each feature's weights kept in its entry
    for (int f = 0; f < names.length; f++) {
      if (index.add(names[f], weights, f * n) != f) {
        return Optional.empty(); // a feature named twice: not a map's keys after all
      }
    }
    index.trim(); // before the scorer's final field publishes it to other threads
    ArrayScorer scorer = new ArrayScorer(kind, n, index, start, finish);
    return scorer.agreesWith(model, weights, names) ? Optional.of(scorer) : Optional.empty();
  }

  private static void sums(Context[] contexts, int n, double[] weights) {
    for (int f = 0; f < contexts.length; f++) {
      int[] os = contexts[f].getOutcomes();
      double[] ps = contexts[f].getParameters();
      for (int j = 0; j < os.length; j++) {
        weights[f * n + os[j]] += ps[j];
      }
    }
  }

  private static void naiveBayes(Context[] contexts, int n, double[] weights, double[] prior) {
    double[] totals = new double[n];
    for (Context c : contexts) {
      for (int j = 0; j < c.getOutcomes().length; j++) {
        totals[c.getOutcomes()[j]] += c.getParameters()[j];
      }
    }
    long vocabulary = contexts.length; // NaiveBayesModel's vocabulary: the number of features
    for (int f = 0; f < contexts.length; f++) {
      int[] os = contexts[f].getOutcomes();
      double[] ps = contexts[f].getParameters();
      int a = 0;
      for (int o = 0; o < n && a < os.length; o++) {
        double count = os[a] == o ? ps[a++] : 0;
        weights[f * n + o] = StrictMath.log((count + 0.05) / (totals[o] + 0.05 * vocabulary));
      }
    }
    double total = 0;
    for (double t : totals) {
      total += t;
    }
    for (int o = 0; o < n; o++) {
      prior[o] = StrictMath.log(totals[o] / total);
    }
  }

  /** How many outcomes, in the model's order ({@link MaxentModel#getIndex}). */
  public int outcomes() {
    return outcomes;
  }

  /** Whether {@code feature} was seen in training. */
  public boolean knows(String feature) {
    return index.row(feature) >= 0;
  }

  /** The model's probabilities for a message with these features, in the model's outcome order. */
  public double[] eval(String[] features) {
    return eval(features, features.length);
  }

  /** As {@link #eval(String[])} for the first {@code count} features. */
  public double[] eval(String[] features, int count) {
    int[] rows = new int[count];
    index.rows(features, count, rows);
    return evalRows(rows, count);
  }

  /**
   * As {@link #eval(String[])} for the features written in {@code features}, in their order: each
   * found feature's weights read from its entry in the index, where the look-up has just been.
   */
  public double[] eval(FeatureBuffer features) {
    int[] entries = features.entries(index);
    double[] p = start.clone();
    int n = outcomes;
    for (int i = 0, count = features.size(); i < count; i++) {
      int e = entries[i];
      if (e >= 0) {
        for (int o = 0; o < n; o++) {
          p[o] += index.value(e, o);
        }
      }
    }
    return finish(p);
  }

  /**
   * The row of the feature spelled by {@code chars[from, from + length)}, or -1 when the model has
   * not seen it: for a caller that builds its features in a buffer rather than as strings.
   */
  public int row(char[] chars, int from, int length) {
    return index.row(chars, from, length);
  }

  /**
   * The model's probabilities for a message whose features have the first {@code count} of these
   * rows ({@link #row}; -1 for a feature not seen), in their order: what {@link #eval(String[])}
   * gives for the features themselves, to the last bit.
   */
  public double[] evalRows(int[] rows, int count) {
    double[] p = start.clone();
    for (int i = 0; i < count; i++) {
      add(p, rows[i]);
    }
    return finish(p);
  }

  /**
   * Adds to {@code sum} the weights of the features with rows {@code rows[from, to)} (-1 adds
   * nothing), in their order: a part of a message's features summed apart, which {@link #evalSum}
   * then scores. Summed in parts, the probabilities can differ from {@link #evalRows}' in the last
   * bits (addition does not associate), far below {@link #TOLERANCE}.
   */
  public void addRows(int[] rows, int from, int to, double[] sum) {
    for (int i = from; i < to; i++) {
      add(sum, rows[i]);
    }
  }

  /** The model's probabilities for a message whose features' weights add up to {@code sum} ({@link #addRows}). */
  public double[] evalSum(double[] sum) {
    double[] p = start.clone();
    for (int o = 0; o < outcomes; o++) {
      p[o] += sum[o];
    }
    return finish(p);
  }

  private void add(double[] p, int f) {
    if (f >= 0) {
      int entry = index.entryOf(f);
      for (int o = 0; o < outcomes; o++) {
        p[o] += index.value(entry, o);
      }
    }
  }

  private double[] finish(double[] p) {
    int n = outcomes;
    switch (kind) {
      case NAIVE_BAYES -> {
        for (int o = 0; o < n; o++) {
          p[o] += finish[o];
        }
        normaliseLogs(p);
      }
      case MAXENT -> {
        double sum = 0;
        for (int o = 0; o < n; o++) {
          p[o] = StrictMath.exp(p[o]);
          sum += p[o];
        }
        divide(p, sum);
      }
      case PERCEPTRON -> {
        double largest = 1;
        for (int o = 0; o < n; o++) {
          largest = Math.max(largest, Math.abs(p[o]));
        }
        double sum = 0;
        for (int o = 0; o < n; o++) {
          p[o] = StrictMath.exp(p[o] / largest);
          sum += p[o];
        }
        divide(p, sum);
      }
    }
    return p;
  }

  /** OpenNLP's LogProbabilities: exponentiate relative to the largest, then divide by the sum. */
  private static void normaliseLogs(double[] p) {
    double highest = Double.NEGATIVE_INFINITY;
    for (double v : p) {
      highest = Math.max(highest, v);
    }
    double sum = 0;
    for (int o = 0; o < p.length; o++) {
      double e = StrictMath.exp(p[o] - highest);
      p[o] = Double.isNaN(e) ? 0 : e;
      sum += p[o];
    }
    if (sum > Double.MIN_VALUE) {
      divide(p, sum);
    }
  }

  private static void divide(double[] p, double sum) {
    for (int o = 0; o < p.length; o++) {
      p[o] /= sum;
    }
  }

  /**
   * Compares with the model's own evaluation on no features, on every outcome's strongest
   * features one at a time, and on them all together.
   */
  private boolean agreesWith(MaxentModel model, double[] weights, String[] names) {
    java.util.List<String> probes = new java.util.ArrayList<>();
    for (int o = 0; o < outcomes; o++) {
      int best = -1;
      for (int f = 0; f < names.length; f++) {
        if (best < 0 || weights[f * outcomes + o] > weights[best * outcomes + o]) {
          best = f;
        }
      }
      if (best >= 0) {
        probes.add(names[best]);
      }
    }
    for (int f = 0; f < Math.min(32, names.length); f++) {
      probes.add(names[f]);
    }
    probes.add("\u0000 a feature no model has");
    if (!close(model.eval(new String[0]), eval(new String[0]))) {
      return false;
    }
    for (String probe : probes) {
      String[] one = {probe};
      if (!close(model.eval(one), eval(one))) {
        return false;
      }
    }
    String[] all = probes.toArray(new String[0]);
    return close(model.eval(all), eval(all));
  }

  private static boolean close(double[] a, double[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!(Math.abs(a[i] - b[i]) <= TOLERANCE)) {
        return false;
      }
    }
    return true;
  }
}

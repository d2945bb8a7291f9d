package org.servicesignals.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.EncodedSamples;
import org.servicesignals.classify.Training;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.Label;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

/**
 * Stratified k-fold cross-validation on the training split. Folds are dealt round-robin within each
 * label in corpus order, so they are the same on every run and every machine.
 */
public final class CrossValidation {
  private CrossValidation() {}

  /** Mean macro-F1 over {@code k} folds. */
  public static double macroF1(List<Sample> samples, int k, AnalyzerChain chain, FeatureSet features, TrainerSpec spec) {
    EncodedSamples encoded = EncodedSamples.encode(samples, chain, features);
    List<List<Integer>> folds = foldPositions(samples, k);
    double sum = 0;
    for (int f = 0; f < folds.size(); f++) {
      DoccatModel model = encoded.select(allBut(folds, f)).train(spec);
      sum += evaluate(model, chain, select(samples, folds.get(f))).macroF1();
    }
    return sum / folds.size();
  }

  private static List<Integer> allBut(List<List<Integer>> folds, int held) {
    List<Integer> train = new ArrayList<>();
    for (int g = 0; g < folds.size(); g++) {
      if (g != held) {
        train.addAll(folds.get(g));
      }
    }
    return train;
  }

  private static List<Sample> select(List<Sample> samples, List<Integer> positions) {
    return positions.stream().map(samples::get).toList();
  }

  /**
   * Probabilities each training message gets from the model trained on the other folds, in the
   * order of {@code samples}: what calibration is fitted on, since no message scores itself.
   */
  public static List<double[]> outOfFold(List<Sample> samples, int k, AnalyzerChain chain, FeatureSet features,
      TrainerSpec spec) {
    EncodedSamples encoded = EncodedSamples.encode(samples, chain, features);
    return outOfFold(samples, k, chain, others -> encoded.select(others).train(spec));
  }

  /**
   * As {@link #outOfFold(List, int, AnalyzerChain, FeatureSet, TrainerSpec)}, with the model of
   * each fold made by {@code train} from the positions (in {@code samples}) of the other folds'
   * messages: the caller decides what else the model learns from, and how much.
   */
  public static List<double[]> outOfFold(List<Sample> samples, int k, AnalyzerChain chain,
      Function<List<Integer>, DoccatModel> train) {
    List<List<Integer>> folds = foldPositions(samples, k);
    double[][] out = new double[samples.size()][];
    for (int f = 0; f < folds.size(); f++) {
      List<double[]> p = probabilities(train.apply(allBut(folds, f)), chain, select(samples, folds.get(f)));
      for (int i = 0; i < p.size(); i++) {
        out[folds.get(f).get(i)] = p.get(i);
      }
    }
    return Arrays.asList(out);
  }

  /** Scores {@code model} on {@code test}. */
  public static Evaluation evaluate(DoccatModel model, AnalyzerChain chain, List<Sample> test) {
    return new Evaluation(test.stream().map(Sample::label).toList(), predict(model, chain, test));
  }

  /** The label {@code model} gives each of {@code samples}, in order. */
  static List<Label> predict(DoccatModel model, AnalyzerChain chain, List<Sample> samples) {
    return probabilities(model, chain, samples).stream().map(Label::argmax).toList();
  }

  /** The probabilities (in {@link Label} order, uncalibrated) {@code model} gives each of {@code samples}. */
  public static List<double[]> probabilities(DoccatModel model, AnalyzerChain chain, List<Sample> samples) {
    DocumentCategorizerME cat = new DocumentCategorizerME(model);
    List<double[]> out = new ArrayList<>(samples.size());
    for (Sample s : samples) {
      out.add(Classifier.probabilities(cat, chain, chain.tokens(s.text()), s.text()));
    }
    return out;
  }

  static List<List<Sample>> folds(List<Sample> samples, int k) {
    return foldPositions(samples, k).stream().map(f -> select(samples, f)).toList();
  }

  /**
   * The positions in {@code samples} of each of {@code k} folds: dealt round-robin within each
   * label in input order, so every fold holds about a k-th of every label, on every run.
   */
  public static List<List<Integer>> foldPositions(List<Sample> samples, int k) {
    List<List<Integer>> folds = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      folds.add(new ArrayList<>());
    }
    Map<Label, Integer> next = new EnumMap<>(Label.class);
    for (int i = 0; i < samples.size(); i++) {
      int f = next.merge(samples.get(i).label(), 1, Integer::sum) - 1;
      folds.get(f % k).add(i);
    }
    return folds;
  }

  /**
   * As {@link #foldPositions(List, int)}, the messages first shuffled with {@code seed}: folds that
   * do not follow the order of the file (a file sorted by date or by label), the same on every run
   * with the same seed.
   */
  public static List<List<Integer>> foldPositions(List<Sample> samples, int k, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    List<List<Integer>> dealt = foldPositions(order.stream().map(samples::get).toList(), k);
    List<List<Integer>> folds = new ArrayList<>();
    for (List<Integer> f : dealt) {
      folds.add(f.stream().map(order::get).sorted().toList());
    }
    return folds;
  }

  /**
   * Leave one group out (a domain, a channel): for each group, a model trained on every other
   * group labels that group's messages; the predictions of all groups are scored together. It
   * says how the model does on a kind of message it never saw in training, which k-fold
   * cross-validation, mixing every kind into every fold, cannot.
   */
  public static Evaluation leaveOneGroupOut(List<Sample> samples, java.util.function.Function<Sample, String> group,
      AnalyzerChain chain, FeatureSet features, TrainerSpec spec) {
    Map<String, List<Sample>> groups = new java.util.TreeMap<>();
    for (Sample s : samples) {
      groups.computeIfAbsent(group.apply(s), g -> new ArrayList<>()).add(s);
    }
    List<Label> gold = new ArrayList<>();
    List<Label> predicted = new ArrayList<>();
    List<Map.Entry<String, List<Sample>>> list = new ArrayList<>(groups.entrySet());
    List<List<Label>> parts = list.parallelStream().map(e -> {
      List<Sample> rest = samples.stream().filter(s -> !group.apply(s).equals(e.getKey())).toList();
      return predict(Training.train(rest, chain, features, spec), chain, e.getValue());
    }).toList();
    for (int g = 0; g < list.size(); g++) {
      for (Sample s : list.get(g).getValue()) {
        gold.add(s.label());
      }
      predicted.addAll(parts.get(g));
    }
    return new Evaluation(gold, predicted);
  }
}

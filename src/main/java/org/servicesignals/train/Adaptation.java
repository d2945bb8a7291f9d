package org.servicesignals.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.classify.EncodedSamples;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.CrossValidation;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.eval.Numbers;
import org.servicesignals.features.FeatureSet;

/**
 * A language's model adapted to a user's labelled messages: the base model's own recipe (analysis,
 * features, trainer, from its card) trained on the corpus it was trained on plus the labelled
 * messages, each repeated {@code w} times. {@code w} is chosen by k-fold cross-validation over the
 * labelled messages — each fold's model learns from the whole corpus and the other folds — by the
 * macro-F1 of the pooled out-of-fold predictions, the number the user's data can vouch for. The
 * base model is scored on the same messages (it never saw them), so the two compare like for like.
 * The temperature is fitted, as {@code train} fits it, on out-of-fold probabilities: those of the
 * labelled messages at the kept weight, since they are the messages the model will be asked about.
 *
 * <p>Adapting always starts from the corpus, never from an earlier adaptation's messages: give
 * every labelled file each time. Deterministic: the same messages give the same model.
 */
public final class Adaptation {
  /**
   * The corpus a base model was trained on.
   *
   * @param name where it was read from, for messages
   * @param train its training split
   * @param trainSha256 that file's SHA-256, checked against the base model's card
   * @param test its test split (empty when there is none), scored to show what adapting costs there
   */
  public record Corpus(String name, List<Sample> train, String trainSha256, List<Sample> test) {
    public Corpus {
      train = List.copyOf(train);
      test = List.copyOf(test);
      Objects.requireNonNull(trainSha256, "trainSha256");
    }
  }

  private final AdaptationConfig config;

  public Adaptation(AdaptationConfig config) {
    this.config = config;
  }

  public AdaptationConfig config() {
    return config;
  }

  /**
   * Adapts {@code base} to {@code rows} (its language's labelled messages).
   *
   * @param corpus the base model's training corpus
   * @param added each file the rows came from, to its SHA-256, for the card
   * @throws InputException when the corpus is not the one the base model's card names
   */
  public AdaptationResult adapt(ModelBundle base, Corpus corpus, List<Sample> rows, Map<String, String> added) {
    Lang lang = base.lang();
    ModelCard card = base.card();
    Map<Label, Integer> counts = counts(rows);
    List<Label> gold = rows.stream().map(Sample::label).toList();
    AnalyzerChain chain = base.chain();
    Score baseScore = Score.of(gold, CrossValidation.probabilities(base.model(), chain, rows), config.bootstrap());
    double baseTest = card.test() == null ? Double.NaN : card.test().macroF1();
    String few = counts.entrySet().stream().filter(e -> e.getValue() < config.minPerLabel())
        .map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
    if (!few.isEmpty()) {
      return new AdaptationResult(lang, counts, AdaptationResult.Outcome.REFUSED, "too few labelled messages ("
          + few + "): each label needs at least " + config.minPerLabel() + " to learn from and to score",
          baseScore, null, List.of(), 0, baseTest, Double.NaN, null, null);
    }
    checkCorpus(lang, card, corpus);
    FeatureSet features = FeatureSet.parse(card.features());
    TrainerSpec spec = TrainerSpec.parse(card.trainer().get("Algorithm"));
    EncodedSamples corpusEvents = EncodedSamples.encode(corpus.train(), chain, features);
    EncodedSamples rowEvents = EncodedSamples.encode(rows, chain, features);
    List<List<double[]>> outOfFold = config.weights().parallelStream()
        .map(w -> CrossValidation.outOfFold(rows, config.folds(), chain,
            others -> corpusEvents.plus(rowEvents.select(others), w).train(spec)))
        .toList();
    List<ModelCard.WeightScore> weights = new ArrayList<>();
    int best = -1;
    Score bestScore = null;
    for (int i = 0; i < outOfFold.size(); i++) {
      Score s = Score.of(gold, outOfFold.get(i), config.bootstrap());
      int w = config.weights().get(i);
      weights.add(new ModelCard.WeightScore(w, Numbers.round(s.macroF1())));
      if (bestScore == null || s.macroF1() > bestScore.macroF1()
          || s.macroF1() == bestScore.macroF1() && w < config.weights().get(best)) {
        best = i;
        bestScore = s;
      }
    }
    int weight = config.weights().get(best);
    if (bestScore.macroF1() <= baseScore.macroF1()) {
      return new AdaptationResult(lang, counts, AdaptationResult.Outcome.KEPT_BASE, String.format(java.util.Locale.ROOT,
          "adapting did not raise macro-F1 on the labelled messages (%.3f at weight %d, the base model %.3f)",
          bestScore.macroF1(), weight, baseScore.macroF1()), baseScore, bestScore, weights, weight, baseTest,
          Double.NaN, null, null);
    }
    DoccatModel model = corpusEvents.plus(rowEvents, weight).train(spec);
    ModelCard.TestMetrics test = null;
    double adaptedTest = Double.NaN;
    if (!corpus.test().isEmpty()) {
      Evaluation e = CrossValidation.evaluate(model, chain, corpus.test());
      adaptedTest = e.macroF1();
      List<Label> trainLabels = new ArrayList<>(TrainingPipeline.labels(corpus.train()));
      for (int i = 0; i < weight; i++) {
        trainLabels.addAll(gold);
      }
      Map<String, Double> f1 = new java.util.LinkedHashMap<>();
      e.f1ByLabel().forEach((l, v) -> f1.put(l.id(), Numbers.round(v)));
      test = new ModelCard.TestMetrics(corpus.test().size(), Numbers.round(e.accuracy()), Numbers.round(e.macroF1()),
          f1, Numbers.round(Evaluation.majorityBaseline(trainLabels, TrainingPipeline.labels(corpus.test()))));
    }
    Map<String, Integer> rowCounts = new java.util.LinkedHashMap<>();
    counts.forEach((l, n) -> rowCounts.put(l.id(), n));
    ModelCard.Adaptation adaptation = new ModelCard.Adaptation(baseSha256(base), new TreeMap<>(added), rowCounts,
        weight, config.folds(), weights, Numbers.round(baseScore.macroF1()), rounded(baseScore.ci95()),
        Numbers.round(bestScore.macroF1()), rounded(bestScore.ci95()));
    ModelCard adapted = new ModelCard(lang.code(), lang.code() + ".bin", null, card.corpus(), card.analysis(),
        chain.describe(), features.toString(), features.generatorClasses(), spec.asMap(), TrainingPipeline.libraries(),
        corpus.train().size() + rows.size(), card.crossValidation(), test,
        TrainingPipeline.calibration(outOfFold.get(best), gold), adaptation, card.leaveOneDomainOut());
    return new AdaptationResult(lang, counts, AdaptationResult.Outcome.ADAPTED, "", baseScore, bestScore, weights,
        weight, baseTest, adaptedTest, model, adapted);
  }

  /** The base model's training split must be the corpus given: else the "adapted" model would be another model. */
  private static void checkCorpus(Lang lang, ModelCard card, Corpus corpus) {
    String expected = card.corpus() == null ? null : card.corpus().get(lang.code() + "/train.tsv");
    if (expected != null && !expected.equals(corpus.trainSha256())) {
      throw new InputException(corpus.name(), "is not the training split the " + lang.code()
          + " model was trained on (SHA-256 " + corpus.trainSha256() + ", its card says " + expected
          + "): adapt with the corpora of the release the models come from");
    }
  }

  static Map<Label, Integer> counts(List<Sample> rows) {
    Map<Label, Integer> counts = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      counts.put(l, 0);
    }
    rows.forEach(s -> counts.merge(s.label(), 1, Integer::sum));
    return counts;
  }

  private static List<Double> rounded(double[] ci) {
    return List.of(Numbers.round(ci[0]), Numbers.round(ci[1]));
  }

  /** The base model's SHA-256 from its card, or of its bytes when the card is too old to carry it. */
  private static String baseSha256(ModelBundle base) {
    if (base.card().modelSha256() != null) {
      return base.card().modelSha256();
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      base.model().serialize(bytes);
      return ModelFiles.sha256(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the base model", e);
    }
  }
}

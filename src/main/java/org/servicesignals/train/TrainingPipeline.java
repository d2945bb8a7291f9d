package org.servicesignals.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.Calibration;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.classify.Training;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.CrossValidation;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.eval.Numbers;
import org.servicesignals.eval.Reliability;
import org.servicesignals.features.FeatureSet;

/**
 * Grid, cross-validation, selection, calibration, model and card, for one language. The test
 * split never takes part in the choice: it is scored once, by the kept model. Deterministic: the
 * same samples give the same model.
 */
public final class TrainingPipeline {
  private final TrainingConfig config;

  public TrainingPipeline(TrainingConfig config) {
    this.config = config;
  }

  /** The candidates {@link #train} cross-validates for {@code lang}. */
  public List<Candidate> grid(Lang lang) {
    List<AnalysisOptions> analyses = config.analysis().map(List::of)
        .orElseGet(() -> LanguageProfile.of(lang).analysisCandidates());
    List<Candidate> grid = new ArrayList<>();
    for (AnalysisOptions a : analyses) {
      for (FeatureSet f : config.features()) {
        for (TrainerSpec t : config.trainers()) {
          grid.add(new Candidate(a, f, t));
        }
      }
    }
    return grid;
  }

  /**
   * Trains {@code lang}'s model.
   *
   * @param corpusHashes corpus file to SHA-256, recorded in the card so stale models are caught
   */
  public TrainingResult train(Lang lang, List<Sample> train, List<Sample> test, Map<String, String> corpusHashes) {
    return train(lang, lang.code(), grid(lang), a -> SentimentAnalysis.chain(lang, a), train, test, corpusHashes);
  }

  /**
   * The candidates {@link #trainRomanised} cross-validates: the romanised feature sets (or those
   * asked for, when they leave out the lexicon, which is written in native script) with each
   * trainer, on the romanised analysis.
   */
  public List<Candidate> romanisedGrid() {
    List<FeatureSet> features = config.features().stream().filter(f -> !f.readsLexicon()).toList();
    if (features.isEmpty() || config.features().equals(FeatureSet.DEFAULTS)) {
      features = FeatureSet.ROMANISED;
    }
    List<Candidate> grid = new ArrayList<>();
    for (FeatureSet f : features) {
      for (TrainerSpec t : config.trainers()) {
        grid.add(new Candidate(AnalysisOptions.NONE, f, t));
      }
    }
    return grid;
  }

  /**
   * Trains the model of {@code lang} typed in Latin letters ({@code hi-Latn}) on its romanised
   * corpus, with {@link RomanisedAnalysis}'s chain.
   */
  public TrainingResult trainRomanised(Lang lang, List<Sample> train, List<Sample> test,
      Map<String, String> corpusHashes) {
    return train(lang, lang.code() + ModelCard.ROMANISED_SUFFIX, romanisedGrid(), a -> RomanisedAnalysis.chain(lang),
        train, test, corpusHashes);
  }

  private TrainingResult train(Lang lang, String name, List<Candidate> grid,
      java.util.function.Function<AnalysisOptions, AnalyzerChain> chains, List<Sample> train, List<Sample> test,
      Map<String, String> corpusHashes) {
    List<TrainingResult.Score> scores = new ArrayList<>();
    Candidate best = grid.get(0);
    Map<String, Double> lodo = null;
    if (grid.size() > 1) {
      List<Double> f1 = grid.parallelStream().map(c -> CrossValidation.macroF1(train, config.folds(),
          chains.apply(c.analysis()), c.features(), c.trainer())).toList();
      for (int i = 0; i < grid.size(); i++) {
        scores.add(new TrainingResult.Score(grid.get(i), f1.get(i)));
      }
      lodo = new LinkedHashMap<>();
      best = select(chains, train, scores, lodo);
    }
    AnalyzerChain chain = chains.apply(best.analysis());
    DoccatModel model = Training.train(train, chain, best.features(), best.trainer());
    ModelCard.Calibration calibration = calibrate(train, chain, best);
    Evaluation eval = CrossValidation.evaluate(model, chain, test);
    double baseline = Evaluation.majorityBaseline(labels(train), labels(test));
    Map<String, Double> cv = new LinkedHashMap<>();
    scores.forEach(s -> cv.put(s.candidate().name(), Numbers.round(s.macroF1())));
    Map<String, Double> f1 = new LinkedHashMap<>();
    eval.f1ByLabel().forEach((l, v) -> f1.put(l.id(), Numbers.round(v)));
    ModelCard card = new ModelCard(name, name + ".bin", null, new TreeMap<>(corpusHashes),
        best.analysis().toString(), chain.describe(), best.features().toString(), best.features().generatorClasses(),
        best.trainer().asMap(), libraries(), train.size(), cv,
        new ModelCard.TestMetrics(test.size(), Numbers.round(eval.accuracy()), Numbers.round(eval.macroF1()), f1,
            Numbers.round(baseline)),
        calibration).withLeaveOneDomainOut(lodo);
    return new TrainingResult(lang, scores, best, model, card, eval, baseline);
  }

  /**
   * The kept candidate: of the {@link #WEIGHED} best by cross-validation, the one with the highest
   * mean of its cross-validated and leave-one-domain-out macro-F1 (ties keep the earlier, simpler
   * candidate). Cross-validation mixes every domain into every fold and rewards the training
   * writers' vocabulary; leaving a whole domain out asks what real feedback asks, a kind of message
   * never seen. Only the best few are weighed because a leave-one-domain-out run costs a training
   * per domain. Each weighed candidate's score goes into {@code lodo}, by name.
   */
  private static Candidate select(java.util.function.Function<AnalysisOptions, AnalyzerChain> chains, List<Sample> train,
      List<TrainingResult.Score> scores,
      Map<String, Double> lodo) {
    if (train.stream().map(Sample::domain).distinct().count() < 2) { // nothing to leave out: cross-validation alone
      return scores.stream().max(java.util.Comparator.comparingDouble(TrainingResult.Score::macroF1)
          .thenComparing((a, b) -> Integer.compare(scores.indexOf(b), scores.indexOf(a)))).orElseThrow().candidate();
    }
    List<TrainingResult.Score> top = scores.stream()
        .sorted(java.util.Comparator.comparingDouble(TrainingResult.Score::macroF1).reversed()) // stable: grid order on ties
        .limit(WEIGHED).toList();
    List<Double> held = top.parallelStream().map(s -> CrossValidation.leaveOneGroupOut(train, Sample::domain,
        chains.apply(s.candidate().analysis()), s.candidate().features(), s.candidate().trainer())
        .macroF1()).toList();
    Candidate best = null;
    double bestScore = -1;
    for (TrainingResult.Score s : scores) { // grid order, so ties keep the earlier candidate
      int k = top.indexOf(s);
      if (k < 0) {
        continue;
      }
      lodo.put(s.candidate().name(), Numbers.round(held.get(k)));
      double mean = (s.macroF1() + held.get(k)) / 2;
      if (mean > bestScore) {
        bestScore = mean;
        best = s.candidate();
      }
    }
    return best;
  }

  /** How many of the best candidates by cross-validation are also scored leaving each domain out. */
  public static final int WEIGHED = 3;

  /** Temperature scaling fitted on out-of-fold probabilities: no message scores itself. */
  private ModelCard.Calibration calibrate(List<Sample> train, AnalyzerChain chain, Candidate best) {
    return calibration(CrossValidation.outOfFold(train, config.folds(), chain, best.features(), best.trainer()),
        labels(train));
  }

  /** The temperature fitted on out-of-fold probabilities {@code oof} of messages labelled {@code gold}, and what it does. */
  static ModelCard.Calibration calibration(List<double[]> oof, List<Label> gold) {
    double t = Numbers.round(Calibration.fit(oof, gold));
    return new ModelCard.Calibration(t, Numbers.round(Calibration.logLoss(oof, gold, 1)),
        Numbers.round(Calibration.logLoss(oof, gold, t)),
        Numbers.round(Reliability.expectedCalibrationError(oof, gold, 1)),
        Numbers.round(Reliability.expectedCalibrationError(oof, gold, t)));
  }

  static Map<String, String> libraries() {
    Map<String, String> m = new TreeMap<>();
    m.put("opennlp-tools", opennlp.tools.util.Version.currentVersion().toString());
    m.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
    m.put("java", System.getProperty("java.specification.version"));
    return m;
  }

  static List<Label> labels(List<Sample> samples) {
    return samples.stream().map(Sample::label).toList();
  }
}

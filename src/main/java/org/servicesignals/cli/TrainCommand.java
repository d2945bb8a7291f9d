package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.Calibration;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.classify.Training;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.CrossValidation;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.eval.Reliability;
import org.servicesignals.features.FeatureSets;
import org.servicesignals.io.CorpusFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code train}: rebuilds {@code models/} from {@code corpora/}. For each language it
 * cross-validates every combination of trainer, analysis and feature set on the training split,
 * keeps the best, trains it on the whole split, scores it once on the test split and writes the
 * model with its card. The test split never takes part in the choice. Deterministic: the same
 * corpora give the same models.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuild the models from the corpora, choosing trainer, analysis and features by cross-validation.")
final class TrainCommand implements Callable<Integer> {
  static final List<String> DEFAULT_FEATURES = List.of("negwords+bigrams+chars+shape", "negwords+bigrams+shape");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CorpusOptions corpus;

  @Option(names = "--out", description = "Where models go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("models");

  @Option(names = "--folds", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--features", split = ",",
      description = "Feature sets to try: words, bigrams, chars, shape joined by + (default: ${DEFAULT-VALUE}).")
  List<String> features = DEFAULT_FEATURES;

  @Option(names = "--analysis", description = "stop+stem, stop, stem or none (default: try none and stem).")
  String analysis;

  @Option(names = "--trainer", description = "MAXENT, MAXENT_QN, NAIVEBAYES, PERCEPTRON or auto (default: ${DEFAULT-VALUE}).")
  String trainer = "auto";

  /** One point of the grid cross-validation searches. */
  record Candidate(AnalysisOptions analysis, String features, TrainerSpec trainer) {
    String name() {
      return trainer.algorithm() + " / " + analysis + " / " + features;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    for (String f : features) {
      Options.parse(spec, () -> FeatureSets.named(f)); // reject a bad name before any work
    }
    List<TrainerSpec> trainers = trainer.equalsIgnoreCase("auto") ? TrainerSpec.CANDIDATES
        : List.of(Options.parse(spec, () -> TrainerSpec.parse(trainer)));
    for (Lang lang : corpus.selected()) {
      Path trainFile = CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TRAIN);
      Path testFile = CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TEST);
      if (!Files.exists(trainFile) || !Files.exists(testFile)) {
        throw new InputException(trainFile.getParent().toString(), "needs train.tsv and test.tsv");
      }
      List<Sample> train = corpus.read(lang, CorpusFiles.TRAIN);
      List<Sample> test = corpus.read(lang, CorpusFiles.TEST);
      List<AnalysisOptions> analyses = analysis != null ? List.of(Options.parse(spec, () -> AnalysisOptions.parse(analysis)))
          : LanguageProfile.of(lang).analysisCandidates();
      List<Candidate> grid = new ArrayList<>();
      for (AnalysisOptions a : analyses) {
        for (String f : features) {
          for (TrainerSpec t : trainers) {
            grid.add(new Candidate(a, f, t));
          }
        }
      }
      w.printf(Locale.ROOT, "%s: %d training, %d test messages; %d candidates%n",
          lang.code(), train.size(), test.size(), grid.size());
      w.flush();
      Map<String, Double> cv = new LinkedHashMap<>();
      Candidate best = grid.get(0);
      if (grid.size() > 1) {
        List<Double> scores = grid.parallelStream().map(c -> CrossValidation.macroF1(train, folds,
            SentimentAnalysis.chain(lang, c.analysis()), c.features(), c.trainer())).toList();
        double bestScore = -1;
        for (int i = 0; i < grid.size(); i++) {
          cv.put(grid.get(i).name(), scores.get(i));
          w.printf(Locale.ROOT, "  %d-fold CV macro-F1 %.3f  %s%n", folds, scores.get(i), grid.get(i).name());
          if (scores.get(i) > bestScore) { // ties keep the earlier, simpler candidate
            bestScore = scores.get(i);
            best = grid.get(i);
          }
        }
        w.flush();
      }
      AnalyzerChain chain = SentimentAnalysis.chain(lang, best.analysis());
      DoccatModel model = Training.train(train, chain, best.features(), best.trainer());
      ModelCard.Calibration calibration = calibrate(train, chain, best);
      Evaluation eval = CrossValidation.evaluate(model, chain, test);
      double baseline = Evaluation.majorityBaseline(labels(train), labels(test));
      Map<String, Double> f1 = new LinkedHashMap<>();
      eval.f1ByLabel().forEach((l, v) -> f1.put(l.id(), round(v)));
      ModelCard card = new ModelCard(lang.code(), lang.code() + ".bin",
          corpusHashes(lang, trainFile, testFile), best.analysis().toString(), chain.describe(), best.features(),
          generatorClasses(best.features()), best.trainer().asMap(), libraries(), train.size(), roundAll(cv),
          new ModelCard.TestMetrics(test.size(), round(eval.accuracy()), round(eval.macroF1()), f1, round(baseline)),
          calibration);
      ModelFiles.save(out, lang, model, card);
      w.printf(Locale.ROOT, "  kept %s; test macro-F1 %.3f, accuracy %.3f (majority baseline %.3f) -> %s%n",
          best.name(), eval.macroF1(), eval.accuracy(), baseline, out.resolve(lang.code() + ".bin"));
      w.printf(Locale.ROOT, "  calibration: temperature %.2f; out-of-fold ECE %.3f -> %.3f, log-loss %.3f -> %.3f%n",
          calibration.temperature(), calibration.eceBefore(), calibration.eceAfter(), calibration.logLossBefore(),
          calibration.logLossAfter());
      w.flush();
    }
    return Main.OK;
  }

  private ModelCard.Calibration calibrate(List<Sample> train, AnalyzerChain chain, Candidate best) {
    List<double[]> oof = CrossValidation.outOfFold(train, folds, chain, best.features(), best.trainer());
    List<Label> gold = labels(train);
    double t = Calibration.fit(oof, gold);
    return new ModelCard.Calibration(round(t), round(Calibration.logLoss(oof, gold, 1)),
        round(Calibration.logLoss(oof, gold, round(t))), round(Reliability.expectedCalibrationError(oof, gold, 1)),
        round(Reliability.expectedCalibrationError(oof, gold, round(t))));
  }

  static Map<String, String> corpusHashes(Lang lang, Path trainFile, Path testFile) throws java.io.IOException {
    Map<String, String> m = new TreeMap<>();
    m.put(lang.code() + "/train.tsv", CorpusFiles.sha256(trainFile));
    m.put(lang.code() + "/test.tsv", CorpusFiles.sha256(testFile));
    return m;
  }

  private static List<String> generatorClasses(String features) {
    List<String> out = new ArrayList<>();
    for (FeatureGenerator g : FeatureSets.named(features)) {
      out.add(g.getClass().getName());
    }
    return out;
  }

  private static Map<String, String> libraries() {
    Map<String, String> m = new TreeMap<>();
    m.put("opennlp-tools", opennlp.tools.util.Version.currentVersion().toString());
    m.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
    m.put("java", System.getProperty("java.specification.version"));
    return m;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static Map<String, Double> roundAll(Map<String, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, round(v)));
    return out;
  }

  static List<Label> labels(List<Sample> samples) {
    return samples.stream().map(Sample::label).toList();
  }
}

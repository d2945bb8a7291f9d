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
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.CrossValidation;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.Sample;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.classify.Training;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.features.FeatureSets;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.io.InputException;
import org.servicesignals.io.ModelFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code train}: rebuilds {@code models/} from {@code corpora/}. For each language it
 * cross-validates every candidate trainer on the training split, keeps the best, trains it on the
 * whole split, scores it on the test split and writes the model with its card. Deterministic: the
 * same corpora give the same models.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuild the models from the corpora, choosing the trainer by cross-validation.")
final class TrainCommand implements Callable<Integer> {
  static final String DEFAULT_FEATURES = "words+bigrams+chars";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  LangOptions langOptions;

  @Option(names = "--corpora", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
  Path corpora = Path.of("corpora");

  @Option(names = "--out", description = "Where models go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("models");

  @Option(names = "--folds", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--features", description = "Feature set: words, bigrams, chars joined by + (default: ${DEFAULT-VALUE}).")
  String features = DEFAULT_FEATURES;

  @Option(names = "--analysis", description = "stop+stem, stop, stem or none (default: the language's default).")
  String analysis;

  @Option(names = "--trainer", description = "MAXENT, MAXENT_QN, NAIVEBAYES, PERCEPTRON or auto (default: ${DEFAULT-VALUE}).")
  String trainer = "auto";

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    FeatureSets.named(features); // reject a bad name before any work
    List<TrainerSpec> candidates = trainer.equalsIgnoreCase("auto") ? TrainerSpec.CANDIDATES
        : List.of(TrainerSpec.parse(trainer));
    for (Lang lang : langOptions.selected()) {
      Path trainFile = CorpusFiles.file(corpora, lang, CorpusFiles.TRAIN);
      Path testFile = CorpusFiles.file(corpora, lang, CorpusFiles.TEST);
      if (!Files.exists(trainFile) || !Files.exists(testFile)) {
        throw new InputException(trainFile.getParent().toString(), "needs train.tsv and test.tsv");
      }
      List<Sample> train = CorpusFiles.read(corpora, lang, CorpusFiles.TRAIN);
      List<Sample> test = CorpusFiles.read(corpora, lang, CorpusFiles.TEST);
      AnalysisOptions options = analysis != null ? AnalysisOptions.parse(analysis) : AnalysisOptions.defaultFor(lang);
      AnalyzerChain chain = SentimentAnalysis.chain(lang, options);
      w.printf(Locale.ROOT, "%s: %d training, %d test messages; analysis %s; features %s%n",
          lang.code(), train.size(), test.size(), options, features);
      Map<String, Double> cv = new LinkedHashMap<>();
      if (candidates.size() > 1) {
        List<Double> scores = candidates.parallelStream()
            .map(c -> CrossValidation.macroF1(train, folds, chain, features, c)).toList();
        for (int i = 0; i < candidates.size(); i++) {
          cv.put(candidates.get(i).algorithm(), scores.get(i));
          w.printf(Locale.ROOT, "  %d-fold CV macro-F1 %-11s %.3f%n", folds, candidates.get(i).algorithm(), scores.get(i));
        }
        w.flush();
      }
      TrainerSpec best = candidates.get(0);
      for (TrainerSpec c : candidates) {
        if (cv.getOrDefault(c.algorithm(), 0.0) > cv.getOrDefault(best.algorithm(), 0.0)) {
          best = c;
        }
      }
      DoccatModel model = Training.train(train, chain, features, best);
      Evaluation eval = CrossValidation.evaluate(model, chain, test);
      double baseline = Evaluation.majorityBaseline(train.stream().map(Sample::label).toList(),
          test.stream().map(Sample::label).toList());
      Map<String, Double> f1 = new LinkedHashMap<>();
      eval.f1ByLabel().forEach((l, v) -> f1.put(l.id(), round(v)));
      ModelCard card = new ModelCard(lang.code(), lang.code() + ".bin",
          corpusHashes(lang, trainFile, testFile), options.toString(), chain.describe(), features,
          generatorClasses(features), best.asMap(), libraries(), train.size(), roundAll(cv),
          new ModelCard.TestMetrics(test.size(), round(eval.accuracy()), round(eval.macroF1()), f1, round(baseline)));
      ModelFiles.save(out, lang, model, card);
      w.printf(Locale.ROOT, "  kept %s; test macro-F1 %.3f, accuracy %.3f (majority baseline %.3f) -> %s%n",
          best.algorithm(), eval.macroF1(), eval.accuracy(), baseline, out.resolve(lang.code() + ".bin"));
      w.flush();
    }
    return Main.OK;
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

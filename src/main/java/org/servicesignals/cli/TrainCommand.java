package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.train.Candidate;
import org.servicesignals.train.TrainingConfig;
import org.servicesignals.train.TrainingPipeline;
import org.servicesignals.train.TrainingResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train}: rebuilds {@code models/} from {@code corpora/} with {@link TrainingPipeline}. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuild the models from the corpora, choosing trainer, analysis and features by cross-validation.")
final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CorpusOptions corpus;

  @Option(names = "--out", description = "Where models go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("models");

  @Option(names = "--folds", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--features", split = ",", converter = Converters.FeatureSetConverter.class,
      description = "Feature sets to try: words or negwords, bigrams, chars, shape, lexicon joined by + "
          + "(default: negwords+bigrams+shape+lexicon,negwords+bigrams+chars+shape+lexicon,negwords+bigrams+shape).")
  List<FeatureSet> features = FeatureSet.DEFAULTS;

  @Option(names = "--analysis", converter = Converters.AnalysisConverter.class,
      description = "stop+stem, stop, stem or none (default: try none and, where there is a stemmer, stem).")
  AnalysisOptions analysis;

  @Option(names = "--trainer", description = "One trainer: ${COMPLETION-CANDIDATES} (default: try all).")
  TrainerSpec.Algorithm trainer;

  @Option(names = "--romanised", description = "Train the models of Hindi, Urdu and Tamil typed in Latin letters "
      + "(<lang>-Latn.bin, from corpora/<lang>-Latn) instead of the native-script models.")
  boolean romanised;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    TrainingConfig config = Options.parse(spec, () -> new TrainingConfig(folds, features, Optional.ofNullable(analysis),
        trainer == null ? TrainerSpec.CANDIDATES : List.of(TrainerSpec.of(trainer))));
    TrainingPipeline pipeline = new TrainingPipeline(config);
    if (romanised) {
      return romanised(w, pipeline);
    }
    for (Lang lang : corpus.selected()) {
      Path trainFile = CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TRAIN);
      Path testFile = CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TEST);
      if (!Files.exists(trainFile) || !Files.exists(testFile)) {
        throw new InputException(trainFile.getParent().toString(), "needs train.tsv and test.tsv");
      }
      List<Sample> train = corpus.read(lang, CorpusFiles.TRAIN);
      List<Sample> test = corpus.read(lang, CorpusFiles.TEST);
      w.printf(Locale.ROOT, "%s: %d training, %d test messages; %d candidates%n",
          lang.code(), train.size(), test.size(), pipeline.grid(lang).size());
      w.flush();
      Map<String, String> hashes = new TreeMap<>();
      hashes.put(lang.code() + "/train.tsv", CorpusFiles.sha256(trainFile));
      hashes.put(lang.code() + "/test.tsv", CorpusFiles.sha256(testFile));
      Path lexicon = corpus.corpora.resolve("lexicon").resolve(lang.code() + ".tsv");
      if (Files.exists(lexicon)) {
        hashes.put("lexicon/" + lang.code() + ".tsv", CorpusFiles.sha256(lexicon));
      }
      TrainingResult r = pipeline.train(lang, train, test, hashes);
      print(w, r);
      ModelFiles.save(out, lang, r.model(), r.card());
      Candidate best = r.best();
      w.printf(Locale.ROOT, "  kept %s; test macro-F1 %.3f, accuracy %.3f (majority baseline %.3f) -> %s%n",
          best.name(), r.test().macroF1(), r.test().accuracy(), r.baseline(), out.resolve(lang.code() + ".bin"));
      ModelCard.Calibration c = r.card().calibration();
      w.printf(Locale.ROOT, "  calibration: temperature %.2f; out-of-fold ECE %.3f -> %.3f, log-loss %.3f -> %.3f%n",
          c.temperature(), c.eceBefore(), c.eceAfter(), c.logLossBefore(), c.logLossAfter());
      w.flush();
    }
    return CommandLine.ExitCode.OK;
  }

  private int romanised(PrintWriter w, TrainingPipeline pipeline) throws java.io.IOException {
    for (Lang lang : corpus.selected()) {
      if (!RomanisedAnalysis.covers(lang)) {
        continue;
      }
      Path trainFile = CorpusFiles.romanised(corpus.corpora, lang, CorpusFiles.TRAIN);
      Path testFile = CorpusFiles.romanised(corpus.corpora, lang, CorpusFiles.TEST);
      if (!Files.exists(trainFile) || !Files.exists(testFile)) {
        throw new InputException(trainFile.getParent().toString(), "needs train.tsv and test.tsv");
      }
      String name = lang.code() + ModelCard.ROMANISED_SUFFIX;
      List<Sample> train = CorpusFiles.read(trainFile);
      List<Sample> test = CorpusFiles.read(testFile);
      w.printf(Locale.ROOT, "%s: %d training, %d test messages; %d candidates%n",
          name, train.size(), test.size(), pipeline.romanisedGrid().size());
      w.flush();
      Map<String, String> hashes = new TreeMap<>();
      hashes.put(name + "/train.tsv", CorpusFiles.sha256(trainFile));
      hashes.put(name + "/test.tsv", CorpusFiles.sha256(testFile));
      TrainingResult r = pipeline.trainRomanised(lang, train, test, hashes);
      print(w, r);
      ModelFiles.save(out, name, r.model(), r.card());
      w.printf(Locale.ROOT, "  kept %s; test macro-F1 %.3f, accuracy %.3f (majority baseline %.3f) -> %s%n",
          r.best().name(), r.test().macroF1(), r.test().accuracy(), r.baseline(), out.resolve(name + ".bin"));
      w.flush();
    }
    return CommandLine.ExitCode.OK;
  }

  private void print(PrintWriter w, TrainingResult r) {
    java.util.Map<String, Double> lodo = r.card().leaveOneDomainOut() == null ? java.util.Map.of()
        : r.card().leaveOneDomainOut();
    for (TrainingResult.Score s : r.scores()) {
      Double held = lodo.get(s.candidate().name());
      w.printf(Locale.ROOT, "  %d-fold CV macro-F1 %.3f%s  %s%n", folds, s.macroF1(),
          held == null ? "" : String.format(Locale.ROOT, ", leave-one-domain-out %.3f, mean %.3f", held,
              (s.macroF1() + held) / 2), s.candidate().name());
    }
    w.flush();
  }
}

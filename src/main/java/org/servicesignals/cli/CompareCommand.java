package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.LanguageIdPeers;
import org.servicesignals.eval.Leakage;
import org.servicesignals.eval.PairedTest;
import org.servicesignals.eval.PeerComparison;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LatinVarieties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code compare}: service-signals against fastText and scikit-learn on the same splits
 * ({@link PeerComparison}), each difference decided by a paired test ({@link PairedTest});
 * {@code src/scripts/compare-peers.sh} installs the peers first. Models trained on other data than
 * the peers' training split are refused unless chosen, and a model scored on its own training
 * messages is warned about ({@link Leakage}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare the models with fastText and scikit-learn on the corpora's splits.")
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  CorpusOptions corpus;

  @Mixin
  JsonOut json;

  @Mixin
  PeerOptions peerOptions;

  @Option(names = "--allow-other-training", description = "Compare the shipped models with peers trained on "
      + "another training split than theirs (refused by default: the systems would not learn from the same data).")
  boolean allowOtherTraining;

  @Option(names = "--romanised", description = "Compare on the corpora of Hindi, Urdu and Tamil typed in Latin "
      + "letters (corpora/<lang>-Latn) instead of the native-script ones, and language identification of the five "
      + "Latin-script varieties.")
  boolean romanised;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    json.check();
    Map<LatinVarieties.Variety, Path[]> latinSplits = romanised ? latinSplits(err) : null;
    Classifier classifier = modelOptions.classifier();
    Map<Lang, PeerComparison.Split> splits = new LinkedHashMap<>();
    Map<String, List<String>> scoredTexts = new LinkedHashMap<>();
    String suffix = romanised ? "-Latn" : "";
    for (Lang lang : corpus.selected()) {
      if (romanised && !RomanisedAnalysis.covers(lang)) {
        continue;
      }
      ModelBundle model = classifier.models().get(lang);
      checkSameTraining(lang, romanised && model != null ? model.romanised().orElse(null) : model, err);
      Map<String, List<Sample>> scored = new LinkedHashMap<>();
      Map<String, Path> files = new LinkedHashMap<>();
      for (String split : List.of(CorpusFiles.TEST, "wild")) {
        Path f = romanised ? CorpusFiles.romanised(corpus.corpora, lang, split) : CorpusFiles.file(corpus.corpora, lang, split);
        if (Files.exists(f)) {
          scored.put(split, CorpusFiles.read(f));
          files.put(split, f);
          scored.get(split).forEach(s -> scoredTexts.computeIfAbsent(lang.code(), k -> new ArrayList<>()).add(s.text()));
        }
      }
      Path train = romanised ? CorpusFiles.romanised(corpus.corpora, lang, CorpusFiles.TRAIN)
          : CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TRAIN);
      splits.put(lang, new PeerComparison.Split(CorpusFiles.read(train), train, scored, files));
    }
    Map<Lang, ModelBundle> compared = new java.util.EnumMap<>(Lang.class);
    splits.keySet().stream().filter(classifier.models()::containsKey).forEach(l -> compared.put(l, classifier.models().get(l)));
    List<String> header = modelOptions.describe(compared);
    header.forEach(w::println);
    Path models = modelOptions.source();
    Leakage leakage = Leakage.of(TrainingData.of(classifier.models(), TrainingData.roots(corpus.corpora,
        models == null ? null : models.toAbsolutePath().getParent().resolve("corpora"))), scoredTexts);
    for (String warning : leakage.warnings()) {
      err.println(warning);
      w.println(warning);
    }
    w.println();
    w.printf("%-8s %-5s %-16s %9s %9s %12s %7s %7s%n", "lang", "split", "system", "macro-F1", "accuracy",
        "exceptional", "good", "poor");
    PeerComparison report = PeerComparison.run(classifier, splits,
        peerOptions.programs(), (lang, split, systems, tests) -> {
          systems.forEach((name, ev) -> w.printf(Locale.ROOT, "%-8s %-5s %-16s %9.3f %9.3f %12.3f %7.3f %7.3f%n",
              lang.code() + suffix, split, name, ev.macroF1(), ev.accuracy(), ev.f1(Label.EXCEPTIONAL), ev.f1(Label.GOOD),
              ev.f1(Label.POOR)));
          tests.forEach((name, t) -> w.println("      " + t.sentence(PeerComparison.OURS, name)));
          w.flush();
        }, suffix);
    w.println("Verdicts: paired bootstrap of the macro-F1 difference (" + PeerComparison.RESAMPLES
        + " resamples, seed " + PeerComparison.SEED + ") at p < " + PairedTest.ALPHA
        + "; McNemar's exact test on the messages only one system labels right, beside it");
    Map<String, Object> out = new LinkedHashMap<>(report.json());
    if (latinSplits != null) {
      out.put("language_identification", languageIds(classifier, latinSplits, w));
    }
    out.put("models", header);
    out.put("leakage", leakage);
    json.write(out, w);
    w.flush();
    return CommandLine.ExitCode.OK;
  }

  /**
   * Every Latin-script variety's training and test split, which language identification is compared
   * on; null, with a note, when one is missing (the classifiers are still compared).
   */
  private Map<LatinVarieties.Variety, Path[]> latinSplits(PrintWriter err) {
    Map<LatinVarieties.Variety, Path[]> out = new EnumMap<>(LatinVarieties.Variety.class);
    for (LatinVarieties.Variety v : LatinVarieties.Variety.values()) {
      Path[] files = {corpus.corpora.resolve(v.id()).resolve(CorpusFiles.TRAIN + ".tsv"),
          corpus.corpora.resolve(v.id()).resolve(CorpusFiles.TEST + ".tsv")};
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          err.println("note: language identification is not compared: " + f + " is missing (it needs every "
              + "Latin-script variety's " + CorpusFiles.TRAIN + " and " + CorpusFiles.TEST + " splits)");
          return null;
        }
      }
      out.put(v, files);
    }
    return out;
  }

  /**
   * Language identification of the five Latin-script varieties by service-signals and the peers,
   * trained on the training splits the Latin-script detector learns from ({@link LanguageIdPeers}).
   */
  private LanguageIdPeers languageIds(Classifier classifier, Map<LatinVarieties.Variety, Path[]> splits, PrintWriter w)
      throws Exception {
    Map<LatinVarieties.Variety, List<String>> train = new EnumMap<>(LatinVarieties.Variety.class);
    Map<LatinVarieties.Variety, List<String>> test = new EnumMap<>(LatinVarieties.Variety.class);
    splits.forEach((v, files) -> {
      train.put(v, CorpusFiles.read(files[0]).stream().map(Sample::text).toList());
      test.put(v, CorpusFiles.read(files[1]).stream().map(Sample::text).toList());
    });
    LanguageIdPeers ids = LanguageIdPeers.run(train, test, classifier.languages()::identify, peerOptions.programs());
    w.println();
    w.println("Language identification of the Latin-script varieties on their test splits, nothing declared (the peers "
        + "trained on the detector's training splits; fastText " + String.join(" ", LanguageIdPeers.FASTTEXT_ARGS) + ")");
    w.printf("%-8s %-16s %8s %9s %9s %20s%n", "variety", "system", "messages", "accuracy", "4+ words",
        "hi or ur (4+ words)");
    ids.rows().forEach((variety, systems) -> systems.forEach((name, r) -> w.printf(Locale.ROOT,
        "%-8s %-16s %8d %8.1f%% %8.1f%% %20s%n", variety, name, r.messages(), 100 * r.accuracy(), 100 * r.longAccuracy(),
        variety.startsWith("hi") || variety.startsWith("ur")
            ? String.format(Locale.ROOT, "%.1f%%", 100 * r.longHindiOrUrduAccuracy()) : "-")));
    w.flush();
    return ids;
  }

  /**
   * The peers learn from {@code --corpora}'s training split; a shipped model that learnt from
   * another one is not compared with them unless asked for ({@code --models} or
   * {@code --allow-other-training}).
   */
  private void checkSameTraining(Lang lang, ModelBundle model, PrintWriter err) throws java.io.IOException {
    Path train = romanised ? CorpusFiles.romanised(corpus.corpora, lang, CorpusFiles.TRAIN)
        : CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TRAIN);
    if (model == null || !Files.isRegularFile(train)) {
      return;
    }
    String ours = CorpusFiles.sha256(train);
    String theirs = TrainingData.trainSplit(model.card()).map(Map.Entry::getValue).orElse("");
    if (ours.equals(theirs)) {
      return;
    }
    String what = "the " + lang.code() + " model was trained on another training split (its card: " + theirs.substring(0,
        Math.min(12, theirs.length())) + "…) than " + train + " (" + ours.substring(0, 12) + "…), which the peers learn from";
    if (modelOptions.models == null && !allowOtherTraining) {
      throw new InputException(train.toString(), what + ": the systems would not learn from the same data. Train "
          + "models on it (train --corpora " + corpus.corpora + " --out DIR) and give --models DIR, or compare anyway "
          + "with --allow-other-training");
    }
    err.println("note: " + what);
  }
}

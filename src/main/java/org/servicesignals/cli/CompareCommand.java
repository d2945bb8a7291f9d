package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.PeerComparison;
import org.servicesignals.io.CorpusFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code compare}: service-signals against fastText and scikit-learn on the same splits
 * ({@link PeerComparison}); {@code src/scripts/compare-peers.sh} installs the peers first.
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

  @Option(names = "--fasttext", description = "fastText executable (default: ${DEFAULT-VALUE}).")
  String fasttext = "fasttext";

  @Option(names = "--python", description = "Python with scikit-learn (default: ${DEFAULT-VALUE}).")
  String python = "/usr/bin/python3";

  @Option(names = "--romanised", description = "Compare on the corpora of Hindi, Urdu and Tamil typed in Latin "
      + "letters (corpora/<lang>-Latn) instead of the native-script ones.")
  boolean romanised;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    json.check();
    Map<Lang, PeerComparison.Split> splits = new LinkedHashMap<>();
    String suffix = romanised ? "-Latn" : "";
    for (Lang lang : corpus.selected()) {
      if (romanised && !RomanisedAnalysis.covers(lang)) {
        continue;
      }
      Map<String, List<Sample>> scored = new LinkedHashMap<>();
      Map<String, Path> files = new LinkedHashMap<>();
      for (String split : List.of(CorpusFiles.TEST, "wild")) {
        Path f = romanised ? CorpusFiles.romanised(corpus.corpora, lang, split) : CorpusFiles.file(corpus.corpora, lang, split);
        if (Files.exists(f)) {
          scored.put(split, CorpusFiles.read(f));
          files.put(split, f);
        }
      }
      Path train = romanised ? CorpusFiles.romanised(corpus.corpora, lang, CorpusFiles.TRAIN)
          : CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TRAIN);
      splits.put(lang, new PeerComparison.Split(CorpusFiles.read(train), train, scored, files));
    }
    w.printf("%-8s %-5s %-16s %9s %9s %12s %7s %7s%n", "lang", "split", "system", "macro-F1", "accuracy",
        "exceptional", "good", "poor");
    PeerComparison report = PeerComparison.run(modelOptions.classifier(), splits,
        new PeerComparison.Programs(fasttext, python), (lang, split, systems) -> {
          systems.forEach((name, ev) -> w.printf(Locale.ROOT, "%-8s %-5s %-16s %9.3f %9.3f %12.3f %7.3f %7.3f%n",
              lang.code() + suffix, split, name, ev.macroF1(), ev.accuracy(), ev.f1(Label.EXCEPTIONAL), ev.f1(Label.GOOD),
              ev.f1(Label.POOR)));
          w.flush();
        }, suffix);
    json.write(report, w);
    w.flush();
    return CommandLine.ExitCode.OK;
  }
}

package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.servicesignals.classify.Classifier;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.LanguageComparison;
import org.servicesignals.eval.PeerAvailability;
import org.servicesignals.eval.PeerComparison;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.report.ReportPage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report}: the cross-language comparison ({@link LanguageComparison}) on the corpora, as one
 * self-contained page ({@link ReportPage}) and, with {@code --json}, as JSON.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Compare the languages on the corpora (scores, learning curves, ablations, corpus statistics, "
        + "joint model, indicative words) and write one self-contained HTML page.")
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  CorpusOptions corpus;

  @Mixin
  JsonOut json;

  @Option(names = "--html", paramLabel = "DIR", required = true, description = "Write the page to DIR/index.html.")
  Path html;

  @Option(names = "--seeds", description = "Seeds per learning-curve share (default: ${DEFAULT-VALUE}).")
  int seeds = 3;

  @Option(names = "--bootstrap", description = "Bootstrap resamples for confidence intervals (default: ${DEFAULT-VALUE}).")
  int bootstrap = 1000;

  @Option(names = "--top", description = "Indicative features shown per label (default: ${DEFAULT-VALUE}).")
  int top = 10;

  @Option(names = "--peers", description = "Also run fastText and scikit-learn on the same splits, when installed.")
  boolean peers;

  @Mixin
  PeerOptions peerOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    if (Files.exists(html) && !Files.isDirectory(html)) {
      throw new InputException(html.toString(), "is a file; --html needs a directory");
    }
    Files.createDirectories(html); // before checking --json, which may name a file in it
    json.check();
    if (seeds < 1 || bootstrap < 1 || top < 1) {
      throw new InputException("--seeds, --bootstrap, --top", "each must be 1 or more");
    }
    Classifier classifier = modelOptions.classifier();
    Map<Lang, LanguageComparison.Corpus> corpora = new LinkedHashMap<>();
    for (Lang l : corpus.selected()) {
      Map<String, List<Sample>> heldOut = new LinkedHashMap<>();
      for (String split : List.of(CorpusFiles.TEST, "wild")) {
        if (Files.exists(CorpusFiles.file(corpus.corpora, l, split))) {
          heldOut.put(split, corpus.read(l, split));
        }
      }
      corpora.put(l, new LanguageComparison.Corpus(corpus.read(l, CorpusFiles.TRAIN), heldOut));
    }
    long start = System.nanoTime();
    LanguageComparison report = LanguageComparison.run(classifier, corpora,
        new LanguageComparison.Settings(LanguageComparison.Settings.FRACTIONS, seeds, bootstrap, top), (lang, step) -> {
          w.printf(Locale.ROOT, "%-4s %-44s %6.1f s%n", lang, step, (System.nanoTime() - start) / 1e9);
          w.flush();
        });
    report = withPeers(report, classifier, corpora);
    Path page = ReportPage.write(report, html);
    w.println("wrote " + page);
    json.write(report, w);
    w.flush();
    return CommandLine.ExitCode.OK;
  }

  /** The peers' table when asked for and installed; otherwise the reason the page gives. */
  private LanguageComparison withPeers(LanguageComparison report, Classifier classifier,
      Map<Lang, LanguageComparison.Corpus> corpora) throws Exception {
    if (!peers) {
      return report.withPeers(null, "not run: give --peers to run fastText and scikit-learn on the same splits");
    }
    Optional<String> missing = PeerAvailability.missing(peerOptions.fasttext, peerOptions.python);
    if (missing.isPresent()) {
      return report.withPeers(null, "not run: " + missing.get() + " (src/scripts/compare-peers.sh installs both)");
    }
    Map<Lang, PeerComparison.Split> splits = new LinkedHashMap<>();
    corpora.forEach((l, c) -> {
      Map<String, Path> files = new LinkedHashMap<>();
      c.heldOut().keySet().forEach(split -> files.put(split, CorpusFiles.file(corpus.corpora, l, split)));
      splits.put(l, new PeerComparison.Split(c.train(), CorpusFiles.file(corpus.corpora, l, CorpusFiles.TRAIN),
          c.heldOut(), files));
    });
    return report.withPeers(PeerComparison.run(classifier, splits, peerOptions.programs(),
        (lang, split, systems, tests) -> {}), null);
  }
}

package org.servicesignals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.servicesignals.classify.Classifier;
import org.servicesignals.core.Sample;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.core.InputException;
import org.servicesignals.classify.ModelFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code compare}: service-signals against real peers on the same train/test splits, in one run:
 * fastText supervised (word bigrams) and scikit-learn (TF-IDF word + character n-grams, linear SVM),
 * beside the majority baseline. The peers are external programs ({@code fasttext},
 * {@code python3} with scikit-learn); {@code src/scripts/compare-peers.sh} installs them first.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare the shipped models with fastText and scikit-learn on the corpora's splits.")
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  CorpusOptions corpus;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the table as JSON here.")
  Path json;

  @Option(names = "--fasttext", description = "fastText executable (default: ${DEFAULT-VALUE}).")
  String fasttext = "fasttext";

  @Option(names = "--python", description = "Python with scikit-learn (default: ${DEFAULT-VALUE}).")
  String python = "/usr/bin/python3";

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    Classifier classifier = modelOptions.classifier();
    JsonOut.check(json);
    Path work = Files.createTempDirectory("service-signals-compare");
    Map<String, Object> report = new LinkedHashMap<>();
    try {
      Path peer = work.resolve("sklearn_peer.py");
      try (InputStream in = getClass().getResourceAsStream("/org/servicesignals/eval/sklearn_peer.py")) {
        Files.copy(in, peer);
      }
      report.put("fasttext_args", String.join(" ", Peers.FASTTEXT_ARGS));
      report.put("sklearn", "TfidfVectorizer(word 1-2) + TfidfVectorizer(char_wb 2-5), sublinear tf, LinearSVC(C=1)");
      w.printf("%-5s %-16s %9s %9s %12s %7s %7s%n", "lang", "system", "macro-F1", "accuracy", "exceptional", "good", "poor");
      Map<String, Object> byLang = new LinkedHashMap<>();
      for (Lang lang : corpus.selected()) {
        List<Sample> train = corpus.read(lang, CorpusFiles.TRAIN);
        List<Sample> test = corpus.read(lang, CorpusFiles.TEST);
        List<Label> gold = test.stream().map(Sample::label).toList();
        Map<String, List<Label>> systems = new LinkedHashMap<>();
        List<Label> ours = new ArrayList<>();
        for (Sample s : test) {
          ours.add(classifier.classify(new Message(s.id(), s.text(), Optional.of(lang))).label().orElse(null));
        }
        systems.put("service-signals", ours);
        Path model = Peers.trainFastText(fasttext, work.resolve(lang.code()), train);
        systems.put("fasttext", Peers.predictFastText(fasttext, model,
            Peers.fastTextInput(model.getParent(), test.stream().map(Sample::text).toList())));
        systems.put("sklearn-svm", sklearn(peer, lang, work.resolve(lang.code() + "-sk.txt")));
        Label majority = Evaluation.majority(TrainCommand.labels(train));
        systems.put("majority", gold.stream().map(g -> majority).toList());
        Map<String, Object> rows = new LinkedHashMap<>();
        for (var e : systems.entrySet()) {
          Evaluation ev = new Evaluation(gold, e.getValue());
          w.printf(Locale.ROOT, "%-5s %-16s %9.3f %9.3f %12.3f %7.3f %7.3f%n", lang.code(), e.getKey(), ev.macroF1(),
              ev.accuracy(), ev.f1(Label.EXCEPTIONAL), ev.f1(Label.GOOD), ev.f1(Label.POOR));
          rows.put(e.getKey(), EvaluateCommand.metrics(ev));
        }
        rows.put("test_messages", test.size());
        byLang.put(lang.code(), rows);
        w.flush();
      }
      report.put("languages", byLang);
    } finally {
      Peers.deleteTree(work); // fastText models are 800 MB each: never leave them behind
    }
    if (json != null) {
      Files.writeString(json, ModelFiles.JSON.writeValueAsString(report) + "\n");
      w.println("wrote " + json);
    }
    w.flush();
    return Main.OK;
  }

  private List<Label> sklearn(Path peer, Lang lang, Path out) throws Exception {
    Peers.run(List.of(python, peer.toString(), CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TRAIN).toString(),
        CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TEST).toString(), out.toString()));
    return Files.readAllLines(out).stream().filter(l -> !l.isBlank())
        .map(l -> Label.parse(l).orElseThrow()).toList();
  }
}

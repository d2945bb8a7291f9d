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
import org.servicesignals.classify.Sample;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.io.InputException;
import org.servicesignals.io.ModelFiles;
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
  static final List<String> FASTTEXT_ARGS =
      List.of("-wordNgrams", "2", "-epoch", "25", "-lr", "0.5", "-dim", "100", "-thread", "1", "-seed", "1");

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
    Path work = Files.createTempDirectory("service-signals-compare");
    Path peer = work.resolve("sklearn_peer.py");
    try (InputStream in = getClass().getResourceAsStream("/org/servicesignals/eval/sklearn_peer.py")) {
      Files.copy(in, peer);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("fasttext_args", String.join(" ", FASTTEXT_ARGS));
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
      systems.put("fasttext", fastText(work.resolve(lang.code()), train, test));
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
    deleteTree(work);
    if (json != null) {
      Files.writeString(json, ModelFiles.JSON.writeValueAsString(report) + "\n");
      w.println("wrote " + json);
    }
    w.flush();
    return Main.OK;
  }

  /** fastText's usual preparation: lower case, punctuation set apart from words. */
  static String fastTextLine(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("([.!?,'/()\":;।۔،])", " $1 ").replaceAll("\\s+", " ").trim();
  }

  private List<Label> fastText(Path dir, List<Sample> train, List<Sample> test) throws Exception {
    Files.createDirectories(dir);
    List<String> trainLines = new ArrayList<>();
    for (Sample s : train) {
      trainLines.add("__label__" + s.label().id() + " " + fastTextLine(s.text()));
    }
    List<String> testLines = test.stream().map(s -> fastTextLine(s.text())).toList();
    Files.write(dir.resolve("train.txt"), trainLines, StandardCharsets.UTF_8);
    Files.write(dir.resolve("test.txt"), testLines, StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>(List.of(fasttext, "supervised", "-input", dir.resolve("train.txt").toString(),
        "-output", dir.resolve("model").toString()));
    cmd.addAll(FASTTEXT_ARGS);
    run(cmd);
    String out = run(List.of(fasttext, "predict", dir.resolve("model.bin").toString(), dir.resolve("test.txt").toString()));
    List<Label> labels = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        labels.add(Label.parse(line.trim().replace("__label__", "")).orElseThrow());
      }
    }
    return labels;
  }

  private List<Label> sklearn(Path peer, Lang lang, Path out) throws Exception {
    run(List.of(python, peer.toString(), CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TRAIN).toString(),
        CorpusFiles.file(corpus.corpora, lang, CorpusFiles.TEST).toString(), out.toString()));
    return Files.readAllLines(out).stream().filter(l -> !l.isBlank())
        .map(l -> Label.parse(l).orElseThrow()).toList();
  }

  /** Runs a peer; its standard error goes to a file, so a chatty peer can never fill a pipe and hang. */
  private static String run(List<String> cmd) throws IOException, InterruptedException {
    Path err = Files.createTempFile("service-signals-peer", ".err");
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    } catch (IOException e) {
      Files.deleteIfExists(err);
      throw new InputException(cmd.get(0), "cannot run the peer (" + e.getMessage()
          + "); src/scripts/compare-peers.sh installs fasttext and python3-sklearn");
    }
    try {
      byte[] stdout = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", cmd) + " did not finish in 30 minutes");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed: " + Files.readString(err).strip());
      }
      return new String(stdout, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.classify.Training;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

/**
 * k-fold cross-validation on a user's labelled messages of this tool's trainer beside fastText,
 * scikit-learn and the majority baseline, every system trained and scored on the same folds. Folds
 * are stratified by label and seeded ({@link CrossValidation#foldPositions(List, int, long)}), so a
 * run gives the same numbers twice. Each message is scored once, by the models that did not see it;
 * those out-of-fold predictions are scored per language and for all, with bootstrap intervals, and
 * this tool's trainer is tested against each other system on the same messages ({@link PairedTest}).
 *
 * @param folds k
 * @param seed the seed of the folds and the bootstrap
 * @param configurations per language, this tool's configuration (trainer / analysis / features)
 * @param languages per language code, then {@code all}: each system's scores
 * @param significance per language code, then {@code all}: this tool's trainer against each other system
 * @param skipped languages not cross-validated, with the reason
 */
@JsonPropertyOrder({"folds", "seed", "fasttext_args", "sklearn", "configurations", "languages", "significance",
    "skipped"})
public record FoldComparison(int folds, long seed, Map<String, String> configurations,
    Map<String, Map<String, SystemScores>> languages, Map<String, Map<String, PairedTest>> significance,
    Map<String, String> skipped) {
  /** This tool's trainer, in the tables. */
  public static final String OURS = PeerComparison.OURS;

  /**
   * One system's out-of-fold scores.
   *
   * @param foldMacroF1 macro-F1 of each fold on its own, for the spread across folds
   */
  @JsonPropertyOrder({"messages", "accuracy", "macro_f1", "macro_f1_ci95", "f1", "fold_macro_f1"})
  public record SystemScores(int messages, double accuracy, @JsonProperty("macro_f1") double macroF1,
      @JsonProperty("macro_f1_ci95") List<Double> ci95, Map<String, Double> f1,
      @JsonProperty("fold_macro_f1") List<Double> foldMacroF1) {}

  /** This tool's configuration for one language: its analysis chain, features and trainer. */
  public record Configuration(AnalyzerChain chain, FeatureSet features, TrainerSpec trainer) {
    public String describe() {
      return trainer.algorithm() + " / " + chain.options() + " / " + features;
    }
  }

  @JsonProperty("fasttext_args")
  public String fastTextArgs() {
    return String.join(" ", Peers.FASTTEXT_ARGS);
  }

  @JsonProperty("sklearn")
  public String sklearn() {
    return PeerComparison.SKLEARN;
  }

  /** Listens to each language as it is done. */
  public interface Progress {
    void done(String lang, Map<String, SystemScores> systems, Map<String, PairedTest> tests);
  }

  /**
   * Cross-validates every system on {@code data} (per language, each list in input order).
   *
   * @param ours this tool's configuration per language; a language without one is skipped
   */
  public static FoldComparison run(Map<Lang, List<Sample>> data, Map<Lang, Configuration> ours, int k, long seed,
      int bootstrap, PeerComparison.Programs programs, Progress progress) throws IOException, InterruptedException {
    if (k < 2) {
      throw new IllegalArgumentException("--folds must be at least 2, not " + k);
    }
    Path work = Files.createTempDirectory("service-signals-cv");
    Map<String, String> configurations = new LinkedHashMap<>();
    Map<String, Map<String, SystemScores>> languages = new LinkedHashMap<>();
    Map<String, Map<String, PairedTest>> significance = new LinkedHashMap<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    List<Label> allGold = new ArrayList<>();
    Map<String, List<Label>> allPredicted = new LinkedHashMap<>();
    try {
      Path script = work.resolve("sklearn_peer.py");
      try (InputStream in = FoldComparison.class.getResourceAsStream("sklearn_peer.py")) {
        Files.copy(in, script);
      }
      for (var e : data.entrySet()) {
        Lang lang = e.getKey();
        List<Sample> samples = e.getValue();
        Configuration config = ours.get(lang);
        String why = config == null ? "no model of this language to take the configuration from"
            : tooFew(samples, k);
        if (why != null) {
          skipped.put(lang.code(), why);
          continue;
        }
        configurations.put(lang.code(), config.describe());
        List<List<Integer>> folds = CrossValidation.foldPositions(samples, k, seed);
        Map<String, Label[]> predicted = new LinkedHashMap<>();
        Map<String, List<Double>> foldScores = new LinkedHashMap<>();
        for (String system : List.of(OURS, "fasttext", "sklearn-svm", "majority")) {
          predicted.put(system, new Label[samples.size()]);
          foldScores.put(system, new ArrayList<>());
        }
        for (int f = 0; f < folds.size(); f++) {
          List<Integer> held = folds.get(f);
          List<Sample> train = new ArrayList<>();
          for (int g = 0; g < folds.size(); g++) {
            if (g != f) {
              folds.get(g).forEach(i -> train.add(samples.get(i)));
            }
          }
          List<Sample> test = held.stream().map(samples::get).toList();
          Path dir = work.resolve(lang.code() + "-" + f);
          Map<String, List<Label>> fold = new LinkedHashMap<>();
          fold.put(OURS, CrossValidation.predict(Training.train(train, config.chain(), config.features(),
              config.trainer()), config.chain(), test));
          Path model = Peers.trainFastText(programs.fasttext(), dir, train);
          fold.put("fasttext", Peers.predictFastText(programs.fasttext(), model,
              Peers.fastTextInput(dir, test.stream().map(Sample::text).toList())));
          fold.put("sklearn-svm", sklearn(programs.python(), script, dir, train, test));
          Label majority = Evaluation.majority(train.stream().map(Sample::label).toList());
          fold.put("majority", test.stream().map(s -> majority).toList());
          Peers.deleteTree(dir); // a fastText model per fold: never more than one on disk
          List<Label> gold = test.stream().map(Sample::label).toList();
          fold.forEach((system, labels) -> {
            for (int i = 0; i < held.size(); i++) {
              predicted.get(system)[held.get(i)] = labels.get(i);
            }
            foldScores.get(system).add(Numbers.round(new Evaluation(gold, labels).macroF1()));
          });
        }
        List<Label> gold = samples.stream().map(Sample::label).toList();
        Map<String, List<Label>> systems = new LinkedHashMap<>();
        predicted.forEach((system, labels) -> systems.put(system, Arrays.asList(labels)));
        languages.put(lang.code(), scores(gold, systems, foldScores, bootstrap, seed));
        significance.put(lang.code(), PeerComparison.against(OURS, gold, systems));
        progress.done(lang.code(), languages.get(lang.code()), significance.get(lang.code()));
        allGold.addAll(gold);
        systems.forEach((system, labels) -> allPredicted.computeIfAbsent(system, s -> new ArrayList<>()).addAll(labels));
      }
    } finally {
      Peers.deleteTree(work);
    }
    if (!allGold.isEmpty()) {
      languages.put(LabelledReport.ALL, scores(allGold, allPredicted, Map.of(), bootstrap, seed));
      significance.put(LabelledReport.ALL, PeerComparison.against(OURS, allGold, allPredicted));
      progress.done(LabelledReport.ALL, languages.get(LabelledReport.ALL), significance.get(LabelledReport.ALL));
    }
    return new FoldComparison(k, seed, configurations, languages, significance, skipped);
  }

  private static String tooFew(List<Sample> samples, int k) {
    long labels = samples.stream().map(Sample::label).distinct().count();
    if (samples.size() < 2 * k || labels < 2) {
      return samples.size() + " messages of " + labels + " label(s): " + k + "-fold cross-validation needs at least "
          + (2 * k) + " messages of two labels or more";
    }
    return null;
  }

  private static Map<String, SystemScores> scores(List<Label> gold, Map<String, List<Label>> systems,
      Map<String, List<Double>> folds, int bootstrap, long seed) {
    Map<String, SystemScores> out = new LinkedHashMap<>();
    systems.forEach((system, labels) -> {
      Evaluation e = new Evaluation(gold, labels);
      double[] ci = Evaluation.macroF1Interval(gold, labels, bootstrap, seed);
      out.put(system, new SystemScores(e.size(), Numbers.round(e.accuracy()), Numbers.round(e.macroF1()),
          List.of(Numbers.round(ci[0]), Numbers.round(ci[1])), Numbers.round(toIds(e.f1ByLabel())),
          folds.getOrDefault(system, List.of())));
    });
    return out;
  }

  private static Map<String, Double> toIds(Map<Label, Double> byLabel) {
    Map<String, Double> out = new LinkedHashMap<>();
    byLabel.forEach((l, v) -> out.put(l.id(), v));
    return out;
  }

  /** The scikit-learn peer on one fold: train and test written as the script reads them. */
  private static List<Label> sklearn(String python, Path script, Path dir, List<Sample> train, List<Sample> test)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path trainFile = tsv(dir.resolve("sk-train.tsv"), train);
    Path testFile = tsv(dir.resolve("sk-test.tsv"), test);
    Path out = dir.resolve("sk-predicted.txt");
    Peers.run(List.of(python, script.toString(), trainFile.toString(), testFile.toString(), out.toString()));
    return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .map(l -> Label.parse(l).orElseThrow()).toList();
  }

  /** {@code id label text}, tab-separated, as the corpora are: tabs and line breaks in a text become spaces. */
  private static Path tsv(Path file, List<Sample> samples) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("id\tlabel\ttext");
    for (int i = 0; i < samples.size(); i++) {
      lines.add(i + "\t" + samples.get(i).label().id() + "\t" + samples.get(i).text().replaceAll("[\\t\\r\\n]+", " "));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}

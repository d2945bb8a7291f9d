package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.classify.Training;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.CrossValidation;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.eval.Reliability;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code evaluate}: language identification and classification on the test splits, per language,
 * beside the majority baseline; with {@code --ablation}, what stopwords, stemming, bigrams and
 * character n-grams each buy.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score language identification and the models on the corpora's test splits.")
final class EvaluateCommand implements Callable<Integer> {
  static final List<String> ABLATION_ANALYSIS = List.of("stop+stem", "stop", "stem", "none");
  static final List<String> ABLATION_FEATURES = List.of("words+bigrams+shape", "negwords+shape", "negwords+bigrams",
      "negwords+bigrams+shape", "negwords+bigrams+chars+shape");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  CorpusOptions corpus;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the numbers as JSON here.")
  Path json;

  @Option(names = "--ablation", description = "Retrain with each analysis option and feature set; report test macro-F1.")
  boolean ablation;

  @Option(names = "--bootstrap", description = "Bootstrap resamples for confidence intervals (default: ${DEFAULT-VALUE}).")
  int bootstrap = 1000;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    JsonOut.check(json);
    Map<String, Object> report = new LinkedHashMap<>();
    List<Lang> langs = corpus.selected();
    Map<Lang, List<Sample>> tests = new LinkedHashMap<>();
    for (Lang l : langs) {
      tests.put(l, corpus.read(l, CorpusFiles.TEST));
    }
    Classifier classifier = modelOptions.classifier(); // loaded once, used by every section
    report.put("language_identification", languageId(w, classifier.languages(), tests));
    report.put("classification", classification(w, classifier, tests));
    report.put("second_annotator", secondAnnotator(w, classifier, tests));
    if (ablation) {
      report.put("ablation", ablation(w, classifier.models(), langs));
    }
    if (json != null) {
      Files.writeString(json, ModelFiles.JSON.writeValueAsString(report) + "\n");
      w.println("wrote " + json);
    }
    w.flush();
    return Main.OK;
  }

  private Map<String, Object> languageId(PrintWriter w, LanguageIdentifier ids, Map<Lang, List<Sample>> tests) {
    w.println("Language identification on the test splits (no language declared)");
    w.printf("%-5s %8s %10s %14s %14s%n", "lang", "messages", "accuracy", "1-5 words", "4+ words");
    Map<String, Object> out = new LinkedHashMap<>();
    int[] all = new int[6];
    for (var e : tests.entrySet()) {
      int[] c = new int[6]; // total, right, short total, short right, long total, long right
      for (Sample s : e.getValue()) {
        boolean right = ids.identify(s.text()).lang().filter(e.getKey()::equals).isPresent();
        int words = s.text().trim().split("\\s+").length;
        count(c, 0, right);
        if (words <= 5) {
          count(c, 2, right);
        }
        if (words >= 4) {
          count(c, 4, right);
        }
      }
      for (int i = 0; i < 6; i++) {
        all[i] += c[i];
      }
      w.printf(Locale.ROOT, "%-5s %8d %10s %14s %14s%n", e.getKey().code(), c[0], pct(c, 0), pct(c, 2) + " of " + c[2], pct(c, 4));
      out.put(e.getKey().code(), idMap(c));
    }
    w.printf(Locale.ROOT, "%-5s %8d %10s %14s %14s%n%n", "all", all[0], pct(all, 0), pct(all, 2) + " of " + all[2], pct(all, 4));
    out.put("all", idMap(all));
    return out;
  }

  private static void count(int[] c, int at, boolean right) {
    c[at]++;
    if (right) {
      c[at + 1]++;
    }
  }

  private static String pct(int[] c, int at) {
    return c[at] == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * c[at + 1] / c[at]);
  }

  private static Map<String, Object> idMap(int[] c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("messages", c[0]);
    m.put("accuracy", c[0] == 0 ? null : TrainCommand.round((double) c[1] / c[0]));
    m.put("short_1_5_words", c[2]);
    m.put("short_accuracy", c[2] == 0 ? null : TrainCommand.round((double) c[3] / c[2]));
    m.put("long_4plus_words", c[4]);
    m.put("long_accuracy", c[4] == 0 ? null : TrainCommand.round((double) c[5] / c[4]));
    return m;
  }

  private Map<String, Object> classification(PrintWriter w, Classifier classifier, Map<Lang, List<Sample>> tests) {
    Map<Lang, ModelBundle> models = classifier.models();
    w.println("Classification on the test splits (language declared, shipped models)");
    w.printf("%-5s %6s %9s %21s %12s %6s %6s %9s %6s  %s%n", "lang", "n", "accuracy", "macro-F1 [95% CI]",
        "exceptional", "good", "poor", "baseline", "ECE", "model");
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : tests.entrySet()) {
      ModelBundle b = models.get(e.getKey());
      if (b == null) {
        w.printf("%-5s no model%n", e.getKey().code());
        continue;
      }
      List<Label> gold = new ArrayList<>();
      List<Label> predicted = new ArrayList<>();
      List<double[]> probabilities = new ArrayList<>();
      for (Sample s : e.getValue()) {
        Prediction p = classifier.classify(new Message(s.id(), s.text(), java.util.Optional.of(e.getKey())));
        gold.add(s.label());
        predicted.add(p.label().orElse(null)); // a failure counts as wrong
        probabilities.add(p.ok() ? p.probabilities() : new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
      }
      double ece = Reliability.expectedCalibrationError(probabilities, gold, 1.0);
      Evaluation ev = new Evaluation(gold, predicted);
      double[] ci = Evaluation.macroF1Interval(gold, predicted, bootstrap, 42);
      double baseline = b.card().test() == null ? Double.NaN : b.card().test().majorityBaselineMacroF1();
      w.printf(Locale.ROOT, "%-5s %6d %9.3f %7.3f [%.3f,%.3f] %12.3f %6.3f %6.3f %9.3f %6.3f  %s / %s / %s%n",
          e.getKey().code(), ev.size(), ev.accuracy(), ev.macroF1(), ci[0], ci[1], ev.f1(Label.EXCEPTIONAL),
          ev.f1(Label.GOOD), ev.f1(Label.POOR), baseline, ece, b.card().trainer().get("Algorithm"),
          b.card().analysis(), b.card().features());
      Map<String, Object> m = metrics(ev);
      m.put("macro_f1_ci95", List.of(TrainCommand.round(ci[0]), TrainCommand.round(ci[1])));
      m.put("majority_baseline_macro_f1", baseline);
      m.put("expected_calibration_error", TrainCommand.round(ece));
      m.put("confusion_gold_by_predicted", ev.confusion());
      out.put(e.getKey().code(), m);
    }
    w.println();
    return out;
  }

  /**
   * The blind second labelling of a sample of each test split against the gold labels (how
   * reliable the labels are), beside the model on the same messages.
   */
  private Map<String, Object> secondAnnotator(PrintWriter w, Classifier classifier, Map<Lang, List<Sample>> tests) {
    Map<String, Object> out = new LinkedHashMap<>();
    boolean header = false;
    for (var e : tests.entrySet()) {
      Map<String, Label> second = CorpusFiles.secondAnnotation(corpus.corpora, e.getKey());
      if (second.isEmpty()) {
        continue;
      }
      if (!header) {
        w.println("Second annotator: test messages labelled again, blind, by another native speaker");
        w.printf("%-5s %5s %12s %14s %16s%n", "lang", "n", "agreement", "Cohen's kappa", "model accuracy");
        header = true;
      }
      List<Label> gold = new ArrayList<>();
      List<Label> human = new ArrayList<>();
      List<Label> model = new ArrayList<>();
      for (Sample s : e.getValue()) {
        Label h = second.get(s.id());
        if (h != null) {
          gold.add(s.label());
          human.add(h);
          model.add(classifier.classify(new Message(s.id(), s.text(), java.util.Optional.of(e.getKey())))
              .label().orElse(null));
        }
      }
      org.servicesignals.eval.Agreement a = org.servicesignals.eval.Agreement.of(gold, human);
      double modelAccuracy = new Evaluation(gold, model).accuracy();
      w.printf(Locale.ROOT, "%-5s %5d %11.1f%% %14.3f %15.1f%%%n", e.getKey().code(), a.n(), 100 * a.observed(),
          a.kappa(), 100 * modelAccuracy);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("messages", a.n());
      m.put("agreement", TrainCommand.round(a.observed()));
      m.put("cohen_kappa", TrainCommand.round(a.kappa()));
      m.put("model_accuracy_same_messages", TrainCommand.round(modelAccuracy));
      out.put(e.getKey().code(), m);
    }
    if (header) {
      w.println();
    }
    return out;
  }

  /** An evaluation as the JSON reports write it. */
  static Map<String, Object> metrics(Evaluation ev) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("messages", ev.size());
    m.put("macro_f1", TrainCommand.round(ev.macroF1()));
    m.put("accuracy", TrainCommand.round(ev.accuracy()));
    Map<String, Double> f1 = new LinkedHashMap<>();
    ev.f1ByLabel().forEach((l, v) -> f1.put(l.id(), TrainCommand.round(v)));
    m.put("f1", f1);
    return m;
  }

  private Map<String, Object> ablation(PrintWriter w, Map<Lang, ModelBundle> models, List<Lang> langs) {
    w.println("Ablation: test macro-F1 when retrained with each analysis and feature set (same trainer)");
    Map<String, Object> out = new LinkedHashMap<>();
    for (Lang l : langs) {
      List<Sample> train = corpus.read(l, CorpusFiles.TRAIN);
      List<Sample> test = corpus.read(l, CorpusFiles.TEST);
      ModelBundle b = models.get(l);
      TrainerSpec spec = b == null ? TrainerSpec.CANDIDATES.get(0)
          : TrainerSpec.parse(b.card().trainer().get("Algorithm"));
      String features = b == null ? TrainCommand.DEFAULT_FEATURES.get(0) : b.card().features();
      String analysis = b == null ? LanguageProfile.of(l).defaultAnalysis().toString() : b.card().analysis();
      Map<String, Double> rows = new LinkedHashMap<>();
      List<String[]> grid = new ArrayList<>();
      for (String a : ABLATION_ANALYSIS) {
        grid.add(new String[] {a, features});
      }
      for (String f : ABLATION_FEATURES) {
        if (!f.equals(features)) {
          grid.add(new String[] {analysis, f});
        }
      }
      List<Double> scores = grid.parallelStream().map(g -> {
        AnalyzerChain chain = SentimentAnalysis.chain(l, AnalysisOptions.parse(g[0]));
        DoccatModel m = Training.train(train, chain, g[1], spec);
        return CrossValidation.evaluate(m, chain, test).macroF1();
      }).toList();
      for (int i = 0; i < grid.size(); i++) {
        String key = grid.get(i)[0] + " / " + grid.get(i)[1];
        rows.put(key, TrainCommand.round(scores.get(i)));
        w.printf(Locale.ROOT, "%-5s %-34s %.3f%s%n", l.code(), key, scores.get(i),
            grid.get(i)[0].equals(analysis) && grid.get(i)[1].equals(features) ? "  (shipped)" : "");
      }
      w.flush();
      out.put(l.code(), rows);
    }
    w.println();
    return out;
  }
}

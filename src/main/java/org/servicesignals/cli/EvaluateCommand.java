package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.servicesignals.classify.Classifier;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.AgreementReport;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.eval.ClassificationReport;
import org.servicesignals.eval.RomanisedReport;
import org.servicesignals.eval.LanguageIdReport;
import org.servicesignals.eval.SelectionReport;
import org.servicesignals.io.CorpusFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evaluate}: language identification and classification on the test splits, per language,
 * beside the majority baseline; with {@code --ablation}, what stopwords, stemming, bigrams and
 * character n-grams each buy. With labelled FILEs, the same scores on the user's own data
 * ({@link EvaluateFiles}). The reports are computed in {@code eval} and only printed here.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Score language identification and the models on the corpora's test splits,",
        "or on your own labelled FILEs (CSV, TSV, JSONL, XLSX)."})
final class EvaluateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  CorpusOptions corpus;

  @Mixin
  JsonOut json;

  @Option(names = "--ablation", description = "Retrain with each analysis option and feature set; report test macro-F1.")
  boolean ablation;

  @Option(names = "--bootstrap", description = "Bootstrap resamples for confidence intervals (default: ${DEFAULT-VALUE}).")
  int bootstrap = 1000;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Labelled files to score instead of the corpora (with --label-column, --label-map, ...).")
  List<Path> files;

  @Mixin
  LabelledFileOptions labelled;

  @Option(names = "--misclassified", paramLabel = "FILE",
      description = "With a FILE: write every wrong prediction here (.csv, .tsv or .jsonl), with its "
          + "probabilities and evidence.")
  Path misclassified;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "With a FILE: write every scored row with its prediction here (.csv, .tsv or .jsonl).")
  Path predictions;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    json.check();
    if (bootstrap < 1) {
      throw Options.usage(spec, "--bootstrap must be at least 1, not " + bootstrap);
    }
    if (files != null && !files.isEmpty()) {
      return evaluateFiles(w);
    }
    if (misclassified != null || predictions != null) {
      throw Options.usage(spec, "--misclassified and --predictions need a labelled FILE to evaluate");
    }
    Map<Lang, List<Sample>> tests = new LinkedHashMap<>();
    Map<Lang, Map<String, Label>> second = new LinkedHashMap<>();
    for (Lang l : corpus.selected()) {
      tests.put(l, corpus.read(l, CorpusFiles.TEST));
      second.put(l, CorpusFiles.secondAnnotation(corpus.corpora, l));
    }
    Classifier classifier = modelOptions.classifier(); // loaded once, used by every section
    modelOptions.describe(classifier.models()).forEach(w::println);
    w.println();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("language_identification", print(w, LanguageIdReport.of(classifier.languages(), tests)));
    report.put("classification", print(w, "Classification on the test splits (language declared)",
        ClassificationReport.of(classifier, tests, bootstrap)));
    for (String split : CorpusFiles.HELD_OUT) {
      Map<Lang, List<Sample>> held = new LinkedHashMap<>();
      for (Lang l : tests.keySet()) {
        if (Files.exists(CorpusFiles.file(corpus.corpora, l, split))) {
          held.put(l, corpus.read(l, split));
        }
      }
      if (!held.isEmpty()) {
        report.put(split, print(w, CorpusFiles.describe(split), ClassificationReport.of(classifier, held, bootstrap)));
      }
    }
    for (String split : CorpusFiles.DEVELOPMENT) {
      Map<Lang, List<Sample>> dev = new LinkedHashMap<>();
      for (Lang l : tests.keySet()) {
        if (Files.exists(CorpusFiles.file(corpus.corpora, l, split))) {
          dev.put(l, corpus.read(l, split));
        }
      }
      if (!dev.isEmpty()) {
        report.put(split, print(w, CorpusFiles.describe(split), ClassificationReport.of(classifier, dev, bootstrap)));
      }
    }
    for (String split : CorpusFiles.HELD_OUT) {
      if (report.get(split) instanceof ClassificationReport r) {
        printReliability(w, split, r);
      }
    }
    Map<Lang, org.servicesignals.classify.ModelBundle> chosen = new LinkedHashMap<>(classifier.models());
    chosen.keySet().retainAll(tests.keySet());
    report.put("selection", print(w, SelectionReport.of(chosen)));
    Path symbols = CorpusFiles.symbols(corpus.corpora);
    if (Files.exists(symbols)) {
      ClassificationReport r = new ClassificationReport(Map.of("und", ClassificationReport.row(classifier,
          java.util.Optional.empty(), CorpusFiles.read(symbols), bootstrap, "ratings and symbol table", Double.NaN)));
      report.put("symbols", print(w, "Answers with no letters (ratings, emoji, emoticons; no language)", r));
    }
    Map<Lang, List<Sample>> romanised = new LinkedHashMap<>();
    for (Lang l : tests.keySet()) {
      Path f = CorpusFiles.romanised(corpus.corpora, l, CorpusFiles.TEST);
      if (RomanisedAnalysis.covers(l) && Files.exists(f)) {
        romanised.put(l, CorpusFiles.read(f));
      }
    }
    if (!romanised.isEmpty()) {
      report.put("romanised", print(w, RomanisedReport.of(classifier, romanised, bootstrap)));
    }
    report.put("second_annotator", print(w, AgreementReport.of(classifier, tests, second)));
    if (ablation) {
      AblationSection.run(w, classifier, tests, corpus, report);
    }
    json.write(report, w);
    w.flush();
    return CommandLine.ExitCode.OK;
  }

  private Integer evaluateFiles(PrintWriter w) throws Exception {
    if (ablation) {
      throw Options.usage(spec, "--ablation retrains on the corpora; it does not take a FILE");
    }
    Classifier classifier = modelOptions.classifier();
    Path models = modelOptions.source();
    Path besideModels = models == null ? null : models.toAbsolutePath().getParent().resolve("corpora");
    Map<String, Object> report = new EvaluateFiles(w, spec.commandLine().getErr(), labelled,
        labelled.declared(corpus.langs)).run(files, classifier, modelOptions.describe(classifier.models()),
        TrainingData.roots(corpus.corpora, besideModels), bootstrap, misclassified, predictions);
    json.write(report, w);
    w.flush();
    return CommandLine.ExitCode.OK;
  }

  private static LanguageIdReport print(PrintWriter w, LanguageIdReport r) {
    w.println("Language identification on the test splits (no language declared)");
    w.printf("%-5s %8s %10s %14s %14s%n", "lang", "messages", "accuracy", "1-5 words", "4+ words");
    r.rows().forEach((lang, x) -> w.printf(Locale.ROOT, "%-5s %8d %10s %14s %14s%n", lang, x.messages(),
        pct(x.right(), x.messages()), pct(x.shortRight(), x.shortMessages()) + " of " + x.shortMessages(),
        pct(x.longRight(), x.longMessages())));
    w.println();
    return r;
  }

  private static ClassificationReport print(PrintWriter w, String title, ClassificationReport r) {
    w.println(title);
    w.printf("%-5s %6s %9s %21s %12s %6s %6s %9s %6s %8s %9s  %s%n", "lang", "n", "accuracy", "macro-F1 [95% CI]",
        "exceptional", "good", "poor", "baseline", "ECE", "review", "caught", "model");
    r.rows().forEach((lang, x) -> w.printf(Locale.ROOT,
        "%-5s %6d %9.3f %7.3f [%.3f,%.3f] %12.3f %6.3f %6.3f %9.3f %6.3f %7.1f%% %9s  %s%n", lang, x.messages(),
        x.evaluation().accuracy(), x.evaluation().macroF1(), x.ci95()[0], x.ci95()[1],
        x.evaluation().f1(Label.EXCEPTIONAL), x.evaluation().f1(Label.GOOD), x.evaluation().f1(Label.POOR),
        x.baseline(), x.ece(), 100.0 * x.flagged() / Math.max(1, x.messages()), x.errorsFlagged() + "/" + x.errors(),
        x.model()));
    w.println();
    return r;
  }

  private static RomanisedReport print(PrintWriter w, RomanisedReport r) {
    w.println("Romanised Hindi, Urdu and Tamil: language identification on the test splits (no language declared;"
        + " right = the language in Latin script)");
    w.printf("%-8s %8s %10s %10s %22s %18s %8s  %s%n", "variety", "messages", "accuracy", "4+ words",
        "hi or ur (4+ words)", String.format(Locale.ROOT, "conf>=%.1f (kept)", Prediction.LANG_REVIEW_BELOW),
        "lang ECE", "identified as");
    r.rows().forEach((v, x) -> w.printf(Locale.ROOT, "%-8s %8d %10s %10s %22s %18s %8.3f  %s%n", v, x.messages(),
        pct(x.right(), x.messages()), pct(x.longRight(), x.longMessages()),
        v.startsWith("ta") ? "-" : pct(x.hindiOrUrdu(), x.messages()) + " (" + pct(x.longHindiOrUrdu(),
            x.longMessages()) + ")", pct(x.confidentRight(), x.confident()) + " (" + pct(x.confident(), x.messages())
            + ")", x.langEce(), x.calledAs()));
    w.println();
    w.println("Romanised Hindi, Urdu and Tamil: classification on the test splits");
    w.printf("%-8s %-28s %5s %9s %21s %9s  %s%n", "variety", "read by", "n", "accuracy", "macro-F1 [95% CI]",
        "baseline", "model");
    r.rows().forEach((v, x) -> {
      String[] ways = {"romanised model (declared)", "language detected", "English model",
          "transliterated, native model"};
      ClassificationReport.Row[] rows = {x.declared(), x.detected(), x.english(), x.transliterated()};
      for (int i = 0; i < ways.length; i++) {
        ClassificationReport.Row c = rows[i];
        if (c != null) {
          w.printf(Locale.ROOT, "%-8s %-28s %5d %9.3f %7.3f [%.3f,%.3f] %9.3f  %s%n", v, ways[i], c.messages(),
              c.evaluation().accuracy(), c.evaluation().macroF1(), c.ci95()[0], c.ci95()[1], c.baseline(), c.model());
        }
      }
    });
    w.println();
    r.rows().forEach((v, x) -> {
      if (x.declared() != null && x.transliterated() != null) {
        w.printf(Locale.ROOT, "%-8s romanised model %.3f vs transliteration %.3f (test macro-F1): better %s%n", v,
            x.declared().evaluation().macroF1(), x.transliterated().evaluation().macroF1(),
            x.declared().evaluation().macroF1() >= x.transliterated().evaluation().macroF1() ? "romanised model"
                : "transliteration");
      }
    });
    w.println();
    return r;
  }

  private static void printReliability(PrintWriter w, String split, ClassificationReport r) {
    w.println("Reliability on the " + split + " split: labels per confidence band, and the share right");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-5s", "lang"));
    double[] b = ClassificationReport.BANDS;
    for (int i = 0; i < b.length; i++) {
      head.append(String.format(Locale.ROOT, " %17s", i + 1 < b.length ? String.format(Locale.ROOT, "[%.1f,%.1f)", b[i],
          b[i + 1]) : String.format(Locale.ROOT, "[%.1f,1.0]", b[i])));
    }
    w.println(head);
    r.rows().forEach((lang, x) -> {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s", lang));
      for (ClassificationReport.Band band : x.reliability()) {
        line.append(band.messages() == 0 ? String.format(Locale.ROOT, " %17s", "-")
            : String.format(Locale.ROOT, " %6d at %6.1f%%", band.messages(), 100.0 * band.right() / band.messages()));
      }
      w.println(line);
    });
    w.println();
  }

  private static SelectionReport print(PrintWriter w, SelectionReport r) {
    w.println("How each model was chosen: 5-fold cross-validation beside leave-one-domain-out, macro-F1 on the"
        + " training split (model cards)");
    w.printf("%-5s %10s %21s %7s %8s  %s%n", "lang", "5-fold CV", "leave-one-domain-out", "mean", "weighed", "kept");
    r.rows().entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(
        c -> Lang.parse(c).map(Lang::ordinal).orElse(Integer.MAX_VALUE)))).forEach(e -> w.printf(Locale.ROOT,
        "%-5s %10.3f %21.3f %7.3f %8d  %s%n", e.getKey(), e.getValue().crossValidation(),
        e.getValue().leaveOneDomainOut(), e.getValue().mean(), e.getValue().weighed(), e.getValue().candidate()));
    w.println();
    return r;
  }

  private static AgreementReport print(PrintWriter w, AgreementReport r) {
    if (r.rows().isEmpty()) {
      return r;
    }
    w.println("Second annotator: test messages labelled again, blind, by another native speaker");
    w.printf("%-5s %5s %12s %14s %16s%n", "lang", "n", "agreement", "Cohen's kappa", "model accuracy");
    r.rows().forEach((lang, x) -> w.printf(Locale.ROOT, "%-5s %5d %11.1f%% %14.3f %15.1f%%%n", lang, x.messages(),
        100 * x.agreement().observed(), x.agreement().kappa(), 100 * x.modelAccuracy()));
    w.println();
    return r;
  }

  private static String pct(int right, int n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * right / n);
  }
}

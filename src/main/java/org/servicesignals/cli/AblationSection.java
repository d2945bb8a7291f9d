package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ShortAnswers;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.AblationReport;
import org.servicesignals.eval.GeneralizationReport;
import org.servicesignals.eval.ShortAnswerReport;
import org.servicesignals.io.CorpusFiles;

/** {@code evaluate --ablation}: what each part buys, and how the shipped configuration generalises. */
final class AblationSection {
  private AblationSection() {}

  static void run(PrintWriter w, Classifier classifier, Map<Lang, List<Sample>> tests, CorpusOptions corpus,
      Map<String, Object> report) {
    w.println("Ablation: macro-F1 on the test and wild splits when retrained with each analysis and feature set "
        + "(same trainer)");
    w.printf("%-5s %-44s %6s %6s%n", "lang", "analysis / features", "test", "wild");
    Map<String, List<AblationReport.Row>> rows = new LinkedHashMap<>();
    for (Lang l : tests.keySet()) {
      List<Sample> wild = Files.exists(CorpusFiles.file(corpus.corpora, l, "wild")) ? corpus.read(l, "wild") : List.of();
      List<AblationReport.Row> r = AblationReport.of(l, classifier.models().get(l),
          corpus.read(l, CorpusFiles.TRAIN), tests.get(l), wild);
      r.forEach(x -> w.printf(Locale.ROOT, "%-5s %-44s %6.3f %6.3f%s%n", l.code(), x.name(), x.macroF1(),
          x.wildMacroF1(), x.shipped() ? "  (shipped)" : ""));
      w.flush();
      rows.put(l.code(), r);
    }
    w.println();
    report.put("ablation", new AblationReport(rows));
    w.println("Generalisation: the shipped configuration on domains and channels left out of training");
    w.printf("%-5s %10s %21s %22s%n", "lang", "5-fold CV", "leave-one-domain-out", "leave-one-channel-out");
    Map<String, GeneralizationReport> general = new LinkedHashMap<>();
    for (Lang l : tests.keySet()) {
      if (classifier.models().containsKey(l)) {
        GeneralizationReport g = GeneralizationReport.of(l, classifier.models().get(l), corpus.read(l, CorpusFiles.TRAIN));
        w.printf(Locale.ROOT, "%-5s %10.3f %21.3f %22.3f%n", l.code(), g.crossValidation(), g.leaveOneDomainOut(),
            g.leaveOneChannelOut());
        w.flush();
        general.put(l.code(), g);
      }
    }
    w.println();
    report.put("generalisation", general);
    shortAnswers(w, classifier, tests, corpus, report);
  }

  /** The lexicon weight of the one-to-three-word path, measured out-of-fold and on the development answers. */
  private static void shortAnswers(PrintWriter w, Classifier classifier, Map<Lang, List<Sample>> tests,
      CorpusOptions corpus, Map<String, Object> report) {
    w.println("Short-answer path: accuracy when the lexicon's vote is added at each weight (training messages"
        + " out-of-fold; dev-short by the shipped model)");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-5s %-22s %5s", "lang", "messages", "n"));
    for (double x : ShortAnswers.WEIGHTS) {
      head.append(String.format(Locale.ROOT, " %7s", "w=" + x));
    }
    w.println(head);
    Map<String, ShortAnswerReport> out = new LinkedHashMap<>();
    for (Lang l : tests.keySet()) {
      if (!classifier.models().containsKey(l)) {
        continue;
      }
      List<Sample> dev = Files.exists(CorpusFiles.file(corpus.corpora, l, "dev-short")) ? corpus.read(l, "dev-short")
          : List.of();
      List<Sample> devNegation = Files.exists(CorpusFiles.file(corpus.corpora, l, "dev-negation"))
          ? corpus.read(l, "dev-negation") : List.of();
      ShortAnswerReport r = ShortAnswerReport.of(l, classifier.models().get(l), corpus.read(l, CorpusFiles.TRAIN), dev,
          devNegation);
      row(w, l, "train, 1-3 words", r.shortMessages(), r.shortAccuracy());
      row(w, l, "train, longer", r.longMessages(), r.longAccuracy());
      if (r.devMessages() > 0) {
        row(w, l, "dev-short", r.devMessages(), r.devAccuracy());
      }
      if (r.devNegationMessages() > 0) {
        row(w, l, "dev-negation", r.devNegationMessages(), r.devNegationAccuracy());
      }
      w.flush();
      out.put(l.code(), r);
    }
    if (!out.isEmpty()) {
      w.printf(Locale.ROOT, "best weight for answers of 1-3 words (training out-of-fold and dev-short together): %s (shipped: %s)%n",
          ShortAnswerReport.bestWeight(List.copyOf(out.values())), ShortAnswers.LEXICON_WEIGHT);
      w.printf(Locale.ROOT, "best weight for longer messages (training out-of-fold and dev-negation together): %s (shipped: %s)%n",
          ShortAnswerReport.bestLongWeight(List.copyOf(out.values())), ShortAnswers.LONG_WEIGHT);
    }
    w.println();
    report.put("short_answer_path", out);
  }

  private static void row(PrintWriter w, Lang l, String what, int n, double[] accuracy) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-5s %-22s %5d", l.code(), what, n));
    for (double a : accuracy) {
      b.append(String.format(Locale.ROOT, " %7.3f", a));
    }
    w.println(b);
  }
}

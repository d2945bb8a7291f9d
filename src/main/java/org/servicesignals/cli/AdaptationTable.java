package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.eval.Numbers;
import org.servicesignals.io.TerminalCells;
import org.servicesignals.train.AdaptationConfig;
import org.servicesignals.train.AdaptationResult;
import org.servicesignals.train.LabelledRows;
import org.servicesignals.train.LearningCurve;
import org.servicesignals.train.RowProblem;
import org.servicesignals.train.Score;

/** How {@code adapt} prints its report: tables for a person, maps for {@code --json}. */
final class AdaptationTable {
  private AdaptationTable() {}

  static void setAside(PrintWriter w, LabelledRows rows, List<RowProblem> unknown) {
    int n = rows.skipped().values().stream().mapToInt(Integer::intValue).sum();
    if (n > 0) {
      w.printf(Locale.ROOT, "set aside %d of %d rows: %s%n", n, rows.read(), rows.skipped().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
    }
    if (!unknown.isEmpty()) {
      w.printf(Locale.ROOT, "%d correction%s not found in the scored export:%n", unknown.size(), unknown.size() == 1 ? "" : "s");
      unknown.stream().limit(20).forEach(p -> w.println("  " + TerminalCells.escape(p.toString())));
      if (unknown.size() > 20) {
        w.printf(Locale.ROOT, "  ... and %d more%n", unknown.size() - 20);
      }
    }
    w.flush();
  }

  static void results(PrintWriter w, List<AdaptationResult> results, AdaptationConfig config) {
    w.println();
    w.printf(Locale.ROOT, "Macro-F1 on your labelled messages: the base model, which never saw them, against the adapted "
        + "one, %d-fold cross-validated (95%% bootstrap intervals)%n", config.folds());
    w.printf("%-5s %5s %12s %6s %6s %23s %23s %7s %13s  %s%n", "lang", "rows", "exceptional", "good", "poor",
        "base [95% CI]", "adapted [95% CI]", "weight", "test split", "outcome");
    for (AdaptationResult r : results) {
      w.printf(Locale.ROOT, "%-5s %5d %12d %6d %6d %23s %23s %7s %13s  %s%n", r.lang().code(), r.size(),
          r.rows().get(Label.EXCEPTIONAL), r.rows().get(Label.GOOD), r.rows().get(Label.POOR), cell(r.base()),
          r.adapted() == null ? "-" : cell(r.adapted()), r.weight() == 0 ? "-" : String.valueOf(r.weight()),
          testSplit(r), r.outcome().id() + (r.reason().isEmpty() ? "" : ": " + r.reason()));
    }
    w.println();
    for (AdaptationResult r : results) {
      if (!r.weights().isEmpty()) {
        w.printf(Locale.ROOT, "%s  macro-F1 by weight: %s%n", r.lang().code(), r.weights().stream()
            .map(s -> String.format(Locale.ROOT, "%d: %.3f", s.weight(), s.macroF1())).collect(Collectors.joining(", ")));
      }
      if (r.card() != null) {
        ModelCard.Calibration c = r.card().calibration();
        w.printf(Locale.ROOT, "%s  calibration on your messages: temperature %.2f; out-of-fold ECE %.3f -> %.3f%n",
            r.lang().code(), c.temperature(), c.eceBefore(), c.eceAfter());
      }
    }
    w.flush();
  }

  /** The corpus test split before and after: what adapting costs on the messages the models were made for. */
  private static String testSplit(AdaptationResult r) {
    if (Double.isNaN(r.baseTestMacroF1())) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.3f -> %s", r.baseTestMacroF1(),
        Double.isNaN(r.adaptedTestMacroF1()) ? "same" : String.format(Locale.ROOT, "%.3f", r.adaptedTestMacroF1()));
  }

  private static String cell(Score s) {
    return String.format(Locale.ROOT, "%.3f [%.3f,%.3f]", s.macroF1(), s.ci95()[0], s.ci95()[1]);
  }

  static Map<String, Object> json(List<AdaptationResult> results) {
    Map<String, Object> m = new LinkedHashMap<>();
    results.forEach(r -> m.put(r.lang().code(), r.summary()));
    return m;
  }

  static void curve(PrintWriter w, Path test, Map<Lang, List<LearningCurve.Point>> curves) {
    w.println();
    w.println("Learning curve: macro-F1 on " + test + " [95% CI] after adapting with the first n labelled messages");
    w.printf("%-5s %6s %21s %7s  %s%n", "lang", "n", "macro-F1 [95% CI]", "weight", "model");
    curves.forEach((l, points) -> points.forEach(p -> w.printf(Locale.ROOT, "%-5s %6d %21s %7s  %s%n", l.code(),
        p.used(), cell(p.heldOut()), p.weight() == 0 ? "-" : String.valueOf(p.weight()),
        p.outcome() == null ? "base" : p.outcome().id() + (p.used() < p.requested() ? " (the whole pool)" : ""))));
    w.flush();
  }

  static Map<String, Object> json(Map<Lang, List<LearningCurve.Point>> curves) {
    Map<String, Object> m = new LinkedHashMap<>();
    curves.forEach((l, points) -> m.put(l.code(), points.stream().map(p -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("n", p.used());
      x.put("model", p.outcome() == null ? "base" : p.outcome().id());
      x.put("weight", p.weight());
      x.put("macro_f1", Numbers.round(p.heldOut().macroF1()));
      x.put("macro_f1_ci95", List.of(Numbers.round(p.heldOut().ci95()[0]), Numbers.round(p.heldOut().ci95()[1])));
      return x;
    }).toList()));
    return m;
  }
}

package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.FoldComparison;
import org.servicesignals.eval.PairedTest;
import org.servicesignals.eval.PeerComparison;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.langid.LanguageIdentifier;
import org.servicesignals.train.LabelMap;
import org.servicesignals.train.LabelledRows;
import org.servicesignals.train.RowProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cross-validate FILE...}: this tool's trainer, fastText and scikit-learn on the user's own
 * labelled messages, k-fold on the same seeded folds ({@link FoldComparison}).
 */
@Command(name = "cross-validate", mixinStandardHelpOptions = true,
    description = {"k-fold cross-validation on your labelled FILEs (CSV, TSV, JSONL, XLSX): this tool's trainer",
        "beside fastText, scikit-learn and the majority baseline, on the same folds, per language."})
final class CrossValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Labelled files.")
  List<Path> files;

  @Mixin
  ColumnOptions columnOptions;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  JsonOut json;

  @Option(names = "--label-column", description = "Column with the label (default: ${DEFAULT-VALUE}).")
  String labelColumn = "label";

  @Option(names = "--label-map", split = ",", paramLabel = "VALUE=LABEL",
      description = "What label cells mean, e.g. 1=poor,2=poor,3=good,4=good,5=exceptional (label names are always understood).")
  Map<String, String> labelMap = new LinkedHashMap<>();

  @Option(names = "--folds", description = "Folds (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--seed", description = "Seed of the folds and the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--bootstrap", description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
  int bootstrap = 1000;

  @Option(names = "--trainer", description = "This tool's trainer: ${COMPLETION-CANDIDATES} (default: each "
      + "language's model's, as its card says).")
  TrainerSpec.Algorithm trainer;

  @Option(names = "--analysis", converter = Converters.AnalysisConverter.class,
      description = "stop+stem, stop, stem or none (default: each language's model's).")
  AnalysisOptions analysis;

  @Option(names = "--features", converter = Converters.FeatureSetConverter.class,
      description = "Feature set, e.g. negwords+bigrams+shape+lexicon (default: each language's model's).")
  FeatureSet features;

  @Mixin
  PeerOptions peerOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    json.check();
    if (folds < 2) {
      throw Options.usage(spec, "--folds must be at least 2, not " + folds);
    }
    if (bootstrap < 1) {
      throw Options.usage(spec, "--bootstrap must be at least 1, not " + bootstrap);
    }
    if (columnOptions.lang != null && columnOptions.langColumn != null) {
      throw Options.usage(spec, "give --lang or --lang-column, not both");
    }
    LabelledRows.Columns columns = Options.parse(spec, () -> new LabelledRows.Columns(
        columnOptions.text() == null ? "text" : columnOptions.text(), labelColumn, Optional.ofNullable(columnOptions.id),
        Optional.ofNullable(columnOptions.langColumn), Optional.ofNullable(columnOptions.lang), LabelMap.of(labelMap)));
    LabelledFiles reader = new LabelledFiles();
    LabelledRows rows = new LabelledRows(LanguageIdentifier.load());
    for (Path f : files) {
      reader.read(f, columns, rows);
    }
    for (RowProblem p : rows.errors()) {
      err.println("not used: " + org.servicesignals.io.TerminalCells.escape(p.toString()));
    }
    for (RowProblem p : rows.setAside()) {
      err.println("set aside: " + org.servicesignals.io.TerminalCells.escape(p.toString()));
    }
    Map<Lang, List<Sample>> data = rows.byLanguage();
    if (data.isEmpty()) {
      throw new InputException(String.join(", ", reader.hashes().keySet()), "no labelled message to cross-validate ("
          + rows.read() + " rows read)");
    }
    Map<Lang, ModelBundle> models = modelOptions.load();
    Map<Lang, FoldComparison.Configuration> ours = new EnumMap<>(Lang.class);
    for (Lang l : data.keySet()) {
      ModelBundle b = models.get(l);
      if (b != null) {
        ModelCard c = b.card();
        ours.put(l, new FoldComparison.Configuration(
            analysis == null ? b.chain() : SentimentAnalysis.chain(l, analysis),
            features == null ? FeatureSet.parse(c.features()) : features,
            trainer == null ? TrainerSpec.parse(c.trainer().get("Algorithm")) : TrainerSpec.of(trainer)));
      }
    }
    w.printf(Locale.ROOT, "%d rows read, %d used, %d not used and %d set aside (listed on standard error); "
        + "%d-fold, seed %d%n", rows.read(), data.values().stream().mapToInt(List::size).sum(), rows.errors().size(),
        rows.setAside().size(), folds, seed);
    ours.forEach((l, c) -> w.printf("  %-3s service-signals: %s%n", l.code(), c.describe()));
    w.println();
    w.printf("%-5s %-16s %6s %9s %21s %20s%n", "lang", "system", "n", "accuracy", "macro-F1 [95% CI]", "per fold");
    FoldComparison report = FoldComparison.run(data, ours, folds, seed, bootstrap,
        peerOptions.programs(), (lang, systems, tests) -> {
          systems.forEach((name, s) -> w.printf(Locale.ROOT, "%-5s %-16s %6d %9.3f %7.3f [%.3f,%.3f]  %s%n", lang, name,
              s.messages(), s.accuracy(), s.macroF1(), s.ci95().get(0), s.ci95().get(1),
              s.foldMacroF1().isEmpty() ? "" : s.foldMacroF1().toString()));
          tests.forEach((name, t) -> w.println("      " + t.sentence(FoldComparison.OURS, name)));
          w.flush();
        });
    report.skipped().forEach((l, why) -> w.println("skipped " + l + ": " + why));
    w.println("Verdicts: paired bootstrap of the macro-F1 difference (" + PeerComparison.RESAMPLES + " resamples) at p < "
        + PairedTest.ALPHA + "; McNemar's exact test on the messages only one system labels right, beside it");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("files", reader.hashes());
    out.put("rows", Map.of("read", rows.read(), "not_used", rows.errors().size(), "set_aside", rows.setAside().size()));
    out.put("cross_validation", report);
    json.write(out, w);
    w.flush();
    return CommandLine.ExitCode.OK;
  }
}

package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LanguageIdentifier;
import org.servicesignals.train.Adaptation;
import org.servicesignals.train.AdaptationConfig;
import org.servicesignals.train.AdaptationResult;
import org.servicesignals.train.AdaptedModels;
import org.servicesignals.train.LabelMap;
import org.servicesignals.train.LabelledRows;
import org.servicesignals.train.LearningCurve;
import org.servicesignals.train.RowProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code adapt}: the user's labelled rows (or corrections joined to a scored export) and the
 * corpora make a model directory adapted to them ({@link Adaptation}); the report is printed before
 * anything is written.
 */
@Command(name = "adapt", mixinStandardHelpOptions = true,
    description = {"Adapt the models to your own labelled messages: retrain each language on its corpus plus your rows, "
        + "their weight chosen by cross-validation on them, and write the models to a directory of your own.",
        "Needs the corpora the models were made from (a checkout of service-signals, or --corpora DIR)."})
final class AdaptCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  JsonOut json;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Labelled files: .csv .tsv .jsonl .xlsx.")
  List<Path> files = new ArrayList<>();

  @Mixin
  ColumnOptions columnOptions;

  @Option(names = "--label-column", description = "Column with the label (default: ${DEFAULT-VALUE}).")
  String labelColumn = "label";

  @Option(names = "--label-map", split = ",", paramLabel = "VALUE=LABEL",
      description = "What label cells mean, e.g. 1=poor,2=poor,3=good,4=good,5=exceptional (label names are always understood).")
  Map<String, String> labelMap = new LinkedHashMap<>();

  @Option(names = "--corrections", paramLabel = "FILE", description = "Corrections: a file with the columns id and label.")
  Path corrections;

  @Option(names = "--scored", paramLabel = "FILE",
      description = "The scored export (classify or triage output) the corrections' ids are in.")
  Path scored;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Directory to write the models to.")
  Path output;

  @Option(names = "--force", description = "Write into a directory of models made by 'train' (the shipped models/).")
  boolean force;

  @Option(names = "--dry-run", description = "Report only; write nothing.")
  boolean dryRun;

  @Option(names = "--corpora", paramLabel = "DIR", description = "The corpora the models were made from (default: ./corpora).")
  Path corpora = Path.of("corpora");

  @Option(names = "--weights", split = ",", description = "Weights to cross-validate (default: 1,2,4,8,16).")
  List<Integer> weights = AdaptationConfig.WEIGHTS;

  @Option(names = "--folds", description = "Cross-validation folds over your rows (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--bootstrap", description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
  int bootstrap = 1000;

  @Option(names = "--curve", split = ",", paramLabel = "N",
      description = "Learning curve: adapt with the first N rows of each language, for each N, and score on --test.")
  List<Integer> curve;

  @Option(names = "--test", paramLabel = "FILE", description = "Held-out labelled file the --curve is scored on.")
  Path test;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    checkOptions();
    json.check();
    if (output != null) {
      AdaptedModels.checkTarget(output, force);
    }
    if (!Files.isDirectory(corpora)) {
      throw new InputException(corpora.toString(), "not found: adapt retrains each model on the corpus it was made "
          + "from, and the corpora are not in the jar; run it in a checkout of service-signals or give --corpora DIR");
    }
    AdaptationConfig config = Options.parse(spec, () -> new AdaptationConfig(weights, folds,
        Math.max(AdaptationConfig.MIN_PER_LABEL, folds), bootstrap));
    LabelledRows.Columns columns = Options.parse(spec, () -> new LabelledRows.Columns(
        columnOptions.text() == null ? "text" : columnOptions.text(), labelColumn, Optional.ofNullable(columnOptions.id),
        Optional.ofNullable(columnOptions.langColumn), Optional.ofNullable(columnOptions.lang), LabelMap.of(labelMap)));
    Map<Lang, ModelBundle> base = modelOptions.load();
    LanguageIdentifier languages = LanguageIdentifier.load();
    LabelledFiles reader = new LabelledFiles();
    LabelledRows rows = new LabelledRows(languages);
    for (Path f : files) {
      reader.read(f, columns, rows);
    }
    if (corrections != null) {
      reader.readCorrections(corrections, scored, columns, rows);
    }
    refuseErrors(rows, reader);
    AdaptationTable.setAside(w, rows, reader.unknownCorrections());
    Map<Lang, List<Sample>> byLanguage = rows.byLanguage();
    if (byLanguage.isEmpty()) {
      throw new InputException(String.join(", ", reader.hashes().keySet()), "no labelled message to learn from ("
          + rows.read() + " rows read)");
    }
    Adaptation adaptation = new Adaptation(config);
    Map<String, Object> report = new LinkedHashMap<>();
    if (curve != null) {
      curve(w, adaptation, base, byLanguage, columns, languages, reader, report);
      json.write(report, w);
      return CommandLine.ExitCode.OK;
    }
    List<AdaptationResult> results = new ArrayList<>();
    for (Map.Entry<Lang, List<Sample>> e : byLanguage.entrySet()) {
      Lang l = e.getKey();
      w.printf(Locale.ROOT, "%s: %d labelled message%s ...%n", l.code(), e.getValue().size(),
          e.getValue().size() == 1 ? "" : "s");
      w.flush();
      results.add(adaptation.adapt(bundle(base, l), corpus(l), e.getValue(), reader.hashes()));
    }
    AdaptationTable.results(w, results, config);
    report.put("languages", AdaptationTable.json(results));
    report.put("set_aside", rows.skipped());
    report.put("unknown_corrections", reader.unknownCorrections().stream().map(RowProblem::toString).toList());
    json.write(report, w);
    if (dryRun) {
      w.println("dry run: nothing written");
    } else {
      List<Path> written = AdaptedModels.write(output, modelOptions.source(), base.keySet(), results);
      w.printf(Locale.ROOT, "wrote %d files to %s; use them with: classify --models %s%n", written.size(), output, output);
    }
    w.flush();
    return CommandLine.ExitCode.OK;
  }

  private void checkOptions() {
    if (files.isEmpty() && corrections == null) {
      throw Options.usage(spec, "give labelled FILEs, or --corrections FILE with --scored FILE");
    }
    if ((corrections == null) != (scored == null)) {
      throw Options.usage(spec, "--corrections and --scored go together: the corrections' ids are looked up in the scored export");
    }
    if (corrections != null && columnOptions.id == null) {
      throw Options.usage(spec, "--corrections needs --id-column: the scored export's column the corrections' ids are in");
    }
    if (columnOptions.lang != null && columnOptions.langColumn != null) {
      throw Options.usage(spec, "give --lang or --lang-column, not both");
    }
    if ((curve == null) != (test == null)) {
      throw Options.usage(spec, "--curve and --test go together: the curve is scored on the held-out --test file");
    }
    if (curve != null && output != null) {
      throw Options.usage(spec, "--curve only scores: it writes no models, so leave out -o");
    }
    if (output == null && !dryRun && curve == null) {
      throw Options.usage(spec, "-o DIR is required: adapted models go to a directory of their own (or --dry-run)");
    }
  }

  /** Rows that are wrong stop the run, every one of them named: nothing is learnt from a file half understood. */
  private void refuseErrors(LabelledRows rows, LabelledFiles reader) {
    List<RowProblem> errors = new ArrayList<>(reader.correctionErrors());
    errors.addAll(rows.errors());
    if (errors.isEmpty()) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    int shown = Math.min(errors.size(), 20);
    for (RowProblem p : errors.subList(0, shown)) {
      err.println(org.servicesignals.io.TerminalCells.escape(p.toString()));
    }
    if (errors.size() > shown) {
      err.printf(Locale.ROOT, "... and %d more%n", errors.size() - shown);
    }
    err.flush();
    throw new InputException(errors.get(0).source(), errors.size() + " row" + (errors.size() == 1 ? "" : "s")
        + " cannot be used (listed above); nothing was adapted");
  }

  private static ModelBundle bundle(Map<Lang, ModelBundle> base, Lang l) {
    ModelBundle b = base.get(l);
    if (b == null) {
      throw new InputException(l.code(), "the base models have no " + l.code() + " model to adapt");
    }
    return b;
  }

  private Adaptation.Corpus corpus(Lang l) throws java.io.IOException {
    Path train = CorpusFiles.file(corpora, l, CorpusFiles.TRAIN);
    if (!Files.isRegularFile(train)) {
      throw new InputException(train.toString(), "not found: the " + l.code() + " model is adapted on the corpus it "
          + "was made from");
    }
    Path testSplit = CorpusFiles.file(corpora, l, CorpusFiles.TEST);
    return new Adaptation.Corpus(train.toString(), CorpusFiles.read(train), CorpusFiles.sha256(train),
        Files.isRegularFile(testSplit) ? CorpusFiles.read(testSplit) : List.of());
  }

  private void curve(PrintWriter w, Adaptation adaptation, Map<Lang, ModelBundle> base,
      Map<Lang, List<Sample>> pool, LabelledRows.Columns columns, LanguageIdentifier languages, LabelledFiles reader,
      Map<String, Object> report) throws Exception {
    LabelledRows held = new LabelledRows(languages);
    new LabelledFiles().read(test, columns, held);
    refuseErrors(held, new LabelledFiles());
    Map<Lang, List<LearningCurve.Point>> curves = new LinkedHashMap<>();
    for (Map.Entry<Lang, List<Sample>> e : pool.entrySet()) {
      List<Sample> heldOut = held.byLanguage().getOrDefault(e.getKey(), List.of());
      if (heldOut.isEmpty()) {
        w.printf("%s: no messages of this language in %s; no curve%n", e.getKey().code(), test);
        continue;
      }
      w.printf(Locale.ROOT, "%s: %d labelled messages in the pool, %d held out ...%n", e.getKey().code(),
          e.getValue().size(), heldOut.size());
      w.flush();
      curves.put(e.getKey(), LearningCurve.run(adaptation, bundle(base, e.getKey()), corpus(e.getKey()), e.getValue(),
          heldOut, curve, reader.hashes()));
    }
    AdaptationTable.curve(w, test, curves);
    report.put("learning_curve", AdaptationTable.json(curves));
  }
}

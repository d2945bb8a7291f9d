package org.servicesignals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.core.SourceRow;
import org.servicesignals.eval.GroupScores;
import org.servicesignals.eval.LabelledReport;
import org.servicesignals.eval.LabelledScoring;
import org.servicesignals.eval.LanguageIdReport;
import org.servicesignals.eval.Leakage;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.OutputFile;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.RowSink;
import org.servicesignals.io.RowSource;
import org.servicesignals.io.TerminalCells;

/**
 * {@code evaluate FILE...}: feeds the user's labelled files to {@link LabelledScoring} (the reading,
 * which the library may not do), and prints and writes what {@link LabelledReport} and
 * {@link Leakage} compute.
 */
final class EvaluateFiles {
  /** Version of the JSON layout; {@code evaluate-file.schema.json} describes it. */
  static final String SCHEMA = "service-signals/evaluate-file/1";

  private final PrintWriter out;
  private final PrintWriter err;
  private final LabelledFileOptions options;
  private final Optional<Lang> declared;

  EvaluateFiles(PrintWriter out, PrintWriter err, LabelledFileOptions options, Optional<Lang> declared) {
    this.out = out;
    this.err = err;
    this.options = options;
    this.declared = declared;
  }

  /** Scores {@code files}; returns the JSON report. */
  Map<String, Object> run(List<Path> files, Classifier classifier, List<String> modelHeader, List<Path> corpora,
      int bootstrap, Path misclassified, Path predictions) throws Exception {
    LabelledScoring scoring = new LabelledScoring(options.scoring());
    long rows = 0;
    for (Path f : files) {
      rows += read(f, classifier, scoring);
    }
    for (LabelledScoring.Unscored u : scoring.unscored()) {
      err.println("not scored: " + TerminalCells.escape(u.toString()));
    }
    LabelledReport report = LabelledReport.of(scoring, classifier.languages(), options.goldLangColumn != null,
        bootstrap, options.seed);
    Map<String, List<String>> byModel = new LinkedHashMap<>();
    scoring.scored().forEach(s -> byModel.computeIfAbsent(s.prediction().lang(), k -> new ArrayList<>()).add(s.text()));
    Leakage leakage = Leakage.of(TrainingData.of(classifier.models(), corpora), byModel);

    modelHeader.forEach(out::println);
    out.printf(Locale.ROOT, "Labelled rows: %,d read from %s; %,d scored, %,d not scored (listed on standard error)%n",
        rows, files, scoring.scored().size(), scoring.unscored().size());
    scoring.unscoredReasons().forEach((r, n) -> out.printf(Locale.ROOT, "  %,d: %s%n", n, r));
    out.println();
    print(report);
    for (String w : leakage.warnings()) {
      err.println(w);
      out.println(w);
    }
    write(misclassified, scoring, true, files);
    write(predictions, scoring, false, files);

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("schema", SCHEMA);
    json.put("models", modelHeader);
    json.put("files", files.stream().map(Path::toString).toList());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("read", rows);
    counts.put("scored", scoring.scored().size());
    counts.put("not_scored", scoring.unscored().size());
    counts.put("not_scored_by_reason", scoring.unscoredReasons());
    json.put("rows", counts);
    json.put("not_scored", scoring.unscored().stream().map(u -> Map.of("file", u.source(), "line", u.line(),
        "reason", u.reason())).toList());
    json.put("binary", options.binary == null ? null : options.binary.id());
    json.put("bootstrap", Map.of("resamples", bootstrap, "seed", options.seed));
    json.put("report", report);
    json.put("leakage", leakage);
    return json;
  }

  private long read(Path file, Classifier classifier, LabelledScoring scoring) throws Exception {
    String name = file.toString();
    String format = Inputs.formatOf(name);
    if (format == null || format.equals("txt")) {
      throw new InputException(name, "unknown labelled file format: use .csv .tsv .jsonl .xlsx");
    }
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new InputException(name, java.nio.file.Files.isDirectory(file) ? "is a directory, not a file" : "no such file");
    }
    long n = 0;
    try (RowSource rows = Inputs.open(file, format, options.delimiter == null ? Inputs.SNIFF : options.delimiter)) {
      rows.hasNext();
      String text = Columns.text(rows, options.text);
      Columns.require(rows, options.id, "--id-column");
      Columns.require(rows, options.langColumn, "--lang-column");
      Columns.require(rows, options.labelColumn, "--label-column");
      Columns.require(rows, options.goldLangColumn, "--gold-lang-column");
      BatchOptions batchOptions = new BatchOptions(text, options.idColumn(), options.langColumn(), declared, true,
          Math.min(BatchOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors()), BatchOptions.MAX_CHARS);
      try (BatchClassifier batch = new BatchClassifier(classifier, batchOptions)) {
        List<SourceRow> chunk = new ArrayList<>();
        while (rows.hasNext()) {
          chunk.add(rows.next().source());
          n++;
          if (chunk.size() == BatchClassifier.CHUNK) {
            scoring.add(name, chunk, batch);
            chunk = new ArrayList<>();
          }
        }
        scoring.add(name, chunk, batch);
      }
    }
    return n;
  }

  private void print(LabelledReport r) {
    List<String> classes = r.classes();
    out.println("Classification of the labelled rows, per language (" + String.join(", ", classes) + ")");
    out.printf("%-5s %6s %9s %21s", "lang", "n", "accuracy", "macro-F1 [95% CI]");
    classes.forEach(c -> out.printf(" %11s", c + " F1"));
    out.printf(" %9s %21s %6s %6s%n", "majority", "(always; acc, F1)", "ECE", "failed");
    r.groups().forEach((lang, g) -> {
      out.printf(Locale.ROOT, "%-5s %6d %9.3f %7.3f [%.3f,%.3f]", lang, g.messages(), g.accuracy(), g.macroF1(),
          g.macroF1Ci95().get(0), g.macroF1Ci95().get(1));
      classes.forEach(c -> out.printf(Locale.ROOT, " %11.3f", g.classes().get(c).f1()));
      GroupScores.Baseline b = g.majorityBaseline();
      out.printf(Locale.ROOT, " %9.3f %21s %6.3f %6d%n", b.macroF1(),
          String.format(Locale.ROOT, "(%s; %.3f)", b.label(), b.accuracy()), g.ece(), g.unclassified());
    });
    out.println("majority: macro-F1 of always answering the label most frequent among that language's rows of this "
        + "file (it knows their labels: the floor a model must clear)");
    out.println();
    GroupScores all = r.groups().get(LabelledReport.ALL);
    out.println("Per class, all rows");
    out.printf("%-12s %9s %7s %7s %8s%n", "class", "precision", "recall", "F1", "support");
    all.classes().forEach((c, s) -> out.printf(Locale.ROOT, "%-12s %9.3f %7.3f %7.3f %8d%n", c, s.precision(),
        s.recall(), s.f1(), s.support()));
    out.println();
    out.println("Confusion matrix, all rows (rows: gold; columns: predicted; none: no label)");
    out.printf("%-12s", "");
    all.confusionColumns().forEach(c -> out.printf(" %11s", c));
    out.println();
    for (int i = 0; i < classes.size(); i++) {
      out.printf("%-12s", classes.get(i));
      for (int v : all.confusion()[i]) {
        out.printf(" %11d", v);
      }
      out.println();
    }
    out.println();
    LanguageIdReport ids = r.languageIdentification();
    if (ids != null) {
      out.println("Language identification against --gold-lang-column (no language declared)");
      out.printf("%-5s %8s %9s%n", "lang", "messages", "accuracy");
      ids.rows().forEach((lang, x) -> out.printf(Locale.ROOT, "%-5s %8d %9s%n", lang, x.messages(),
          x.accuracy() == null ? "-" : String.format(Locale.ROOT, "%.3f", x.accuracy())));
      out.println();
    }
  }

  /** Writes every wrong prediction ({@code wrongOnly}) or every scored row to {@code target}, CSV/TSV/JSONL by its name. */
  private void write(Path target, LabelledScoring scoring, boolean wrongOnly, List<Path> inputs) throws IOException {
    if (target == null) {
      return;
    }
    Outputs.Format format = Outputs.Format.of(target.getFileName().toString()).orElseThrow(() -> new InputException(
        target.toString(), "cannot tell the format from the name: use .csv, .tsv or .jsonl"));
    PredictionColumns ours = PredictionColumns.beside(List.of("file", "line", "id", "text", "gold", "predicted",
        "correct"), true);
    List<String> columns = new ArrayList<>(List.of("file", "line", "id", "text", "gold", "predicted", "correct"));
    columns.addAll(ours.names());
    List<String> classes = scoring.classes();
    try (OutputFile file = OutputFile.open(target, inputs)) {
      try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(file.stream(),
          java.nio.charset.StandardCharsets.UTF_8)); RowSink sink = Outputs.open(w, format, columns)) {
        for (LabelledScoring.Scored s : scoring.scored()) {
          if (wrongOnly && s.right()) {
            continue;
          }
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("file", s.source());
          row.put("line", s.line());
          row.put("id", s.prediction().id());
          row.put("text", s.text());
          row.put("gold", classes.get(s.gold()));
          row.put("predicted", s.predicted() < 0 ? null : classes.get(s.predicted()));
          row.put("correct", s.right());
          ours.put(row, s.prediction());
          sink.write(row);
        }
      }
      file.commit();
    }
    out.println("wrote " + target);
  }
}

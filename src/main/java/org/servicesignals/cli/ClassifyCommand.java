package org.servicesignals.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.io.ClassifiedRows;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.OutputFile;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.RowSink;
import org.servicesignals.io.RowSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code classify}: every input row comes back, in order, with the prediction columns added
 * ({@link BatchClassifier}, {@link PredictionColumns}); only an unreadable file stops the run (exit 2).
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {"Label messages as exceptional, good or poor service.",
        "INPUT is a file (.csv .tsv .jsonl .txt .xlsx), '-' for standard input, or the message text itself."})
final class ClassifyCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  ExportOptions export;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "File, '-', or message text(s).")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here; format from the extension (.jsonl .csv .tsv .xlsx).")
  Path output;

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: from -o, else a table).")
  Outputs.Format format;

  @Option(names = "--input-format", description = "Format of standard input or of a file without a known extension: csv, tsv, jsonl, txt (default txt).")
  String inputFormat;

  @Mixin
  ColumnOptions columnOptions;

  @Option(names = "--explain", description = "Add lang_source, evidence, known_tokens and tokens columns.")
  boolean explain;

  @Option(names = "--threads", description = "Worker threads, 1 to " + BatchOptions.MAX_THREADS + " (default: all cores).")
  int threads = Math.min(BatchOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest message classified, up to 1,000,000; a longer one is written with an error (default: ${DEFAULT-VALUE}).")
  int maxChars = BatchOptions.MAX_CHARS;

  @Option(names = "--review-below", paramLabel = "P",
      description = "Flag a label for review (needs_review) when its confidence is below P, or when most of "
          + "its words were never seen in training (default: ${DEFAULT-VALUE}).")
  double reviewBelow = PredictionColumns.REVIEW_BELOW;

  @Override
  public Integer call() throws Exception {
    Outputs.Format outFormat = Options.outputFormat(spec, format, output, true);
    validate();
    PrintWriter err = spec.commandLine().getErr();
    boolean fixedColumns = outFormat != Outputs.Format.JSONL && outFormat != Outputs.Format.TABLE;
    boolean streamed = output == null && InputArgs.stdin(inputs); // answered as it comes
    try (RowSource rows = InputArgs.open(inputs, inputFormat, export.readOptions().asItComes(streamed), System.in,
        fixedColumns)) {
      rows.hasNext(); // reads the header: the columns are known from here on
      rows.notes().forEach(n -> err.println("note: " + n));
      List<String> texts = Columns.texts(rows, columnOptions.texts);
      Columns.require(rows, columnOptions.id, "--id-column");
      Columns.require(rows, columnOptions.langColumn, "--lang-column");
      List<PredictionColumns> ours = PredictionColumns.forTexts(rows.columns(), texts, explain, reviewBelow);
      List<String> columns = new ArrayList<>(rows.columns());
      for (PredictionColumns set : ours) {
        set.renamedNote().ifPresent(n -> err.println("note: " + n));
        columns.addAll(set.names());
      }
      BatchOptions options = new BatchOptions(texts.get(0), Optional.ofNullable(columnOptions.id),
          Optional.ofNullable(columnOptions.langColumn), Optional.ofNullable(columnOptions.lang), explain, threads, maxChars);
      boolean watched = output != null && !export.noProgress && Progress.stderrIsTerminal();
      try (Progress progress = new Progress(err, watched, rows::fractionRead)) {
        progress.onInterrupt(output == null ? "those rows were written to standard output" : "no output written");
        try (OutputFile file = output == null ? null : OutputFile.open(output, InputArgs.files(inputs));
            BatchClassifier batch = new BatchClassifier(modelOptions.classifier(), options);
            RowSink sink = sink(file, outFormat, columns, texts, ours)) {
          Optional<String> line = Optional.ofNullable(outFormat == Outputs.Format.TABLE && columnOptions.id == null ? "line" : null);
          ClassifiedRows.write(rows, batch, texts, ours, sink, line, streamed, (row, ps) -> {
            progress.row(ps);
            if (file == null && spec.commandLine().getOut().checkError()) {
              throw new OutputClosedException(); // a reader like 'head' has gone: stop, do not classify on
            }
          });
          if (file != null && progress.finish()) {
            file.commit();
          }
        }
        progress.finish();
        progress.report(output, outFormat == Outputs.Format.TABLE);
        return export.exitCode(progress.errors(), progress.rows(), err);
      }
    }
  }

  private void validate() {
    Options.threads(spec, threads);
    if (maxChars < 1 || maxChars > Inputs.MAX_CELL_CHARS) {
      throw Options.usage(spec, String.format(java.util.Locale.ROOT,
          "--max-chars must be between 1 and %,d (the longest cell read), not %,d", Inputs.MAX_CELL_CHARS, maxChars));
    }
    export.validate();
  }

  /** Where rows go: the file, or standard output (never closed); a table shows a few columns. */
  private RowSink sink(OutputFile file, Outputs.Format fmt, List<String> columns, List<String> texts,
      List<PredictionColumns> ours) throws java.io.IOException {
    if (fmt == Outputs.Format.XLSX) {
      return Outputs.xlsx(file.stream(), columns);
    }
    Writer w = Options.writer(spec, file);
    if (fmt != Outputs.Format.TABLE) {
      return Outputs.open(w, fmt, columns, export.style());
    }
    List<String> shown = new ArrayList<>(List.of(columnOptions.id != null ? columnOptions.id : "line"));
    for (int i = 0; i < texts.size(); i++) {
      PredictionColumns set = ours.get(i);
      shown.addAll(List.of(set.name("lang"), set.name("label"), set.name("confidence")));
      if (explain) {
        shown.add(set.name("evidence"));
      }
      shown.addAll(List.of(texts.get(i), set.name("error")));
    }
    return Outputs.table(new PrintWriter(w), shown, 48);
  }
}

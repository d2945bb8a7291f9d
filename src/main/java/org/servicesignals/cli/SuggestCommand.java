package org.servicesignals.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Prediction;
import org.servicesignals.io.OutputFile;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSink;
import org.servicesignals.io.RowSource;
import org.servicesignals.train.LabelSuggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code suggest}: classifies a file and writes the messages whose labels would teach the model
 * most ({@link LabelSuggestions}), each with every input column, {@code lang label confidence} and
 * an empty {@code label_fix} for the person labelling.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
    description = {"Choose the messages to label next: the ones the model is least sure of, spread across languages "
        + "and kinds of message.", "Label them in the label_fix column, then: adapt FILE --label-column label_fix "
        + "--lang-column lang -o DIR"})
final class SuggestCommand implements Callable<Integer> {
  /** The column the person labelling fills in. */
  static final String LABEL_FIX = "label_fix";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Parameters(paramLabel = "FILE", description = "File (.csv .tsv .jsonl .txt .xlsx) or '-' for standard input.")
  String input;

  @Option(names = "--n", description = "How many messages to suggest (default: ${DEFAULT-VALUE}).")
  int n = 200;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here; format from the extension (.csv .tsv .jsonl).")
  Path output;

  @Option(names = "--input-format", description = "Format of standard input or of a file without a known extension.")
  String inputFormat;

  @Mixin
  ColumnOptions columnOptions;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Math.min(BatchOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Override
  public Integer call() throws Exception {
    if (n < 1) {
      throw Options.usage(spec, "--n must be 1 or more, not " + n);
    }
    Outputs.Format format = output == null ? Outputs.Format.TABLE : Outputs.Format.of(output.getFileName().toString())
        .orElseThrow(() -> Options.usage(spec, "cannot tell the output format from '" + output + "': use .csv, .tsv or .jsonl"));
    Classifier classifier = modelOptions.classifier();
    LabelSuggestions<Map<String, Object>> suggestions = new LabelSuggestions<>(n);
    List<String> columns;
    String text;
    try (RowSource rows = InputArgs.open(List.of(input), inputFormat, System.in)) {
      rows.hasNext();
      text = Columns.text(rows, columnOptions.text());
      Columns.require(rows, columnOptions.id, "--id-column");
      Columns.require(rows, columnOptions.langColumn, "--lang-column");
      BatchOptions options = Options.parse(spec, () -> new BatchOptions(text, Optional.ofNullable(columnOptions.id),
          Optional.ofNullable(columnOptions.langColumn), Optional.ofNullable(columnOptions.lang), false, threads, BatchOptions.MAX_CHARS));
      try (BatchClassifier batch = new BatchClassifier(classifier, options)) {
        batch.run(rows, Row::source, (row, p) -> {
          Map<String, Object> values = new LinkedHashMap<>(row.values());
          if (columnOptions.id == null) {
            values.putIfAbsent("line", row.line());
          }
          suggestions.offer(values, row.fields().getOrDefault(text, ""), p);
        });
      }
      columns = new ArrayList<>(rows.columns());
    }
    List<LabelSuggestions.Pick<Map<String, Object>>> picks =
        suggestions.select(l -> classifier.models().get(l).chain());
    PredictionColumns ours = PredictionColumns.beside(columns, false);
    String fix = unique(LABEL_FIX, columns);
    List<String> out = new ArrayList<>(columns);
    out.addAll(List.of(ours.name("lang"), ours.name("label"), ours.name("confidence"), fix));
    try (OutputFile file = output == null ? null : OutputFile.open(output, InputArgs.files(List.of(input)));
        RowSink sink = sink(file, format, out, text, ours, fix)) {
      for (LabelSuggestions.Pick<Map<String, Object>> pick : picks) {
        Map<String, Object> row = new LinkedHashMap<>(pick.row());
        Prediction p = pick.prediction();
        row.put(ours.name("lang"), p.lang());
        row.put(ours.name("label"), p.label().map(l -> l.id()).orElse(null));
        row.put(ours.name("confidence"), p.confidence());
        row.put(fix, "");
        sink.write(row);
      }
      if (file != null) {
        file.commit();
      }
    }
    Map<Lang, Long> chosen = picks.stream().collect(Collectors.groupingBy(LabelSuggestions.Pick::lang,
        () -> new java.util.EnumMap<>(Lang.class), Collectors.counting()));
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "suggested %d of %d classified messages (%s)%s%n", picks.size(),
        suggestions.classified().values().stream().mapToInt(Integer::intValue).sum(),
        chosen.entrySet().stream().map(e -> e.getKey().code() + " " + e.getValue() + " of "
            + suggestions.classified().get(e.getKey())).collect(Collectors.joining(", ")),
        output == null ? "" : "; label them in '" + fix + "' of " + output);
    err.flush();
    return CommandLine.ExitCode.OK;
  }

  private RowSink sink(OutputFile file, Outputs.Format format, List<String> columns, String text,
      PredictionColumns ours, String fix) throws java.io.IOException {
    Writer w = file == null ? Outputs.unclosable(spec.commandLine().getOut())
        : new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
    if (format != Outputs.Format.TABLE) {
      return Outputs.open(w, format, columns);
    }
    return Outputs.table(new PrintWriter(w), List.of(columnOptions.id != null ? columnOptions.id : "line", ours.name("lang"),
        ours.name("label"), ours.name("confidence"), text), 60);
  }

  private static String unique(String name, List<String> taken) {
    Set<String> t = new HashSet<>(taken);
    String out = name;
    for (int k = 2; t.contains(out); k++) {
      out = name + "_" + k;
    }
    return out;
  }
}

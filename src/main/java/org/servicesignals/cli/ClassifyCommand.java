package org.servicesignals.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.servicesignals.classify.Classifier;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.io.InputException;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSink;
import org.servicesignals.io.RowSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code classify}: every input row comes back, in order, with the prediction columns added. Rows
 * that cannot be classified carry an {@code error}; only a file that cannot be read at all stops
 * the run (exit 2, naming file and line).
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {"Label messages as exceptional, good or poor service.",
        "INPUT is a file (.csv .tsv .jsonl .txt .xlsx), '-' for standard input, or the message text itself."})
final class ClassifyCommand implements Callable<Integer> {
  static final List<String> PREDICTION_COLUMNS =
      List.of("lang", "label", "confidence", "p_exceptional", "p_good", "p_poor", "error");
  static final List<String> EXPLAIN_COLUMNS = List.of("lang_source", "evidence", "known_tokens", "tokens");
  /** Rows classified together: large enough to keep both cores busy, small enough to stream. */
  static final int CHUNK = 2048;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "File, '-', or message text(s).")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here; format from the extension (.jsonl .csv .tsv).")
  Path output;

  @Option(names = "--format", description = "Output format: jsonl, csv, tsv or table (default: from -o, else a table).")
  String format;

  @Option(names = "--input-format", description = "Format of standard input or of a file without a known extension: csv, tsv, jsonl, txt (default txt).")
  String inputFormat;

  @Option(names = "--text-column", description = "Column with the message (default: 'text', or the only column).")
  String textColumn;

  @Option(names = "--id-column", description = "Column with the row id (default: none; the line number is used).")
  String idColumn;

  @Option(names = "--lang-column", description = "Column with a declared language per row (empty cells are detected).")
  String langColumn;

  @Option(names = "--lang", description = "Declare the language of every message: hi, fi, ur, ta or en.")
  String lang;

  @Option(names = "--explain", description = "Add lang_source, evidence, known_tokens and tokens columns.")
  boolean explain;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    Optional<Lang> declared = Optional.empty();
    if (lang != null) {
      declared = Optional.of(Lang.parse(lang).orElseThrow(() -> new IllegalArgumentException(
          "--lang '" + lang + "' is not supported: use one of " + Lang.codes())));
    }
    String outFormat = outputFormat();
    Classifier classifier = modelOptions.classifier();
    try (RowSource rows = openInput()) {
      List<Row> chunk = readChunk(rows); // JSONL columns are known once rows have been read
      String text = resolveTextColumn(rows);
      requireColumn(rows, idColumn, "--id-column");
      requireColumn(rows, langColumn, "--lang-column");
      List<String> ours = new ArrayList<>(PREDICTION_COLUMNS);
      if (explain) {
        ours.addAll(EXPLAIN_COLUMNS);
      }
      Map<String, String> names = outputNames(rows.columns(), ours);
      List<String> columns = new ArrayList<>(rows.columns());
      columns.addAll(names.values());
      Stats stats = new Stats();
      long start = System.nanoTime();
      ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
      try (Writer os = openOutput(); RowSink sink = sink(os, outFormat, columns)) {
        boolean progress = output != null && System.console() != null; // a person is watching
        while (!chunk.isEmpty()) {
          writeChunk(pool, classifier, chunk, text, declared, names, sink, stats);
          if (progress) {
            spec.commandLine().getErr().printf(Locale.ROOT, "\r%,d rows, %.0f rows/s", stats.rows,
                stats.rows / ((System.nanoTime() - start) / 1e9));
            spec.commandLine().getErr().flush();
          }
          chunk = readChunk(rows);
        }
        if (progress) {
          spec.commandLine().getErr().println();
        }
      } finally {
        pool.shutdown();
      }
      if (output != null) {
        spec.commandLine().getErr().printf(Locale.ROOT, "classified %d rows (%d with errors) in %.1f s -> %s%n",
            stats.rows, stats.errors, (System.nanoTime() - start) / 1e9, output);
      }
    }
    return Main.OK;
  }

  private static List<Row> readChunk(RowSource rows) {
    List<Row> chunk = new ArrayList<>(CHUNK);
    while (chunk.size() < CHUNK && rows.hasNext()) {
      chunk.add(rows.next());
    }
    return chunk;
  }

  private void writeChunk(ForkJoinPool pool, Classifier classifier, List<Row> chunk, String text,
      Optional<Lang> declared, Map<String, String> names, RowSink sink, Stats stats)
      throws IOException, InterruptedException, ExecutionException {
    List<Prediction> predictions = pool.submit(() -> chunk.parallelStream()
        .map(r -> predict(classifier, r, text, declared)).toList()).get();
    for (int i = 0; i < chunk.size(); i++) {
      Prediction p = predictions.get(i);
      Map<String, Object> out = new LinkedHashMap<>(chunk.get(i).fields());
      out.put(names.get("lang"), p.lang());
      out.put(names.get("label"), p.label().map(Label::id).orElse(null));
      out.put(names.get("confidence"), p.ok() ? p.confidence() : null);
      out.put(names.get("p_exceptional"), p.ok() ? p.probability(Label.EXCEPTIONAL) : null);
      out.put(names.get("p_good"), p.ok() ? p.probability(Label.GOOD) : null);
      out.put(names.get("p_poor"), p.ok() ? p.probability(Label.POOR) : null);
      out.put(names.get("error"), p.error());
      if (explain) {
        out.put(names.get("lang_source"), p.langSource().id());
        out.put(names.get("evidence"), String.join(" ", p.evidence()));
        out.put(names.get("known_tokens"), p.knownTokens());
        out.put(names.get("tokens"), p.tokens());
      }
      sink.write(out);
      stats.rows++;
      if (!p.ok()) {
        stats.errors++;
      }
    }
  }

  private Prediction predict(Classifier classifier, Row row, String textColumn, Optional<Lang> declared) {
    String id = idColumn == null ? String.valueOf(row.line()) : row.fields().getOrDefault(idColumn, "");
    if (!row.error().isEmpty()) {
      return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE, row.error());
    }
    String text = row.fields().get(textColumn);
    if (text == null) {
      return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE,
          "line " + row.line() + " has no value in column '" + textColumn + "'");
    }
    Optional<Lang> lang = declared;
    if (langColumn != null) {
      String v = row.fields().getOrDefault(langColumn, "").strip();
      if (!v.isEmpty()) {
        lang = Lang.parse(v);
        if (lang.isEmpty()) {
          return Prediction.failed(id, Lang.UNDETERMINED, LangSource.DECLARED, "language '" + v + "' in column '" + langColumn
              + "' is not supported (" + Lang.codes() + ")");
        }
      }
    }
    return classifier.classify(new Message(id, text, lang), explain);
  }

  private RowSource openInput() {
    List<String> files = new ArrayList<>();
    for (String in : inputs) {
      if (in.equals("-") || isFile(in) || Inputs.formatOf(in) != null) {
        files.add(in);
      }
    }
    if (files.isEmpty()) {
      StringBuilder lines = new StringBuilder();
      for (String t : inputs) {
        lines.append(t.replace('\n', ' ').replace('\r', ' ')).append('\n');
      }
      return Inputs.open("arguments", new java.io.ByteArrayInputStream(
          lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "txt");
    }
    if (files.size() > 1 || inputs.size() > 1) {
      throw new IllegalArgumentException("give one file (or '-'), or message texts, not both: " + inputs);
    }
    String in = files.get(0);
    if (in.equals("-")) {
      return Inputs.open("stdin", System.in, inputFormat == null ? "txt" : inputFormat);
    }
    String fmt = inputFormat != null ? inputFormat : Inputs.formatOf(in);
    if (fmt == null) {
      throw new InputException(in, "unknown file type: use .csv .tsv .jsonl .txt .xlsx or --input-format");
    }
    return Inputs.open(Path.of(in), fmt);
  }

  private static boolean isFile(String arg) {
    try {
      return Files.isRegularFile(Path.of(arg));
    } catch (java.nio.file.InvalidPathException e) {
      return false; // message text the platform cannot even spell as a path
    }
  }

  private String resolveTextColumn(RowSource rows) {
    List<String> cols = rows.columns();
    if (textColumn != null) {
      requireColumn(rows, textColumn, "--text-column");
      return textColumn;
    }
    if (cols.contains("text") || cols.isEmpty()) {
      return "text";
    }
    if (cols.size() == 1) {
      return cols.get(0);
    }
    throw new InputException(rows.name(), 1, "no 'text' column; choose one with --text-column from " + cols);
  }

  private static void requireColumn(RowSource rows, String column, String option) {
    if (column != null && !rows.columns().isEmpty() && !rows.columns().contains(column)) {
      throw new InputException(rows.name(), 1, option + " '" + column + "' is not a column; columns are " + rows.columns());
    }
  }

  /** Our column names, prefixed with "predicted_" where the input already uses the name. */
  private Map<String, String> outputNames(List<String> inputColumns, List<String> ours) {
    Map<String, String> names = new LinkedHashMap<>();
    List<String> clashes = new ArrayList<>();
    for (String c : ours) {
      String name = inputColumns.contains(c) ? "predicted_" + c : c;
      if (!name.equals(c)) {
        clashes.add(c);
      }
      names.put(c, name);
    }
    if (!clashes.isEmpty()) {
      spec.commandLine().getErr().println("note: the input already has columns " + clashes
          + "; predictions are written as predicted_<name>");
    }
    return names;
  }

  private String outputFormat() {
    if (format != null) {
      String f = format.toLowerCase(Locale.ROOT);
      if (!Outputs.FORMATS.contains(f)) {
        throw new IllegalArgumentException("--format '" + format + "': use one of " + Outputs.FORMATS);
      }
      return f;
    }
    if (output == null) {
      return "table";
    }
    String f = Outputs.formatOf(output.getFileName().toString());
    if (f == null) {
      throw new IllegalArgumentException("cannot tell the output format from '" + output
          + "': use .jsonl, .csv or .tsv, or --format");
    }
    return f;
  }

  private Writer openOutput() throws IOException {
    if (output == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new java.io.FilterWriter(stdout) {
        @Override
        public void close() {
          stdout.flush(); // never close standard output
        }
      };
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new InputException(output.toString(), "the directory " + parent + " does not exist");
    }
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16);
  }

  private RowSink sink(Writer os, String fmt, List<String> columns) throws IOException {
    if (fmt.equals("table")) {
      List<String> shown = new ArrayList<>();
      shown.add(idColumn != null ? idColumn : "row");
      shown.addAll(List.of("lang", "label", "confidence"));
      if (explain) {
        shown.add("evidence");
      }
      shown.add("text");
      shown.add("error");
      PrintWriter out = output == null ? spec.commandLine().getOut() : new PrintWriter(os);
      RowSink table = Outputs.table(out, shown, 48);
      String text = textColumn != null ? textColumn : "text";
      return new RowSink() {
        long line;

        @Override
        public void write(Map<String, Object> row) throws IOException {
          Map<String, Object> r = new LinkedHashMap<>(row);
          r.put("text", row.getOrDefault(text, row.get("text")));
          r.putIfAbsent("row", ++line);
          table.write(r);
        }

        @Override
        public void close() throws IOException {
          table.close();
        }
      };
    }
    return Outputs.open(os, fmt, columns);
  }

  private static final class Stats {
    long rows;
    long errors;
  }

}

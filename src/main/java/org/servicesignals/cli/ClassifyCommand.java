package org.servicesignals.cli;

import java.io.BufferedWriter;
import java.nio.file.StandardCopyOption;
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
import org.servicesignals.core.InputException;
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
  /** Rows classified together: enough to keep every worker thread busy, few enough to stream. */
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

  /** The file {@code -o} names, links resolved; set when the output is opened. */
  private Path outputTarget;
  /** Whether rows go to the terminal table. */
  private boolean table;

  @Override
  public Integer call() throws Exception {
    Optional<Lang> declared = Options.lang(spec, lang);
    String outFormat = outputFormat();
    table = outFormat.equals("table");
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
      Path partial = partialOutput();
      boolean done = false;
      try (Writer os = openOutput(partial); RowSink sink = sink(os, outFormat, columns, text, names)) {
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
        done = true;
      } finally {
        pool.shutdown();
        if (partial != null) {
          if (done) {
            Files.move(partial, outputTarget, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } else {
            Files.deleteIfExists(partial);
          }
        }
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
      Map<String, Object> out = new LinkedHashMap<>(chunk.get(i).values());
      if (table && idColumn == null) {
        out.putIfAbsent("line", chunk.get(i).line()); // where the row is in the input, for a person
      }
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
    for (var f : row.fields().entrySet()) {
      if (!f.getKey().equals(textColumn) && f.getValue().indexOf('\uFFFD') >= 0) {
        return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE, "line " + row.line() + ": column '"
            + f.getKey() + "' has bytes that are not valid UTF-8 (shown as U+FFFD); fix the file's encoding");
      }
    }
    String text = row.fields().get(textColumn);
    if (text == null) {
      return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE,
          "line " + row.line() + " has no value in column '" + textColumn + "'");
    }
    if (row.values().get(textColumn) instanceof com.fasterxml.jackson.databind.JsonNode node && node.isContainerNode()) {
      return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE,
          "line " + row.line() + ": '" + textColumn + "' holds a JSON " + (node.isArray() ? "array" : "object")
              + ", not text");
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

  private RowSource openInput() throws IOException {
    List<String> files = new ArrayList<>();
    for (String in : inputs) {
      if (in.equals("-") || looksLikePath(in)) {
        files.add(in);
      }
    }
    if (files.isEmpty()) {
      StringBuilder lines = new StringBuilder();
      for (String t : inputs) {
        lines.append(t.replace('\n', ' ').replace('\r', ' ')).append('\n');
      }
      return Inputs.open("arguments", new java.io.ByteArrayInputStream(
          lines.toString().getBytes(StandardCharsets.UTF_8)), "txt");
    }
    if (inputs.size() > 1) {
      throw new InputException(String.join(" ", inputs),
          "give one input file (or '-' for standard input), or one or more message texts");
    }
    String in = files.get(0);
    if (!in.equals("-") && Files.isDirectory(Path.of(in))) {
      throw new InputException(in, "is a directory, not a file");
    }
    String fmt = inputFormat != null ? inputFormat.toLowerCase(Locale.ROOT)
        : in.equals("-") ? "txt" : Inputs.formatOf(in);
    if (fmt == null || !Inputs.FORMATS.contains(fmt)) {
      throw new InputException(in, "unknown input format: use .csv .tsv .jsonl .txt .xlsx, or --input-format "
          + Inputs.FORMATS);
    }
    if (in.equals("-")) {
      if (fmt.equals("jsonl") || fmt.equals("xlsx")) {
        // spooled to disk: JSONL needs two passes for its keys, XLSX random access
        Path spool = Files.createTempFile("service-signals-stdin", "." + fmt);
        spool.toFile().deleteOnExit();
        Files.copy(System.in, spool, StandardCopyOption.REPLACE_EXISTING);
        return Inputs.open(spool, fmt);
      }
      return Inputs.open("stdin", System.in, fmt);
    }
    return Inputs.open(Path.of(in), fmt);
  }

  /**
   * An existing file or directory, or one word ending in an input extension ("export.csv", so a
   * mistyped file name is reported, not classified). Anything else ("5/5", "see notes.txt") is a
   * message.
   */
  private static boolean looksLikePath(String arg) {
    if (Inputs.formatOf(arg) != null && !arg.isBlank() && arg.strip().indexOf(' ') < 0) {
      return true;
    }
    try {
      return Files.exists(Path.of(arg));
    } catch (java.nio.file.InvalidPathException e) {
      return false; // message text the platform cannot even spell as a path
    }
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
        throw Options.usage(spec, "--format '" + format + "': use one of " + Outputs.FORMATS);
      }
      return f;
    }
    if (output == null) {
      return "table";
    }
    String f = Outputs.formatOf(output.getFileName().toString());
    if (f == null) {
      throw Options.usage(spec, "cannot tell the output format from '" + output
          + "': use .jsonl, .csv or .tsv, or --format");
    }
    return f;
  }

  /**
   * Where the output is written until it is complete: a hidden file beside {@code -o}, moved into
   * place at the end, so a run that fails leaves no half-written file and an input is never
   * truncated by being its own output. Null for standard output.
   */
  private Path partialOutput() throws IOException {
    if (output == null) {
      return null;
    }
    Path target = Files.exists(output) ? output.toRealPath() : output.toAbsolutePath(); // write through a link
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InputException(output.toString(), "the directory " + parent + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new InputException(output.toString(), "is a directory; -o needs a file name");
    }
    for (String in : inputs) {
      if (isFile(in) && Files.exists(target) && Files.isSameFile(Path.of(in), target)) {
        throw new InputException(output.toString(), "is also the input; write the output to another file");
      }
    }
    Path partial = Files.createTempFile(parent, "." + target.getFileName(), ".partial");
    partial.toFile().deleteOnExit(); // an interrupted run leaves nothing behind
    try {
      // a temporary file is private (0600); the output gets what the file had, or the usual rw-r--r--
      Files.setPosixFilePermissions(partial, Files.exists(target) ? Files.getPosixFilePermissions(target)
          : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its defaults apply
    }
    outputTarget = target;
    return partial;
  }

  private Writer openOutput(Path partial) throws IOException {
    if (partial == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new java.io.FilterWriter(stdout) {
        @Override
        public void close() {
          stdout.flush(); // never close standard output
        }
      };
    }
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8), 1 << 16);
  }

  private RowSink sink(Writer os, String fmt, List<String> columns, String text, Map<String, String> names)
      throws IOException {
    if (!fmt.equals("table")) {
      return Outputs.open(os, fmt, columns);
    }
    List<String> shown = new ArrayList<>();
    shown.add(idColumn != null ? idColumn : "line");
    shown.addAll(List.of(names.get("lang"), names.get("label"), names.get("confidence")));
    if (explain) {
      shown.add(names.get("evidence"));
    }
    shown.add(text);
    shown.add(names.get("error"));
    PrintWriter out = output == null ? spec.commandLine().getOut() : new PrintWriter(os);
    RowSink table = Outputs.table(out, shown, 48);
    return new RowSink() {
      @Override
      public void write(Map<String, Object> values) throws IOException {
        table.write(values);
      }

      @Override
      public void close() throws IOException {
        table.close();
      }
    };
  }

  private static final class Stats {
    long rows;
    long errors;
  }

}

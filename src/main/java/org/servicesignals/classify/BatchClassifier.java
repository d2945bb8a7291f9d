package org.servicesignals.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LoadException;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;

/**
 * Rows in, one prediction per row out, in input order: the rules every front end (command line,
 * server, Spark) applies to a row, and an ordered parallel loop over chunks of rows. A row never
 * fails the batch: whatever goes wrong with one row — a malformed record, a bad cell, an exception
 * or an out-of-memory error while classifying it — becomes that row's error. A model that fails its
 * check when a row first needs it ({@link ModelFiles#open}) is not the row's fault: its
 * {@link InputException} (or, for what is not a file of the user's, {@link LoadException}) stops
 * the run, as it would have at start.
 */
public final class BatchClassifier implements AutoCloseable {
  /** Rows classified together: enough to keep every worker thread busy, few enough to stream. */
  public static final int CHUNK = 2048;

  private final Classifier classifier;
  private final BatchOptions options;
  private final ForkJoinPool pool;

  public BatchClassifier(Classifier classifier, BatchOptions options) {
    this.classifier = classifier;
    this.options = options;
    this.pool = new ForkJoinPool(options.threads());
  }

  public BatchOptions options() {
    return options;
  }

  /** Receives each row with its prediction, in input order. */
  @FunctionalInterface
  public interface Output<T> {
    void accept(T row, Prediction prediction) throws Exception;
  }

  /** Receives each row with one prediction per text column, in input order, and the end of each chunk. */
  @FunctionalInterface
  public interface ColumnsOutput<T> {
    void accept(T row, List<Prediction> predictions) throws Exception;

    /** Every row of a chunk has been handed over: a streaming writer flushes here. */
    default void chunkDone() throws Exception {}
  }

  /** Classifies {@code rows} chunk by chunk, handing each row and its prediction to {@code out} in order. */
  public <T> void run(Iterator<T> rows, Function<T, SourceRow> view, Output<T> out) throws Exception {
    run(Chunks.of(rows, CHUNK), view, List.of(options.textColumn()), (row, ps) -> out.accept(row, ps.get(0)));
  }

  /**
   * Classifies each chunk's rows once per text column, handing each row and its predictions (in
   * the order of {@code textColumns}) to {@code out}, in input order, from a thread of its own
   * ({@link ChunkWriter}) so that writing a chunk overlaps classifying the next; {@code out} is
   * called from that one thread only, and everything it did is done when this returns.
   */
  public <T> void run(Iterator<List<T>> chunks, Function<T, SourceRow> view, List<String> textColumns,
      ColumnsOutput<T> out) throws Exception {
    try (ChunkWriter<T> writer = new ChunkWriter<>(out)) {
      while (chunks.hasNext()) {
        List<T> chunk = chunks.next();
        writer.write(chunk, classify(chunk.stream().map(view).toList(), textColumns));
      }
      writer.finish();
    }
  }

  /**
   * For each row, one prediction per text column, classified in parallel: every message's language
   * is found first, then the messages are classified grouped by language (each worker takes a run
   * of them), so that a language's model, lexicon and analyzers stay in the processor's caches
   * rather than being evicted by the next message's language; the predictions come back in input
   * order. Each message's prediction is the one {@link #classify(SourceRow, String)} gives.
   */
  public List<List<Prediction>> classify(List<SourceRow> given, List<String> textColumns) throws InterruptedException {
    List<SourceRow> rows = List.copyOf(given); // read by index from both passes
    int columns = textColumns.size();
    Object[] steps = new Object[rows.size() * columns]; // a prediction, or a message identified
    try {
      pool.submit(() -> IntStream.range(0, steps.length).parallel()
          .forEach(i -> steps[i] = identify(rows.get(i / columns), textColumns.get(i % columns)))).get();
      String[] keys = new String[steps.length];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = steps[i] instanceof Classifier.Identified m ? m.groupKey() : "";
      }
      int[] order = grouped(keys);
      Prediction[] out = new Prediction[steps.length];
      pool.submit(() -> Arrays.stream(order).parallel().forEach(i -> out[i] = finish(rows.get(i / columns), steps[i])))
          .get();
      List<List<Prediction>> byRow = new ArrayList<>(rows.size());
      for (int r = 0; r < rows.size(); r++) {
        byRow.add(List.of(Arrays.copyOfRange(out, r * columns, (r + 1) * columns)));
      }
      return byRow;
    } catch (ExecutionException e) {
      throw failure(e);
    }
  }

  /**
   * The places 0 … n-1 of {@code keys} grouped by key, the groups in the keys' order and each in
   * input order: what a stable sort of the places by key gives, in one pass per group (a chunk
   * holds a handful of languages).
   */
  static int[] grouped(String[] keys) {
    java.util.TreeMap<String, int[]> counts = new java.util.TreeMap<>();
    for (String k : keys) {
      counts.computeIfAbsent(k, x -> new int[1])[0]++;
    }
    int at = 0;
    for (int[] c : counts.values()) { // each group's count becomes where it starts
      int n = c[0];
      c[0] = at;
      at += n;
    }
    int[] order = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[counts.get(keys[i])[0]++] = i;
    }
    return order;
  }

  /** One prediction per row, in order, classified in parallel as {@link #classify(List, List)} does. */
  public List<Prediction> classify(List<SourceRow> rows) throws InterruptedException {
    return classify(rows, List.of(options.textColumn())).stream().map(ps -> ps.get(0)).toList();
  }

  /** A model's {@link InputException} as it was thrown; anything else is a bug. */
  private static RuntimeException failure(ExecutionException e) {
    if (e.getCause() instanceof InputException bad) {
      return bad;
    }
    if (e.getCause() instanceof LoadException missing) {
      return missing;
    }
    return new IllegalStateException("classify never throws for a row", e.getCause());
  }

  /** The prediction for one row; never throws for the row itself (see the class comment). */
  public Prediction classify(SourceRow row) {
    return classify(row, options.textColumn());
  }

  /** The prediction for the message in {@code textColumn} of one row; never throws for the row itself. */
  public Prediction classify(SourceRow row, String textColumn) {
    return finish(row, identify(row, textColumn));
  }

  /**
   * The first step of {@link #classify(SourceRow, String)}: the row's error, or its message with its
   * language found ({@link Classifier.Identified}); never throws for the row itself.
   */
  private Object identify(SourceRow row, String textColumn) {
    String id = id(row);
    try {
      return identify(row, id, textColumn);
    } catch (InputException | LoadException e) {
      throw e; // a model that failed its check at first use: every row of its language would fail the same
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return failed(row, id, e);
    }
  }

  /** The prediction of what {@link #identify(SourceRow, String)} gave; never throws for the row itself. */
  private Prediction finish(SourceRow row, Object step) {
    if (step instanceof Prediction p) {
      return p;
    }
    Classifier.Identified m = (Classifier.Identified) step;
    try {
      return classifier.classify(m, options.explain());
    } catch (InputException | LoadException e) {
      throw e;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return failed(row, m.message().id(), e);
    }
  }

  private String id(SourceRow row) {
    return options.idColumn().map(c -> row.fields().getOrDefault(c, "")).orElse(String.valueOf(row.line()));
  }

  /** One message must never sink a run: the failure is this row's error. */
  private static Prediction failed(SourceRow row, String id, Throwable e) {
    return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE, "line " + row.line()
        + ": could not be classified (" + e.getClass().getSimpleName() + "); the other rows are not affected");
  }

  private Object identify(SourceRow row, String id, String textColumn) {
    if (!row.error().isEmpty()) {
      return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE, row.error());
    }
    for (Map.Entry<String, String> f : row.fields().entrySet()) {
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
    if (text.length() > options.maxChars()) {
      return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE, String.format(java.util.Locale.ROOT,
          "line %d: the message is %,d characters, over the limit of %,d", row.line(), text.length(), options.maxChars()));
    }
    if (row.structured().containsKey(textColumn)) {
      return Prediction.failed(id, Lang.UNDETERMINED, LangSource.NONE,
          "line " + row.line() + ": '" + textColumn + "' holds a JSON " + row.structured().get(textColumn) + ", not text");
    }
    Optional<Lang> lang = options.lang();
    if (options.langColumn().isPresent()) {
      String column = options.langColumn().get();
      String v = row.fields().getOrDefault(column, "").strip();
      if (!v.isEmpty()) {
        lang = Lang.parse(v);
        if (lang.isEmpty()) {
          return Prediction.failed(id, Lang.UNDETERMINED, LangSource.DECLARED, "language '" + v + "' in column '"
              + column + "' is not supported (" + Lang.codes() + ")");
        }
      }
    }
    return classifier.identify(new Message(id, text, lang));
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}

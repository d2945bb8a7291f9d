package org.servicesignals.spark;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.core.Lang;
import org.servicesignals.core.SourceRow;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.RowSink;
import picocli.CommandLine;

/**
 * Throughput of {@code spark-classify} on {@code local[1]} and {@code local[2]}: the corpora's
 * messages, interleaved across the five languages and repeated to the size asked, in one CSV file;
 * the job reads it, classifies it and writes Parquet, timed end to end after a warm-up run that
 * loads the models. Beside it, the library's {@link BatchClassifier} alone on the same messages in
 * memory, with one and two threads: the difference is what Spark costs.
 *
 * <pre>mvn -B -q -f spark/pom.xml test-compile exec:exec@bench -Dbench.messages=100000</pre>
 */
public final class SparkBench {
  static final int WARM_UP = 20_000;

  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path corpora = args.length > 1 ? Path.of(args[1]) : LocalSpark.REPO.resolve("corpora");
    long modelsMb = modelHeapMb();
    List<String> texts = pool(corpora, messages);
    Path work = Files.createTempDirectory("service-signals-spark-bench");
    try {
      Path all = csv(work.resolve("messages.csv"), texts);
      Path warm = csv(work.resolve("warm-up.csv"), texts.subList(0, Math.min(WARM_UP, texts.size())));
      Map<String, Double> seconds = new LinkedHashMap<>();
      for (String master : List.of("local[1]", "local[2]")) {
        SparkSession spark = SparkSession.builder().master(master).appName("service-signals-bench")
            .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
          job(warm, work.resolve("warm-" + seconds.size()));
          long start = System.nanoTime();
          job(all, work.resolve("out-" + seconds.size()));
          seconds.put("spark-classify, " + master, (System.nanoTime() - start) / 1e9);
        } finally {
          spark.stop();
          SparkSession.clearActiveSession();
          SparkSession.clearDefaultSession();
        }
      }
      for (int threads : new int[] {1, 2}) {
        library(texts.subList(0, Math.min(WARM_UP, texts.size())), threads);
        long start = System.nanoTime();
        library(texts, threads);
        seconds.put("BatchClassifier alone, " + threads + (threads == 1 ? " thread" : " threads"),
            (System.nanoTime() - start) / 1e9);
      }
      System.out.printf(Locale.ROOT, "%,d messages from the corpora (hi fi ur ta en), language detected%n", texts.size());
      seconds.forEach((what, s) -> System.out.printf(Locale.ROOT, "%-34s %7.2f s %,9.0f messages/s%n", what, s,
          texts.size() / s));
      System.out.printf(Locale.ROOT, "models in the heap of each executor JVM: %d MB (the five categorizers and the "
          + "language detector)%n", modelsMb);
      System.out.println("spark-classify: one CSV file in, Parquet out, end to end, models loaded beforehand; "
          + "BatchClassifier: the same messages in memory, no files");
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The heap the classifier an executor loads holds on to, measured before anything else is loaded. */
  private static long modelHeapMb() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    Object classifier = ExecutorModels.shipped();
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    java.lang.ref.Reference.reachabilityFence(classifier);
    return (after - before) >> 20;
  }

  /** The job as spark-submit runs it, on the active session. */
  private static void job(Path in, Path out) {
    StringWriter err = new StringWriter();
    CommandLine cl = SparkClassify.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("--input", in.toString(), "--output", out.toString(), "--id-column", "id");
    if (code != 0) {
      throw new IllegalStateException("spark-classify failed: " + err);
    }
  }

  private static void library(List<String> texts, int threads) throws Exception {
    BatchOptions options = new BatchOptions("text", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), false, threads, BatchOptions.MAX_CHARS);
    try (BatchClassifier batch = new BatchClassifier(CorePath.SHIPPED, options)) {
      for (int from = 0; from < texts.size(); from += BatchClassifier.CHUNK) {
        List<SourceRow> chunk = new ArrayList<>();
        for (int i = from; i < Math.min(texts.size(), from + BatchClassifier.CHUNK); i++) {
          chunk.add(SourceRow.of(i + 2, Map.of("text", texts.get(i))));
        }
        batch.classify(chunk);
      }
    }
  }

  /** The training and test messages of the five languages, interleaved, repeated to {@code size}. */
  static List<String> pool(Path corpora, int size) {
    List<List<String>> byLang = new ArrayList<>();
    for (Lang l : Lang.values()) {
      List<String> t = new ArrayList<>();
      for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST)) {
        CorpusFiles.read(corpora, l, split).forEach(s -> t.add(s.text()));
      }
      byLang.add(t);
    }
    List<String> pool = new ArrayList<>(size);
    for (int i = 0; pool.size() < size; i++) {
      for (List<String> t : byLang) {
        if (pool.size() < size) {
          pool.add(t.get(i % t.size()));
        }
      }
    }
    return pool;
  }

  private static Path csv(Path file, List<String> texts) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        RowSink sink = Outputs.open(w, Outputs.Format.CSV, List.of("id", "text"))) {
      for (int i = 0; i < texts.size(); i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "m" + (i + 1));
        row.put("text", texts.get(i));
        sink.write(row);
      }
    }
    return file;
  }
}

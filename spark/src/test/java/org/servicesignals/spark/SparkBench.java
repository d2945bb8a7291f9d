package org.servicesignals.spark;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
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
 * the job reads it, classifies it and writes Parquet, timed end to end after the classifier has
 * classified every message once and a warm-up job has run on the session. Beside it, the library's {@link BatchClassifier} alone on the same messages in
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
      library(texts, 2); // the classifier's code compiled by the JIT before anything is timed
      Map<String, double[]> seconds = new LinkedHashMap<>();
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      for (String master : List.of("local[1]", "local[2]")) {
        SparkSession spark = SparkSession.builder().master(master).appName("service-signals-bench")
            .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
          job(warm, work.resolve("warm-" + seconds.size()));
          double[] clock = clock();
          job(all, work.resolve("out-" + seconds.size()));
          seconds.put("spark-classify, " + master, since(clock));
        } finally {
          spark.stop();
          SparkSession.clearActiveSession();
          SparkSession.clearDefaultSession();
        }
      }
      for (int threads : new int[] {1, 2}) {
        double[] clock = clock();
        library(texts, threads);
        seconds.put("BatchClassifier alone, " + threads + (threads == 1 ? " thread" : " threads"), since(clock));
      }
      System.out.printf(Locale.ROOT, "%,d messages from the corpora (hi fi ur ta en), language detected; "
          + "%d cores, load average %.1f at the start%n", texts.size(), Runtime.getRuntime().availableProcessors(), load);
      System.out.printf(Locale.ROOT, "%-34s %9s %14s %10s %16s%n", "", "wall", "messages/s", "CPU", "per CPU second");
      seconds.forEach((what, t) -> System.out.printf(Locale.ROOT, "%-34s %7.2f s %,14.0f %8.2f s %,16.0f%n", what, t[0],
          texts.size() / t[0], t[1], texts.size() / t[1]));
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

  /** Wall-clock and this process's CPU seconds now. */
  private static double[] clock() {
    return new double[] {System.nanoTime() / 1e9, cpuSeconds()};
  }

  /** Wall-clock and CPU seconds since {@code clock}: CPU time is what a busy machine does not inflate. */
  private static double[] since(double[] clock) {
    return new double[] {System.nanoTime() / 1e9 - clock[0], cpuSeconds() - clock[1]};
  }

  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
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

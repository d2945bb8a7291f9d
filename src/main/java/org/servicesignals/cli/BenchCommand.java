package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.Classifier;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.core.SourceRow;
import org.servicesignals.eval.Peers;
import org.servicesignals.io.CorpusFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code bench}: classification throughput on the corpora's messages, repeated to the size asked,
 * beside fastText's {@code predict} on the same messages in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure classification throughput against fastText on the same messages.")
final class BenchCommand implements Callable<Integer> {
  static final int WARM_UP = 20_000;
  static final int CHUNK = BatchClassifier.CHUNK;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Mixin
  CorpusOptions corpus;

  @Option(names = "--messages", description = "How many messages to classify (default: ${DEFAULT-VALUE}).")
  int messages = 100_000;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--fasttext", description = "fastText executable; 'none' to skip the peer (default: ${DEFAULT-VALUE}).")
  String fasttext = "fasttext";

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    if (messages < 1) {
      throw Options.usage(spec, "--messages must be at least 1, not " + messages);
    }
    Map<Lang, List<String>> texts = new EnumMap<>(Lang.class);
    List<String> pool = new ArrayList<>();
    List<Lang> langs = corpus.selected();
    for (Lang l : langs) {
      List<String> t = new ArrayList<>();
      for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST)) {
        corpus.read(l, split).forEach(s -> t.add(s.text()));
      }
      texts.put(l, t);
    }
    // interleave the languages, as a mixed export would be, and repeat to the size asked
    Map<Lang, List<String>> byLang = new EnumMap<>(Lang.class);
    for (int i = 0; pool.size() < messages; i++) {
      for (Lang l : langs) {
        List<String> t = texts.get(l);
        if (pool.size() < messages) {
          String text = t.get(i % t.size());
          pool.add(text);
          byLang.computeIfAbsent(l, k -> new ArrayList<>()).add(text);
        }
      }
    }
    Classifier classifier = modelOptions.classifier();
    BatchClassifier workers = new BatchClassifier(classifier, new BatchOptions("text", Optional.empty(),
        Optional.empty(), Optional.empty(), false, Math.max(1, threads), BatchOptions.MAX_CHARS));
    try {
      classify(workers, pool.subList(0, Math.min(WARM_UP, pool.size())));
      System.gc();
      long start = System.nanoTime();
      classify(workers, pool);
      double seconds = (System.nanoTime() - start) / 1e9;
      Runtime rt = Runtime.getRuntime();
      long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
      w.printf(Locale.ROOT, "%,d messages from the corpora (%s), language detected, %d threads%n", pool.size(),
          String.join(" ", langs.stream().map(Lang::code).toList()), threads);
      w.printf(Locale.ROOT, "%-26s %8.2f s %,10.0f messages/s   heap in use %d MB%n", "service-signals classify",
          seconds, pool.size() / seconds, heapMb);
      if (!fasttext.equals("none")) {
        double[] peer = fastText(byLang);
        w.printf(Locale.ROOT, "%-26s %8.2f s %,10.0f messages/s   (one process per language, language given)%n",
            "fastText predict", peer[0], pool.size() / peer[0]);
        w.printf(Locale.ROOT, "%-26s %8.2f s %,10.0f messages/s   (less %.2f s loading its models)%n",
            "fastText predict, loaded", peer[0] - peer[1], pool.size() / (peer[0] - peer[1]), peer[1]);
        w.printf(Locale.ROOT, "throughput ratio service-signals / fastText: %.2f, or %.2f against fastText once loaded%n",
            peer[0] / seconds, (peer[0] - peer[1]) / seconds);
      }
    } finally {
      workers.close();
    }
    w.flush();
    return CommandLine.ExitCode.OK;
  }

  /** As {@code classify} runs them: chunk by chunk, each chunk's messages grouped by language. */
  private static void classify(BatchClassifier workers, List<String> texts) throws Exception {
    for (int from = 0; from < texts.size(); from += CHUNK) {
      List<SourceRow> chunk = new ArrayList<>();
      for (int i = from; i < Math.min(texts.size(), from + CHUNK); i++) {
        chunk.add(SourceRow.of(i + 1, Map.of("text", texts.get(i))));
      }
      workers.classify(chunk);
    }
  }

  /**
   * Seconds fastText takes to predict the same messages (its models trained beforehand), and the
   * seconds of that spent starting and loading models, measured as the time to predict one message.
   */
  private double[] fastText(Map<Lang, List<String>> byLang) throws Exception {
    Path work = Files.createTempDirectory("service-signals-bench");
    try {
      Map<Lang, Path> models = new EnumMap<>(Lang.class);
      for (Lang l : byLang.keySet()) {
        List<Sample> train = corpus.read(l, CorpusFiles.TRAIN);
        models.put(l, Peers.trainFastText(fasttext, work.resolve(l.code()), train));
      }
      double all = 0;
      double load = 0;
      for (var e : byLang.entrySet()) {
        Path dir = models.get(e.getKey()).getParent();
        Path one = Peers.fastTextInput(dir, e.getValue().subList(0, 1)); // inputs written before the clock
        Path every = Peers.fastTextInput(dir, e.getValue());
        long t0 = System.nanoTime();
        Peers.predictFastText(fasttext, models.get(e.getKey()), one);
        long t1 = System.nanoTime();
        Peers.predictFastText(fasttext, models.get(e.getKey()), every);
        long t2 = System.nanoTime();
        load += (t1 - t0) / 1e9;
        all += (t2 - t1) / 1e9;
      }
      return new double[] {all, load};
    } finally {
      Peers.deleteTree(work);
    }
  }
}

package org.servicesignals.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;

/**
 * Every file of messages under {@code corpora} — each language's splits (train, test, wild, short,
 * probes, the development and fresh sets), the romanised splits and the domain sets — with the
 * language whose chains read it; not the lexicons, the symbols, or files with no {@code text}
 * column (a second annotation's labels).
 */
public final class CorpusMessageFiles {
  private CorpusMessageFiles() {}

  public static Map<Path, Lang> all() throws IOException {
    Map<Path, Lang> files = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(Path.of("corpora"), 3)) {
      for (Path f : all.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        String dir = f.getParent().getFileName().toString();
        if (dir.equals("lexicon") || dir.equals("symbols")
            || !List.of(Files.readAllLines(f).get(0).split("\t")).contains("text")) {
          continue;
        }
        String code = f.getParent().getParent().getFileName().toString().equals("domains")
            ? f.getFileName().toString().split("-|\\.")[0] // domains/ferry/fi-adapt.tsv
            : dir.replace("-Latn", "");
        files.put(f, Lang.parse(code).orElseThrow(() -> new IllegalStateException("no language for " + f)));
      }
    }
    return files;
  }

  /** What {@link #forEachAnalysed} hands over: a message, where it came from, and its tokens under one chain. */
  @FunctionalInterface
  public interface Analysed {
    void accept(Path file, Lang lang, AnalysisOptions options, Sample message, String[] tokens);
  }

  /** Every message of {@link #all()}, analysed by its language's chain without and with stemming. */
  public static void forEachAnalysed(Analysed action) throws IOException {
    for (Map.Entry<Path, Lang> file : all().entrySet()) {
      for (AnalysisOptions o : List.of(AnalysisOptions.NONE, new AnalysisOptions(false, true))) {
        var chain = SentimentAnalysis.chain(file.getValue(), o);
        for (Sample s : CorpusFiles.read(file.getKey())) {
          action.accept(file.getKey(), file.getValue(), o, s, chain.tokens(s.text()));
        }
      }
    }
  }
}

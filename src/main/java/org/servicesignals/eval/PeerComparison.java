package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.classify.Classifier;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Sample;

/**
 * service-signals against real peers on the same train/test splits, in one run: fastText
 * supervised (word bigrams) and scikit-learn (TF-IDF word + character n-grams, linear SVM), beside
 * the majority baseline. The peers are external programs ({@code fasttext}, {@code python3} with
 * scikit-learn).
 *
 * @param languages per language code and evaluated split (test, wild), each system's evaluation
 * @param significance per language code and split, service-signals against each other system on
 *     the same messages ({@link PairedTest})
 */
public record PeerComparison(@JsonIgnore Map<String, Map<String, Map<String, Evaluation>>> languages,
    @JsonIgnore Map<String, Map<String, Map<String, PairedTest>>> significance) {
  /** The system the others are tested against. */
  public static final String OURS = "service-signals";
  /** Paired-bootstrap resamples of each significance test. */
  public static final int RESAMPLES = 1000;
  /** Their seed, so a run gives the same p-values twice. */
  public static final long SEED = 42;

  public static final String SKLEARN = "TfidfVectorizer(word 1-2) + TfidfVectorizer(char_wb 2-5), sublinear tf, LinearSVC(C=1)";

  /**
   * One language's training split and the splits every system is scored on (test, and wild where
   * there is one); the files are what the scikit-learn peer reads.
   */
  public record Split(List<Sample> train, Path trainFile, Map<String, List<Sample>> scored, Map<String, Path> files) {}

  /** The programs to run. */
  public record Programs(String fasttext, String python) {}

  /** As the JSON report writes it. */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fasttext_args", String.join(" ", Peers.FASTTEXT_ARGS));
    out.put("sklearn", SKLEARN);
    Map<String, Object> byLang = new LinkedHashMap<>();
    languages.forEach((lang, splits) -> {
      Map<String, Object> bySplit = new LinkedHashMap<>();
      splits.forEach((split, systems) -> {
        Map<String, Object> rows = new LinkedHashMap<>();
        systems.forEach((name, ev) -> rows.put(name, ev.summary()));
        rows.put("messages", systems.values().iterator().next().size());
        rows.put("significance", significance.getOrDefault(lang, Map.of()).getOrDefault(split, Map.of()));
        bySplit.put(split, rows);
      });
      byLang.put(lang, bySplit);
    });
    out.put("languages", byLang);
    return out;
  }

  /** Listens to each language as it is done, so a long comparison shows progress. */
  public interface Progress {
    void done(Lang lang, String split, Map<String, Evaluation> systems, Map<String, PairedTest> tests);
  }

  /** Runs every system on every language; temporary peer models are deleted however it ends. */
  public static PeerComparison run(Classifier classifier, Map<Lang, Split> splits, Programs programs, Progress progress)
      throws IOException, InterruptedException {
    return run(classifier, splits, programs, progress, "");
  }

  /**
   * As {@link #run(Classifier, Map, Programs, Progress)}, the report naming each language's splits
   * {@code <lang><suffix>}: {@code -Latn} for the romanised corpora, which service-signals reads with
   * the language declared and its romanised model, since the text is in Latin letters.
   */
  public static PeerComparison run(Classifier classifier, Map<Lang, Split> splits, Programs programs, Progress progress,
      String suffix) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("service-signals-compare");
    Map<String, Map<String, Map<String, Evaluation>>> out = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, PairedTest>>> tests = new LinkedHashMap<>();
    try {
      Path script = work.resolve("sklearn_peer.py");
      try (InputStream in = PeerComparison.class.getResourceAsStream("sklearn_peer.py")) {
        Files.copy(in, script);
      }
      for (var e : splits.entrySet()) {
        Lang lang = e.getKey();
        Split split = e.getValue();
        Path model = Peers.trainFastText(programs.fasttext(), work.resolve(lang.code()), split.train());
        Label majority = Evaluation.majority(split.train().stream().map(Sample::label).toList());
        Map<String, Map<String, Evaluation>> bySplit = new LinkedHashMap<>();
        Map<String, Map<String, PairedTest>> testsBySplit = new LinkedHashMap<>();
        for (var set : split.scored().entrySet()) {
          List<Sample> samples = set.getValue();
          List<Label> gold = samples.stream().map(Sample::label).toList();
          Map<String, List<Label>> systems = new LinkedHashMap<>();
          List<Label> ours = new ArrayList<>();
          for (Sample s : samples) {
            ours.add(classifier.classify(new Message(s.id(), s.text(), Optional.of(lang))).label().orElse(null));
          }
          systems.put(OURS, ours);
          systems.put("fasttext", Peers.predictFastText(programs.fasttext(), model,
              Peers.fastTextInput(model.getParent(), samples.stream().map(Sample::text).toList())));
          Path predicted = work.resolve(lang.code() + "-" + set.getKey() + "-sk.txt");
          Peers.run(List.of(programs.python(), script.toString(), split.trainFile().toString(),
              split.files().get(set.getKey()).toString(), predicted.toString()));
          systems.put("sklearn-svm", Files.readAllLines(predicted).stream().filter(l -> !l.isBlank())
              .map(l -> Label.parse(l).orElseThrow()).toList());
          systems.put("majority", gold.stream().map(g -> majority).toList());
          Map<String, Evaluation> scored = new LinkedHashMap<>();
          systems.forEach((name, labels) -> scored.put(name, new Evaluation(gold, labels)));
          bySplit.put(set.getKey(), scored);
          Map<String, PairedTest> paired = against(OURS, gold, systems);
          testsBySplit.put(set.getKey(), paired);
          progress.done(lang, set.getKey(), scored, paired);
        }
        out.put(lang.code() + suffix, bySplit);
        tests.put(lang.code() + suffix, testsBySplit);
      }
    } finally {
      Peers.deleteTree(work); // fastText models are 800 MB each: never leave them behind
    }
    return new PeerComparison(out, tests);
  }

  /** {@code ours} against every other of {@code systems} on the same messages. */
  public static Map<String, PairedTest> against(String ours, List<Label> gold, Map<String, List<Label>> systems) {
    Map<String, PairedTest> out = new LinkedHashMap<>();
    int[] g = Evaluation.indices(gold);
    int[] a = Evaluation.indices(systems.get(ours));
    systems.forEach((name, labels) -> {
      if (!name.equals(ours)) {
        out.put(name, PairedTest.of(Evaluation.LABELS, g, a, Evaluation.indices(labels), RESAMPLES, SEED));
      }
    });
    return out;
  }
}

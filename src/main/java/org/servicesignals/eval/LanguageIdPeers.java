package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.servicesignals.core.LangGuess;
import org.servicesignals.langid.LatinVarieties.Variety;

/**
 * Language identification of the five Latin-script varieties (English, Finnish, and Hindi, Urdu and
 * Tamil typed in Latin letters) by service-signals and by its peers trained on the same training
 * splits the Latin-script detector learns from, scored on the same test splits, nothing declared:
 * fastText supervised (its classification settings plus character 2- to 4-grams, as the detector
 * uses) and scikit-learn's TF-IDF word and character n-grams with a linear SVM. service-signals
 * answers with its whole language identifier (word lists, the detector, the wide detector), as
 * {@code classify} does.
 *
 * @param rows per variety ({@code hi-Latn} …), then per system, its counts
 */
public record LanguageIdPeers(@JsonValue Map<String, Map<String, Row>> rows) {
  /** fastText's settings for language identification: those of {@link Peers#FASTTEXT_ARGS}, with subwords. */
  public static final List<String> FASTTEXT_ARGS =
      Stream.concat(Peers.FASTTEXT_ARGS.stream(), Stream.of("-minn", "2", "-maxn", "4")).toList();

  /**
   * One system on one variety's test split.
   *
   * @param messages test messages
   * @param right identified as their variety
   * @param longMessages messages of {@link LanguageIdReport#LONG_WORDS} words or more
   * @param longRight of those, identified right
   * @param longHindiOrUrdu of those, identified as Hindi or Urdu in Latin letters (counted for the
   *     two varieties that share most of their words; 0 for the others)
   */
  @JsonPropertyOrder(alphabetic = true)
  public record Row(int messages, int right, @JsonProperty("long_4plus_words") int longMessages,
      @JsonProperty("long_right") int longRight, @JsonProperty("long_hindi_or_urdu") int longHindiOrUrdu) {
    @JsonProperty("accuracy")
    public double accuracy() {
      return Numbers.share(right, messages);
    }

    @JsonProperty("long_accuracy")
    public double longAccuracy() {
      return Numbers.share(longRight, longMessages);
    }

    @JsonProperty("long_hindi_or_urdu_accuracy")
    public double longHindiOrUrduAccuracy() {
      return Numbers.share(longHindiOrUrdu, longMessages);
    }

    /** Counts {@code predicted} (variety ids, one per text) against {@code gold}. */
    static Row of(Variety gold, List<String> texts, List<String> predicted) {
      if (texts.size() != predicted.size()) {
        throw new IllegalStateException(gold.id() + ": " + texts.size() + " messages but " + predicted.size()
            + " answers");
      }
      int right = 0;
      int longMessages = 0;
      int longRight = 0;
      int longHu = 0;
      for (int i = 0; i < texts.size(); i++) {
        boolean ok = gold.id().equals(predicted.get(i));
        boolean isLong = LanguageIdReport.words(texts.get(i)) >= LanguageIdReport.LONG_WORDS;
        boolean hu = hindustani(gold) && hindustani(predicted.get(i));
        right += ok ? 1 : 0;
        longMessages += isLong ? 1 : 0;
        longRight += isLong && ok ? 1 : 0;
        longHu += isLong && hu ? 1 : 0;
      }
      return new Row(texts.size(), right, longMessages, longRight, longHu);
    }
  }

  public LanguageIdPeers {
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /**
   * What service-signals' answer counts as: the variety of its language and script ({@code hi} in
   * Latin letters is {@code hi-Latn}), or the code it gave ({@code und}, {@code hi} in Devanagari).
   */
  public static String variety(LangGuess g) {
    if (g.lang().isPresent()) {
      for (Variety v : Variety.values()) {
        if (v.lang() == g.lang().get() && (v.romanised() ? g.latin() : true)) {
          return v.id();
        }
      }
    }
    return g.code();
  }

  /**
   * Trains the peers on {@code train} and has every system identify {@code test}, per variety.
   * {@code ours} answers for one message. Temporary files are deleted however it ends.
   */
  public static LanguageIdPeers run(Map<Variety, List<String>> train, Map<Variety, List<String>> test,
      Function<String, LangGuess> ours, PeerComparison.Programs programs) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("service-signals-langid-peers");
    Throwable failure = null;
    try {
      List<Map.Entry<String, String>> labelled = new ArrayList<>();
      train.forEach((v, texts) -> texts.forEach(t -> labelled.add(Map.entry(v.id(), t))));
      Path trainTsv = tsv(work.resolve("train.tsv"), labelled);
      List<Map.Entry<String, String>> scored = new ArrayList<>();
      test.forEach((v, texts) -> texts.forEach(t -> scored.add(Map.entry(v.id(), t))));
      Path testTsv = tsv(work.resolve("test.tsv"), scored);
      List<String> all = scored.stream().map(Map.Entry::getValue).toList();

      Path model = Peers.trainFastText(programs.fasttext(), work.resolve("fasttext"), labelled, FASTTEXT_ARGS);
      List<String> fastText = Peers.predictFastTextLabels(programs.fasttext(), model,
          Peers.fastTextInput(model.getParent(), all));
      Path script = work.resolve("sklearn_peer.py");
      try (InputStream in = LanguageIdPeers.class.getResourceAsStream("sklearn_peer.py")) {
        if (in == null) {
          throw new IllegalStateException("sklearn_peer.py is missing from the build");
        }
        Files.copy(in, script);
      }
      Path predicted = work.resolve("sklearn.txt");
      Peers.run(List.of(programs.python(), script.toString(), trainTsv.toString(), testTsv.toString(),
          predicted.toString()));
      List<String> sklearn = Files.readAllLines(predicted, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).toList();
      List<String> service = all.stream().map(t -> variety(ours.apply(t))).toList();
      answered("fastText", fastText, all);
      answered("scikit-learn", sklearn, all);

      Map<String, Map<String, Row>> out = new LinkedHashMap<>();
      int from = 0;
      for (var e : test.entrySet()) {
        int to = from + e.getValue().size();
        Map<String, Row> systems = new LinkedHashMap<>();
        systems.put(PeerComparison.OURS, Row.of(e.getKey(), e.getValue(), service.subList(from, to)));
        systems.put("fasttext", Row.of(e.getKey(), e.getValue(), fastText.subList(from, to)));
        systems.put("sklearn-svm", Row.of(e.getKey(), e.getValue(), sklearn.subList(from, to)));
        out.put(e.getKey().id(), systems);
        from = to;
      }
      return new LanguageIdPeers(out);
    } catch (Throwable e) {
      failure = e;
      throw e;
    } finally {
      try {
        Peers.deleteTree(work);
      } catch (IOException cleanup) {
        if (failure == null) {
          throw cleanup;
        }
        failure.addSuppressed(cleanup); // the first failure is the one to see
      }
    }
  }

  /** A peer must answer every message once: else its answers cannot be paired with the messages. */
  private static void answered(String peer, List<String> answers, List<String> messages) {
    if (answers.size() != messages.size()) {
      throw new IllegalStateException(peer + " gave " + answers.size() + " answers for " + messages.size() + " messages");
    }
  }

  /** Hindi or Urdu in Latin letters. */
  static boolean hindustani(Variety v) {
    return v == Variety.HI_LATN || v == Variety.UR_LATN;
  }

  private static boolean hindustani(String id) {
    return Variety.HI_LATN.id().equals(id) || Variety.UR_LATN.id().equals(id);
  }

  /** The {@code label}/{@code text} file the scikit-learn peer reads; the corpora's texts hold no tab or line break. */
  private static Path tsv(Path file, List<Map.Entry<String, String>> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("label\ttext");
    for (Map.Entry<String, String> r : rows) {
      lines.add(r.getKey() + "\t" + r.getValue().replaceAll("[\\t\\r\\n]", " "));
    }
    return Files.write(file, lines, StandardCharsets.UTF_8);
  }
}

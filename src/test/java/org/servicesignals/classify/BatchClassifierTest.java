package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;
import org.servicesignals.langid.LanguageIdentifier;

/** The per-row rules of batch classification, on the shipped models. */
class BatchClassifierTest {
  static Classifier classifier;

  @BeforeAll
  static void load() {
    classifier = new Classifier(LanguageIdentifier.load(), ModelFiles.load(null));
  }

  private static SourceRow row(long line, String id, String text) {
    return SourceRow.of(line, Map.of("id", id, "text", text));
  }

  private static BatchOptions options(int threads) {
    return new BatchOptions("text", Optional.of("id"), Optional.empty(), Optional.empty(), false, threads, BatchOptions.MAX_CHARS);
  }

  @Test
  void aChunkIsGroupedByLanguageAsAStableSortWouldGroupIt() {
    java.util.Random r = new java.util.Random(5);
    String[] kinds = {"", "en", "fi", "hi", "hi-Latn", "ta", "ur", "ur-Latn"};
    for (int n : new int[] {0, 1, 2, 7, 2048}) {
      String[] keys = new String[n];
      for (int i = 0; i < n; i++) {
        keys[i] = kinds[r.nextInt(1 + r.nextInt(kinds.length))];
      }
      Integer[] sorted = java.util.stream.IntStream.range(0, n).boxed().toArray(Integer[]::new);
      java.util.Arrays.sort(sorted, java.util.Comparator.comparing(i -> keys[i])); // stable
      assertThat(BatchClassifier.grouped(keys)).containsExactly(
          java.util.Arrays.stream(sorted).mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void oneRowThatBreaksTheDetectorCostsThatRowOnly() throws Exception {
    // a repeated code point near the top of Unicode makes OpenNLP's text normaliser throw, in the
    // 103-language detector, which a word no corpus has sends it to
    String poison = "Qzxwv\uDBFF\uDFFF\uDBFF\uDFFF";
    List<SourceRow> rows = List.of(row(2, "a", "great service, thanks"), row(3, "b", poison),
        row(4, "c", "terrible service, nobody answered for two weeks"));
    try (BatchClassifier batch = new BatchClassifier(classifier, options(2))) {
      List<Prediction> out = batch.classify(rows);
      assertThat(out).extracting(Prediction::id).containsExactly("a", "b", "c");
      assertThat(out.get(0).ok()).isTrue();
      assertThat(out.get(1).error()).startsWith("line 3:").contains("could not be classified");
      assertThat(out.get(2).label()).contains(Label.POOR);
    }
  }

  @Test
  void malformedRowsAndBadCellsComeBackWithTheirReason() throws Exception {
    List<SourceRow> rows = List.of(
        new SourceRow(2, Map.of("id", "r", "text", "fine"), Map.of(), "line 2 has 3 fields but the header has 2"),
        SourceRow.of(3, Map.of("id", "m")),
        new SourceRow(4, Map.of("id", "s", "text", "{}"), Map.of("text", "object"), ""),
        SourceRow.of(5, Map.of("id", "u\uFFFD", "text", "good service")));
    try (BatchClassifier batch = new BatchClassifier(classifier, options(1))) {
      List<Prediction> out = batch.classify(rows);
      assertThat(out.get(0).error()).contains("3 fields");
      assertThat(out.get(1).error()).contains("no value in column 'text'");
      assertThat(out.get(2).error()).contains("holds a JSON object");
      assertThat(out.get(3).error()).contains("column 'id' has bytes that are not valid UTF-8");
    }
  }

  @Test
  void aLanguageColumnWinsOverDetectionAndAnUnknownOneIsTheRowsError() throws Exception {
    BatchOptions byColumn = new BatchOptions("text", Optional.empty(), Optional.of("lang"), Optional.of(Lang.EN),
        false, 1, BatchOptions.MAX_CHARS);
    try (BatchClassifier batch = new BatchClassifier(classifier, byColumn)) {
      List<Prediction> out = batch.classify(List.of(
          SourceRow.of(2, Map.of("text", "Palvelu oli hyvää", "lang", "fi")),
          SourceRow.of(3, Map.of("text", "Palvelu oli hyvää", "lang", "")),
          SourceRow.of(4, Map.of("text", "Palvelu oli hyvää", "lang", "xx"))));
      assertThat(out.get(0).lang()).isEqualTo("fi");
      assertThat(out.get(1).lang()).as("the empty cell falls back to --lang").isEqualTo("en");
      assertThat(out.get(2).error()).contains("language 'xx' in column 'lang' is not supported");
    }
  }

  @Test
  void aMessageOverTheLimitIsItsRowsError() throws Exception {
    BatchOptions small = new BatchOptions("text", Optional.empty(), Optional.empty(), Optional.empty(), false, 1, 50);
    try (BatchClassifier batch = new BatchClassifier(classifier, small)) {
      List<Prediction> out = batch.classify(List.of(SourceRow.of(2, Map.of("text", "x".repeat(51))),
          SourceRow.of(3, Map.of("text", "good service"))));
      assertThat(out.get(0).error()).isEqualTo("line 2: the message is 51 characters, over the limit of 50");
      assertThat(out.get(1).ok()).isTrue();
    }
  }

  @Test
  void theSameRowsGiveTheSamePredictionsOnAnyNumberOfThreads() throws Exception {
    List<SourceRow> rows = new ArrayList<>();
    String[] texts = {"सेवा अच्छी थी", "Kiitos, nopeaa palvelua", "آرڈر وقت پر مل گیا", "ஆர்டர் வரவில்லை",
        "Nobody answered my emails", ""};
    for (int i = 0; i < 600; i++) {
      rows.add(row(i + 2, "r" + i, texts[i % texts.length]));
    }
    List<SourceRow> stream = rows;
    List<Prediction> one;
    try (BatchClassifier batch = new BatchClassifier(classifier, options(1))) {
      one = new ArrayList<>();
      List<Prediction> sink = one;
      batch.run(stream.iterator(), r -> r, (r, p) -> sink.add(p));
    }
    try (BatchClassifier batch = new BatchClassifier(classifier, options(8))) {
      assertThat(batch.classify(rows)).isEqualTo(one);
    }
    assertThat(one).hasSize(600);
    assertThat(one.get(5).error()).isEqualTo("empty text");
  }

  /**
   * A batch classifies its messages grouped by language; each prediction, on every column, is still
   * the one its row gets alone, in input order, its errors included.
   */
  @Test
  void groupedByLanguageEachRowGetsWhatItGetsAlone() throws Exception {
    String[] texts = {"सेवा अच्छी थी", "Kiitos, nopeaa palvelua", "آرڈر وقت پر مل گیا", "ஆர்டர் வரவில்லை",
        "Nobody answered my emails", "", "Le service était correct", "👍👍", "bahut accha service tha bhai",
        "Qzxwv\uDBFF\uDFFF\uDBFF\uDFFF", "𝐆𝐫𝐞𝐚𝐭 𝐬𝐞𝐫𝐯𝐢𝐜𝐞"};
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(SourceRow.of(i + 2, Map.of("id", "r" + i, "text", texts[i % texts.length],
          "other", texts[(i * 7 + 3) % texts.length])));
    }
    try (BatchClassifier batch = new BatchClassifier(classifier, options(2))) {
      List<List<Prediction>> grouped = batch.classify(rows, List.of("text", "other"));
      assertThat(grouped).hasSize(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(grouped.get(i)).as("row %d", i)
            .containsExactly(batch.classify(rows.get(i), "text"), batch.classify(rows.get(i), "other"));
      }
      assertThat(grouped.get(9).get(0).error()).contains("could not be classified");
      assertThat(grouped.get(5).get(0).error()).isEqualTo("empty text");
    }
  }
}

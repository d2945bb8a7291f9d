package org.servicesignals.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSource;
import org.servicesignals.langid.LanguageIdentifier;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code classify} answers exactly as it did with OpenNLP's own evaluation: on the shipped sample
 * export and every message of the corpora's test splits (each language, its romanised split and
 * the symbols), every prediction — label, probabilities to the last bit, evidence, token counts,
 * error — is the same, so the output files are byte for byte the same.
 */
class ArrayScoringOutputTest {
  static final Path CORPORA = Path.of("corpora");
  static Classifier arrays;
  static Classifier openNlp;

  @BeforeAll
  static void load() {
    LanguageIdentifier ids = LanguageIdentifier.load();
    Map<Lang, ModelBundle> models = ModelFiles.load(Path.of("models"));
    Map<Lang, ModelBundle> reference = new HashMap<>();
    models.forEach((l, b) -> reference.put(l, b.withOpenNlpScoring()));
    arrays = new Classifier(ids, models);
    openNlp = new Classifier(ids, reference);
  }

  @Test
  void theSampleExportIsClassifiedAsBefore() throws Exception {
    BatchOptions options = new BatchOptions("comment", java.util.Optional.of("response_id"), java.util.Optional.empty(),
        java.util.Optional.empty(), true, 2, BatchOptions.MAX_CHARS);
    List<SourceRow> rows = new ArrayList<>();
    try (RowSource in = Inputs.open(CORPORA.resolve("samples/survey-export.csv"), "csv")) {
      in.forEachRemaining((Row r) -> rows.add(r.source()));
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
    try (BatchClassifier a = new BatchClassifier(arrays, options);
        BatchClassifier b = new BatchClassifier(openNlp, options)) {
      assertThat(a.classify(rows)).containsExactlyElementsOf(b.classify(rows));
    }
  }

  @Test
  void everyTestSplitMessageIsClassifiedAsBefore() throws Exception {
    List<Path> splits;
    try (Stream<Path> dirs = Files.list(CORPORA)) {
      splits = dirs.map(d -> d.resolve(CorpusFiles.TEST + ".tsv")).filter(Files::exists).sorted().toList();
    }
    assertThat(splits).hasSizeGreaterThanOrEqualTo(Lang.values().length);
    int compared = 0;
    for (Path split : splits) {
      for (var s : CorpusFiles.read(split)) {
        Message m = Message.of(s.id(), s.text());
        Prediction expected = openNlp.classify(m, true);
        assertThat(arrays.classify(m, true)).as("%s %s", split, s.id()).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1500);
  }
}

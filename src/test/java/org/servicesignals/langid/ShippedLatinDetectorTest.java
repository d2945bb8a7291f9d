package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;

/**
 * {@code models/langid-latn.bin} is what {@code train-langid} makes from the corpora today: its
 * card names their current hashes, and retraining gives the same file, byte for byte.
 */
class ShippedLatinDetectorTest {
  static final Path MODELS = Path.of("models");
  static final Path CORPORA = Path.of("corpora");

  @Test
  void retrainingReproducesTheShippedDetector() throws Exception {
    LatinVarietiesCard card;
    try (InputStream in = Files.newInputStream(MODELS.resolve(LatinVarietiesCard.CARD))) {
      card = LatinVarietiesCard.read(in);
    }
    Map<LatinVarieties.Variety, List<String>> train = new EnumMap<>(LatinVarieties.Variety.class);
    Map<LatinVarieties.Variety, List<String>> test = new EnumMap<>(LatinVarieties.Variety.class);
    for (LatinVarieties.Variety v : LatinVarieties.Variety.values()) {
      for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST)) {
        Path f = CORPORA.resolve(v.id()).resolve(split + ".tsv");
        assertThat(card.corpus().get(v.id() + "/" + split + ".tsv"))
            .as("card hash of %s (stale detector: run 'train-langid')", f).isEqualTo(CorpusFiles.sha256(f));
        List<String> texts = new ArrayList<>();
        for (Sample s : CorpusFiles.read(f)) {
          texts.add(s.text());
        }
        (split.equals(CorpusFiles.TRAIN) ? train : test).put(v, texts);
      }
    }
    LatinVarietiesCard.Trained again = LatinVarietiesCard.train(train, test, card.corpus());
    byte[] shipped = Files.readAllBytes(MODELS.resolve(LatinVarietiesCard.MODEL));
    assertThat(LatinVarietiesCard.sha256(again.detector().bytes())).as("retrained detector")
        .isEqualTo(LatinVarietiesCard.sha256(shipped)).isEqualTo(card.modelSha256());
    assertThat(again.card().testAccuracy()).isEqualTo(card.testAccuracy());
    assertThat(again.card().trainingMessages()).isEqualTo(card.trainingMessages());
    assertThat(again.card().calibration()).isEqualTo(card.calibration());
    assertThat(again.card().calibration().logLossAfter()).as("out-of-fold log-loss with the temperature")
        .isLessThanOrEqualTo(card.calibration().logLossBefore());
  }

  @Test
  void savedDetectorReadsBackToTheSameAnswers() throws Exception {
    LatinVarieties shipped = LatinVarietiesCard.shipped();
    LatinVarieties copy = LatinVarieties.read(shipped.bytes(), shipped.temperature());
    for (String text : List.of("service bahut achhi thi", "bohat bakwas service hai", "romba nalla irundhuchu",
        "Kiitos nopeasta avusta", "the parcel never came")) {
      assertThat(copy.identify(text)).isEqualTo(shipped.identify(text));
    }
  }
}

package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.CrossValidation;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.io.CorpusFiles;

/**
 * The romanised models ({@code models/hi-Latn.bin}, {@code ur-Latn}, {@code ta-Latn}) are what
 * {@code train --romanised} makes from {@code corpora/<lang>-Latn} today, as {@link ShippedModelsTest}
 * checks the native ones: the card names the corpora's hashes, retraining gives the same
 * probabilities, and the test score is what the card says.
 */
class ShippedRomanisedModelsTest {
  static final Path MODELS = Path.of("models");
  static final Path CORPORA = Path.of("corpora");

  @ParameterizedTest
  @EnumSource(value = Lang.class, names = {"HI", "UR", "TA"})
  void cardMatchesTheCorpora(Lang lang) throws Exception {
    String name = lang.code() + ModelCard.ROMANISED_SUFFIX;
    ModelCard card = ModelFiles.readCard(MODELS.resolve(name + ".card.json"));
    for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST)) {
      Path f = CorpusFiles.romanised(CORPORA, lang, split);
      assertThat(card.corpus().get(name + "/" + split + ".tsv"))
          .as("%s: model card hash of %s (stale model: run 'train --romanised')", name, f)
          .isEqualTo(CorpusFiles.sha256(f));
    }
    assertThat(card.trainingSamples()).isEqualTo(CorpusFiles.read(CorpusFiles.romanised(CORPORA, lang,
        CorpusFiles.TRAIN)).size());
    assertThat(card.romanised()).isTrue();
    assertThat(FeatureSet.parse(card.features()).readsLexicon()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Lang.class, names = {"HI", "UR", "TA"})
  void retrainingReproducesTheShippedModel(Lang lang) throws Exception {
    ModelBundle shipped = ModelFiles.load(MODELS).get(lang).romanised().orElseThrow();
    ModelCard card = shipped.card();
    AnalyzerChain chain = RomanisedAnalysis.chain(lang);
    assertThat(shipped.chain()).isSameAs(chain);
    assertThat(chain.describe()).isEqualTo(card.analyzerChain());
    List<Sample> test = CorpusFiles.read(CorpusFiles.romanised(CORPORA, lang, CorpusFiles.TEST));
    DoccatModel again = Training.train(CorpusFiles.read(CorpusFiles.romanised(CORPORA, lang, CorpusFiles.TRAIN)),
        chain, FeatureSet.parse(card.features()), TrainerSpec.parse(card.trainer().get("Algorithm")));
    DocumentCategorizerME a = new DocumentCategorizerME(shipped.model());
    DocumentCategorizerME b = new DocumentCategorizerME(again);
    for (Sample s : test.subList(0, 60)) {
      String[] tokens = chain.tokens(s.text());
      assertThat(Classifier.probabilities(b, chain, tokens, s.text())).as(s.id())
          .containsExactly(Classifier.probabilities(a, chain, tokens, s.text()));
    }
    double macroF1 = CrossValidation.evaluate(shipped.model(), chain, test).macroF1();
    assertThat(macroF1).isCloseTo(card.test().macroF1(), within(1e-4));
    assertThat(card.test().macroF1()).isGreaterThan(card.test().majorityBaselineMacroF1());
  }
}

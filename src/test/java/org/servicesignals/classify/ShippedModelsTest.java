package org.servicesignals.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.CrossValidation;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.io.CorpusFiles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models in {@code models/} are what {@code train} makes from {@code corpora/} today: their
 * cards name the corpora's current hashes, their test scores are what they score, and retraining
 * with the card's recipe gives the same probabilities. A corpus edit without a retrain fails here.
 */
class ShippedModelsTest {
  static final Path MODELS = Path.of("models");
  static final Path CORPORA = Path.of("corpora");

  @ParameterizedTest
  @EnumSource(Lang.class)
  void cardMatchesTheCorpora(Lang lang) throws Exception {
    ModelCard card = ModelFiles.readCard(MODELS.resolve(lang.code() + ".card.json"));
    for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST)) {
      Path f = CorpusFiles.file(CORPORA, lang, split);
      assertThat(card.corpus().get(lang.code() + "/" + split + ".tsv"))
          .as("%s: model card hash of %s (stale model: run 'train')", lang, f)
          .isEqualTo(CorpusFiles.sha256(f));
    }
    assertThat(card.trainingSamples()).isEqualTo(CorpusFiles.read(CORPORA, lang, CorpusFiles.TRAIN).size());
    if (FeatureSet.parse(card.features()).readsLexicon()) {
      Path lexicon = CORPORA.resolve("lexicon").resolve(lang.code() + ".tsv");
      assertThat(card.corpus().get("lexicon/" + lang.code() + ".tsv"))
          .as("%s: model card hash of %s (stale model: run 'train')", lang, lexicon)
          .isEqualTo(CorpusFiles.sha256(lexicon));
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void retrainingReproducesTheShippedModel(Lang lang) throws Exception {
    ModelBundle shipped = ModelFiles.load(MODELS).get(lang);
    ModelCard card = shipped.card();
    AnalyzerChain chain = SentimentAnalysis.chain(lang, AnalysisOptions.parse(card.analysis()));
    assertThat(chain.describe()).isEqualTo(card.analyzerChain());
    List<Sample> test = CorpusFiles.read(CORPORA, lang, CorpusFiles.TEST);
    DoccatModel again = Training.train(CorpusFiles.read(CORPORA, lang, CorpusFiles.TRAIN), chain, FeatureSet.parse(card.features()),
        TrainerSpec.parse(card.trainer().get("Algorithm")));
    DocumentCategorizerME a = new DocumentCategorizerME(shipped.model());
    DocumentCategorizerME b = new DocumentCategorizerME(again);
    for (Sample s : test.subList(0, Math.min(60, test.size()))) {
      String[] tokens = chain.tokens(s.text());
      assertThat(Classifier.probabilities(b, chain, tokens, s.text())).as(s.id())
          .containsExactly(Classifier.probabilities(a, chain, tokens, s.text()));
    }
    double macroF1 = CrossValidation.evaluate(shipped.model(), chain, test).macroF1();
    assertThat(macroF1).isCloseTo(card.test().macroF1(), org.assertj.core.api.Assertions.within(1e-4));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyLanguageShipsAModelWithACard(Lang lang) {
    assertThat(Files.exists(MODELS.resolve(lang.code() + ".bin"))).isTrue();
    Map<Lang, ModelBundle> all = ModelFiles.load(MODELS);
    ModelCard card = all.get(lang).card();
    assertThat(card.featureGenerators()).isNotEmpty();
    assertThat(card.libraries()).containsKeys("opennlp-tools", "lucene");
    assertThat(card.test().macroF1()).isGreaterThan(card.test().majorityBaselineMacroF1());
  }

  @Test
  void aShortAnswerMisspeltByOneLetterReadsAsTheWordUnlessTheModelKnowsIt() {
    var models = ModelFiles.load(MODELS);
    ModelBundle en = models.get(Lang.EN);
    assertThat(en.knowsWord("deliveries")).as("known through the model's stemmer").isTrue();
    assertThat(en.knowsWord("dreadfull")).isFalse();
    Classifier c = new Classifier(org.servicesignals.langid.LanguageIdentifier.load(), models);
    assertThat(c.classify(new org.servicesignals.core.Message("1", "dreadfull", java.util.Optional.of(Lang.EN)))
        .label()).contains(org.servicesignals.core.Label.POOR);
  }
}

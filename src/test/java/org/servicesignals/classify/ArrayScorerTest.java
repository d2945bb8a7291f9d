package org.servicesignals.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.scoring.ArrayScorer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The array-backed scorer gives OpenNLP's own probabilities, to 1e-9, on every test message of
 * every shipped model and on models of each trainer made here, so a switch of learner keeps it
 * right; a model type it does not read falls back to OpenNLP's evaluation.
 */
class ArrayScorerTest {
  static final Path CORPORA = Path.of("corpora");
  static Map<Lang, ModelBundle> shipped;

  @BeforeAll
  static void load() {
    shipped = ModelFiles.load(Path.of("models"));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void shippedModelsScoreAsOpenNlpOnEveryTestMessage(Lang lang) throws Exception {
    ModelBundle bundle = shipped.get(lang);
    agreeOn(bundle.model(), bundle.chain(), CorpusFiles.read(CORPORA, lang, CorpusFiles.TEST));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAXENT", "PERCEPTRON", "NAIVEBAYES"})
  void modelsOfEachTrainerScoreAsOpenNlp(String algorithm) throws Exception {
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN, AnalysisOptions.parse("stem"));
    List<Sample> train = CorpusFiles.read(CORPORA, Lang.EN, CorpusFiles.TRAIN);
    DoccatModel model = Training.train(train.subList(0, 600), chain,
        FeatureSet.parse("negwords+bigrams+chars+shape+lexicon"), TrainerSpec.parse(algorithm));
    agreeOn(model, chain, CorpusFiles.read(CORPORA, Lang.EN, CorpusFiles.TEST));
  }

  @Test
  void aModelTypeItDoesNotReadIsScoredByOpenNlp() {
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN, AnalysisOptions.DEFAULT);
    DoccatModel qn = Training.train(TinyCorpus.samples(), chain, FeatureSet.parse("words+bigrams"),
        TrainerSpec.parse("MAXENT_QN"));
    assertThat(ArrayScorer.of(qn.getMaxentModel())).isEmpty();
    Categorizer c = Categorizer.of(qn);
    assertThat(c.usesArrays()).isFalse();
    String text = "nobody answered, not good";
    assertThat(c.probabilities(chain, chain.tokens(text), text))
        .containsExactly(Categorizer.openNlp(qn).probabilities(chain, chain.tokens(text), text));
  }

  @Test
  void unknownAndRepeatedFeaturesCountAsOpenNlpCountsThem() {
    DoccatModel model = shipped.get(Lang.EN).model();
    ArrayScorer scorer = ArrayScorer.of(model.getMaxentModel()).orElseThrow();
    String[] features = {"w=good", "w=good", "never-a-feature", "b=^_good", "w=good"};
    double[] mine = scorer.eval(features);
    double[] theirs = model.getMaxentModel().eval(features);
    for (int i = 0; i < mine.length; i++) {
      assertThat(mine[i]).isCloseTo(theirs[i], within(ArrayScorer.TOLERANCE));
    }
    assertThat(scorer.eval(new String[0])).containsExactly(model.getMaxentModel().eval(new String[0]));
  }

  private static void agreeOn(DoccatModel model, AnalyzerChain chain, List<Sample> messages) {
    Categorizer arrays = Categorizer.of(model);
    Categorizer openNlp = Categorizer.openNlp(model);
    assertThat(arrays.usesArrays()).as("%s read into arrays", model.getMaxentModel().getClass().getSimpleName())
        .isTrue();
    assertThat(messages).hasSizeGreaterThan(100);
    for (Sample s : messages) {
      String[] tokens = chain.tokens(s.text());
      double[] expected = openNlp.probabilities(chain, tokens, s.text());
      double[] actual = arrays.probabilities(chain, tokens, s.text());
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).as("%s p[%d]", s.id(), i).isCloseTo(expected[i], within(ArrayScorer.TOLERANCE));
      }
    }
  }
}

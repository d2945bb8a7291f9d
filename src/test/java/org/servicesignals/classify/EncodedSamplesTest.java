package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

/** Encoded once, selected and repeated: the same model as training on the messages written out. */
class EncodedSamplesTest {
  static final AnalyzerChain CHAIN = SentimentAnalysis.chain(Lang.EN, AnalysisOptions.NONE);
  static final FeatureSet FEATURES = FeatureSet.parse("negwords+bigrams+shape+lexicon");
  static final List<String> PROBES = List.of("not good, nobody answered", "they went above and beyond",
      "arrived on time", "rude agent, waited two hours");

  @ParameterizedTest
  @ValueSource(strings = {"NAIVEBAYES", "MAXENT"})
  void repeatedEncodedMessagesTrainTheModelOfTheRepeatedSamples(String algorithm) {
    List<Sample> all = TinyCorpus.samples();
    List<Sample> base = all.subList(0, 9);
    List<Sample> added = all.subList(9, all.size());
    List<Sample> written = new ArrayList<>(base);
    for (int i = 0; i < 3; i++) {
      written.addAll(added);
    }
    TrainerSpec spec = TrainerSpec.parse(algorithm);
    DoccatModel expected = Training.train(written, CHAIN, FEATURES, spec);
    DoccatModel actual = EncodedSamples.encode(base, CHAIN, FEATURES)
        .plus(EncodedSamples.encode(added, CHAIN, FEATURES), 3).train(spec);
    assertSameProbabilities(actual, expected);
  }

  @Test
  void selectKeepsTheGivenPositionsInOrder() {
    List<Sample> all = TinyCorpus.samples();
    List<Integer> positions = List.of(14, 0, 5, 10, 1, 6, 11);
    DoccatModel expected = Training.train(positions.stream().map(all::get).toList(), CHAIN, FEATURES,
        TrainerSpec.parse("NAIVEBAYES"));
    DoccatModel actual = EncodedSamples.encode(all, CHAIN, FEATURES).select(positions).train(TrainerSpec.parse("NAIVEBAYES"));
    assertThat(EncodedSamples.encode(all, CHAIN, FEATURES).select(positions).size()).isEqualTo(7);
    assertSameProbabilities(actual, expected);
  }

  @Test
  void refusesMessagesEncodedAnotherWay() {
    EncodedSamples a = EncodedSamples.encode(TinyCorpus.samples(), CHAIN, FEATURES);
    EncodedSamples b = EncodedSamples.encode(TinyCorpus.samples(), CHAIN, FeatureSet.parse("words"));
    assertThatThrownBy(() -> a.plus(b, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.plus(a, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(a.plus(a, 0).size()).isEqualTo(a.size());
  }

  private static void assertSameProbabilities(DoccatModel actual, DoccatModel expected) {
    DocumentCategorizerME a = new DocumentCategorizerME(actual);
    DocumentCategorizerME e = new DocumentCategorizerME(expected);
    for (String probe : PROBES) {
      String[] tokens = CHAIN.tokens(probe);
      assertThat(Classifier.probabilities(a, CHAIN, tokens, probe)).as(probe)
          .containsExactly(Classifier.probabilities(e, CHAIN, tokens, probe));
    }
  }
}

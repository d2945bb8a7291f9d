package org.servicesignals.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureGeneratorsTest {
  private static final String[] TOKENS = {"not", "good"};

  @Test
  void unigramsArePrefixed() {
    assertThat(new UnigramFeatureGenerator().extractFeatures(TOKENS, Map.of())).containsExactly("w=not", "w=good");
  }

  @Test
  void bigramsSeparateNotGoodFromGood() {
    assertThat(new BigramFeatureGenerator().extractFeatures(TOKENS, Map.of()))
        .containsExactly("b=^_not", "b=not_good", "b=good_$");
    assertThat(new BigramFeatureGenerator().extractFeatures(new String[] {"good"}, Map.of()))
        .containsExactly("b=^_good", "b=good_$");
    assertThat(new BigramFeatureGenerator().extractFeatures(new String[0], Map.of())).isEmpty();
  }

  @Test
  void charNGramsCountCodePointsAndMarkEdges() {
    assertThat(new CharNGramFeatureGenerator().extractFeatures(new String[] {"ok"}, Map.of()))
        .containsExactly("c=<ok", "c=ok>", "c=<ok>");
    // an emoji is one code point (two chars): never split into lone surrogates
    assertThat(new CharNGramFeatureGenerator().extractFeatures(new String[] {"😡"}, Map.of()))
        .containsExactly("c=<😡>");
  }

  @Test
  void featureSetsByName() {
    assertThat(FeatureSets.named("words+bigrams+chars")).hasSize(3);
    assertThatThrownBy(() -> FeatureSets.named("words+trigrams")).hasMessageContaining("trigrams");
  }
}

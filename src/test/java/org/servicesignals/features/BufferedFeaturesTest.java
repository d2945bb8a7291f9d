package org.servicesignals.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.CorpusMessageFiles;
import org.servicesignals.scoring.FeatureBuffer;

/**
 * Every generator that spells its features into a buffer writes, for every corpus message under
 * every chain, exactly the strings it gives OpenNLP, in the same order: the models were trained on those.
 */
class BufferedFeaturesTest {
  private static final List<BufferedFeatureGenerator> GENERATORS = List.of(new UnigramFeatureGenerator(),
      new NegationScopeFeatureGenerator(), new BigramFeatureGenerator(), new RomanisedNegationFeatureGenerator());

  @Test
  void everyCorpusMessageGetsTheSameFeaturesBothWays() throws Exception {
    int[] checked = {0};
    CorpusMessageFiles.forEachAnalysed((f, lang, options, s, tokens) -> {
      Map<String, Object> extra = FeatureSets.extraInformation(s.text(), lang, options.equals(AnalysisOptions.NONE));
      for (BufferedFeatureGenerator g : GENERATORS) {
        FeatureBuffer buffer = new FeatureBuffer();
        g.extractFeatures(tokens, extra, buffer);
        List<String> spelled = new ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
          spelled.add(buffer.feature(i));
        }
        assertThat(spelled).as("%s %s %s", f, s.id(), g.getClass().getSimpleName())
            .containsExactlyElementsOf(g.extractFeatures(tokens, extra));
      }
      checked[0]++;
    });
    assertThat(checked[0]).isGreaterThan(30_000);
  }

  @Test
  void noTokensNoFeatures() {
    for (BufferedFeatureGenerator g : GENERATORS) {
      FeatureBuffer buffer = new FeatureBuffer();
      g.extractFeatures(new String[0], Map.of(), buffer);
      assertThat(buffer.size()).isZero();
    }
  }
}

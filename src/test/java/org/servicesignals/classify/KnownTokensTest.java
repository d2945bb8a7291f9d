package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.CorpusMessageFiles;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.BufferedFeatureGenerator;
import org.servicesignals.features.FeatureSets;
import org.servicesignals.features.NegationScopeFeatureGenerator;
import org.servicesignals.features.UnigramFeatureGenerator;
import org.servicesignals.io.CorpusFiles;

/** The tokens a model knows, counted from the scoring's own look-ups ({@link Categorizer#score}). */
class KnownTokensTest {
  @Test
  void theScoringCountsTheKnownTokensAsTheVocabularyDoesOnEveryCorpusMessage() throws Exception {
    Map<Lang, ModelBundle> models = ModelFiles.load(Path.of("models"));
    int messages = 0;
    int marked = 0; // messages with a negated token, whose bare unigram is looked up apart
    for (Map.Entry<Path, Lang> file : CorpusMessageFiles.all().entrySet()) {
      ModelBundle native_ = models.get(file.getValue());
      boolean romanised = file.getKey().getParent().getFileName().toString().endsWith("-Latn");
      ModelBundle bundle = romanised ? native_.romanised().orElseThrow() : native_;
      List<BufferedFeatureGenerator> perToken = java.util.Arrays.stream(bundle.model().getFactory().getFeatureGenerators())
          .filter(g -> g instanceof BufferedFeatureGenerator b && b.unigramPerToken())
          .map(BufferedFeatureGenerator.class::cast).toList();
      assertThat(perToken).as(file.getKey().toString()).isNotEmpty();
      boolean normalizedOnly = bundle.chain().options().equals(AnalysisOptions.NONE);
      for (Sample s : CorpusFiles.read(file.getKey())) {
        String[] tokens = bundle.chain().tokens(s.text());
        Categorizer.Scored scored = bundle.categorizer().score(bundle.chain(), tokens, s.text(), null, null);
        assertThat(scored.knownTokens()).as(file.getKey() + ": " + s.text()).isEqualTo(bundle.knownCount(tokens));
        messages++;
        marked += perToken.get(0).extractFeatures(tokens,
            FeatureSets.extraInformation(s.text(), bundle.chain().lang(), normalizedOnly)).stream()
            .anyMatch(f -> f.startsWith(UnigramFeatureGenerator.PREFIX + NegationScopeFeatureGenerator.NEGATED)) ? 1 : 0;
      }
    }
    assertThat(messages).isGreaterThan(30_000);
    assertThat(marked).isGreaterThan(500);
  }

}

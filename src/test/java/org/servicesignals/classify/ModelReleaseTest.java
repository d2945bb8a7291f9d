package org.servicesignals.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model read from its file is let go once its arrays and vocabulary are built, and read again
 * from the same bytes when asked for; a model made in memory, which has no bytes, is kept.
 */
class ModelReleaseTest {
  @Test
  void aModelReadFromItsFileIsLetGoOnceScoredInArraysAndReadAgainWhenAsked() throws Exception {
    Map<Lang, ModelBundle> models = ModelFiles.open(Path.of("models"));
    ModelBundle fi = models.get(Lang.FI);
    assertThat(fi.holdsModel()).isTrue(); // read, not yet scored
    DoccatModel before = fi.model();
    fi.load();
    assertThat(fi.categorizer().usesArrays()).isTrue();
    assertThat(fi.holdsModel()).isFalse();
    DoccatModel again = fi.model();
    assertThat(again).isNotSameAs(before);
    String[] tokens = {"palvelu", "oli", "tosi", "hyvää", "kiitos"};
    assertThat(new DocumentCategorizerME(again).categorize(tokens))
        .containsExactly(new DocumentCategorizerME(before).categorize(tokens));
    assertThat(fi.knows("palvelu")).isEqualTo(ModelFiles.open(Path.of("models")).get(Lang.FI).knows("palvelu"));
  }

  @Test
  void aModelOpenedLazilyIsLetGoOnceAMessageIsClassifiedAndStillCountsItsKnownWords() {
    Map<Lang, ModelBundle> models = ModelFiles.open(Path.of("models"));
    Classifier classifier = new Classifier(org.servicesignals.langid.LanguageIdentifier.load(), models);
    Map<Lang, String> messages = Map.of(Lang.EN, "The driver was very rude and late", Lang.FI, "Palvelu oli tosi hyvää",
        Lang.HI, "खाना ठंडा था और कोई जवाब नहीं मिला", Lang.UR, "سروس بہت اچھی تھی، شکریہ",
        Lang.TA, "சாப்பாடு ரொம்ப நல்லா இருந்துச்சு");
    messages.forEach((lang, text) -> {
      org.servicesignals.core.Prediction p = classifier.classify(org.servicesignals.core.Message.of("m", text));
      assertThat(p.ok()).as(text).isTrue();
      ModelBundle bundle = models.get(lang);
      assertThat(bundle.holdsModel()).as(lang.code()).isFalse(); // its arrays score it, their index knows its words
      assertThat(p.knownTokens()).as(text).isEqualTo(bundle.knownCount(bundle.chain().tokens(text))).isPositive();
    });
    classifier.classify(org.servicesignals.core.Message.of("r", "delivery bahut late thi aur khana thanda tha"));
    assertThat(models.get(Lang.HI).romanised().orElseThrow().holdsModel()).isFalse();
  }

  @Test
  void theKnownCountIsTheTokensKnownOneByOne() {
    ModelBundle fi = ModelFiles.load(Path.of("models")).get(Lang.FI);
    String[][] messages = {{}, {"palvelu", "oli", "tosi", "hyvää", "kiitos"}, {"qqqzx", "palvelu", "qqqzx"},
        {"x", "", "palvelu", "palvelu", "hyvää", "zzz"}};
    for (String[] tokens : messages) {
      long oneByOne = java.util.Arrays.stream(tokens).filter(fi::knows).count();
      assertThat(fi.knownCount(tokens)).as(String.join(" ", tokens)).isEqualTo(oneByOne);
    }
    assertThat(fi.knownCount(messages[1])).isPositive();
    assertThat(fi.knownCount(new String[] {"qqqzx"})).isZero();
  }

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

  @Test
  void aModelMadeInMemoryIsKept() throws Exception {
    ModelBundle read = ModelFiles.load(Path.of("models")).get(Lang.EN);
    DoccatModel model = read.model();
    ModelBundle made = new ModelBundle(Lang.EN, model, read.card()).load();
    assertThat(made.holdsModel()).isTrue();
    assertThat(made.model()).isSameAs(model);
  }

  @Test
  void scoringWithOpenNlpKeepsTheModelAndScoresTheSameAfterItsSiblingLetsItGo() {
    ModelBundle hi = ModelFiles.open(Path.of("models")).get(Lang.HI);
    ModelBundle openNlp = hi.withOpenNlpScoring();
    openNlp.load();
    assertThat(openNlp.categorizer().usesArrays()).isFalse();
    assertThat(openNlp.holdsModel()).isTrue();
    hi.load(); // the arrays' bundle lets the shared model go; the OpenNLP categorizer kept its own
    assertThat(hi.holdsModel()).isFalse();
    String[] tokens = hi.chain().tokens("खाना ठंडा था और कोई जवाब नहीं मिला");
    String text = "खाना ठंडा था और कोई जवाब नहीं मिला";
    assertThat(openNlp.categorizer().probabilities(openNlp.chain(), tokens, text))
        .containsExactly(hi.withOpenNlpScoring().categorizer().probabilities(hi.chain(), tokens, text));
  }
}

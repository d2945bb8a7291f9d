package org.servicesignals.classify;

import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;
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

package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.langid.LanguageIdentifier;

/** Romanised Hindi, Urdu and Tamil go to their romanised models; native script, code-mixed or not, to the native ones. */
class RomanisedClassificationTest {
  static final Path MODELS = Path.of("models");
  static Classifier classifier;

  @BeforeAll
  static void load() {
    classifier = new Classifier(LanguageIdentifier.load(), ModelFiles.load(MODELS));
  }

  private static Prediction classify(String text) {
    return classifier.classify(Message.of("m", text));
  }

  @Test
  void theRomanisedModelsLoadBesideTheNativeOnes() {
    for (Lang l : new Lang[] {Lang.HI, Lang.UR, Lang.TA}) {
      ModelBundle b = classifier.models().get(l).romanised().orElseThrow();
      assertThat(b.card().lang()).isEqualTo(l.code() + "-Latn");
      assertThat(b.chain()).isSameAs(RomanisedAnalysis.chain(l));
    }
    assertThat(classifier.models().get(Lang.EN).romanised()).isEmpty();
  }

  @Test
  void romanisedMessagesAreLabelledByTheirLanguage() {
    Prediction praise = classify("service bahut achhi thi, delivery boy ne khud ghar tak parcel pahunchaya, dhanyawad");
    assertThat(praise.ok()).as(praise.error()).isTrue();
    assertThat(praise.lang()).isIn("hi", "ur");
    assertThat(praise.script()).isEqualTo("Latn");
    assertThat(praise.label()).isNotEqualTo(Optional.of(Label.POOR));

    Prediction complaint = classify("bohat bakwas service hai, 4 dafa complaint ki, koi call nahi uthata");
    assertThat(complaint.lang()).isEqualTo("ur");
    assertThat(complaint.label()).contains(Label.POOR);

    Prediction tamil = classify("3 naala net illa, complaint panniyum yaarum varala, romba mosamana service");
    assertThat(tamil.lang()).isEqualTo("ta");
    assertThat(tamil.script()).isEqualTo("Latn");
    assertThat(tamil.label()).contains(Label.POOR);
  }

  @Test
  void aDeclaredLanguageInLatinLettersUsesTheRomanisedModel() {
    String text = "bakwas service, delivery 5 din late aayi aur refund bhi nahi mila";
    Prediction declared = classifier.classify(new Message("m", text, Optional.of(Lang.HI)));
    ModelBundle latin = classifier.models().get(Lang.HI).romanised().orElseThrow();
    String[] tokens = latin.chain().tokens(text);
    double[] raw = Classifier.probabilities(new opennlp.tools.doccat.DocumentCategorizerME(latin.model()),
        latin.chain(), tokens, text);
    assertThat(declared.probabilities()).containsExactly(Calibration.apply(raw, latin.card().temperature()));
    assertThat(declared.script()).isEqualTo("Latn");
    assertThat(declared.label()).contains(Label.POOR);
  }

  @Test
  void codeMixedNativeScriptGoesToTheNativeModel() {
    String text = "कस्टमर केयर ने कोई response नहीं दिया";
    Prediction p = classify(text);
    assertThat(p.lang()).isEqualTo("hi");
    assertThat(p.script()).isEqualTo("Deva");
    ModelBundle hindi = classifier.models().get(Lang.HI);
    double[] raw = Classifier.probabilities(new opennlp.tools.doccat.DocumentCategorizerME(hindi.model()),
        hindi.chain(), hindi.chain().tokens(text), text);
    assertThat(p.probabilities()).containsExactly(Calibration.apply(raw, hindi.card().temperature()));
    assertThat(p.label()).contains(Label.POOR);
  }

  @Test
  void withoutARomanisedModelTheMessageSaysWhichIsMissing(@TempDir Path dir) throws Exception {
    ModelFiles.copy(MODELS, Lang.HI, dir);
    Map<Lang, ModelBundle> models = ModelFiles.load(dir);
    assertThat(models.get(Lang.HI).romanised()).isEmpty();
    Prediction p = new Classifier(classifier.languages(), models)
        .classify(new Message("m", "service bahut achhi thi", Optional.of(Lang.HI)));
    assertThat(p.ok()).isFalse();
    assertThat(p.error()).contains("no model loaded for hi-Latn");
    assertThat(p.lang()).isEqualTo("hi");
    assertThat(p.script()).isEqualTo("Latn");
  }

  @Test
  void theScriptAndLanguageConfidenceColumnsComeLast() {
    PredictionColumns cols = PredictionColumns.beside(java.util.List.of("id", "text"), false);
    assertThat(cols.names()).endsWith("needs_review", "script", "lang_confidence");
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    cols.put(row, classify("service romba nalla irundhuchu, ellam correct ah nadandhuchu"));
    assertThat(row.get("script")).isEqualTo("Latn");
    assertThat(row.get("lang")).isEqualTo("ta");
    row.clear();
    cols.put(row, classify("👍👍"));
    assertThat(row.get("script")).isEqualTo("");
    assertThat(row.get("lang_confidence")).isNull();
  }

  @Test
  void hindiOrUrduThatCannotBeToldApartIsFlaggedForReview() {
    PredictionColumns cols = PredictionColumns.beside(java.util.List.of("text"), false);
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    Prediction unsure = classify("order abhi tak nahi aaya");
    assertThat(unsure.langConfidence()).isLessThan(Prediction.LANG_REVIEW_BELOW);
    cols.put(row, unsure);
    assertThat(row.get("lang_confidence")).isEqualTo(unsure.langConfidence());
    assertThat(row.get("needs_review")).isEqualTo(true);
    Prediction sure = classify("bohat shukriya, order waqt pe mil gaya");
    assertThat(sure.langConfidence()).isGreaterThanOrEqualTo(Prediction.LANG_REVIEW_BELOW);
    Prediction declared = classifier.classify(new Message("d", "order abhi tak nahi aaya", Optional.of(Lang.UR)));
    assertThat(declared.langConfidence()).isEqualTo(1.0);
    assertThat(classify("डिलीवरी समय पर हुई, सब ठीक था").langConfidence()).isEqualTo(1.0);
  }
}

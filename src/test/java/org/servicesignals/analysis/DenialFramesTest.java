package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.features.FeatureSets;
import org.servicesignals.features.NegationScopeFeatureGenerator;

class DenialFramesTest {
  /** The tokens that still negate after the frames, as {@code token@position}. */
  private static List<String> negators(Lang lang, String text) {
    return negators(lang, text, AnalysisOptions.NONE);
  }

  /** As {@link #negators(Lang, String)}, the text analysed with {@code options}. */
  private static List<String> negators(Lang lang, String text, AnalysisOptions options) {
    LanguageProfile profile = LanguageProfile.of(lang);
    AnalyzerChain chain = SentimentAnalysis.chain(lang, options);
    String[] tokens = chain.tokens(text);
    NegationScope[] scopes = new NegationScope[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      scopes[i] = profile.isNegator(tokens[i]) ? profile.negationScope() : null;
    }
    DenialFrames.of(profile, chain).apply(tokens, scopes);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (scopes[i] != null) {
        out.add(tokens[i] + "@" + i);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "en | I can't say the staff weren't polite, they were fine.",
      "en | Not saying they didn't try.",
      "fi | En voi sanoa, ettei henkilökunta olisi ollut kohteliasta.",
      "fi | Ei se, ettei sovellus toimisi.",
      "hi | ये नहीं कह सकते कि मैकेनिक ने सुना नहीं",
      "hi | ऐसा नहीं है कि ऐप चलता नहीं",
      "ur | یہ نہیں کہہ سکتا کہ عملہ بااخلاق نہیں تھا",
      "ur | ایسا نہیں کہ ڈیلیوری نہیں ہوئی",
      "ta | ஸ்டாஃப் மரியாதையா இல்லன்னு சொல்ல முடியாது",
      // "not a day went by when it didn't ...": always
      "en | Not a day goes by when the bus isn't late",
      "hi | कोई दिन नहीं गया जब डिलीवरी लेट ना हुई हो",
      "hi | कभी ऐसा नहीं हुआ कि बिल ग़लत ना आया हो",
      "ur | کوئی دن ایسا نہیں گیا جب ڈرائیور لیٹ نہ ہوا ہو"})
  void aDenialAndTheNegationItDeniesCancel(String lang, String text) {
    assertThat(negators(Lang.parse(lang).orElseThrow(), text)).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // a phrase with no clause opening beside it denies nothing
      "en | They won't say sorry and won't refund me. | 2",
      "en | I can't say enough good things. Never had a problem. | 2",
      "fi | En sano mitään, ei kukaan vastannut. | 2",
      "hi | हेलो तक नहीं कहता, खाना भी अच्छा नहीं था | 2",
      "ta | டெலிவரி லேட் இல்ல, குறை சொல்ல முடியாது | 2",
      // a clause opens, but holds no negation: the phrase negates as usual
      "en | Can't say I was impressed. | 1",
      // the denied clause ends at a contrast word or a coordinator
      "en | I can't say that it was great, but nobody was rude. | 2",
      "en | They wouldn't say the price and weren't helpful. | 2",
      // in Tamil only the quoted word right before the phrase is the denied clause's negation
      "ta | சாப்பாடு நல்லா இல்ல ஃப்ரெண்ட்லி ஸ்டாஃப்னு சொல்ல முடியாது | 2"})
  void anOrdinaryNegatorKeepsItsScope(String lang, String text, int negators) {
    assertThat(negators(Lang.parse(lang).orElseThrow(), text)).as(text).hasSize(negators);
  }

  @Test
  void everyPhraseHoldsANegatorOfItsLanguage() {
    for (Lang lang : Lang.values()) {
      LanguageProfile profile = LanguageProfile.of(lang);
      for (AnalysisOptions o : List.of(AnalysisOptions.NONE, new AnalysisOptions(false, true))) {
        for (String[] phrase : DenialFrames.of(profile, SentimentAnalysis.chain(lang, o)).phrases()) {
          assertThat(phrase).as("%s %s", lang, String.join(" ", phrase)).anyMatch(profile::isNegator);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "en | I can't say anybody wasn't polite",
      "hi | ये नहीं कह सकता कि स्टाफ़ ने मदद नहीं की"})
  void theStemmedChainsReadTheFramesToo(String lang, String text) {
    assertThat(negators(Lang.parse(lang).orElseThrow(), text, new AnalysisOptions(false, true))).as(text).isEmpty();
  }

  @Test
  void aTamilDenialWithNoNegationOfItsOwnReachesBackOverTheClause() {
    LanguageProfile ta = LanguageProfile.of(Lang.TA);
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.TA, AnalysisOptions.NONE);
    String[] tokens = chain.tokens("ஃப்ரெண்ட்லி ஸ்டாஃப்னு சொல்ல முடியாது");
    NegationScope[] scopes = new NegationScope[tokens.length];
    scopes[3] = ta.negationScope();
    DenialFrames.of(ta, chain).apply(tokens, scopes);
    assertThat(scopes[3].reaches(3, 0, 0)).isTrue(); // the denied word, three tokens back
    assertThat(ta.negationScope().reaches(3, 0, 0)).isFalse();
  }

  @Test
  void aTamilQuotedNegativeIsToldFromALocative() {
    LanguageProfile ta = LanguageProfile.of(Lang.TA);
    assertThat(ta.negatesDeniedClause("இல்லன்னு")).isTrue();
    assertThat(ta.negatesDeniedClause("கிடைக்காதுன்னு")).isTrue();
    assertThat(ta.negatesDeniedClause("வரலன்னு")).isTrue();
    assertThat(ta.negatesDeniedClause("கடைலன்னு")).isFalse();
    assertThat(ta.negatesDeniedClause("நல்லதுன்னு")).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "en | Can't say it wasn't helpful. | good",
      "en | I can't say the staff weren't rude. | poor",
      "hi | ये नहीं कह सकता कि स्टाफ़ अच्छा नहीं था | good",
      "hi | ऐसा कोई दिन नहीं गया जब सप्लाई टाइम पे ना आई हो | good",
      "hi | कोई दिन नहीं गया जब डिलीवरी लेट ना हुई हो | poor"})
  void theLexiconReadsTheDeniedClauseAsSaid(String lang, String text, String expected) {
    assertThat(LexiconReading.read(Lang.parse(lang).orElseThrow(), text).verdict())
        .as(text).contains(Label.parse(expected).orElseThrow());
  }

  @Test
  void theFeaturesLeaveTheDeniedClauseUnnegated() {
    String[] tokens = SentimentAnalysis.chain(Lang.EN, AnalysisOptions.NONE).tokens("can't say it wasn't helpful");
    Map<String, Object> extra = Map.of(FeatureSets.LANG, Lang.EN, FeatureSets.NORMALIZED_ONLY, true);
    assertThat(new NegationScopeFeatureGenerator().extractFeatures(tokens, extra)).contains("w=helpful")
        .doesNotContain("w=" + NegationScopeFeatureGenerator.NEGATED + "helpful");
    assertThat(new NegationScopeFeatureGenerator().extractFeatures(tokens, Map.of()))
        .contains("w=" + NegationScopeFeatureGenerator.NEGATED + "helpful");
  }
}

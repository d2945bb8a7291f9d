package org.servicesignals.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;

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
    assertThat(FeatureSet.parse("words+bigrams+chars").generators()).hasSize(3);
    assertThatThrownBy(() -> FeatureSet.parse("words+trigrams")).hasMessageContaining("trigrams");
  }

  @Test
  void negationScopeFollowsEachLanguagesWordOrder() {
    NegationScopeFeatureGenerator g = new NegationScopeFeatureGenerator();
    assertThat(g.extractFeatures(new String[] {"service", "was", "not", "good", "at", "all", "sadly"}, Map.of()))
        .containsExactly("w=service", "w=was", "w=not", "w=¬good", "w=¬at", "w=¬all", "w=sadly");
    assertThat(g.extractFeatures(new String[] {"didn't", "help"}, Map.of())).containsExactly("w=didn't", "w=¬help");
    // Hindi: the adjective before नहीं and the verb after it
    assertThat(g.extractFeatures(new String[] {"सेवा", "अचछि", "नहिं", "थि"}, Map.of()))
        .containsExactly("w=सेवा", "w=¬अचछि", "w=नहिं", "w=¬थि");
    // Hindi and Urdu: an emphatic particle or a postposition between the word and its negator is not counted
    assertThat(g.extractFeatures(new String[] {"बेकार", "तो", "नहिं", "है"}, Map.of()))
        .containsExactly("w=¬बेकार", "w=¬तो", "w=नहिं", "w=¬है");
    assertThat(g.extractFeatures(new String[] {"ہولڈ", "پہ", "نہیں", "ڈالا"}, Map.of()))
        .containsExactly("w=¬ہولڈ", "w=¬پہ", "w=نہیں", "w=¬ڈالا");
    // but not across पर, which is also "but"
    assertThat(g.extractFeatures(new String[] {"बुरा", "नहिं", "था", "पर", "घटिया"}, Map.of()))
        .containsExactly("w=¬बुरा", "w=नहिं", "w=¬था", "w=¬पर", "w=घटिया");
    // Tamil: the word before இல்லை
    assertThat(g.extractFeatures(new String[] {"சேவை", "நன்றாக", "இல்லை"}, Map.of()))
        .containsExactly("w=சேவை", "w=¬நன்றாக", "w=இல்லை");
    assertThat(g.extractFeatures(new String[] {"ei", "ei"}, Map.of())).containsExactly("w=ei", "w=ei");
  }

  @Test
  void whatANegatorSayingNeverReachesAfterADegreeWordIsComparedNotNegated() {
    NegationScopeFeatureGenerator g = new NegationScopeFeatureGenerator();
    Map<String, Object> en = FeatureSets.extraInformation("", Lang.EN, true);
    assertThat(g.extractFeatures(new String[] {"never", "been", "so", "rude"}, en))
        .containsExactly("w=never", "w=¬been", "w=so", "w=rude");
    assertThat(g.extractFeatures(new String[] {"never", "had", "such", "a", "rude", "driver"}, en))
        .containsExactly("w=never", "w=¬had", "w=such", "w=a", "w=rude", "w=driver");
    // not without "never", not "never as good as", not "so not happy", not a "never" of another clause
    assertThat(g.extractFeatures(new String[] {"not", "so", "good"}, en)).containsExactly("w=not", "w=¬so", "w=¬good");
    assertThat(g.extractFeatures(new String[] {"never", "as", "good", "as", "the", "photos"}, en))
        .contains("w=¬good");
    assertThat(g.extractFeatures(new String[] {"never", "so", "not", "happy"}, en)).contains("w=¬happy");
    assertThat(g.extractFeatures(new String[] {"i", "never", "write", "reviews", "but", "the", "food", "was", "not", "so",
        "good"}, en)).contains("w=¬good");
    // without a language no word is read as compared
    assertThat(g.extractFeatures(new String[] {"never", "been", "so", "rude"}, Map.of())).contains("w=¬rude");
    Map<String, Object> fi = FeatureSets.extraInformation("", Lang.FI, true);
    assertThat(g.extractFeatures(new String[] {"en", "ole", "ikinä", "saanut", "näin", "huonoa"}, fi))
        .doesNotContain("w=¬huonoa");
    assertThat(g.extractFeatures(new String[] {"ei", "koskaan", "niin", "hyvää", "kuin", "ennen"}, fi)).contains("w=¬hyvää");
  }

  @Test
  void textShapesComeFromTheRawText() {
    TextShapeFeatureGenerator g = new TextShapeFeatureGenerator();
    assertThat(g.extractFeatures(new String[] {"x"}, Map.of())).isEmpty();
    assertThat(g.extractFeatures(new String[0], FeatureSets.extraInformation("WORST service EVER!!! why??")))
        .contains("s=excl", "s=excl-repeated", "s=question", "s=question-repeated", "s=caps", "s=len1-4");
    assertThat(g.extractFeatures(new String[0], FeatureSets.extraInformation("sooo good")))
        .containsExactly("s=stretched", "s=len1-4");
  }
}

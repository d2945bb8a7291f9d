package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

class LexiconReadingTest {
  private static Optional<Label> verdict(String lang, String text) {
    return LexiconReading.read(Lang.parse(lang).orElseThrow(), text).verdict();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "en | The service was good. | good",
      "en | The service was not good. | poor",
      "en | Not bad at all. | good",
      "fi | Palvelu oli hyvää. | good",
      "fi | Palvelu ei ollut hyvää. | poor",
      "hi | सेवा अच्छी थी। | good",
      "hi | सेवा अच्छी नहीं थी। | poor",
      "ur | سروس اچھی تھی۔ | good",
      "ur | سروس اچھی نہیں تھی۔ | poor",
      "ta | சேவை நல்லா இருந்துச்சு. | good",
      "ta | சேவை நல்லா இல்ல. | poor"})
  void negationTurnsTheVerdictInEveryLanguage(String lang, String text, String expected) {
    assertThat(verdict(lang, text)).as(text).contains(Label.parse(expected).orElseThrow());
  }

  @Test
  void aNegatedTermCountsForTheOtherSide() {
    LexiconReading r = LexiconReading.read(Lang.EN, "the agent was not helpful");
    assertThat(r.terms()).singleElement().satisfies(t -> {
      assertThat(t.own()).isEqualTo(Label.GOOD);
      assertThat(t.negated()).isTrue();
      assertThat(t.counts()).isEqualTo(Label.POOR);
    });
  }

  @Test
  void negatedPraiseOfTheHighestKindIsNoComplaint() {
    assertThat(LexiconReading.negation(Label.EXCEPTIONAL)).isEqualTo(Label.GOOD);
    assertThat(LexiconReading.negation(Label.GOOD)).isEqualTo(Label.POOR);
    assertThat(LexiconReading.negation(Label.POOR)).isEqualTo(Label.GOOD);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "hi | रिफ़ंड के लिए किसी झंझट में नहीं पड़ना पड़ा",
      "ur | ہولڈ پہ نہیں ڈالا، سیدھا بندے سے بات ہوئی"})
  void aNegatorReachesPastAPostposition(String lang, String text) {
    // Hindi and Urdu put a postposition between the complaint and its negator: "not put on hold"
    LexiconReading r = LexiconReading.read(Lang.parse(lang).orElseThrow(), text);
    assertThat(r.terms()).anySatisfy(t -> {
      assertThat(t.own()).isEqualTo(Label.POOR);
      assertThat(t.negated()).isTrue();
    });
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "en | I have never had such a rude driver in my life | poor",
      "en | never seen such lovely staff anywhere | exceptional",
      "en | never been treated so badly | poor",
      "fi | En ole ikinä saanut näin huonoa palvelua | poor",
      "fi | En ole koskaan saanut näin hyvää palvelua | exceptional",
      "hi | इतना घटिया खाना मैंने कभी नहीं खाया | poor",
      "ur | اتنی بری سروس کبھی نہیں دیکھی | poor",
      "ta | இவ்வளவு மோசமான சர்வீஸ் இதுவரை பார்த்ததில்ல | poor"})
  void aNegatedComparisonKeepsItsSide(String lang, String text, String expected) {
    // "never ... so X" compares: the term keeps its own side (and counts as strong where a negator reached it)
    LexiconReading r = LexiconReading.read(Lang.parse(lang).orElseThrow(), text);
    assertThat(r.terms()).as(text).isNotEmpty().allSatisfy(t -> assertThat(t.negated()).isFalse());
    Label side = Label.parse(expected).orElseThrow();
    assertThat(r.terms()).as(text).anySatisfy(t -> assertThat(t.counts()).isIn(side,
        side == Label.EXCEPTIONAL ? Label.GOOD : side));
  }

  @Test
  void aComparisonANegatorReachesCountsAsStrong() {
    LexiconReading r = LexiconReading.read(Lang.EN, "never been so rude to anyone");
    assertThat(r.terms()).singleElement().satisfies(t -> {
      assertThat(t.negated()).isFalse();
      assertThat(t.strong()).isTrue();
      assertThat(t.counts()).isEqualTo(Label.POOR);
    });
    LexiconReading plain = LexiconReading.read(Lang.EN, "not so rude to anyone");
    assertThat(plain.terms()).singleElement().satisfies(t -> assertThat(t.negated()).isTrue());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "en | I have never had such a rude driver in my life",
      "fi | En ole ikinä saanut näin huonoa palvelua",
      "hi | इतना घटिया खाना कभी नहीं खाया"})
  void aComparisonNoNegatorReachesIsMadeByANeverNearItsDegreeWord(String lang, String text) {
    // "never" reaches "such" but not "rude": the degree word carries the comparison to the word it qualifies
    LexiconReading r = LexiconReading.read(Lang.parse(lang).orElseThrow(), text);
    assertThat(r.terms()).as(text).anySatisfy(t -> {
      assertThat(t.compared()).isTrue();
      assertThat(t.strong()).isTrue();
      assertThat(t.counts()).isEqualTo(Label.POOR);
    });
  }

  @Test
  void aNegationTheNeverDoesNotMakeStaysANegation() {
    // "not so good": "not" reaches "good"; the "never" of the next clause makes no comparison of it
    LexiconReading r = LexiconReading.read(Lang.EN, "The food was not so good, never again");
    assertThat(r.terms()).filteredOn(t -> t.own() == Label.GOOD).singleElement().satisfies(t -> {
      assertThat(t.compared()).isFalse();
      assertThat(t.negated()).isTrue();
      assertThat(t.counts()).isEqualTo(Label.POOR);
    });
  }

  @Test
  void aNeverFarFromTheDegreeWordMakesNoComparison() {
    LexiconReading r = LexiconReading.read(Lang.EN, "I never write reviews, but the food was so bad");
    assertThat(r.terms()).isNotEmpty().allSatisfy(t -> assertThat(t.compared()).isFalse());
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "en | the food was not so good | poor",
      "en | honestly not that bad | good",
      "fi | ei ollut niin hyvää | poor",
      "hi | खाना इतना अच्छा नहीं था | poor",
      // a "never" of another clause, a comparison of equality, "sometimes" (कभी कभी), "so not"
      "en | I never write reviews but the food was not so good | poor",
      "en | It is never as good as the photos | poor",
      "fi | Ei koskaan yhtä hyvää kuin ennen | poor",
      "hi | मैंने कभी शिकायत नहीं की लेकिन इस बार खाना इतना अच्छा नहीं था | poor",
      "hi | कभी कभी खाना इतना बढ़िया नहीं होता | poor",
      "ur | کبھی کبھی کھانا اتنا مزیدار نہیں ہوتا | poor"})
  void aDegreeWordWithoutANegatorSayingNeverStillNegates(String lang, String text, String expected) {
    assertThat(verdict(lang, text)).as(text).contains(Label.parse(expected).orElseThrow());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "hi | खाना बुरा नहीं था पर पैकिंग घटिया थी",
      "ur | کھانا برا نہیں تھا پر پیکنگ گھٹیا تھی"})
  void aNegatorDoesNotReachAcrossPar(String lang, String text) {
    // पर / پر is "on" and "but": after a negator it starts the next clause, whose complaint stands
    LexiconReading r = LexiconReading.read(Lang.parse(lang).orElseThrow(), text);
    assertThat(r.terms()).filteredOn(t -> t.own() == Label.POOR && t.match().start() > 3)
        .isNotEmpty().allSatisfy(t -> assertThat(t.negated()).isFalse());
  }

  @Test
  void twoNegatorsReachingOneTermCancel() {
    LexiconReading once = LexiconReading.read(Lang.FI, "ei ollut avulias");
    LexiconReading twice = LexiconReading.read(Lang.FI, "ei voi sanoa ettei ollut avulias");
    assertThat(once.terms()).singleElement().extracting(LexiconReading.Term::negated).isEqualTo(true);
    assertThat(twice.terms()).singleElement().extracting(LexiconReading.Term::negated).isEqualTo(false);
  }

  @Test
  void theClauseAfterButCarriesTheVerdict() {
    LexiconReading r = LexiconReading.read(Lang.EN, "The food was good, but the delivery was terrible.");
    assertThat(r.verdict()).contains(Label.POOR);
    assertThat(r.terms()).anySatisfy(t -> assertThat(t.last()).isFalse());
    assertThat(r.terms()).anySatisfy(t -> assertThat(t.last()).isTrue());
  }

  @Test
  void anUrduWordWithoutItsDoChashmiHeIsNotTakenForTheWordWithIt() {
    assertThat(LanguageProfile.of(Lang.UR).derivedForms("ٹھیک")).isEmpty(); // ٹیک is "take"
    assertThat(LexiconReading.read(Lang.UR, "ٹیک اوے آرڈر").terms()).isEmpty();
  }

  @Test
  void aTieGoesToTheSideOfTheLastTermOnIt() {
    assertThat(LexiconReading.read(Lang.EN, "helpful staff, slow delivery").verdict()).contains(Label.POOR);
    assertThat(LexiconReading.read(Lang.EN, "slow delivery, helpful staff").verdict()).contains(Label.GOOD);
  }

  @Test
  void noTermNoVerdict() {
    assertThat(LexiconReading.read(Lang.EN, "").verdict()).isEmpty();
    assertThat(LexiconReading.read(Lang.EN, "the table and the chair").terms()).isEmpty();
  }
}

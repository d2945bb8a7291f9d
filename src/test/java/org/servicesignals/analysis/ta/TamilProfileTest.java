package org.servicesignals.analysis.ta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

class TamilProfileTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "வரவில்லை, true", "வந்ததில்லை, true", "சொல்லுறதில்லை, true", "வரேல்ல, true", "எடுக்கேல்லை, true",
      "வரல, true", "பண்ணல, true", "எடுக்கல, true", "வரலை, true", "கிடைக்கலை, true",
      "இல்லை, true", "இல்ல, true", "சரியில்ல, true", "பிரச்சனையில்லை, true", "ஒண்ணுமில்ல, true",
      "பரவாயில்லை, false",
      "கடைல, false", "அதுல, false", "லைப்ரரில, false", "பல, false", "நல்ல, false", "நல்லா, false", "மேல, false", "பில்ல, false", "மெயில்ல, false", "ரயில்ல, false", "கவலை, false", "மலை, false",
      "முதல, false", "கேன்சல, false", "கோவில்ல, false", "ஜிம்மில்ல, false", "கவல, false", "தலை, false"})
  void aVerbWithItsNegationFusedIsANegatorAndALocativeIsNot(String token, boolean negates) {
    assertThat(new TamilProfile().isNegator(token)).as(token).isEqualTo(negates);
  }

  @org.junit.jupiter.api.Test
  void aNounsAdverbAndAdjectiveLeanAsTheNounDoes() {
    TamilProfile ta = new TamilProfile();
    assertThat(ta.derivedForms("திருப்தி")).contains("திருப்தியா", "திருப்தியாக", "திருப்தியான", "திருப்தியாச்சு");
    assertThat(ta.derivedForms("அருமை")).contains("அருமையா", "அருமையான");
    assertThat(ta.derivedForms("சுத்தம்")).contains("சுத்தமா", "சுத்தமான");
    assertThat(ta.derivedForms("நல்ல")).isEmpty();
    assertThat(ta.derivedForms("ஏமாற்றவில்லை")).as("a negative's -ஆ asks a question").isEmpty();
    assertThat(ta.derivedForms("உதவினார்")).as("a finite verb's -ஆ asks a question").isEmpty();
    assertThat(ta.derivedForms("சூப்பர்")).isEmpty();
    assertThat(ta.derivedForms("நம்பலாம்")).as("-லாம் is a verb's").isEmpty();
    assertThat(ta.derivedForms("கேட்டும்")).isEmpty();
    assertThat(ta.derivedForms("மோசம்")).contains("மோசமா", "மோசமான");
    assertThat(ta.derivedForms("தொல்லை")).contains("தொல்லையா");
    assertThat(LexiconReading.read(Lang.TA, "சேவை திருப்தியா இல்லை").verdict()).contains(Label.POOR);
    assertThat(LexiconReading.read(Lang.TA, "திருப்தியான சேவை").verdict()).contains(Label.GOOD);
  }

  @org.junit.jupiter.api.Test
  void nobodyAndNothingStandWithTheNegationWithoutTakingPart() {
    LexiconReading r = LexiconReading.read(Lang.TA, "சொன்ன நேரத்துக்கு ஒருத்தரும் வரேல்ல");
    assertThat(r.terms()).isNotEmpty().allSatisfy(t -> assertThat(t.negated()).isTrue());
    assertThat(r.verdict()).contains(Label.POOR);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"நான் ஹேப்பி ஆகல", "நான் ஹேப்பி ஆகவில்லை"})
  void aNegationWrittenOnTurnsThePraise(String text) {
    assertThat(LexiconReading.read(Lang.TA, text).verdict()).as(text).contains(Label.POOR);
  }
}

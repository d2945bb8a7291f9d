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

  @ParameterizedTest(name = "{0}")
  @CsvSource({"நான் ஹேப்பி ஆகல", "நான் ஹேப்பி ஆகவில்லை"})
  void aNegationWrittenOnTurnsThePraise(String text) {
    assertThat(LexiconReading.read(Lang.TA, text).verdict()).as(text).contains(Label.POOR);
  }
}

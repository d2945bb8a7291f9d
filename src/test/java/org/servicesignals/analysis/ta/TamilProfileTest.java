package org.servicesignals.analysis.ta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.core.Lang;

class TamilProfileTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "வரவில்லை, true", "வந்ததில்லை, true", "சொல்லுறதில்லை, true", "வரேல்ல, true", "எடுக்கேல்லை, true",
      "வரல, true", "பண்ணல, true", "எடுக்கல, true", "வரலை, true",
      "இல்லை, true", "இல்ல, true",
      "கடைல, false", "அதுல, false", "லைப்ரரில, false", "பல, false", "நல்ல, false", "நல்லா, false", "மேல, false"})
  void aVerbWithItsNegationFusedIsANegatorAndALocativeIsNot(String token, boolean negates) {
    assertThat(new TamilProfile().isNegator(token)).as(token).isEqualTo(negates);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"நான் ஹேப்பி ஆகல", "நான் ஹேப்பி ஆனதில்லை"})
  void aFusedNegationTurnsThePraiseBeforeIt(String text) {
    assertThat(LexiconReading.read(Lang.TA, text).terms())
        .anySatisfy(t -> assertThat(t.negated()).isTrue());
  }
}

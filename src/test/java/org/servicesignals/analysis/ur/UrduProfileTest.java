package org.servicesignals.analysis.ur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

class UrduProfileTest {
  @Test
  void aWordTypedWithoutItsDoChashmiHeIsTheSameWord() {
    UrduProfile ur = new UrduProfile();
    assertThat(ur.derivedForms("ٹھیک")).containsExactly("ٹیک");
    assertThat(ur.derivedForms("گھٹیا")).containsExactly("گٹیا");
    assertThat(ur.derivedForms("اچھا")).containsExactly("اچا");
    assertThat(ur.derivedForms("بہترین")).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"ٹیک ہے, good", "گٹیا سروس, poor", "اچا نہیں تھا, poor"})
  void theLexiconReadsThePlainSpelling(String text, String expected) {
    assertThat(LexiconReading.read(Lang.UR, text).verdict()).as(text).contains(Label.parse(expected).orElseThrow());
  }
}

package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {
  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
      "excellent, excelent, true", // one left out
      "terrible, terrrible, true", // one added
      "awesome, awesume, true", // one changed
      "helpful, hlepful, true", // two neighbours swapped
      "زبردست, زبردسٹ, true", // a similar letter in Urdu script
      "அருமை, அருமெ, true",
      "excellent, excellent, false", // the same word is no slip
      "excellent, exclent, false", // two edits
      "good, goodie, false",
      "rude, rued, true",
      "late, tale, false"})
  void oneEditApartIsOneEditAndNoMore(String a, String b, boolean expected) {
    assertThat(Spelling.oneEditApart(a, b)).isEqualTo(expected);
    assertThat(Spelling.oneEditApart(b, a)).isEqualTo(expected);
  }
}

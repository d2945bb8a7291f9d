package org.servicesignals.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LettersTest {
  @Test
  void everyCodePointAnswersAsCharacterDoes() {
    int letters = 0;
    List<String> differ = new ArrayList<>();
    for (int cp = -1; cp <= Character.MAX_CODE_POINT + 1; cp++) {
      if (Letters.isLetter(cp) != Character.isLetter(cp) || Letters.isUpperCase(cp) != Character.isUpperCase(cp)) {
        differ.add(Integer.toHexString(cp));
      }
      letters += Letters.isLetter(cp) ? 1 : 0;
    }
    assertThat(differ).isEmpty();
    assertThat(letters).isGreaterThan(100_000); // the table is not empty, nor the supplementary planes skipped
  }

  @Test
  void aTextHoldsALetterWhereAnyCodePointIsOne() {
    for (String s : new String[] {"", "👍👍", "5/5 !!", "ok", "👍 बढ़िया", "😀\uD835\uDC00", "\uD800", "१२३", "٣ ★"}) {
      assertThat(Letters.anyIn(s)).as(s).isEqualTo(s.codePoints().anyMatch(Character::isLetter));
    }
  }
}

package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicesignals.langid.ScriptDetector.Script;

/** The table of what each character counts for gives what the Unicode tables give, everywhere. */
class ScriptDetectorTest {

  @Test
  void theTableAgreesWithTheUnicodeTablesOnEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (ScriptDetector.counted(cp) != ScriptDetector.slow(cp)) {
        throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + ScriptDetector.counted(cp) + " vs "
            + ScriptDetector.slow(cp));
      }
    }
  }

  @Test
  void lettersAndMarksCountPunctuationDigitsAndEmojiDoNot() {
    assertThat(ScriptDetector.counted('a')).isEqualTo(Script.LATIN);
    assertThat(ScriptDetector.counted('ा')).isEqualTo(Script.DEVANAGARI); // a vowel sign, a mark
    assertThat(ScriptDetector.counted('।')).isEqualTo(Script.NONE); // danda: punctuation
    assertThat(ScriptDetector.counted('்')).isEqualTo(Script.TAMIL);
    assertThat(ScriptDetector.counted('ے')).isEqualTo(Script.ARABIC);
    assertThat(ScriptDetector.counted('7')).isEqualTo(Script.NONE);
    assertThat(ScriptDetector.counted("😡".codePointAt(0))).isEqualTo(Script.NONE);
    assertThat(ScriptDetector.counted('Ж')).isEqualTo(Script.OTHER);
    assertThat(ScriptDetector.detect("ऑर्डर #4521 😡 ok")).isEqualTo(Script.DEVANAGARI);
    assertThat(ScriptDetector.detect("Привет друг, ok")).isEqualTo(Script.OTHER);
  }
}

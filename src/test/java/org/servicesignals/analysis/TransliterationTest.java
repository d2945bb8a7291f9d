package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;

class TransliterationTest {
  private static void check(Lang lang, String input, String expected) {
    assertThat(Transliteration.toNative(lang, input)).as(input).isEqualTo(expected);
  }

  @Test
  void commonWordsTakeTheirTableSpelling() {
    check(Lang.HI, "bahut acha nahi tha", "बहुत अच्छा नहीं था");
    check(Lang.HI, "bohat", "बहुत");
    check(Lang.UR, "bohat bakwas hai", "بہت بکواس ہے");
    check(Lang.TA, "romba nalla illa", "ரொம்ப நல்ல இல்ல");
  }

  @Test
  void devanagariVowelsAttachToConsonantsAndConsonantClustersTakeTheVirama() {
    check(Lang.HI, "ghar", "घर");
    check(Lang.HI, "paisa", "पैसा"); // ai a sign, final a long
    check(Lang.HI, "patla", "पत्ला");
    check(Lang.HI, "kapde", "कप्दे");
    check(Lang.HI, "aaj", "आज");
    check(Lang.HI, "band", "बंद"); // n between a vowel and a consonant: anusvara
  }

  @Test
  void urduWritesNoShortVowelsInsideAWord() {
    check(Lang.UR, "mil gaya", "مل گیا");
    check(Lang.UR, "garam", "گرم");
    check(Lang.UR, "khana", "خنا");
    check(Lang.UR, "aaj", "آج");
    check(Lang.UR, "bhejo", "بھیجو"); // e inside a word: ye
    check(Lang.UR, "haan", "ہاں"); // final n after a vowel: nun ghunna
  }

  @Test
  void tamilWordsEndInPulliAndStartWithTheDentalN() {
    check(Lang.TA, "pasanga", "பசங்க");
    check(Lang.TA, "naal", "நால்");
    check(Lang.TA, "vandhaaru", "வந்தாரு");
    check(Lang.TA, "kadai", "கடை");
  }

  @Test
  void digitsEmojiPunctuationAndOtherScriptsStay() {
    check(Lang.HI, "10/10 👍 bahut!!", "10/10 👍 बहुत!!");
    check(Lang.UR, "", "");
    check(Lang.TA, "நன்றி, romba", "நன்றி, ரொம்ப");
  }

  @Test
  void everyLatinLetterIsWritten() {
    for (Lang lang : new Lang[] {Lang.HI, Lang.UR, Lang.TA}) {
      String out = Transliteration.toNative(lang, "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ");
      assertThat(out).as(lang.code()).doesNotContainPattern("[A-Za-z]");
    }
  }

  @Test
  void randomStringsNeverThrow() {
    Random r = new Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        b.appendCodePoint(r.nextInt(3) == 0 ? r.nextInt(0x3000) : 'a' + r.nextInt(26));
      }
      for (Lang lang : new Lang[] {Lang.HI, Lang.UR, Lang.TA}) {
        assertThat(Transliteration.toNative(lang, b.toString())).doesNotContainPattern("[A-Za-z]");
      }
    }
  }

  @Test
  void onlyHindiUrduAndTamil() {
    assertThat(Transliteration.covers(Lang.EN)).isFalse();
    assertThatThrownBy(() -> Transliteration.toNative(Lang.FI, "moi")).isInstanceOf(IllegalArgumentException.class);
  }
}

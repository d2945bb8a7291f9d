package org.servicesignals.analysis.ur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrduNormalizerTest {

  private static void check(String input, String expected) {
    char[] buf = input.toCharArray();
    int len = UrduNormalizer.normalize(buf, buf.length);
    assertThat(new String(buf, 0, len)).isEqualTo(expected);
  }

  @Test
  void arabicKafBecomesKeheh() {
    check("\u0643\u062A\u0627\u0628", "\u06A9\u062A\u0627\u0628"); // كتاب -> کتاب
  }

  @Test
  void arabicHehAndAeBecomeHehGoal() {
    check("\u0634\u0643\u0631\u064A\u0647", "\u0634\u06A9\u0631\u06CC\u06C1"); // شكريه -> شکریہ
    check("\u06D5", "\u06C1");
  }

  @Test
  void hehDoachashmeeIsKept() {
    check("\u0627\u0686\u06BE\u0627", "\u0627\u0686\u06BE\u0627"); // اچھا
  }

  @Test
  void arabicYehAndAlefMaksuraBecomeFarsiYehButYehBarreeStays() {
    check("\u064A", "\u06CC");
    check("\u0649", "\u06CC");
    check("\u06D2", "\u06D2"); // ے stays: ہے "is" is not ہی "only"
  }

  @Test
  void harakatSuperscriptAlefAndTatweelAreRemoved() {
    check("\u06A9\u0650\u062A\u0646\u0627", "\u06A9\u062A\u0646\u0627"); // zer
    check("\u0628\u0640\u0640\u0640\u06C1\u062A", "\u0628\u06C1\u062A"); // tatweel
    check("\u0639\u0644\u06CC\u0670", "\u0639\u0644\u06CC"); // superscript alef
    check("\u0627\u064B", "\u0627"); // fathatan
  }

  @Test
  void digitsBecomeAscii() {
    check("\u06F1\u06F5\u06F0\u06F0", "1500"); // Urdu digits
    check("\u0661\u0665\u0660\u0660", "1500"); // Arabic-Indic digits
  }

  @Test
  void zwnjAndDirectionMarksAreRemoved() {
    check("\u0679\u06CC\u0644\u06CC\u200C\u0641\u0648\u0646", "\u0679\u06CC\u0644\u06CC\u0641\u0648\u0646");
    check("\u200F\u0622\u067E\u200E", "\u0622\u067E");
  }

  @Test
  void alefVariantsFoldButMaddaStays() {
    check("\u0623\u0625\u0671", "\u0627\u0627\u0627");
    check("\u0622", "\u0622");
  }

  @Test
  void presentationFormsFoldToBaseLetters() {
    assertThat(UrduNormalizer.foldPresentationForms("\uFE91\uFBA9\uFE96")).isEqualTo("\u0628\u06C1\u062A"); // ﺑﮩﺖ -> بہت
    assertThat(UrduNormalizer.hasPresentationForms("\uFE91".toCharArray(), 1)).isTrue();
    assertThat(UrduNormalizer.hasPresentationForms("\u0628".toCharArray(), 1)).isFalse();
  }

  @Test
  void emptyInput() {
    check("", "");
  }

  @Test
  void aspiratesAreRestoredOnlyForKnownWords() {
    char[] achha = "\u0627\u0686\u06C1\u0627".toCharArray(); // اچہا as typed with one heh
    assertThat(UrduAspirates.restore(achha, achha.length)).isTrue();
    assertThat(new String(achha)).isEqualTo("\u0627\u0686\u06BE\u0627");
    char[] bahut = "\u0628\u06C1\u062A".toCharArray(); // بہت really has heh goal
    assertThat(UrduAspirates.restore(bahut, bahut.length)).isFalse();
    assertThat(new String(bahut)).isEqualTo("\u0628\u06C1\u062A");
  }
}

package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Message;

class LanguageIdentifierTest {
  static LanguageIdentifier ids;

  @BeforeAll
  static void load() {
    ids = LanguageIdentifier.load();
  }

  private static LangGuess id(String text) {
    return ids.identify(text);
  }

  @Test
  void declaredLanguageAlwaysWins() {
    LangGuess g = ids.identify(new Message("1", "डिलीवरी समय पर हुई", Optional.of(Lang.EN)));
    assertThat(g.lang()).contains(Lang.EN);
    assertThat(g.source()).isEqualTo(LangSource.DECLARED);
  }

  @Test
  void scriptDecidesHindiTamilUrdu() {
    assertThat(id("डिलीवरी समय पर हुई, सब ठीक था").lang()).contains(Lang.HI);
    assertThat(id("ஆர்டர் சரியான நேரத்தில் வந்தது").lang()).contains(Lang.TA);
    assertThat(id("آرڈر وقت پر پہنچ گیا، شکریہ").lang()).contains(Lang.UR);
    assertThat(id("آرڈر وقت پر پہنچ گیا").source()).isEqualTo(LangSource.SCRIPT);
  }

  @Test
  void englishWordsInsideNativeScriptDoNotFlipTheLanguage() {
    assertThat(id("मेरा OTP नहीं आया, app crash हो गया").lang()).contains(Lang.HI);
    assertThat(id("OTP வரவில்லை, app வேலை செய்யவில்லை").lang()).contains(Lang.TA);
    assertThat(id("میرا OTP نہیں آیا اور app بند ہو گئی").lang()).contains(Lang.UR);
  }

  @Test
  void latinTextIsEnglishOrFinnish() {
    assertThat(id("Waited forty minutes on hold and the line went dead. Twice.").lang()).contains(Lang.EN);
    assertThat(id("Kiitos, asia hoitui nopeasti ja ystävällisesti.").lang()).contains(Lang.FI);
    assertThat(id("Paketti tuli ajallaan ja kaikki oli kunnossa").lang()).contains(Lang.FI);
    assertThat(id("+1 great support, the agent called me back the same evening").lang()).contains(Lang.EN);
  }

  @Test
  void shortTextFallsBackToLettersAndWords() {
    assertThat(id("Kiitos!").lang()).contains(Lang.FI);
    assertThat(id("Hyvä palvelu").lang()).contains(Lang.FI);
    assertThat(id("Great service").lang()).contains(Lang.EN);
    assertThat(id("thanks").source()).isEqualTo(LangSource.FALLBACK);
  }

  @Test
  void unsupportedLanguagesAreNotForcedIntoAModel() {
    LangGuess fr = id("Le service était correct, sans plus.");
    assertThat(fr.lang()).isEmpty();
    assertThat(fr.reason()).contains("not supported");
    assertThat(id("Der Kundendienst hat sehr schnell und freundlich geantwortet").lang()).isEmpty();
    assertThat(id("Обслуживание было отличным").lang()).isEmpty();
    assertThat(id("服务很好").lang()).isEmpty();
  }

  @Test
  void romanisedHindiUrduAndTamilAreTheirLanguageInLatinScript() {
    assertThat(id("service bahut achhi thi, delivery time pe aayi").lang()).contains(Lang.HI);
    assertThat(id("bohat bakwas service hai, koi call nahi uthata").lang()).contains(Lang.UR);
    assertThat(id("service romba nalla irundhuchu, thanks").lang()).contains(Lang.TA);
    LangGuess g = id("delivery time pe nahi aayi, paisa wapas chahiye");
    assertThat(g.lang()).isPresent();
    assertThat(g.lang().get()).isIn(Lang.HI, Lang.UR);
    assertThat(g.script()).isEqualTo("Latn");
    assertThat(g.latin()).isTrue();
    assertThat(g.reason()).isEmpty();
  }

  @Test
  void theScriptIsReadForEveryGuess() {
    assertThat(id("डिलीवरी समय पर हुई").script()).isEqualTo("Deva");
    assertThat(id("آرڈر وقت پر پہنچ گیا").script()).isEqualTo("Arab");
    assertThat(id("ஆர்டர் சரியான நேரத்தில் வந்தது").script()).isEqualTo("Taml");
    assertThat(id("Great service").script()).isEqualTo("Latn");
    assertThat(id("😡😡").script()).isEmpty();
    assertThat(ids.identify(new Message("1", "bahut acha", Optional.of(Lang.HI))).script()).isEqualTo("Latn");
  }

  @Test
  void codeMixedNativeScriptStaysNative() {
    LangGuess g = id("कस्टमर केयर ने कोई response नहीं दिया");
    assertThat(g.lang()).contains(Lang.HI);
    assertThat(g.script()).isEqualTo("Deva");
  }

  @Test
  void theSmallDetectorDecidesWhatItKnowsAndLeavesTheRestToTheWideOne() {
    LatinVarieties small = LatinVarietiesCard.shipped();
    assertThat(small.identify("the engineer came on time and fixed the router").knownShare())
        .isGreaterThanOrEqualTo(LanguageIdentifier.KNOWN_SHARE);
    assertThat(small.identify("Le service était correct, sans plus.").knownShare())
        .isLessThan(LanguageIdentifier.KNOWN_SHARE);
    assertThat(id("El servicio fue excelente, muchas gracias a todos").lang()).isEmpty();
  }

  @Test
  void noLettersNoLanguage() {
    assertThat(id("12345 !!!").lang()).isEmpty();
    assertThat(id("😡😡").code()).isEqualTo(Lang.UNDETERMINED);
  }

  @Test
  void scriptDetectorIgnoresDigitsAndEmoji() {
    assertThat(ScriptDetector.detect("ऑर्डर #4521 😡")).isEqualTo(ScriptDetector.Script.DEVANAGARI);
    assertThat(ScriptDetector.detect("")).isEqualTo(ScriptDetector.Script.NONE);
  }

  @Test
  void declaredAndNativeScriptLanguagesAreCertain() {
    assertThat(ids.identify(new Message("1", "bahut acha", Optional.of(Lang.HI))).confidence()).isEqualTo(1.0);
    assertThat(id("डिलीवरी समय पर हुई, सब ठीक था").confidence()).isEqualTo(1.0);
    assertThat(id("آرڈر وقت پر پہنچ گیا، شکریہ").confidence()).isEqualTo(1.0);
    assertThat(id("ஆர்டர் சரியான நேரத்தில் வந்தது").confidence()).isEqualTo(1.0);
  }

  @Test
  void latinTextCarriesTheDetectorsProbabilityOfItsLanguage() {
    LangGuess urdu = id("bohat shukriya, order waqt pe mil gaya");
    assertThat(urdu.lang()).contains(Lang.UR);
    assertThat(urdu.confidence()).isGreaterThan(0.9);
    LangGuess hindi = id("bahut dhanyavaad, samay pe delivery ho gayi");
    assertThat(hindi.lang()).contains(Lang.HI);
    assertThat(hindi.confidence()).isGreaterThan(0.9);
    assertThat(id("the parcel never came and nobody answered").confidence()).isGreaterThan(0.9);
  }

  @Test
  void hindiOrUrduWithoutTheWordsThatTellThemApartIsUncertain() {
    for (String text : java.util.List.of("nahi aaya abhi tak", "order abhi tak nahi aaya")) {
      LangGuess g = id(text);
      assertThat(g.lang()).as(text).isPresent().get().isIn(Lang.HI, Lang.UR);
      assertThat(g.confidence()).as(text).isBetween(0.4, 0.8);
    }
  }

  @Test
  void noLanguageNoConfidence() {
    assertThat(id("😡😡").confidence()).isNaN();
    assertThat(id("Le service était correct, sans plus.").confidence()).isNaN();
  }

  @Test
  void romanisedTextTheWideDetectorCallsEstonianStaysRomanised() {
    // place names and unusual spellings leave the small detector knowing under three quarters of
    // the words, and the wide detector, which has no Tanglish, says Estonian
    LangGuess g = id("SpeedPettai courier Chengalpattu la irundhu Vellore ku 5 naal aachu, ennoda documents nanaindhu "
        + "vandhuchu");
    assertThat(g.lang()).contains(Lang.TA);
    assertThat(g.latin()).isTrue();
  }

  @Test
  void sentencesInOtherLanguagesStayUnsupported() {
    for (String text : new String[] {
        "De bezorger was erg vriendelijk en het pakket kwam op tijd aan",
        "Leveransen kom i tid och personalen var mycket hjälpsam",
        "Teenindus oli väga hea ja kaup tuli kiiresti kohale",
        "Pelayanan sangat bagus dan pengiriman tepat waktu sekali",
        "Huduma ilikuwa nzuri sana na mzigo ulifika kwa wakati",
        "Serbisyo maganda pero late ang delivery ng order ko",
        "Layanan teruk, barang sampai lambat dan tiada siapa jawab",
        "Hizmet kötüydü, kimse telefona bakmadı, paramı geri istiyorum",
        // words that are also romanised hints: Romanian "nu", "pe"; Dutch with "ko"
        "Livrarea a fost bună dar nu am primit factura pe email",
        "Nu am primit comanda pe care am plătit-o",
        "Am comandat pe site dar nu a venit nimic",
        "Bezorging was goed maar de koerier ko was laat"}) {
      assertThat(id(text).lang()).as(text).isEmpty();
    }
  }
}

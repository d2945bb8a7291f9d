package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.core.EvidenceSpan;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.langid.LanguageIdentifier;

/** Evidence is the words as written, with the character offsets where they stand, negators included. */
class EvidenceSpansTest {
  static Classifier classifier;

  @BeforeAll
  static void load() {
    classifier = new Classifier(LanguageIdentifier.load(), ModelFiles.load(Path.of("models")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en | The delivery was late and the service was not good. | not",
      "fi | Tilaus myöhässä, eikä asiakaspalvelu ollut yhtään avulias. | eikä",
      "hi | डिलीवरी देर से आई और सेवा अच्छी नहीं थी। | नहीं",
      "ur | آرڈر دیر سے آیا اور سروس اچھی نہیں تھی۔ | نہیں",
      "ta | ஆர்டர் லேட்டா வந்துச்சு, சேவை நல்லா இல்ல. | இல்ல"})
  void evidenceIsTheWordsAsWrittenWithTheirOffsets(String lang, String text, String negator) {
    Prediction p = classifier.classify(new Message("1", text, Lang.parse(lang)), true);
    assertThat(p.evidence()).isNotEmpty();
    for (String e : p.evidence()) {
      EvidenceSpan span = EvidenceSpan.parse(e);
      assertThat(span.placed()).as("%s: %s has offsets", lang, e).isTrue();
      assertThat(text.substring(span.start(), span.end())).as("%s: offsets of %s", lang, e).isEqualTo(span.text());
    }
    // the negator stands in a span with a word it negates, never alone and never dropped
    assertThat(p.evidence()).as("%s evidence %s", lang, p.evidence())
        .map(EvidenceSpan::parse).anyMatch(s -> s.placed() && s.text().contains(negator) && s.text().contains(" "));
  }

  /** Fancy letters are folded before they are read; the offsets still point into the message as sent. */
  @Test
  void offsetsPointIntoTheMessageAsSentWhenItsLettersWereFolded() {
    String text = "\uD835\uDC13\uD835\uDC21\uD835\uDC1E \uD835\uDC2C\uD835\uDC1E\uD835\uDC2B\uD835\uDC2F"
        + "\uD835\uDC22\uD835\uDC1C\uD835\uDC1E was not good, ｎｏｔ ｈｅｌｐｆｕｌ at all";
    Prediction p = classifier.classify(new Message("1", text, Optional.of(Lang.EN)), true);
    assertThat(p.evidence()).isNotEmpty();
    for (String e : p.evidence()) {
      EvidenceSpan span = EvidenceSpan.parse(e);
      assertThat(span.placed()).as(e).isTrue();
      assertThat(span.standsIn(text)).as("%s stands in the message", e).isTrue();
    }
    // after eleven folded letters of two UTF-16 units each, the plain words are found where they are
    assertThat(p.evidence()).map(EvidenceSpan::parse).map(EvidenceSpan::text).contains("not good");
  }
}

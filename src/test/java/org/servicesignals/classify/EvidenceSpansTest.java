package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.langid.LanguageIdentifier;

/** Evidence is the words as written, with the character offsets where they stand, negators included. */
class EvidenceSpansTest {
  static Classifier classifier;
  static final Pattern SPAN = Pattern.compile("(.+) \\[(\\d+),(\\d+)]");

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
      Matcher m = SPAN.matcher(e);
      assertThat(m.matches()).as("%s: %s has offsets", lang, e).isTrue();
      int start = Integer.parseInt(m.group(2));
      int end = Integer.parseInt(m.group(3));
      assertThat(text.substring(start, end)).as("%s: offsets of %s", lang, e).isEqualTo(m.group(1));
    }
    // the negator stands in a span with a word it negates, never alone and never dropped
    assertThat(p.evidence()).as("%s evidence %s", lang, p.evidence())
        .anyMatch(e -> e.contains(negator) && SPAN.matcher(e).matches() && SPAN.matcher(e).replaceAll("$1").contains(" "));
  }
}

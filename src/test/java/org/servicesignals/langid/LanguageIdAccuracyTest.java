package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Sample;
import org.servicesignals.core.Lang;
import org.servicesignals.io.CorpusFiles;

/**
 * On every language's test split, messages of four or more words get the right language at least
 * 98% of the time, with nothing declared. {@code evaluate} prints the full table.
 */
class LanguageIdAccuracyTest {
  @Test
  void fourWordsOrMoreAreIdentifiedRight() {
    LanguageIdentifier ids = LanguageIdentifier.load();
    for (Lang lang : Lang.values()) {
      int n = 0;
      int right = 0;
      for (Sample s : CorpusFiles.read(Path.of("corpora"), lang, CorpusFiles.TEST)) {
        if (s.text().trim().split("\\s+").length >= 4) {
          n++;
          if (ids.identify(s.text()).lang().filter(lang::equals).isPresent()) {
            right++;
          }
        }
      }
      assertThat(n).as("%s test messages of 4+ words", lang).isPositive();
      assertThat((double) right / n).as("%s language-ID accuracy on 4+ words", lang).isGreaterThanOrEqualTo(0.98);
    }
  }
}

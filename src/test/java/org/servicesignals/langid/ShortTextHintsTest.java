package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.CorpusMessageFiles;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;

/** The hints' one table of the three word lists counts as asking each list in turn does. */
class ShortTextHintsTest {
  private static final Set<String> EN = LanguageProfile.of(Lang.EN).hintWords();
  private static final Set<String> FI = LanguageProfile.of(Lang.FI).hintWords();
  private static final Set<String> SHARED = Set.of("ok", "on");

  /** Each list asked about each word: what the table stands for. */
  private static ShortTextHints askingEach(String text) {
    int[] counts = new int[4];
    Words.letterWords(text.toLowerCase(Locale.ROOT), raw -> {
      if (SHARED.contains(raw)) {
        return;
      }
      counts[0] += EN.contains(raw) ? 1 : 0;
      counts[1] += FI.contains(raw) ? 1 : 0;
      counts[3] += ShortTextHints.ROMANISED.contains(raw) ? 1 : 0;
      counts[2] += raw.indexOf('ä') >= 0 || raw.indexOf('ö') >= 0 ? 1 : 0;
    });
    return new ShortTextHints(counts[0], counts[1], counts[2], counts[3]);
  }

  @Test
  void everyCorpusMessageAndEveryListedWordCountsTheSame() throws Exception {
    int messages = 0;
    int hinted = 0;
    for (Path f : CorpusMessageFiles.all().keySet()) {
      for (Sample s : CorpusFiles.read(f)) {
        ShortTextHints expected = askingEach(s.text());
        assertThat(ShortTextHints.of(s.text())).as(s.text()).isEqualTo(expected);
        messages++;
        hinted += expected.english() + expected.finnish() + expected.romanised() > 0 ? 1 : 0;
      }
    }
    for (Set<String> list : List.of(EN, FI, ShortTextHints.ROMANISED, SHARED)) {
      for (String w : list) {
        String text = w + " " + w.toUpperCase(Locale.ROOT) + ", " + w + "ä ok";
        assertThat(ShortTextHints.of(text)).as(text).isEqualTo(askingEach(text));
      }
    }
    assertThat(messages).isGreaterThan(30_000);
    assertThat(hinted).isGreaterThan(5_000);
  }
}

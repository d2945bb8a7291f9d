package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;

/** Negations, intensifiers and contrast words must survive every language's chain. */
class StopwordAuditTest {
  static final Map<Lang, List<String>> MUST_SURVIVE = Map.of(
      Lang.EN, List.of("not", "no", "never", "but", "nobody", "nothing", "very", "too", "didn't"),
      Lang.FI, List.of("ei", "en", "et", "emme", "ette", "eivät", "mutta", "vaikka", "niin", "yli"),
      Lang.HI, List.of("नहीं", "न", "ना", "मत", "लेकिन", "मगर", "पर", "बहुत", "बिलकुल", "कभी", "फिर"),
      Lang.UR, List.of("نہیں", "نہ", "مت", "مگر", "لیکن", "بہت", "بالکل", "کبھی", "پھر", "بغیر"),
      Lang.TA, List.of("இல்லை", "இல்லாமல்", "ஆனால்", "மிகவும்", "இன்னும்", "வேண்டும்", "முடியாது"));

  @Test
  void sentimentWordsSurviveStopwordRemoval() {
    MUST_SURVIVE.forEach((lang, words) -> {
      AnalyzerChain chain = SentimentAnalysis.chain(lang, new AnalysisOptions(true, false));
      for (String w : words) {
        assertThat(chain.tokens(w)).as("%s '%s'", lang, w).hasSize(1);
      }
    });
  }

  @Test
  void stopwordsAreStillRemoved() {
    assertThat(SentimentAnalysis.chain(Lang.EN, AnalysisOptions.DEFAULT).tokens("the and of")).isEmpty();
    assertThat(SentimentAnalysis.chain(Lang.UR, AnalysisOptions.DEFAULT).tokens("کا کی کے")).isEmpty();
    assertThat(SentimentAnalysis.chain(Lang.HI, AnalysisOptions.DEFAULT).tokens("का की के")).isEmpty();
    assertThat(SentimentAnalysis.chain(Lang.FI, AnalysisOptions.DEFAULT).tokens("ja se on")).isEmpty();
    assertThat(SentimentAnalysis.chain(Lang.TA, AnalysisOptions.DEFAULT).tokens("ஒரு மற்றும்")).isEmpty();
  }

  @Test
  void everyStopwordFileNamesItsSource() {
    for (Lang l : Lang.values()) {
      assertThat(SentimentAnalysis.stopwords(l)).as("stopwords of %s", l).hasSizeGreaterThan(25);
    }
  }

  @Test
  void optionsRoundTripThroughTheirName() {
    for (String s : List.of("stop+stem", "stop", "stem", "none")) {
      assertThat(AnalysisOptions.parse(s).toString()).isEqualTo(s);
    }
  }
}

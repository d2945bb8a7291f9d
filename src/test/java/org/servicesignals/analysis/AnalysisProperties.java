package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.servicesignals.core.Lang;

/** No string, however odd, makes an analysis chain throw or emit an empty token. */
class AnalysisProperties {

  @Property(tries = 300)
  void anyStringAnalysesWithoutError(@ForAll("texts") String text, @ForAll Lang lang, @ForAll boolean stem) {
    AnalyzerChain chain = SentimentAnalysis.chain(lang, new AnalysisOptions(true, stem));
    for (String t : chain.tokens(text)) {
      assertThat(t).isNotEmpty();
    }
  }

  /** Every single code point of the scripts we read, alone and between two words: no empty token. */
  @net.jqwik.api.Example
  void everyCodePointOfOurScriptsAlone() {
    int[][] ranges = {{0x0600, 0x06FF}, {0x0900, 0x097F}, {0x0B80, 0x0BFF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF},
        {0x200B, 0x200F}, {0x0020, 0x007E}};
    for (Lang lang : Lang.values()) {
      for (boolean stem : new boolean[] {false, true}) {
        AnalyzerChain chain = SentimentAnalysis.chain(lang, new AnalysisOptions(true, stem));
        for (int[] r : ranges) {
          for (int cp = r[0]; cp <= r[1]; cp++) {
            String c = new String(Character.toChars(cp));
            for (String text : new String[] {c, "ok " + c + " ok", c + c + c}) {
              for (String t : chain.tokens(text)) {
                assertThat(t).as("%s stem=%s U+%04X", lang, stem, cp).isNotEmpty();
              }
            }
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> mixed = Arbitraries.strings()
        .withCharRange('\u0000', '\u007F')
        .withCharRange('\u0600', '\u06FF')
        .withCharRange('\u0900', '\u097F')
        .withCharRange('\u0B80', '\u0BFF')
        .withCharRange('\uFB50', '\uFDFF')
        .withCharRange('\uFE70', '\uFEFF')
        .withChars('\u200C', '\u200D', '\uFFFD', 'ä', 'ö')
        .ofMaxLength(200);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(100);
    return Arbitraries.oneOf(mixed, any);
  }
}

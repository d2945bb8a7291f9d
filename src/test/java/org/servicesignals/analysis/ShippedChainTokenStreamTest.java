package org.servicesignals.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.servicesignals.core.Lang;

/**
 * Lucene's own checks on the five chains the shipped models use: terms, offsets into the original
 * text and position increments on hand-checked messages, and {@code checkRandomData}, which feeds
 * random Unicode and asserts the token-stream contract (reset, end, offsets that never go
 * backwards, the same tokens on reuse) never breaks.
 */
public class ShippedChainTokenStreamTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(Lang lang) {
    return ShippedChains.of(lang).analyzer();
  }

  public void testEnglish() throws Exception {
    // the shipped English model reads Porter stems, the possessive gone, negations kept
    assertAnalyzesTo(analyzer(Lang.EN), "The Manager's reply: NOT good!",
        new String[] {"the", "manag", "repli", "not", "good"},
        new int[] {0, 4, 14, 21, 25}, new int[] {3, 13, 19, 24, 29}, new int[] {1, 1, 1, 1, 1});
    assertAnalyzesTo(analyzer(Lang.EN), "Order #A48213 took 1200 minutes, see https://x.example/a",
        new String[] {"order", "<id>", "took", "<num>", "minut", "see", "<url>"});
  }

  public void testFinnish() throws Exception {
    // the shipped Finnish model reads the words unstemmed; a key held down is one letter twice at most
    assertAnalyzesTo(analyzer(Lang.FI), "Palvelu ei ollut hyvää",
        new String[] {"palvelu", "ei", "ollut", "hyvää"},
        new int[] {0, 8, 11, 17}, new int[] {7, 10, 16, 22}, new int[] {1, 1, 1, 1});
    assertAnalyzesTo(analyzer(Lang.FI), "Palvelu ei ollut hyvääää",
        new String[] {"palvelu", "ei", "ollut", "hyvää"},
        new int[] {0, 8, 11, 17}, new int[] {7, 10, 16, 24}, new int[] {1, 1, 1, 1});
  }

  public void testHindi() throws Exception {
    // vowel signs stay in their words; नहीं is normalised, not removed
    assertAnalyzesTo(analyzer(Lang.HI), "सेवा अच्छी नहीं थी",
        new String[] {"सेव", "अचछ", "नहिं", "थि"},
        new int[] {0, 5, 11, 16}, new int[] {4, 10, 15, 18}, new int[] {1, 1, 1, 1});
  }

  public void testUrdu() throws Exception {
    // Arabic-keyboard letters folded to Urdu, offsets still point into the original text
    assertAnalyzesTo(analyzer(Lang.UR), "سروس بهت اچهی تهی",
        new String[] {"سروس", "بہت", "اچھی", "تھی"},
        new int[] {0, 5, 9, 14}, new int[] {4, 8, 13, 17}, new int[] {1, 1, 1, 1});
  }

  public void testTamil() throws Exception {
    // no stemming: the negative suffix of வரவில்லை is kept
    assertAnalyzesTo(analyzer(Lang.TA), "ஆர்டர் வரவில்லை 😡",
        new String[] {"ஆர்டர்", "வரவில்லை", "😡"},
        new int[] {0, 7, 16}, new int[] {6, 15, 18}, new int[] {1, 1, 1});
  }

  public void testRandomStringsNeverBreakAnyChain() throws Exception {
    for (Lang lang : Lang.values()) {
      checkRandomData(random(), analyzer(lang), 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomLongStringsNeverBreakAnyChain() throws Exception {
    for (Lang lang : Lang.values()) {
      checkRandomData(random(), analyzer(lang), 20 * RANDOM_MULTIPLIER, 2048);
    }
  }
}

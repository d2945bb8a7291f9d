package org.servicesignals.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.servicesignals.core.Lang;

/** Letters held down for emphasis, in every script the chains read; offsets stay on the original text. */
public class ElongationFilterTest extends BaseTokenStreamTestCase {
  private static final Analyzer ALONE = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer t = new WhitespaceTokenizer();
      return new TokenStreamComponents(t, new ElongationFilter(t));
    }
  };

  public void testLatinKeepsTwoLetters() throws IOException {
    assertAnalyzesTo(ALONE, "goooood sooo hyvääää good hyvää",
        new String[] {"good", "soo", "hyvää", "good", "hyvää"},
        new int[] {0, 8, 13, 21, 26}, new int[] {7, 12, 20, 25, 31});
  }

  public void testOtherScriptsKeepOne() throws IOException {
    assertAnalyzesTo(ALONE, "بکوااااس बहुतततत सुपररररर", new String[] {"بکواس", "बहुत", "सुपर"});
  }

  public void testLetterWithItsSign() throws IOException {
    // Tamil ர் (letter and virama) typed three times; a Devanagari vowel sign held down
    assertAnalyzesTo(ALONE, "சூப்பர்ர்ர் अच्छाााा बहुुुत", new String[] {"சூப்பர்", "अच्छा", "बहुत"});
  }

  public void testDigitsEmojiAndPlainWordsStay() throws IOException {
    assertAnalyzesTo(ALONE, "1000 👏👏👏 !!! कुक्कुट ஆர்டர் پپ", new String[] {"1000", "👏👏👏", "!!!", "कुक्कुट", "ஆர்டர்", "پپ"});
  }

  public void testShippedChainsReadTheElongatedWordAsTheWord() throws IOException {
    for (Lang lang : Lang.values()) {
      AnalyzerChain chain = SentimentAnalysis.chain(lang, AnalysisOptions.NONE);
      String plain = switch (lang) {
        case EN -> "good";
        case FI -> "hyvää";
        case HI -> "बकवास";
        case UR -> "بکواس";
        case TA -> "சூப்பர்";
      };
      String held = switch (lang) {
        case EN -> "gooooood";
        case FI -> "hyvääääää";
        case HI -> "बकवासससस";
        case UR -> "بکوااااس";
        case TA -> "சூப்பர்ர்ர்ர்";
      };
      assertEquals(lang.code(), String.join(" ", chain.tokens(plain)), String.join(" ", chain.tokens(held)));
    }
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), ALONE, 500 * RANDOM_MULTIPLIER);
  }

  /**
   * The quick look for a repeat skips a word only when shortening it would change nothing: strings
   * of a few letters, signs and marks in every script, most of them full of repeats.
   */
  public void testTheQuickLookSkipsOnlyWordsThatStayTheSame() {
    char[] alphabet = "aAbäोकर्ாத்اوو1👏".toCharArray();
    java.util.Random random = new java.util.Random(7);
    int skipped = 0;
    for (int n = 0; n < 200_000; n++) {
      int len = 3 + random.nextInt(10);
      char[] b = new char[len];
      for (int i = 0; i < len; i++) {
        b[i] = alphabet[random.nextInt(alphabet.length)];
      }
      if (!ElongationFilter.mayRepeat(b, len)) {
        skipped++;
        char[] copy = b.clone();
        assertEquals(new String(b), len, ElongationFilter.shorten(copy, len));
        assertEquals(new String(b), new String(b), new String(copy, 0, len));
      }
    }
    assertTrue(skipped > 10_000);
  }
}

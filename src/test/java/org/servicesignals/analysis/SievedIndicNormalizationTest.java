package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;

/** The sieved filter gives Lucene's Indic normalisation's tokens, to the character. */
class SievedIndicNormalizationTest {
  private static Analyzer analyzer(boolean whitespace, UnaryOperator<TokenStream> filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = whitespace ? new WhitespaceTokenizer() : new UAX29URLEmailTokenizer();
        return new TokenStreamComponents(t, filter.apply(t));
      }
    };
  }

  private static final Analyzer LUCENE = analyzer(false, IndicNormalizationFilter::new);
  private static final Analyzer SIEVED = analyzer(false, SievedIndicNormalization::filter);
  private static final Analyzer LUCENE_WS = analyzer(true, IndicNormalizationFilter::new);
  private static final Analyzer SIEVED_WS = analyzer(true, SievedIndicNormalization::filter);

  @Test
  void theSieveIsMadeFromThisLucenesTable() {
    assertThat(SievedIndicNormalization.sieved()).isTrue();
  }

  @Test
  void everyCorpusMessageGetsLucenesTokens() throws Exception {
    int messages = 0;
    for (Map.Entry<java.nio.file.Path, Lang> f : CorpusMessageFiles.all().entrySet()) {
      for (Sample s : CorpusFiles.read(f.getKey())) {
        assertThat(AnalyzerChain.tokens(SIEVED, s.text())).as(s.text())
            .containsExactly(AnalyzerChain.tokens(LUCENE, s.text()));
        messages++;
      }
    }
    assertThat(messages).isGreaterThan(30_000);
  }

  @Test
  void generatedTextInEveryScriptAndTheTablesOwnPairsGetLucenesTokens() {
    List<String> cases = new ArrayList<>(List.of("क़ ख़ फ़ ड़", "क\u093C", "अा अॅ आे", "ऑ अ\u093E\u0945", "\u0C2C\u0C41\u0C41",
        "\u0D23\u0D4D\u200D", "ெ\u0BBEா கொ கெ\u0BBE", "ொ", "ख\u093C\u093C", "ा", "अ"));
    Random r = new Random(11);
    int changed = 0;
    for (int i = 0; i < 100_000; i++) {
      int block = 0x0900 + 0x80 * r.nextInt(9);
      StringBuilder b = new StringBuilder();
      for (int n = 1 + r.nextInt(12); n > 0; n--) {
        int pick = r.nextInt(20);
        b.append(pick == 0 ? ' ' : pick == 1 ? '\u200D' : pick == 2 ? 'x' : (char) (block + r.nextInt(0x80)));
      }
      cases.add(b.toString());
    }
    for (String s : cases) {
      List<String> lucene = List.of(AnalyzerChain.tokens(LUCENE_WS, s));
      assertThat(List.of(AnalyzerChain.tokens(SIEVED_WS, s))).as(s).isEqualTo(lucene);
      changed += lucene.equals(List.of(s.trim().split("\\s+"))) ? 0 : 1;
    }
    assertThat(changed).isGreaterThan(300); // the normaliser composed something in hundreds of them
  }
}
